/**
 * The score table's columns and cells: what `sdg-align score --format csv` writes for each row and
 * what the offline page gives back, so that the two are the same file. The kept input columns,
 * then `id,language,goals,sdg1…sdg17` (+ `t1.1…t17.19` at the target level, + `reviewed` once a
 * person has decided). Browser-safe.
 */
import type { ReviewMarks } from '../review/index.js';
import type { ScoreResult } from '../scoring/types.js';
import { GOAL_NUMBERS, targets } from '../taxonomy/index.js';
import type { CsvCell } from './write.js';

/** What decides the columns. */
export interface ScoreTableShape {
  readonly level: 'goal' | 'target';
  /** Names of the input columns copied before the scores. */
  readonly kept: readonly string[];
  /** A review was applied: a `reviewed` column lists the goals a person confirmed. */
  readonly reviewed: boolean;
}

export function scoreTableHeader(shape: ScoreTableShape): string[] {
  return [
    ...shape.kept,
    'id',
    'language',
    'goals',
    ...GOAL_NUMBERS.map((g) => `sdg${g}`),
    ...(shape.level === 'target' ? targets.map((t) => `t${t.id}`) : []),
    ...(shape.reviewed ? ['reviewed'] : []),
  ];
}

/** One row's cells: its kept values, then its scores (labels `|`-separated). */
export function scoreTableCells(result: ScoreResult & { readonly review?: ReviewMarks }, kept: readonly string[], shape: Pick<ScoreTableShape, 'level' | 'reviewed'>): CsvCell[] {
  const cells: CsvCell[] = [...kept, result.id, result.language, result.labels.join('|'), ...result.goals.map((g) => g.score)];
  if (shape.level === 'target') {
    const byId = new Map(result.targets.map((t) => [t.target, t.score]));
    for (const t of targets) cells.push(byId.get(t.id) ?? 0);
  }
  if (shape.reviewed) cells.push((result.review?.confirmed ?? []).join('|'));
  return cells;
}
