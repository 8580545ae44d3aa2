/**
 * The calibrated goal probability: a logistic model over the named features of
 * `features.ts`, with coefficients fitted by `npm run calibrate` on the development data and
 * stored in `calibration.generated.ts` (coefficients, the data's hashes and the fit's figures:
 * no text of the development sets).
 *
 *   P(text serves goal g) = 1 / (1 + exp(−(b + b_g + Σ w_i · x_i)))
 *
 * b is the intercept, b_g a per-goal offset (goals differ in how often their words appear in
 * texts that do not serve them), w_i the coefficient of feature i.
 */
import { FEATURE_COUNT, FEATURE_NAMES, type FeatureName } from './features.js';

export interface Calibration {
  readonly features: readonly FeatureName[];
  readonly intercept: number;
  readonly coefficients: readonly number[];
  /** Per goal offset (index 0 = goal 1); zeros when not fitted. */
  readonly goalOffsets: readonly number[];
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Checks that coefficients were fitted for the features this version computes, in this order. */
export function checkCalibration(c: Calibration): Calibration {
  if (c.features.length !== FEATURE_COUNT || c.features.some((f, i) => f !== FEATURE_NAMES[i]) || c.coefficients.length !== FEATURE_COUNT) {
    throw new Error(`calibration.generated.ts was fitted for other features (${c.features.join(', ')}): run npm run calibrate.`);
  }
  return c;
}

/** Linear predictor of goal `g` (0-based) from its feature row. */
export function logit(c: Calibration, features: ArrayLike<number>, row: number, goalIndex: number): number {
  let z = c.intercept + (c.goalOffsets[goalIndex] ?? 0);
  for (let i = 0; i < FEATURE_COUNT; i++) z += c.coefficients[i]! * features[row + i]!;
  return z;
}

/** Each feature's part of the linear predictor (coefficient × value), for explanations. */
export function contributions(c: Calibration, features: ArrayLike<number>, row: number): Record<FeatureName, number> {
  const out = {} as Record<FeatureName, number>;
  FEATURE_NAMES.forEach((name, i) => (out[name] = c.coefficients[i]! * features[row + i]!));
  return out;
}
