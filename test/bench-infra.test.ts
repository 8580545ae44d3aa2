// The benchmark inputs (bench/): the mix corpus generator is deterministic and half French,
// half English; the bundle suite's model needles find the compiled model however it is quoted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelNeedles } from '../bench/bundle.js';
import { corpusLabel, generateDocs, loadMixTexts, ROOT, SHARED_DEV } from '../bench/corpus.js';

describe('bench mix corpus', () => {
  it('is deterministic, alternates French and English, and reaches 600 characters per document', () => {
    const a = Array.from(generateDocs(40, 'mix'));
    const b = Array.from(generateDocs(40, 'mix'));
    expect(a).toEqual(b);
    expect(a.map((d) => d.id).slice(0, 2)).toEqual(['D0000001', 'D0000002']);
    for (const d of a) expect(d.text.length).toBeGreaterThanOrEqual(600);
    const src = loadMixTexts();
    // Even ids (index 0, 2, …) start with a French text, odd ones with an English text.
    expect(src.fr.some((t) => a[0]!.text.startsWith(t))).toBe(true);
    expect(src.en.some((t) => a[1]!.text.startsWith(t))).toBe(true);
  });

  it('says where its texts come from', () => {
    const shared = ['sdg-benchmark-dev.csv', 'swisstext-train.csv', 'fr-pages-dev.csv'].every((f) => existsSync(join(SHARED_DEV, f)));
    const src = loadMixTexts();
    expect(src.origin).toBe(shared ? 'shared' : 'fixtures');
    if (!shared) expect(src.description).toMatch(/FALLBACK/);
    expect(corpusLabel(20_000, 'mix')).toBe('mix-20k');
    expect(corpusLabel(100_000)).toBe('100k');
  });
});

describe('bench model needles', () => {
  it('find the compiled model once in its generated file (npm run model runs before the tests), and in a bundle that escapes its line breaks', () => {
    const file = join(ROOT, 'generated', 'model-data.cjs');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    const { needles, source } = modelNeedles();
    expect(source).toBe('generated/model-data.cjs');
    for (const n of needles) {
      expect(text.match(n.re)?.length, n.label).toBe(1);
      expect(JSON.stringify(text).match(n.re)?.length, n.label).toBe(1);
      expect('grand pauvret precar emploi'.match(n.re)).toBeNull();
    }
  });
});
