/** Property: the fast matcher finds exactly what the plain reference evaluator finds, on random queries and texts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompiledMatcher } from '../src/query/match.js';
import { parseQuery } from '../src/query/parse.js';
import type { Language } from '../src/taxonomy/index.js';
import { streamWords, words } from '../src/text/analyze.js';
import { naiveMatch } from './helpers/naive-matcher.js';

/** Words that share stems, inflections, stopwords, accents and an acronym, so that leaves meet often. */
const VOCABULARY: Record<Language, readonly string[]> = {
  fr: ['eau', 'eaux', 'potable', 'accès', "l'", 'la', 'de', 'des', 'et', 'énergie', 'énergétique', 'rénovation', 'rénovations', 'logement', 'logements', 'loger', 'vélo', 'vélos', 'pistes', 'cyclables', 'PLUi', 'pluies', 'SCoT', 'zones', 'humides'],
  en: ['water', 'waters', 'drinking', 'access', 'to', 'the', 'of', 'and', 'energy', 'renewable', 'poverty', 'poor', 'human', 'humanities', 'rights', 'HIV', 'aids', 'AIDS', 'women', 'woman', 'school', 'schools', 'further', 'education'],
};
const WILDCARDS: Record<Language, readonly string[]> = { fr: ['réno*', 'log*', 'éner*', 'cycl*'], en: ['renew*', 'educ*', 'pov*', 'school*'] };

const term = (language: Language) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...VOCABULARY[language]).filter((w) => w !== "l'") },
    { weight: 1, arbitrary: fc.constantFrom(...WILDCARDS[language]) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...VOCABULARY[language]), fc.constantFrom(...VOCABULARY[language])).map(([a, b]) => `"${a} ${b}"`) },
  );

const query = (language: Language) =>
  fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 3, arbitrary: term(language) },
      { weight: 1, arbitrary: fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(${a} OR ${b})`) },
      { weight: 1, arbitrary: fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(${a} AND ${b})`) },
      { weight: 1, arbitrary: fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(${a} AND NOT ${b})`) },
      { weight: 1, arbitrary: fc.tuple(tie('node'), fc.integer({ min: 1, max: 5 }), tie('node')).map(([a, n, b]) => `(${a} W/${n} ${b})`) },
    ),
  })).node;

const text = (language: Language) => fc.array(fc.constantFrom(...VOCABULARY[language]), { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' ').replace(/' /g, "'"));

describe('the fast matcher against the reference evaluator', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`finds the same spans for random ${language} queries, exclusions and texts`, () => {
      fc.assert(
        fc.property(query(language), fc.array(term(language), { maxLength: 2 }), text(language), (q, exclusionTerms, t) => {
          const parsed = parseQuery(q, 'random');
          const exclusions = exclusionTerms.map((e) => e.replace(/"/g, '')).filter((e) => !e.endsWith('*'));
          const matcher = new CompiledMatcher<null>(language);
          matcher.add({ id: 'random', query: parsed, exclusions, data: null, lenient: true });
          const doc = streamWords(words(t), language);
          const fast = matcher.match(doc)[0]?.spans ?? [];
          expect(fast).toEqual(naiveMatch(parsed, exclusions, doc, language));
        }),
        { numRuns: 3000, seed: 20261201 },
      );
    });

    it(`restored from its serialized form (leaves indexed by groups as words need them), finds what the matcher it was saved from finds, whatever the order of the ${language} texts and entries added later`, () => {
      const texts = fc.array(text(language), { minLength: 1, maxLength: 4 });
      fc.assert(
        fc.property(fc.array(query(language), { minLength: 1, maxLength: 6 }), texts, query(language), fc.nat(4), (queries, ts, added, addAt) => {
          const built = new CompiledMatcher<null>(language);
          queries.forEach((q, i) => built.add({ id: `q${i}`, query: parseQuery(q, `q${i}`), data: null, lenient: true }));
          const restored = CompiledMatcher.fromJSON(built.toJSON(), () => true);
          ts.forEach((t, k) => {
            if (k === addAt) for (const m of [built, restored]) m.add({ id: 'added', query: parseQuery(added, 'added'), data: null, lenient: true });
            const doc = streamWords(words(t), language);
            expect(restored.match(doc)).toEqual(built.match(doc));
          });
        }),
        { numRuns: 600, seed: 20261201 },
      );
    });
  }
});
