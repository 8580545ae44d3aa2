/**
 * The calibration an engine over a framework uses. The SDGs: the fit of `npm run calibrate`. Any
 * other framework: the same intercept and feature coefficients (the features — evidence per
 * family, similarity, length — mean the same whatever the goals) with its own per-goal offsets,
 * zeros unless it gives some: every goal then has the SDGs' average base rate.
 */
import { sdgFramework } from '../frameworks/sdg.js';
import type { Framework } from '../frameworks/types.js';
import { CALIBRATION } from './calibration.generated.js';
import type { Calibration } from './calibration.js';

const calibrations = new WeakMap<Framework, Calibration>();

export function calibrationOf(framework: Framework): Calibration {
  if (framework === sdgFramework) return CALIBRATION;
  let c = calibrations.get(framework);
  if (!c) calibrations.set(framework, (c = { ...CALIBRATION, goalOffsets: framework.calibration?.goalOffsets ?? framework.goals.map(() => 0) }));
  return c;
}
