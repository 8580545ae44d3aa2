/**
 * Fitting the calibrated goal model on the development sets: training pairs (text, goal, label,
 * weight) from the three sets, a logistic fit (logistic.ts), and grouped cross-validation, so
 * that every figure fitted on the data can be reported out of fold beside the in-sample one.
 */
import { createEngine, type EngineOptions } from '../../src/index.js';
import { FEATURE_COUNT, FEATURE_NAMES, type FeatureName } from '../../src/scoring/features.js';
import { logit, sigmoid, type Calibration } from '../../src/scoring/calibration.js';
import type { DevText, SetName } from './dev-sets.js';
import { fitLogistic } from './logistic.js';
import type { Prediction } from './metrics.js';

const GOALS = 17;

/** How the development sets become training pairs. Chosen on out-of-fold figures (`npm run eval -- --search`). */
export interface FitSettings {
  /** Total weight of each set's pairs (sets differ a lot in size). */
  readonly setWeights: Readonly<Record<'benchmark' | 'frpages' | 'swisstext', number>>;
  /**
   * Weight of a pair "goal not listed" relative to a listed one: a fr-pages goal page lists its
   * own goal only (other goals are unknown, not wrong), a SwissText abstract has one label.
   */
  readonly unlistedWeight: Readonly<Record<'frpages' | 'swisstext', number>>;
  /** L2 penalty of the feature coefficients. */
  readonly l2: number;
  /** L2 penalty of the per-goal offsets (large: offsets move only where the data insists). */
  readonly goalOffsetL2: number;
  /** Fit on fr-pages rows that name their goal too (they are never in the figures). */
  readonly includeNamesGoal: boolean;
  /**
   * One intercept per set while fitting (the sets' base rates differ: every fr-pages text has a
   * goal, a third of SwissText has none), so that a feature such as length does not learn which
   * set a text comes from. The model's intercept is then their mean.
   */
  readonly setIntercepts: boolean;
  /** Features whose coefficient may not be negative (evidence never counts against a goal). */
  readonly nonNegative: readonly FeatureName[];
}

/**
 * Chosen on out-of-fold figures (a grid over the set weights, the unlisted-goal weights and the
 * penalty; see DESIGN.md): SwissText counts twice because its not-SDG abstracts are the only long
 * negatives; a goal a fr-pages page does not list counts as 0.3 of a negative (pages list their own goal only).
 */
export const DEFAULT_FIT: FitSettings = {
  setWeights: { benchmark: 1, frpages: 1, swisstext: 2 },
  unlistedWeight: { frpages: 0.3, swisstext: 1 },
  l2: 1,
  goalOffsetL2: 20,
  includeNamesGoal: true,
  setIntercepts: false,
  nonNegative: ['lexicon', 'keywords', 'queries', 'queriesFr', 'sdgo', 'un', 'entries', 'targets', 'keywordGap', 'similarity', 'targetSimilarity', 'similarityGap'],
};

/** Feature rows of every text (17 × FEATURE_COUNT each), each set scored as one collection (file-level language). */
export function collectFeatures(texts: readonly DevText[], options: EngineOptions = {}): Float64Array[] {
  const engine = createEngine({ ...options, features: true, maxEvidence: 0, level: 'goal' });
  const out: Float64Array[] = new Array(texts.length);
  const sets = [...new Set(texts.map((t) => t.set))];
  for (const set of sets) {
    const indices = texts.map((t, i) => (t.set === set ? i : -1)).filter((i) => i >= 0);
    const results = engine.scoreAll(indices.map((i) => ({ id: texts[i]!.id, text: texts[i]!.text }))).documents;
    results.forEach((r, k) => {
      const row = new Float64Array(GOALS * FEATURE_COUNT);
      r.goals.forEach((g, gi) => FEATURE_NAMES.forEach((name, f) => (row[gi * FEATURE_COUNT + f] = g.features![name as FeatureName])));
      out[indices[k]!] = row;
    });
  }
  return out;
}

const FITTED_SETS = ['benchmark', 'frpages', 'swisstext'] as const;

interface Pair {
  readonly set: number;
  readonly text: number;
  readonly goal: number;
  readonly label: number;
  readonly weight: number;
}

function pairsOf(texts: readonly DevText[], use: readonly number[], settings: FitSettings): Pair[] {
  const bySet = new Map<SetName, Pair[]>();
  for (const i of use) {
    const t = texts[i]!;
    if (t.set !== 'benchmark' && t.set !== 'frpages' && t.set !== 'swisstext') continue;
    if (t.namesGoal && !settings.includeNamesGoal) continue;
    const list = bySet.get(t.set) ?? [];
    if (t.set === 'benchmark') list.push({ set: 0, text: i, goal: t.question!.goal - 1, label: t.question!.label ? 1 : 0, weight: 1 });
    else {
      for (let g = 0; g < GOALS; g++) {
        const listed = t.gold.includes(g + 1);
        // A text with no goal at all (a not-SDG abstract) is a certain negative for every goal.
        const weight = listed || t.gold.length === 0 ? 1 : settings.unlistedWeight[t.set];
        list.push({ set: FITTED_SETS.indexOf(t.set), text: i, goal: g, label: listed ? 1 : 0, weight });
      }
    }
    bySet.set(t.set, list);
  }
  const out: Pair[] = [];
  for (const [set, list] of bySet) {
    const total = list.reduce((a, p) => a + p.weight, 0);
    const scale = (1000 * settings.setWeights[set as keyof FitSettings['setWeights']]) / total;
    for (const p of list) out.push({ ...p, weight: p.weight * scale });
  }
  return out;
}

/** Fits the model on the texts `use` (indices). Columns: intercept, features, one per goal offset. */
export function fitCalibration(texts: readonly DevText[], features: readonly Float64Array[], use: readonly number[], settings: FitSettings = DEFAULT_FIT): Calibration & { iterations: number; converged: boolean; logLoss: number; pairs: number } {
  const pairs = pairsOf(texts, use, settings);
  const intercepts = settings.setIntercepts ? FITTED_SETS.length : 1;
  const rows = pairs.map((p) => {
    const row = new Array<number>(intercepts + FEATURE_COUNT + GOALS).fill(0);
    row[settings.setIntercepts ? p.set : 0] = 1;
    const f = features[p.text]!;
    for (let k = 0; k < FEATURE_COUNT; k++) row[intercepts + k] = f[p.goal * FEATURE_COUNT + k]!;
    row[intercepts + FEATURE_COUNT + p.goal] = 1;
    return row;
  });
  const penalties = [...new Array<number>(intercepts).fill(0), ...new Array<number>(FEATURE_COUNT).fill(settings.l2), ...new Array<number>(GOALS).fill(settings.goalOffsetL2)];
  const labels = pairs.map((p) => p.label);
  const weights = pairs.map((p) => p.weight);
  // Evidence never counts against a goal: a keyword feature whose coefficient comes out negative
  // (collinear with the others) is fixed at 0 and the rest refitted, until none is negative.
  const nonNegative = new Set(settings.nonNegative.map((name) => intercepts + FEATURE_NAMES.indexOf(name)));
  const fixed = new Set<number>();
  let fit = fitLogistic(rows, labels, weights, { penalties });
  for (;;) {
    const negative = [...nonNegative].filter((j) => !fixed.has(j) && fit.coefficients[j]! < 0);
    if (negative.length === 0) break;
    for (const j of negative) fixed.add(j);
    const keep = (_: unknown, j: number) => !fixed.has(j);
    const reduced = fitLogistic(rows.map((r) => r.filter(keep)), labels, weights, { penalties: penalties.filter(keep) });
    let k = 0;
    fit = { ...reduced, coefficients: penalties.map((_, j) => (fixed.has(j) ? 0 : reduced.coefficients[k++]!)) };
  }
  const c = fit.coefficients;
  const present = FITTED_SETS.map((_, k) => pairs.some((p) => p.set === k));
  const setIntercepts = c.slice(0, intercepts).filter((_, k) => !settings.setIntercepts || present[k]);
  return {
    features: [...FEATURE_NAMES],
    intercept: setIntercepts.reduce((a, b) => a + b, 0) / setIntercepts.length,
    coefficients: c.slice(intercepts, intercepts + FEATURE_COUNT),
    goalOffsets: c.slice(intercepts + FEATURE_COUNT),
    iterations: fit.iterations,
    converged: fit.converged,
    logLoss: fit.logLoss,
    pairs: pairs.length,
  };
}

/** Goal probabilities of one text's feature rows under a calibration. */
export function predict(calibration: Calibration, features: Float64Array): Prediction {
  const probabilities = new Float64Array(GOALS);
  for (let g = 0; g < GOALS; g++) probabilities[g] = sigmoid(logit(calibration, features, g * FEATURE_COUNT, g));
  return { probabilities };
}

/** Out-of-fold predictions: each fold predicted by the model fitted on the other folds. */
export function crossValidate(texts: readonly DevText[], features: readonly Float64Array[], folds: readonly number[], k: number, settings: FitSettings = DEFAULT_FIT): Prediction[] {
  const out: Prediction[] = new Array(texts.length);
  for (let fold = 0; fold < k; fold++) {
    const train = texts.map((_, i) => i).filter((i) => folds[i] !== fold);
    const calibration = fitCalibration(texts, features, train, settings);
    texts.forEach((_, i) => {
      if (folds[i] === fold) out[i] = predict(calibration, features[i]!);
    });
  }
  return out;
}
