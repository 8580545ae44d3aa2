/** Header matching: case-, accent- and separator-insensitive, with errors that list the columns that exist. */
import { SdgAlignError } from '../errors.js';

/** "Libellé de l'action" → "libelle de l'action"; "plan_type" and "Plan-Type" → "plan type". */
export const columnKey = (name: string): string =>
  name
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** Where a column name comes from, for the message when two columns answer to it. */
export interface ColumnContext {
  readonly file?: string;
  /** The flag that names the column (`--text-column`): giving the exact name there disambiguates. */
  readonly option?: string;
}

/**
 * Index of the column called `name` (see `columnKey`); an exact match wins over a folded one; -1
 * when none. Two columns answering to the name (two exact matches, or no exact one and two folded
 * ones) are `CSV_AMBIGUOUS_COLUMN`, naming both: silently taking the first would score the wrong text.
 */
export function findColumn(header: readonly string[], name: string, context: ColumnContext = {}): number {
  const exact = matching(header, (h) => h === name);
  const found = exact.length ? exact : matching(header, (h) => columnKey(h) === columnKey(name));
  if (found.length > 1) throw ambiguous(header, name, found, context);
  return found[0] ?? -1;
}

const matching = (header: readonly string[], test: (h: string) => boolean): number[] => header.flatMap((h, i) => (test(h) ? [i] : []));

function ambiguous(header: readonly string[], name: string, found: readonly number[], { file = '<input>', option }: ColumnContext): SdgAlignError {
  return new SdgAlignError('CSV_AMBIGUOUS_COLUMN', { file, column: name, columns: found.map((i) => header[i]!), positions: [...found], ...(option ? { option } : {}) });
}

/** Like `findColumn` but throws `CSV_MISSING_COLUMN`, naming the column and listing those that exist. */
export function requireColumn(header: readonly string[], name: string, file: string, option?: string): number {
  const index = findColumn(header, name, { file, ...(option ? { option } : {}) });
  if (index < 0) throw new SdgAlignError('CSV_MISSING_COLUMN', { file, column: name, columns: [...header], ...(option ? { option } : {}) });
  return index;
}

/**
 * Column names taken as the text when none is given, in order of preference (compared with `columnKey`).
 * When none is present, the column with the most text over the first rows is used (`pickLongestColumn`).
 */
export const DEFAULT_TEXT_COLUMNS: readonly string[] = [
  'text',
  'texte',
  'description',
  'descriptif',
  'libelle',
  'intitule',
  'contenu',
  'content',
  'body',
  'resume',
  'summary',
  'abstract',
  "description de l'action",
  'description de l’action',
];

/** Rows looked at to find the longest-text column. */
export const LONGEST_COLUMN_SAMPLE = 100;

/** The first column named like a text (`DEFAULT_TEXT_COLUMNS`); two columns with that name are ambiguous. */
export function defaultTextColumn(header: readonly string[], context: ColumnContext = {}): number {
  const keys = header.map(columnKey);
  for (const name of DEFAULT_TEXT_COLUMNS) {
    const found = matching(keys, (k) => k === name);
    if (found.length > 1) throw ambiguous(header, name, found, context);
    if (found.length) return found[0]!;
  }
  return -1;
}

/** The column (other than `exclude`) with the most characters in `rows`; ties go to the leftmost. */
export function pickLongestColumn(header: readonly string[], rows: readonly (readonly string[])[], exclude: readonly number[] = []): number {
  let best = -1;
  let bestLength = -1;
  for (let c = 0; c < header.length; c++) {
    if (exclude.includes(c)) continue;
    let total = 0;
    for (const row of rows) total += (row[c] ?? '').trim().length;
    if (total > bestLength) {
      best = c;
      bestLength = total;
    }
  }
  return best;
}
