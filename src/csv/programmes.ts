/**
 * A plan's programmes from CSV rows (one programme per row): which columns hold the id, the title
 * and the text when nobody says, and the programme of each row. Shared by the CLI's `gaps` and
 * `check` (rows streamed) and the offline page (rows in memory), so both read a spreadsheet alike.
 */
import { defaultTextColumn, findColumn, LONGEST_COLUMN_SAMPLE, pickLongestColumn, type ColumnContext } from './columns.js';
import { detached } from '../strings.js';
import type { CsvRow } from './table.js';

/** Column names taken as the id, in order of preference (compared with `columnKey`). */
export const ID_COLUMNS: readonly string[] = ['id', 'code', 'identifiant', 'ref', 'reference', 'numero'];
/** Column names taken as the title, in order of preference. */
export const TITLE_COLUMNS: readonly string[] = ['title', 'titre', 'intitule', 'nom', 'name'];
/** Column names taken as the plan type, in order of preference. */
export const PLAN_TYPE_COLUMNS: readonly string[] = ['plan type', 'type de plan', 'type plan', 'plan'];

/** The first column of `header` called one of `names` (see `findColumn`: two answering to a name are an error), or -1. */
export function firstColumn(header: readonly string[], names: readonly string[], context: ColumnContext = {}): number {
  for (const name of names) {
    const i = findColumn(header, name, context);
    if (i >= 0) return i;
  }
  return -1;
}

/** Column indexes of a plan's CSV; -1 for none (ids are then row numbers, there is no title…). */
export interface PlanColumns {
  readonly id: number;
  readonly title: number;
  /** -1 from `namedPlanColumns` when no column is named like a text: `withLongestText` then chooses. */
  readonly text: number;
  readonly planType: number;
}

/** The columns found by their names: id, title, plan type, and the text (`defaultTextColumn`). */
export function namedPlanColumns(header: readonly string[], context: ColumnContext = {}): PlanColumns {
  // In this order, as an ambiguous name is reported: id, title, plan type, then text.
  const id = firstColumn(header, ID_COLUMNS, context);
  const title = firstColumn(header, TITLE_COLUMNS, context);
  const planType = firstColumn(header, PLAN_TYPE_COLUMNS, context);
  return { id, title, text: defaultTextColumn(header, context), planType };
}

/** When no column is named like a text: the one with the most text in the first rows (`LONGEST_COLUMN_SAMPLE`), other than id, title and plan type. */
export function withLongestText(columns: PlanColumns, header: readonly string[], firstRows: readonly CsvRow[]): PlanColumns {
  if (columns.text >= 0 || !header.length) return columns;
  const others = [columns.id, columns.title, columns.planType].filter((i) => i >= 0);
  return { ...columns, text: pickLongestColumn(header, firstRows.slice(0, LONGEST_COLUMN_SAMPLE).map((r) => r.values), others) };
}

/** The columns used when none is given, for rows held in memory. */
export const defaultPlanColumns = (header: readonly string[], rows: readonly CsvRow[], context: ColumnContext = {}): PlanColumns =>
  withLongestText(namedPlanColumns(header, context), header, rows);

export interface CsvProgramme {
  /** The id column's value (trimmed), else the row number; a repeated id gets ` (line N)`. */
  readonly id: string;
  /** The title column's value (trimmed), absent when empty or when the title column is the text column. */
  readonly title?: string;
  readonly text: string;
  /** 1-based line of the file on which the row starts. */
  readonly line: number;
}

/** A reader of rows into programmes, in order: it remembers the ids it gave, to make repeated ones unique. */
export function programmeReader(columns: Pick<PlanColumns, 'id' | 'title' | 'text'>): (row: CsvRow) => CsvProgramme {
  const seen = new Set<string>();
  return (row) => {
    const value = (i: number): string => (i >= 0 ? (row.values[i] ?? '') : '');
    const base = value(columns.id).trim() || String(row.index);
    const id = seen.has(base) ? `${base} (line ${row.line})` : base;
    seen.add(detached(base));
    const title = columns.title !== columns.text ? value(columns.title).trim() : '';
    return { id, ...(title ? { title } : {}), text: value(columns.text), line: row.line };
  };
}

/** The programme of each row, in row order. */
export const programmesOfRows = (rows: readonly CsvRow[], columns: Pick<PlanColumns, 'id' | 'title' | 'text'>): CsvProgramme[] => rows.map(programmeReader(columns));
