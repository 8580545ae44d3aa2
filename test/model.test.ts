import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSerializedModel } from '../src/scoring/model-build.js';
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
      expect(JSON.stringify(precomputedLanguage(language).matcher)).toBe(JSON.stringify(fresh.matchers[language]));
      expect(JSON.stringify(precomputedLanguage(language).descriptors)).toBe(JSON.stringify(fresh.descriptors[language]));
    }
  });
});
