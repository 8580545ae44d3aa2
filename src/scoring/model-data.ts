/**
 * The compiled model, as `npm run model` wrote it (generated/model-data.cjs; in the package,
 * dist/model-data.cjs, one copy shared by the ESM and CJS entries and the CLI): per language, a
 * JSON string and its leaves and entry names, parsed and decoded the first time a text of that
 * language is scored.
 */
import stored from '../../generated/model-data.cjs';
import type { Language } from '../taxonomy/index.js';
import { decodeLanguage, type EncodedLanguage, type StoredLanguage } from './model-codec.js';

/**
 * SHA-256 of the stored model: the calibration records the model it was fitted on (a test
 * compares them). A function, not a constant: reading the module at load time would keep the
 * whole model in a bundle that imports only the taxonomy.
 */
export const modelSha256 = (): string => stored.sha256;

const decoded: Partial<Record<Language, StoredLanguage>> = {};

/** One language's compiled matcher and TF-IDF descriptors, parsed and decoded once (its entries built when first needed). */
export const precomputedLanguage = (language: Language): StoredLanguage =>
  (decoded[language] ??= decodeLanguage(storedPart(language), language));

/** The stored part of a language: its JSON, with the leaves and entry names stored beside it (see scripts/build-model.ts). */
function storedPart(language: Language): EncodedLanguage {
  const { json, leaves, names } = stored.languages[language];
  const part = JSON.parse(json) as EncodedLanguage;
  return { ...part, matcher: { ...part.matcher, leaves, names } };
}
