import { describe, expect, it } from 'vitest';
import { parseQuery } from '../src/query/parse.js';
import { CompiledMatcher } from '../src/query/matcher.js';
import { streamWords, words } from '../src/text/analyze.js';
import type { Language } from '../src/taxonomy/index.js';

/** Ids of the entries matching `text`, with the words each matched. */
function matchAll(entries: Record<string, string>, text: string, language: Language = 'fr', exclusions: Record<string, string[]> = {}) {
  const matcher = new CompiledMatcher<null>(language);
  for (const [id, query] of Object.entries(entries)) matcher.add({ id, query: parseQuery(query, id), data: null, exclusions: exclusions[id] ?? [] });
  const doc = streamWords(words(text), language);
  return Object.fromEntries(
    matcher.match(doc).map((m) => [m.id, m.spans.map(([a, b]) => text.slice(doc.starts[a], doc.ends[b]))]),
  );
}

describe('parseQuery', () => {
  it('follows Scopus precedence: OR binds tighter than W/n, W/n tighter than AND, AND NOT loosest', () => {
    const q = parseQuery('a OR b W/3 c AND d AND NOT e');
    expect(q.kind).toBe('not');
    if (q.kind !== 'not') return;
    expect(q.include.kind).toBe('and');
    if (q.include.kind !== 'and') return;
    expect(q.include.children[0]!.kind).toBe('near');
  });

  it('parses a real Aurora query line', () => {
    expect(() => parseQuery('("poverty") W/3 ("eradicat*" OR "reduc*" OR "end" OR "ending" OR "alleviat*")')).not.toThrow();
  });

  it('names the entry and the position of a syntax error', () => {
    expect(() => parseQuery('("logement social" OR "HLM"', 'custom:habitat')).toThrowErrorMatchingInlineSnapshot(`
      [SdgAlignError: Query syntax error in entry "custom:habitat" at position 28: missing closing parenthesis
        ("logement social" OR "HLM"
                                   ^]
    `);
    expect(() => parseQuery('"circuits courts" OR', 'x')).toThrow(/position 21: the query ends where a term was expected/);
    expect(() => parseQuery('"eau potable', 'x')).toThrow(/position 1: unclosed quote/);
    expect(() => parseQuery('eau W/0 potable', 'x')).toThrow(/W\/0/);
    expect(() => parseQuery('*agri', 'x')).toThrow(/trailing \*/);
    expect(() => parseQuery('a ) b', 'x')).toThrow(/unmatched closing parenthesis/);
    expect(() => parseQuery('   ', 'x')).toThrow(/empty query/);
  });
});

describe('CompiledMatcher', () => {
  it('matches phrases on stems, across stopwords, elisions and typographic apostrophes', () => {
    const hits = matchAll({ eau: '"accès à l\'eau potable"', log: '"logement social"' }, 'Garantir l’accès à l’eau potable et produire 40 logements sociaux par an.');
    expect(hits).toEqual({ eau: ['accès à l’eau potable'], log: ['logements sociaux'] });
  });

  it('matches trailing wildcards accent-insensitively', () => {
    expect(matchAll({ agri: 'agri*' }, 'Soutenir les agriculteurs et l’agroécologie.')).toEqual({ agri: ['agriculteurs'] });
    expect(matchAll({ ener: 'énerg*' }, 'Plan energetique communal.')).toEqual({ ener: ['energetique'] });
  });

  it('evaluates AND, OR and AND NOT at document level', () => {
    const entries = { both: 'vélo AND école', either: 'vélo OR tramway', not: 'vélo AND NOT compétition' };
    expect(Object.keys(matchAll(entries, 'Pistes pour aller à l’école à vélo.')).sort()).toEqual(['both', 'either', 'not']);
    expect(Object.keys(matchAll(entries, 'Compétition de vélo le dimanche.')).sort()).toEqual(['either']);
  });

  it('evaluates W/n as a distance in content words, in either order', () => {
    const entries = { near: '"poverty" W/3 ("eradicat*" OR "reduc*")' };
    expect(matchAll(entries, 'Policies to reduce extreme child poverty.', 'en')).toEqual({ near: ['reduce extreme child poverty'] });
    expect(matchAll(entries, 'Poverty remains high; the council plans to reduce costs of transport and housing.', 'en')).toEqual({});
  });

  it('drops matches that fall inside an exclusion phrase', () => {
    const ex = { energie: ['énergie de la jeunesse'] };
    expect(matchAll({ energie: 'énergie' }, 'Un festival porté par l’énergie de la jeunesse.', 'fr', ex)).toEqual({});
    expect(matchAll({ energie: 'énergie' }, 'Réduire la consommation d’énergie des écoles.', 'fr', ex)).toEqual({ energie: ['énergie'] });
  });

  it('keeps the stopwords of a phrase when dropping them would leave one broader word', () => {
    const entries = { fe: '"further education"', eg: '"e-government"', pc: '"per capita"' };
    expect(matchAll(entries, 'Access to further education and e-government services.', 'en')).toEqual({ fe: ['further education'], eg: ['e-government'] });
    expect(matchAll(entries, 'Education and government; income per capita.', 'en')).toEqual({ pc: ['per capita'] });
  });

  it('rejects a strict entry that is a single stopword, at load time', () => {
    const matcher = new CompiledMatcher<null>('en');
    expect(() => matcher.add({ id: 'custom:the', query: parseQuery('"the"'), data: null })).toThrow(/custom:the.*single stopword/);
  });
});
