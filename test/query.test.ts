import { describe, expect, it } from 'vitest';
import { SdgAlignError } from '../src/errors.js';
import { MAX_QUERY_DEPTH, MAX_QUERY_TERMS, parseQuery, type QueryNode } from '../src/query/parse.js';
import { CompiledMatcher, MAX_SPANS_PER_ENTRY } from '../src/query/match.js';
import { createEngine } from '../src/scoring/engine.js';
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

describe('query limits and hostile queries', () => {
  const compile = (query: string, language: Language = 'fr') => {
    const matcher = new CompiledMatcher<null>(language);
    matcher.add({ id: 'custom:x', query: parseQuery(query, 'custom:x'), data: null });
    return matcher;
  };
  const codeOf = (fn: () => unknown): string => {
    try {
      fn();
    } catch (error) {
      return error instanceof SdgAlignError ? error.code : `not an SdgAlignError: ${String(error)}`;
    }
    return 'no error';
  };

  it('2,000 nested parentheses are QUERY_TOO_COMPLEX, not a RangeError', () => {
    expect(codeOf(() => parseQuery(`${'('.repeat(2000)}eau${')'.repeat(2000)}`, 'x'))).toBe('QUERY_TOO_COMPLEX');
    expect(() => parseQuery(`${'('.repeat(MAX_QUERY_DEPTH + 1)}eau${')'.repeat(MAX_QUERY_DEPTH + 1)}`, 'x')).toThrow(/entry "x".*nested more than 32 levels/);
    expect(codeOf(() => parseQuery(`${'('.repeat(MAX_QUERY_DEPTH)}eau${')'.repeat(MAX_QUERY_DEPTH)}`))).toBe('no error');
  });

  it('6,400 chained W/n or AND NOT, and a 5,500-term W/5 chain, fail at compile time with QUERY_TOO_COMPLEX', () => {
    expect(codeOf(() => compile(Array.from({ length: 6400 }, (_, i) => `w${i}`).join(' W/1 ')))).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(() => compile(['eau', ...Array.from({ length: 6400 }, (_, i) => `w${i}`)].join(' AND NOT ')))).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(() => compile(Array.from({ length: 5500 }, (_, i) => `mot${i}`).join(' W/5 ')))).toBe('QUERY_TOO_COMPLEX');
    expect(() => parseQuery(Array.from({ length: MAX_QUERY_TERMS + 1 }, () => 'eau').join(' OR '), 'x')).toThrow(/more than 256 terms/);
    // Chains within the limits compile.
    expect(codeOf(() => compile(Array.from({ length: MAX_QUERY_DEPTH + 1 }, (_, i) => `w${i}`).join(' W/1 ')))).toBe('no error');
    expect(codeOf(() => compile(Array.from({ length: MAX_QUERY_DEPTH + 2 }, (_, i) => `w${i}`).join(' W/1 ')))).toBe('QUERY_TOO_COMPLEX');
  });

  it('a hand-built tree nested too deep is refused by the matcher too', () => {
    let node: QueryNode = { kind: 'phrase', words: ['eau'], position: 0 };
    for (let i = 0; i < 5000; i++) node = { kind: 'not', include: node, exclude: { kind: 'phrase', words: [`w${i}`], position: 0 } };
    const matcher = new CompiledMatcher<null>('fr');
    expect(codeOf(() => matcher.add({ id: 'deep', query: node, data: null }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('potable AND (eau OR eau OR … ×1000) is refused when created, never thrown from score', () => {
    const query = `potable AND (${Array.from({ length: 1000 }, () => 'eau').join(' OR ')})`;
    expect(codeOf(() => createEngine({ sources: [], customEntries: [{ id: 'dup', goal: 6, query }] }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('duplicate OR terms do not change a score', () => {
    const text = 'eau potable '.repeat(300);
    const score = (query: string) => createEngine({ sources: [], customEntries: [{ id: 'q', goal: 6, query }] }).score(text).goals[5]!;
    const single = score('eau W/2 potable');
    expect(single.keyword).toBeGreaterThan(0);
    expect(score(`eau W/2 (${Array.from({ length: 10 }, () => 'potable').join(' OR ')})`)).toEqual(single);
    expect(score(`(eau OR eau OR eau) W/2 (potable OR potable)`)).toEqual(single);
    const and = score('potable AND eau');
    expect(score(`potable AND (${Array.from({ length: 200 }, () => 'eau').join(' OR ')})`)).toEqual(and);
  });

  it('evaluates wide queries on long texts without overflowing the stack', () => {
    const text = Array.from({ length: 400 }, (_, i) => `eau${i % 200} potable`).join(' ');
    const query = `potable AND (${Array.from({ length: 200 }, (_, i) => `eau${i}`).join(' OR ')}) AND (${Array.from({ length: 50 }, (_, i) => `eau${i}`).join(' OR ')}) W/3 potable`;
    const matcher = compile(query, 'en');
    const matches = matcher.match(streamWords(words(text), 'en'));
    expect(matches).toHaveLength(1);
    expect(matches[0]!.spans.length).toBeLessThanOrEqual(MAX_SPANS_PER_ENTRY);
  });

  it('W/-1, W/1.5, PRE/3 and ea? are syntax errors, not words', () => {
    for (const [query, problem] of [
      ['eau W/-1 potable', /W\/-1: the distance must be a whole number from 1 to 50/],
      ['eau W/1.5 potable', /W\/1\.5: the distance must be a whole number from 1 to 50/],
      ['eau w/x potable', /w\/x: the distance must be a whole number from 1 to 50/],
      ['eau PRE/3 potable', /PRE\/3: only W\/n proximity is supported/],
      ['eau NEAR/2 potable', /NEAR\/2: only W\/n proximity is supported/],
      ['ea?', /"ea\?": \? wildcards are not supported/],
      ['"eau pota?le"', /\? wildcards are not supported/],
    ] as const) {
      expect(() => parseQuery(query, 'x')).toThrow(problem);
      expect(codeOf(() => parseQuery(query, 'x'))).toBe('QUERY_SYNTAX');
    }
    expect(() => parseQuery('"HIV/AIDS" OR hiv/aids')).not.toThrow();
    expect(() => parseQuery('eau W/50 potable')).not.toThrow();
    expect(() => parseQuery('eau W/51 potable')).toThrow(/W\/51/);
  });
});
