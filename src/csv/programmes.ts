/**
 * Which columns of a CSV hold a row's id, title, text and plan type, and the programme of each
 * row: one rule for every command (`score`, `gaps`, `check`) and for the offline page, so a
 * spreadsheet is read the same everywhere. A column named by the caller (`--id-column`…) must
 * exist (matched ignoring case, accents, spaces, `_` and `-`); else the id and title are taken
 * from a column with a usual name when the caller guesses them, the text from the first column
 * named like a text, else from the column with the most text in the first rows. The plan type is
 * read only from a column named by the caller, or from `planTypeNames` when given.
 * Browser-safe: the CLI streams its rows through it, the page its rows in memory.
 */
import { defaultTextColumn, findColumn, LONGEST_COLUMN_SAMPLE, pickLongestColumn, requireColumn, type ColumnContext } from './columns.js';
import { peekRows, type CsvRow, type CsvTable } from './table.js';
import { IdStore } from '../id-store.js';

/** Column names taken as the programme id by `gaps` and `check` (compared with `columnKey`). */
export const ID_COLUMNS: readonly string[] = ['id', 'code', 'identifiant', 'ref', 'reference', 'numero', 'n° fiche', 'no fiche', 'n fiche', 'n° action', 'no action', 'numero de fiche', 'numero fiche', 'fiche'];
/** Column names taken as the programme title by `gaps` and `check`. */
export const TITLE_COLUMNS: readonly string[] = ['title', 'titre', "intitule de l'action", "intitulé de l’action", "nom de l'action", 'intitule', 'nom', 'name'];

/** The first column of `header` called one of `names` (see `findColumn`: two answering to a name are an error), or -1. */
export function firstColumn(header: readonly string[], names: readonly string[], context: ColumnContext = {}): number {
  for (const name of names) {
    const i = findColumn(header, name, context);
    if (i >= 0) return i;
  }
  return -1;
}

export interface ColumnRequest {
  readonly id?: string | undefined;
  readonly title?: string | undefined;
  readonly text?: readonly string[] | undefined;
  readonly planType?: string | undefined;
  /** Columns copied to the output: names, or `all`. */
  readonly keep?: readonly string[] | 'all' | undefined;
  /** Guess the id and title from usual names (`gaps`, `check`); else ids are row numbers and there is no title (`score`). */
  readonly guess: boolean;
  /** Names taken as the plan-type column when none is given (none: only a named column is read). */
  readonly planTypeNames?: readonly string[];
}

export interface Columns {
  /** -1: ids are row numbers. */
  readonly id: number;
  /** -1: no title. */
  readonly title: number;
  readonly text: readonly number[];
  /** -1: no plan-type column. */
  readonly planType: number;
  readonly kept: readonly number[];
  /** The rows: those read to choose the text column, then the rest. */
  readonly rows: () => AsyncIterableIterator<CsvRow>;
}

export async function chooseColumns(table: CsvTable, request: ColumnRequest): Promise<Columns> {
  const { header, file } = table;
  let rows: () => AsyncIterableIterator<CsvRow> = () => table.rows;
  if (!header.length) return { id: -1, title: -1, text: [], planType: -1, kept: [], rows };
  const named = (name: string | undefined, option: string) => (name === undefined ? undefined : requireColumn(header, name, file, option));
  const id = named(request.id, '--id-column') ?? (request.guess ? firstColumn(header, ID_COLUMNS, { file }) : -1);
  const planType = named(request.planType, '--plan-type-column') ?? (request.planTypeNames ? firstColumn(header, request.planTypeNames, { file }) : -1);
  const kept = request.keep === 'all' ? header.map((_, i) => i) : [...new Set((request.keep ?? []).map((c) => requireColumn(header, c, file, '--keep-columns')))].sort((a, b) => a - b);
  let text: number[];
  let title = named(request.title, '--title-column') ?? (request.guess ? firstColumn(header, TITLE_COLUMNS, { file }) : -1);
  if (request.text?.length) {
    // The same column named twice (or as `texte` and `TEXTE`) is read once.
    text = [...new Set(request.text.map((c) => requireColumn(header, c, file, '--text-column')))];
  } else {
    const byName = defaultTextColumn(header, { file, option: '--text-column' });
    if (byName >= 0) text = [byName];
    else {
      // No column has a text-like name: read the first rows and take the one with the most text.
      const ahead = await peekRows(table, LONGEST_COLUMN_SAMPLE);
      text = [pickLongestColumn(header, ahead.peeked.map((r) => r.values), [id, title, planType].filter((i) => i >= 0))];
      rows = ahead.rows;
    }
  }
  // A title that is also the text is not said twice.
  if (text.includes(title)) title = -1;
  return { id, title, text, planType, kept, rows };
}

/** A row's text: its text columns, trimmed, the non-empty ones joined with a line break. */
export const rowText = (columns: Pick<Columns, 'text'>, row: CsvRow): string =>
  columns.text
    .map((i) => row.values[i]!.trim())
    .filter((t) => t !== '')
    .join('\n');

export interface CsvProgramme {
  /** The id column's value (trimmed), else the row number; a repeated id gets ` (line N)`. */
  readonly id: string;
  /** The title column's value (trimmed), absent when empty. */
  readonly title?: string;
  /** The text columns' values (`rowText`). */
  readonly text: string;
  /** 1-based line of the file on which the row starts. */
  readonly line: number;
}

/**
 * A reader of rows into programmes, in order: it remembers the ids it gave (in `ids`, which a
 * gap report can share: see GapStorage), to make repeated ones unique — ` (line N)` added, and
 * ` #2`, ` #3`… after that in the rare file where that too is taken.
 */
export function programmeReader(columns: Pick<Columns, 'id' | 'title' | 'text'>, ids: IdStore = new IdStore()): (row: CsvRow) => CsvProgramme {
  return (row) => {
    const base = (columns.id >= 0 ? row.values[columns.id]!.trim() : '') || String(row.index);
    let id = base;
    if (ids.add(id) < 0) {
      id = `${base} (line ${row.line})`;
      for (let n = 2; ids.add(id) < 0; n++) id = `${base} (line ${row.line}) #${n}`;
    }
    const title = columns.title >= 0 ? row.values[columns.title]!.trim() : '';
    return { id, ...(title ? { title } : {}), text: rowText(columns, row), line: row.line };
  };
}
