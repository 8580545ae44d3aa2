/**
 * The CSV writer, for everything sdg-align writes as CSV (browser-safe: no `node:` import).
 * RFC 4180 quoting, LF line ends, and formula-injection neutralisation.
 *
 * Quoting: a cell holding `,`, `;`, a tab, a quote or a line break is quoted, whatever the delimiter
 * of the file: a spreadsheet opening it may split on another one (French Excel splits on `;`).
 *
 * Formulas: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, also after
 * leading spaces or quotes (`  =1+1`, `"=cmd"`), is read as a formula by Excel, LibreOffice or
 * Google Sheets (OWASP "CSV injection"). Text cells (ids, labels, text) starting so get a leading
 * `'`, which spreadsheets show as text. Score cells are written by `formatScore` and never go
 * through it: scores are numbers in [0, 1].
 */

/** A formula start, possibly behind spaces or quotes (linear: anchored, one class then one character). */
const FORMULA_START = /^[ \u00A0"]*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\t\n\r]/;

/** `'=HYPERLINK(…)` for `=HYPERLINK(…)`; other values unchanged. */
export const neutraliseCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** One CSV field: quoted when it holds `,` `;` tab, a quote, a line break or the delimiter. */
export function quoteField(value: string, delimiter = ','): string {
  return NEEDS_QUOTES.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A text cell: neutralised, then quoted as needed. */
export const textCell = (value: string, delimiter = ','): string => quoteField(neutraliseCell(value), delimiter);

/** Scores with 4 decimals ("0.1234"); never negative, so never neutralised. */
export const formatScore = (score: number): string => (Math.round(score * 10_000) / 10_000).toFixed(4);

/** One line (with its LF) from cells already formatted. */
export const csvLine = (cells: readonly string[], delimiter = ','): string => `${cells.join(delimiter)}\n`;

