/**
 * `score --format csv`: the kept input columns, then `id,language,goals,sdg1…sdg17` (+ `t1.1…t17.19`
 * with `--level target`, + `reviewed` with `--review`), in the dialect asked for (`--excel`…).
 */
import { csvStart, writeCsvRow, type CsvCell } from '../../csv/write.js';
import { GOAL_NUMBERS, targets } from '../../taxonomy/index.js';
import type { RowContext, RowFormat, ScoredRow } from './types.js';

/** CSV header: the kept columns, id,language,goals,sdg1…sdg17 (+ t1.1…t17.19 with --level target, + reviewed). */
export function csvHeader(ctx: Pick<RowContext, 'level' | 'kept' | 'reviewed'>): string[] {
  return [
    ...ctx.kept,
    'id',
    'language',
    'goals',
    ...GOAL_NUMBERS.map((g) => `sdg${g}`),
    ...(ctx.level === 'target' ? targets.map((t) => `t${t.id}`) : []),
    ...(ctx.reviewed ? ['reviewed'] : []),
  ];
}

export function csvCells({ result, kept }: ScoredRow, ctx: Pick<RowContext, 'level' | 'reviewed'>): CsvCell[] {
  const cells: CsvCell[] = [...kept, result.id, result.language, result.labels.join('|'), ...result.goals.map((g) => g.score)];
  if (ctx.level === 'target') {
    const byId = new Map(result.targets.map((t) => [t.target, t.score]));
    for (const t of targets) cells.push(byId.get(t.id) ?? 0);
  }
  if (ctx.reviewed) cells.push((result.review?.confirmed ?? []).join('|'));
  return cells;
}

export const csvRows: RowFormat = {
  start: (ctx) => csvStart(ctx.dialect) + writeCsvRow(csvHeader(ctx), ctx.dialect),
  row: (row, ctx) => writeCsvRow(csvCells(row, ctx), ctx.dialect),
  before: () => '',
  after: '',
  end: () => '',
};
