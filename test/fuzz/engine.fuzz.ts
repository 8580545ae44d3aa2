/** engine.score on hostile text: no throw, scores in [0, 1], evidence offsets slice back, deterministic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/scoring/engine.js';
import { SEED, hostileText, params } from './fuzz.js';

describe(`engine.score (seed ${SEED})`, () => {
  const engines = { auto: createEngine(), fr: createEngine({ language: 'fr' }), en: createEngine({ language: 'en' }) };
  const inUnit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

  it('random Unicode, emoji, RTL, combining marks, long words: no throw, scores in [0, 1], same result twice', () => {
    fc.assert(
      fc.property(hostileText(40), fc.option(hostileText(5), { nil: undefined }), fc.constantFrom('auto' as const, 'fr' as const, 'en' as const), (text, title, language) => {
        const engine = engines[language];
        const doc = { id: 'x', text, ...(title !== undefined ? { title } : {}) };
        const result = engine.score(doc);
        const source = title !== undefined && title.trim() ? `${title}\n${text}` : text;
        expect(result.goals).toHaveLength(17);
        for (const g of result.goals) {
          expect(inUnit(g.score) && inUnit(g.keyword) && inUnit(g.similarity)).toBe(true);
          for (const e of g.evidence) expect(source.slice(e.start, e.end)).toBe(e.matched);
        }
        for (const t of result.targets) expect(inUnit(t.score)).toBe(true);
        for (const goal of result.labels) expect(result.goals[goal - 1]!.score).toBeGreaterThanOrEqual(engine.threshold);
        expect(engine.score(doc)).toEqual(result);
      }),
      params(30_000),
    );
  });
});
