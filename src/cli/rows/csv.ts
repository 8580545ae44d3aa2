/**
 * `score --format csv`: the kept input columns, then `id,language,goals,sdg1…sdg17` (+ `t1.1…t17.19`
 * with `--level target`, + `reviewed` with `--review`), in the dialect asked for (`--excel`…).
 * The columns and cells are the core's score table (csv/score-table.ts), which the offline page writes too.
 */
import { scoreTableCells, scoreTableHeader } from '../../csv/score-table.js';
import { csvStart, writeCsvRow } from '../../csv/write.js';
import type { RowFormat } from './types.js';

export const csvRows: RowFormat = {
  start: (ctx) => csvStart(ctx.dialect) + writeCsvRow(scoreTableHeader(ctx), ctx.dialect),
  row: ({ result, kept }, ctx) => writeCsvRow(scoreTableCells(result, kept, ctx), ctx.dialect),
  before: () => '',
  after: '',
  end: () => '',
};
