/**
 * Scoring a plan's texts in time slices, the same code in the Web Worker and, when no worker can
 * start, on the main thread: between slices it gives the thread back (progress is drawn, a cancel
 * is heard). Results travel compact (goal scores, labels, non-zero targets: no evidence), which is
 * all the score table and the gap report need; the evidence of one text is computed when it is shown.
 */
import type { Engine } from '../../src/scoring/engine.js';
import type { EngineOptions } from '../../src/scoring/options.js';
import type { ScoreResult } from '../../src/scoring/types.js';
import type { ScoredProgramme } from '../../src/report/gaps.js';
import { GOAL_NUMBERS, goalOfTarget, type GoalNumber } from '../../src/taxonomy/index.js';

/** A programme of the plan: a CSV row, a section of a document, or the text typed. */
export interface Programme {
  readonly id: string;
  readonly title?: string;
  readonly text: string;
}

export type TextLanguage = 'auto' | 'fr' | 'en';

export interface CompactResult {
  readonly id: string;
  readonly language: ScoreResult['language'];
  readonly labels: readonly GoalNumber[];
  /** The 17 goal scores, in goal order. */
  readonly scores: readonly number[];
  /** Targets with a non-zero score, strongest first: [id, score]. */
  readonly targets: readonly (readonly [string, number])[];
}

/**
 * The engine of the score table: as the CLI's `score`, no evidence (the scores do not depend on
 * it, and building it is a good share of the time); targets scored, for the gap report.
 */
export const tableEngineOptions = (language: TextLanguage): EngineOptions => ({ language, maxEvidence: 0 });

export const compact = (r: ScoreResult): CompactResult => ({
  id: r.id,
  language: r.language,
  labels: r.labels,
  scores: r.goals.map((g) => g.score),
  targets: r.targets.map((t) => [t.target, t.score] as const),
});

/** Back to a `ScoreResult` (without evidence), with the programme's title for the report. */
export function expand(c: CompactResult, title?: string): ScoredProgramme {
  return {
    id: c.id,
    language: c.language,
    labels: c.labels,
    goals: GOAL_NUMBERS.map((goal, i) => ({ goal, score: c.scores[i] ?? 0, keyword: 0, similarity: 0, evidence: [] })),
    targets: c.targets.map(([target, score]) => ({ target, goal: goalOfTarget(target), score, keyword: 0, similarity: 0, evidence: [] })),
    ...(title !== undefined ? { title } : {}),
  };
}

export interface SliceControl {
  /** Time to work before giving the thread back, in ms. */
  readonly sliceMs: number;
  readonly onProgress: (done: number, total: number) => void;
  readonly cancelled: () => boolean;
}

/** Gives the thread back for a moment: queued messages and events run, the page repaints. */
export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Scores `programmes` in slices; `undefined` when cancelled. Reports progress after each slice. */
export async function scoreInSlices(engine: Engine, programmes: readonly Programme[], control: SliceControl): Promise<CompactResult[] | undefined> {
  const out: CompactResult[] = [];
  const total = programmes.length;
  while (out.length < total) {
    const until = performance.now() + control.sliceMs;
    do {
      const p = programmes[out.length]!;
      out.push(compact(engine.score({ id: p.id, text: p.text, ...(p.title !== undefined ? { title: p.title } : {}) })));
    } while (out.length < total && performance.now() < until);
    control.onProgress(out.length, total);
    await pause();
    if (control.cancelled()) return undefined;
  }
  return out;
}
