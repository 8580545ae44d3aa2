/** The query parser and compiler: any input gives a tree or an SdgAlignError, never another error. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SdgAlignError } from '../../src/errors.js';
import { CompiledMatcher } from '../../src/query/match.js';
import { parseQuery } from '../../src/query/parse.js';
import { streamWords, words } from '../../src/text/analyze.js';
import { SEED, hostileText, params } from './fuzz.js';

const piece = fc.constantFrom(
  'eau', 'potable', 'agri*', 'énerg*', 'a*', '*x', 'ea?', 'the', 'l’', 'AND', 'OR', 'NOT', 'AND NOT', 'and', 'W/1', 'W/3', 'w/50', 'W/0', 'W/51', 'W/-1', 'W/1.5', 'PRE/3', 'NEAR/2',
  '(', ')', '((', '))', '"', '"eau potable"', '“logement social”', '«', '»', ' ', ' ', '  ', '\n', 'é', '😀', '-', '/', '\\',
);
const query = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 40 }).map((p) => p.join(' ')) },
  { weight: 1, arbitrary: fc.array(piece, { maxLength: 40 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).chain((n) => fc.constantFrom('(', 'eau W/1 ', 'eau AND NOT ', 'eau OR ').map((p) => `${p.repeat(n)}eau`)) },
);
const onlyOurs = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SdgAlignError);
    expect(['QUERY_SYNTAX', 'QUERY_TOO_COMPLEX']).toContain((error as SdgAlignError).code);
  }
};

describe(`queries (seed ${SEED})`, () => {
  it('parseQuery: a tree, or QUERY_SYNTAX / QUERY_TOO_COMPLEX', () => {
    fc.assert(fc.property(query, (q) => onlyOurs(() => void parseQuery(q, 'fuzz'))), params(60_000));
  });

  it('compile and match: never another error, on hostile texts', () => {
    const texts = ['eau potable et eau', 'Pistes cyclables, agriculture et énergie renouvelable', ''];
    fc.assert(
      fc.property(query, fc.constantFrom('fr' as const, 'en' as const), hostileText(20), (q, language, text) =>
        onlyOurs(() => {
          const matcher = new CompiledMatcher<null>(language);
          matcher.add({ id: 'fuzz', query: parseQuery(q, 'fuzz'), data: null });
          for (const t of [...texts, text]) for (const m of matcher.match(streamWords(words(t), language))) expect(m.spans.length).toBeGreaterThan(0);
        }),
      ),
      params(30_000),
    );
  });
});
