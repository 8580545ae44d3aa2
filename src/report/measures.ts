/**
 * The measures of a gap report, as small pure functions (each rule in one place): when a goal is
 * weak, how coverage counts, how concentrated a plan's goals are.
 */
import type { GoalNumber } from '../taxonomy/index.js';

/** An expected goal is weak, by default, when its best score reaches half the threshold. */
export const DEFAULT_WEAK_RATIO = 0.5;
/** Credit a weak goal earns in `coverage`: half a covered goal. */
export const WEAK_CREDIT = 0.5;

/** The default weak threshold: `threshold × DEFAULT_WEAK_RATIO`. */
export const weakThresholdOf = (threshold: number): number => threshold * DEFAULT_WEAK_RATIO;

/** Status of an expected goal: covered when some programme addresses it, else weak or missing by its best score. */
export function goalStatus(best: number, addressed: boolean, expected: boolean, weakThreshold: number): 'covered' | 'weak' | 'missing' | 'not-expected' {
  if (!expected) return 'not-expected';
  return addressed ? 'covered' : best >= weakThreshold ? 'weak' : 'missing';
}

/** Coverage of the expected goals: (covered + ½ × weak) / expected; 0 when nothing is expected. */
export const coverageOf = (covered: number, weak: number, expected: number): number => (expected ? (covered + WEAK_CREDIT * weak) / expected : 0);

/**
 * Concentration of a plan: `top2-share`, the share of goal labels held by the two most frequent
 * goals, and the Shannon entropy of the labels normalised by ln N, N the framework's goals (0: one goal; 1: all goals equally).
 */
export interface Concentration {
  readonly measure: 'top2-share';
  /** Share (0–1) of all goal labels held by the two most frequent goals; null when no programme has a label. */
  readonly value: number | null;
  /** The (up to) two most frequent goals, most frequent first (ties: lower number first). */
  readonly top: readonly GoalNumber[];
  /** Number of goal labels over all programmes (a programme with 3 goals counts 3). */
  readonly labels: number;
  /** Shannon entropy of the labels' distribution over the framework's N goals, divided by ln N; null when no labels. */
  readonly entropy: number | null;
  readonly entropyMeasure: 'normalised-shannon';
}

/** The SDGs' number of goals: what `concentration` normalises by when not told the framework's. */
const SDG_GOAL_COUNT = 17;

/** Concentration of the goal labels of some programmes (see `Concentration`), over a framework of `goalCount` goals. */
export function concentration(programmes: readonly { goals: readonly GoalNumber[] }[], goalCount = SDG_GOAL_COUNT): Concentration {
  const counts = new Map<GoalNumber, number>();
  for (const p of programmes) for (const g of p.goals) counts.set(g, (counts.get(g) ?? 0) + 1);
  return concentrationOfCounts(counts, goalCount);
}

/** The same, from the number of labels of each goal; entropy normalised by ln `goalCount` (0 for a framework of one goal). */
export function concentrationOfCounts(counts: ReadonlyMap<GoalNumber, number>, goalCount = SDG_GOAL_COUNT): Concentration {
  const labels = [...counts.values()].reduce((a, b) => a + b, 0);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (labels === 0) return { measure: 'top2-share', value: null, top: [], labels: 0, entropy: null, entropyMeasure: 'normalised-shannon' };
  const top = ranked.slice(0, 2);
  const entropy = goalCount > 1 ? -[...counts.values()].reduce((h, c) => h + (c / labels) * Math.log(c / labels), 0) / Math.log(goalCount) : 0;
  return {
    measure: 'top2-share',
    value: top.reduce((a, [, c]) => a + c, 0) / labels,
    top: top.map(([g]) => g),
    labels,
    // `-0` and float dust below 0 would make JSON differ from 0; clamp.
    entropy: Math.max(0, entropy),
    entropyMeasure: 'normalised-shannon',
  };
}
