import { describe, expect, it } from 'vitest';
import { buildSerializedModel } from '../src/scoring/model-build.js';
import { precomputedModel } from '../src/scoring/model.generated.js';

describe('precomputed model', () => {
  it('is up to date with the seed sources, the curation and the text pipeline (run `npm run precompute`)', () => {
    const fresh = JSON.parse(JSON.stringify(buildSerializedModel()));
    const PRECOMPUTED_MODEL = precomputedModel();
    expect(fresh.matchers.fr.entries.length).toBe(PRECOMPUTED_MODEL.matchers.fr.entries.length);
    expect(fresh.matchers.en.entries.length).toBe(PRECOMPUTED_MODEL.matchers.en.entries.length);
    // One comparison of the whole, so a stale stem anywhere fails the test.
    expect(JSON.stringify(fresh) === JSON.stringify(PRECOMPUTED_MODEL)).toBe(true);
  });
});
