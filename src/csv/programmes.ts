/**
 * A plan's programmes from CSV rows (one programme per row): which columns hold the id, the title
 * and the text when nobody says, and the programme of each row. Shared by the CLI's `gaps` and
 * `check` and by the offline page, so that both read a spreadsheet the same way.
 */
import { defaultTextColumn, findColumn, LONGEST_COLUMN_SAMPLE, pickLongestColumn } from './columns.js';
import type { CsvRow } from './table.js';

/** Column names taken as the id, in order of preference (compared with `columnKey`). */
export const ID_COLUMNS: readonly string[] = ['id', 'code', 'identifiant', 'ref', 'reference', 'numero'];
/** Column names taken as the title, in order of preference. */
export const TITLE_COLUMNS: readonly string[] = ['title', 'titre', 'intitule', 'nom', 'name'];
/** Column names taken as the plan type, in order of preference. */
export const PLAN_TYPE_COLUMNS: readonly string[] = ['plan type', 'type de plan', 'type plan', 'plan'];

/** The first column of `header` called one of `names` (see `findColumn`), or -1. */
export function firstColumn(header: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const i = findColumn(header, name);
    if (i >= 0) return i;
  }
  return -1;
}

/** Column indexes of a plan's CSV; -1 for none (ids are then row numbers, there is no title…). */
export interface PlanColumns {
  readonly id: number;
  readonly title: number;
  readonly text: number;
  readonly planType: number;
}

/**
 * The columns used when none is given: id, title and plan type by name; the text by name
 * (`defaultTextColumn`), else the column with the most text in the first rows, other than those three.
 */
export function defaultPlanColumns(header: readonly string[], rows: readonly CsvRow[]): PlanColumns {
  const id = firstColumn(header, ID_COLUMNS);
  const title = firstColumn(header, TITLE_COLUMNS);
  const planType = firstColumn(header, PLAN_TYPE_COLUMNS);
  let text = defaultTextColumn(header);
  if (text < 0 && header.length) {
    text = pickLongestColumn(header, rows.slice(0, LONGEST_COLUMN_SAMPLE).map((r) => r.values), [id, title, planType].filter((i) => i >= 0));
  }
  return { id, title, text, planType };
}

export interface CsvProgramme {
  /** The id column's value (trimmed), else the row number; a repeated id gets ` (line N)`. */
  readonly id: string;
  /** The title column's value (trimmed), absent when empty or when the title column is the text column. */
  readonly title?: string;
  readonly text: string;
  /** 1-based line of the file on which the row starts. */
  readonly line: number;
}

/** The programme of each row, in row order (ids made unique as `CsvProgramme.id` says). */
export function programmesOfRows(rows: readonly CsvRow[], columns: Pick<PlanColumns, 'id' | 'title' | 'text'>): CsvProgramme[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const value = (i: number): string => (i >= 0 ? (row.values[i] ?? '') : '');
    const base = value(columns.id).trim() || String(row.index);
    const id = seen.has(base) ? `${base} (line ${row.line})` : base;
    seen.add(base);
    const title = columns.title !== columns.text ? value(columns.title).trim() : '';
    return { id, ...(title ? { title } : {}), text: value(columns.text), line: row.line };
  });
}
