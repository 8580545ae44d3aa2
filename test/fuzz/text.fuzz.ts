/** Tokenizer and normaliser: offsets slice back to the words; nothing throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, matchKey, normalizeText, streamWords, tokenize, words } from '../../src/text/index.js';
import { SEED, hostileText, params } from './fuzz.js';

describe(`text pipeline (seed ${SEED})`, () => {
  it('tokenize: every token slices back from the text, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(), fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
        let end = 0;
        for (const t of tokenize(text)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(end);
          expect(t.end).toBeGreaterThan(t.start);
          end = t.end;
        }
      }),
      params(100_000),
    );
  });

  it('normalizeText is idempotent and never throws; matchKey is stable', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(), fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(matchKey(matchKey(text))).toBe(matchKey(text));
      }),
      params(50_000),
    );
  });

  it('analyze and streamWords: offsets point at words of the text, in both languages', () => {
    fc.assert(
      fc.property(hostileText(), fc.constantFrom('fr' as const, 'en' as const), (text, language) => {
        const analysis = analyze(text, language);
        analysis.starts.forEach((start, i) => expect(text.slice(start, analysis.ends[i])).toMatch(/^[\p{L}\p{N}]/u));
        const stream = streamWords(words(text), language);
        expect(stream.stems.length).toBe(stream.starts.length);
        for (let i = 0; i < stream.stems.length; i++) expect(stream.next[i]!).toBeGreaterThan(i);
      }),
      params(30_000),
    );
  });
});
