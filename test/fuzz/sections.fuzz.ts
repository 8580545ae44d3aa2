/** The Markdown splitter: linear work (a step count bounded by the length), sections inside the document. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDocument, type StepCounter } from '../../src/markdown/sections.js';
import { SEED, params } from './fuzz.js';

const line = fc
  .array(fc.oneof(fc.constantFrom('#', '##', '###', '#######', ' ', '   ', '    ', '\t', '```', '~~~', 'Action', 'é', '\\#', '# '), fc.string({ maxLength: 4 }), fc.integer({ min: 50, max: 2000 }).map((n) => ' '.repeat(n))), { maxLength: 12 })
  .map((p) => p.join(''));
const doc = fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

describe(`splitDocument (seed ${SEED})`, () => {
  it('looks at each character a bounded number of times, and its sections are lines of the document', () => {
    fc.assert(
      fc.property(doc, (source) => {
        const steps: StepCounter = { count: 0 };
        const split = splitDocument(source, steps);
        const lines = source.split(/\r\n|\n|\r/).length;
        expect(steps.count).toBeLessThanOrEqual(3 * source.length + 2 * lines);
        for (const s of split.sections) {
          expect(s.line).toBeGreaterThanOrEqual(1);
          expect(s.line).toBeLessThanOrEqual(lines);
        }
      }),
      params(40_000),
    );
  });
});
