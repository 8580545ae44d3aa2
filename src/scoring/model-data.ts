/**
 * The compiled model, as `npm run model` wrote it (generated/model-data.cjs; in the package,
 * dist/model-data.cjs, one copy shared by the ESM and CJS entries and the CLI): one JSON string
 * per language, parsed and decoded the first time a text of that language is scored.
 */
import stored from '../../generated/model-data.cjs';
import type { Language } from '../taxonomy/index.js';
import { decodeLanguage, type EncodedLanguage } from './model-codec.js';
import type { EntryData, SerializedDescriptors } from './model.js';
import type { SerializedMatcher } from '../query/match.js';

/**
 * SHA-256 of the stored model: the calibration records the model it was fitted on (a test
 * compares them). A function, not a constant: reading the module at load time would keep the
 * whole model in a bundle that imports only the taxonomy.
 */
export const modelSha256 = (): string => stored.sha256;

const decoded: Partial<Record<Language, { matcher: SerializedMatcher<EntryData>; descriptors: SerializedDescriptors }>> = {};

/** One language's compiled matcher and TF-IDF descriptors, parsed and decoded once. */
export const precomputedLanguage = (language: Language): { matcher: SerializedMatcher<EntryData>; descriptors: SerializedDescriptors } =>
  (decoded[language] ??= decodeLanguage(JSON.parse(stored.languages[language]) as EncodedLanguage, language));
