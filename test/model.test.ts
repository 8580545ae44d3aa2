import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSerializedModel } from '../src/scoring/model-build.js';
import { CompiledMatcher } from '../src/query/match.js';
import { parseQuery } from '../src/query/parse.js';
import { streamWords, words } from '../src/text/analyze.js';
import { decodeModel, encodeModel } from '../src/scoring/model-codec.js';
import { modelSha256, precomputedLanguage } from '../src/scoring/model-data.js';

describe('the compiled model', () => {
  const fresh = buildSerializedModel();
  const encoded = JSON.stringify(encodeModel(fresh));

  it('is what the sources give now (generated/model-data.cjs is rebuilt by npm run model, before the tests)', () => {
    expect(createHash('sha256').update(encoded).digest('hex')).toBe(modelSha256());
  });

  it('decodes to exactly the model that was built: ids, data, trees and descriptors', () => {
    expect(JSON.stringify(decodeModel(JSON.parse(encoded)))).toBe(JSON.stringify(fresh));
    for (const language of ['fr', 'en'] as const) {
      // Restored with its entries built as texts need them, then all of them (toJSON): the same matcher.
      const stored = precomputedLanguage(language);
      const restored = CompiledMatcher.fromTable(language, stored.leaves, stored.entries, () => true);
      expect(JSON.stringify(restored.toJSON())).toBe(JSON.stringify(fresh.matchers[language]));
      expect(JSON.stringify(precomputedLanguage(language).descriptors)).toBe(JSON.stringify(fresh.descriptors[language]));
    }
  });

  it('builds an entry only when a text makes it a candidate, keeping only the sources asked for', () => {
    const stored = precomputedLanguage('fr');
    const built: number[] = [];
    const table = { ...stored.entries, entry: (i: number) => (built.push(i), stored.entries.entry(i)) };
    const lexiconOnly = CompiledMatcher.fromTable('fr', stored.leaves, table, (i) => stored.entries.source(i) === 'lexicon');
    expect(built).toEqual([]);
    expect(lexiconOnly.size).toBe(Array.from({ length: stored.entries.length }, (_, i) => stored.entries.source(i)).filter((s) => s === 'lexicon').length);
    const engineMatches = lexiconOnly.match(streamWords(words('Les pistes cyclables et la rénovation énergétique des écoles'), 'fr'));
    expect(engineMatches.length).toBeGreaterThan(0);
    expect(engineMatches.every((m) => m.data[3] === 'lexicon')).toBe(true);
    expect(built.length).toBeGreaterThanOrEqual(engineMatches.length);
    expect(built.length).toBeLessThan(stored.entries.length / 10);
  });

  it('matches entries added after it was restored beside the stored ones, on a stored leaf and on a new one, in entry order', () => {
    const stored = precomputedLanguage('fr');
    const matcher = CompiledMatcher.fromTable('fr', stored.leaves, stored.entries, (i) => stored.entries.source(i) === 'lexicon');
    const text = streamWords(words('Des pistes cyclables et un tiers-lieu numérique'), 'fr');
    const before = matcher.match(text).map((m) => m.id);
    expect(before.length).toBeGreaterThan(0);
    const data = [9, '', 1, 'custom'] as const;
    matcher.add({ id: 'custom:pistes', query: parseQuery('"pistes cyclables"'), data: [11, '', 1, 'custom'] });
    matcher.add({ id: 'custom:tiers-lieu', query: parseQuery('"tiers-lieu"'), data });
    expect(matcher.match(text).map((m) => m.id)).toEqual([...before, 'custom:pistes', 'custom:tiers-lieu']);
  });
});
