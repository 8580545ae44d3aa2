/**
 * CSV output: RFC 4180 quoting, LF line ends, and formula-injection neutralisation.
 *
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by
 * Excel, LibreOffice and Google Sheets (OWASP "CSV injection"). Text cells (ids, labels, text) starting
 * so are prefixed with `'`, which spreadsheets show as text. Score cells are written by `formatScore`
 * and never go through it: scores are numbers in [0, 1].
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\n\r]/;

/** `'=HYPERLINK(…)` for `=HYPERLINK(…)`; other values unchanged. */
export const neutraliseCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** One CSV field: quoted when it holds the delimiter, a quote or a line break. */
export function quoteField(value: string, delimiter = ','): string {
  return NEEDS_QUOTES.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A text cell: neutralised, then quoted as needed. */
export const textCell = (value: string, delimiter = ','): string => quoteField(neutraliseCell(value), delimiter);

/** Scores with 4 decimals ("0.1234"); never negative, so never neutralised. */
export const formatScore = (score: number): string => (Math.round(score * 10_000) / 10_000).toFixed(4);

/** One line (with its LF) from cells already formatted. */
export const csvLine = (cells: readonly string[], delimiter = ','): string => `${cells.join(delimiter)}\n`;
