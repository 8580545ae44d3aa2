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

/** Index of the column called `name` (see `columnKey`); an exact match wins over a folded one; -1 when none. */
export function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const key = columnKey(name);
  return header.findIndex((h) => columnKey(h) === key);
}

/** Like `findColumn` but throws `CSV_MISSING_COLUMN`, naming the column and listing those that exist. */
export function requireColumn(header: readonly string[], name: string, file: string, option?: string): number {
  const index = findColumn(header, name);
  if (index < 0) {
    const list = header.length ? header.map((h) => JSON.stringify(h)).join(', ') : '(none: the file is empty)';
    throw new SdgAlignError(
      'CSV_MISSING_COLUMN',
      `${file}: no column ${JSON.stringify(name)}${option ? ` (${option})` : ''}; the columns are: ${list}.`,
      { file, column: name, columns: [...header] },
    );
  }
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
];

/** Rows looked at to find the longest-text column. */
export const LONGEST_COLUMN_SAMPLE = 100;

export function defaultTextColumn(header: readonly string[]): number {
  const keys = header.map(columnKey);
  for (const name of DEFAULT_TEXT_COLUMNS) {
    const i = keys.indexOf(name);
    if (i >= 0) return i;
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
