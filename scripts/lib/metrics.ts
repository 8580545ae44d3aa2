/**
 * The figures `npm run eval` reports, per development set, from per-goal probabilities:
 *   benchmark  per-goal accuracy and F1 on its one-question rows, and their means over the 17 goals;
 *   frpages    share of texts whose first label is one of the page's goals, micro P/R/F1
 *              (rows that name their goal are left out);
 *   swisstext  micro P/R/F1, share of not-SDG abstracts given a goal;
 *   fixtures   the project's own texts: first label correct, micro P/R/F1, share of non-SDG texts given a goal;
 * and everywhere the mean number of labels per text beside the mean number of gold labels.
 */
import type { DevText, SetName } from './dev-sets.js';

export interface Prediction {
  /** Probability of each goal, index 0 = goal 1. */
  readonly probabilities: ArrayLike<number>;
}

interface Counts { tp: number; fp: number; tn: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, tn: 0, fn: 0 });
const add = (c: Counts, predicted: boolean, actual: boolean) => {
  if (predicted && actual) c.tp++;
  else if (predicted) c.fp++;
  else if (actual) c.fn++;
  else c.tn++;
};
export function rates({ tp, fp, tn, fn }: Counts) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { accuracy: (tp + tn) / Math.max(1, tp + fp + tn + fn), precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Labelled goals (1-based), strongest first, ties by goal number. */
export function labelsOf(p: Prediction, threshold: number): number[] {
  const out: number[] = [];
  for (let g = 0; g < 17; g++) if (p.probabilities[g]! >= threshold && p.probabilities[g]! > 0) out.push(g + 1);
  return out.sort((a, b) => p.probabilities[b - 1]! - p.probabilities[a - 1]! || a - b);
}

export interface SetFigures {
  readonly set: SetName;
  readonly texts: number;
  /** benchmark: mean of the 17 per-goal accuracies and F1s. */
  readonly meanAccuracy?: number;
  readonly meanF1?: number;
  readonly firstCorrect?: number;
  /** Share of texts with a gold goal whose most probable goal (labelled or not) is one of them: the ranking alone. */
  readonly topCorrect?: number;
  readonly micro?: { precision: number; recall: number; f1: number };
  /** Share of texts with no gold goal that get a goal. */
  readonly noGoalGiven?: number;
  readonly labelsPerText: number;
  readonly goldPerText: number;
}

export function setFigures(set: SetName, texts: readonly DevText[], predictions: readonly Prediction[], threshold: number): SetFigures {
  const rows = texts.map((t, i) => ({ t, p: predictions[i]! })).filter(({ t }) => t.set === set && !t.namesGoal);
  const labels = rows.map(({ p }) => labelsOf(p, threshold));
  const labelsPerText = mean(labels.map((l) => l.length));
  const goldPerText = mean(rows.map(({ t }) => t.gold.length));
  if (set === 'benchmark') {
    const perGoal = Array.from({ length: 17 }, zero);
    rows.forEach(({ t }, i) => add(perGoal[t.question!.goal - 1]!, labels[i]!.includes(t.question!.goal), t.question!.label));
    const r = perGoal.map(rates);
    return { set, texts: rows.length, meanAccuracy: mean(r.map((x) => x.accuracy)), meanF1: mean(r.map((x) => x.f1)), labelsPerText, goldPerText: NaN };
  }
  const micro = zero();
  let first = 0;
  let top = 0;
  let withGold = 0;
  let noGold = 0;
  let noGoldGiven = 0;
  rows.forEach(({ t, p }, i) => {
    const l = labels[i]!;
    for (let g = 1; g <= 17; g++) add(micro, l.includes(g), t.gold.includes(g));
    if (t.gold.length) {
      withGold++;
      if (l.length && t.gold.includes(l[0]!)) first++;
      if (t.gold.includes(labelsOf(p, -1)[0]!)) top++;
    } else {
      noGold++;
      if (l.length) noGoldGiven++;
    }
  });
  const m = rates(micro);
  return {
    set,
    texts: rows.length,
    ...(withGold ? { firstCorrect: first / withGold, topCorrect: top / withGold, micro: { precision: m.precision, recall: m.recall, f1: m.f1 } } : {}),
    ...(noGold ? { noGoalGiven: noGoldGiven / noGold } : {}),
    labelsPerText,
    goldPerText,
  };
}

const pct = (x: number | undefined) => (x === undefined ? '—' : `${(100 * x).toFixed(1)} %`);
const f3 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(3));

/** One line of figures. */
export function formatFigures(f: SetFigures): string {
  const parts = [`${f.set.padEnd(16)} n=${String(f.texts).padStart(3)}`];
  if (f.meanAccuracy !== undefined) parts.push(`mean acc ${pct(f.meanAccuracy)}  mean F1 ${f3(f.meanF1)}`);
  if (f.firstCorrect !== undefined) parts.push(`first ${f3(f.firstCorrect)} (top ${f3(f.topCorrect)})`);
  if (f.micro) parts.push(`micro P ${f3(f.micro.precision)} R ${f3(f.micro.recall)} F1 ${f3(f.micro.f1)}`);
  if (f.noGoalGiven !== undefined) parts.push(`no-SDG given a goal ${f3(f.noGoalGiven)}`);
  parts.push(`labels/text ${f.labelsPerText.toFixed(2)}${Number.isNaN(f.goldPerText) ? '' : ` (gold ${f.goldPerText.toFixed(2)})`}`);
  return parts.join('  ');
}
