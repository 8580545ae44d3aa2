/**
 * The compiled model, as `npm run model` wrote it (generated/model-data.cjs; in the package,
 * dist/model-data.cjs, one copy shared by the ESM and CJS entries and the CLI). Decoded on first use.
 */
import stored from '../../generated/model-data.cjs';
import { decodeModel, type EncodedModel } from './model-codec.js';
import type { SerializedModel } from './model.js';

/**
 * SHA-256 of the stored model: the calibration records the model it was fitted on (a test
 * compares them). A function, not a constant: reading the module at load time would keep the
 * whole model in a bundle that imports only the taxonomy.
 */
export const modelSha256 = (): string => stored.sha256;

let model: SerializedModel | undefined;

/** The compiled model, parsed and decoded once. */
export const precomputedModel = (): SerializedModel => (model ??= decodeModel(JSON.parse(stored.json) as EncodedModel));
