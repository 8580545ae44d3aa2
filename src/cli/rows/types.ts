/** What a `score` row format needs to know, and its shape (one file per format: csv.ts, json.ts). */
import type { CsvDialect } from '../../csv/write.js';
import type { ReviewMarks } from '../../review/index.js';
import type { ScoreResult } from '../../scoring/types.js';

export interface RowContext {
  readonly level: 'goal' | 'target';
  /** How CSV is written (ignored by JSON). */
  readonly dialect: CsvDialect;
  /** Names of the input columns copied before the scores (`--keep-columns`). */
  readonly kept: readonly string[];
  /** `--review` was given: rows say which labels a person confirmed. */
  readonly reviewed: boolean;
}

/** A scored row, with the values of its kept columns and, after a review, its marks. */
export interface ScoredRow {
  readonly result: ScoreResult & { readonly review?: ReviewMarks };
  readonly kept: readonly string[];
}

export interface RowFormat {
  /** Written before the first row (a CSV header, `[`). */
  start(ctx: RowContext): string;
  /** One row, without what separates it from the others. */
  row(row: ScoredRow, ctx: RowContext): string;
  /** Written before row `index` (0-based) and after each row. */
  before(index: number): string;
  readonly after: string;
  /** Written after the last row. */
  end(count: number): string;
}
