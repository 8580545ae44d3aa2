/**
 * Accuracy of the calibrated model on the development sets, in sample and out of fold, and on the
 * project's fixtures (never fitted on). Shared by `npm run calibrate` (which records the figures
 * beside the coefficients) and `npm run eval` (which prints them).
 */
import type { EngineOptions } from '../../src/index.js';
import type { Calibration } from '../../src/scoring/calibration.js';
import { collectFeatures, crossValidate, DEFAULT_FIT, fitCalibration, predict, type FitSettings } from './calibration-fit.js';
import { assignFolds, loadDevSets, loadFixtureSets, type DevText, type SetName } from './dev-sets.js';
import { setFigures, type Prediction, type SetFigures } from './metrics.js';

export const FOLDS = 5;
export const DEV_SETS: readonly SetName[] = ['benchmark', 'frpages', 'swisstext'];
export const FIXTURE_SETS: readonly SetName[] = ['fixtures-fr', 'fixtures-nonsdg'];

export interface AccuracyRun {
  readonly dev: readonly DevText[];
  readonly fixtures: readonly DevText[];
  readonly calibration: ReturnType<typeof fitCalibration>;
  /** Fitted on all development rows, predicting them. */
  readonly inSample: readonly Prediction[];
  /** Each fold predicted by the model fitted on the four others (grouped by page / document). */
  readonly outOfFold: readonly Prediction[];
  /** The fixtures, predicted by the model fitted on all development rows. */
  readonly fixturePredictions: readonly Prediction[];
}

/** Loads the sets, computes the features once, fits, and cross-validates. */
export async function runAccuracy(engineOptions: EngineOptions = {}, settings: FitSettings = DEFAULT_FIT, round?: (c: Calibration) => Calibration): Promise<AccuracyRun> {
  const dev = await loadDevSets();
  if (dev.length === 0) throw new Error('no development set found (../shared/data/dev, or $SDG_SHARED_DATA)');
  const fixtures = await loadFixtureSets();
  const devFeatures = collectFeatures(dev, engineOptions);
  const fixtureFeatures = collectFeatures(fixtures, engineOptions);
  const fitted = fitCalibration(dev, devFeatures, dev.map((_, i) => i), settings);
  const calibration = round ? { ...fitted, ...round(fitted) } : fitted;
  const folds = assignFolds(dev, FOLDS);
  return {
    dev,
    fixtures,
    calibration,
    inSample: devFeatures.map((f) => predict(calibration, f)),
    outOfFold: crossValidate(dev, devFeatures, folds, FOLDS, settings),
    fixturePredictions: fixtureFeatures.map((f) => predict(calibration, f)),
  };
}

export interface AccuracyFigures {
  readonly threshold: number;
  readonly inSample: readonly SetFigures[];
  readonly outOfFold: readonly SetFigures[];
  readonly fixtures: readonly SetFigures[];
}

export function figuresAt(run: AccuracyRun, threshold: number): AccuracyFigures {
  return {
    threshold,
    inSample: DEV_SETS.map((s) => setFigures(s, run.dev, run.inSample, threshold)),
    outOfFold: DEV_SETS.map((s) => setFigures(s, run.dev, run.outOfFold, threshold)),
    fixtures: FIXTURE_SETS.map((s) => setFigures(s, run.fixtures, run.fixturePredictions, threshold)),
  };
}
