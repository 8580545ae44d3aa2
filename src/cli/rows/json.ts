/**
 * `score --format json` (an array) and `--format ndjson` (one object per line):
 * `{ id, language, goals: [labels], scores: { "1": …, "17": … }, targets?: { "7.3": … }, columns?: {…}, reviewed?: [7] }`.
 */
import { roundTo } from '../../locales/format.js';
import { targets } from '../../taxonomy/index.js';
import type { RowContext, RowFormat, ScoredRow } from './types.js';

export function jsonRow({ result, kept }: ScoredRow, ctx: RowContext): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: result.id,
    language: result.language,
    goals: [...result.labels],
    scores: Object.fromEntries(result.goals.map((g) => [String(g.goal), roundTo(g.score, 4)])),
  };
  if (ctx.level === 'target') {
    // Non-zero targets only, UN order: 169 zeros per row would drown the useful ones.
    const byId = new Map(result.targets.map((t) => [t.target, t.score]));
    row.targets = Object.fromEntries(targets.filter((t) => (byId.get(t.id) ?? 0) > 0).map((t) => [t.id, roundTo(byId.get(t.id)!, 4)]));
  }
  if (ctx.kept.length) row.columns = Object.fromEntries(ctx.kept.map((name, i) => [name, kept[i] ?? '']));
  if (ctx.reviewed) row.reviewed = [...(result.review?.confirmed ?? [])];
  return row;
}

export const jsonRows: RowFormat = {
  start: () => '[',
  row: (row, ctx) => JSON.stringify(jsonRow(row, ctx)),
  before: (index) => `${index ? ',' : ''}\n  `,
  after: '',
  end: (count) => (count ? '\n]\n' : ']\n'),
};

export const ndjsonRows: RowFormat = {
  start: () => '',
  row: (row, ctx) => JSON.stringify(jsonRow(row, ctx)),
  before: () => '',
  after: '\n',
  end: () => '',
};
