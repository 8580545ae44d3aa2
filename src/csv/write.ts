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
import { roundTo } from '../locales/format.js';

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

/** Scores with 4 decimals ("0.1234"), rounded as every formatter rounds (`roundTo`); never negative, so never neutralised. */
export const formatScore = (score: number): string => roundTo(score, 4).toFixed(4);

/** One line (with its LF) from cells already formatted. */
export const csvLine = (cells: readonly string[], delimiter = ','): string => `${cells.join(delimiter)}\n`;


/**
 * How a CSV is written: the delimiter, the decimal separator of numbers, a byte order mark and
 * the line end. `EXCEL_DIALECT` is what French Excel opens by double-click: `;`, decimal comma,
 * UTF-8 with BOM (without it Excel reads the bytes as Windows-1252), CRLF.
 */
export interface CsvDialect {
  /** One character (default `,`). */
  readonly delimiter: string;
  /** Numbers written `0,4231` instead of `0.4231`. */
  readonly decimalComma: boolean;
  /** Start the text with U+FEFF (written as the UTF-8 BOM). */
  readonly bom: boolean;
  readonly lineEnd: '\n' | '\r\n';
}

export const DEFAULT_DIALECT: CsvDialect = Object.freeze({ delimiter: ',', decimalComma: false, bom: false, lineEnd: '\n' });
export const EXCEL_DIALECT: CsvDialect = Object.freeze({ delimiter: ';', decimalComma: true, bom: true, lineEnd: '\r\n' });

/** A cell to write: text (guarded against formulas, quoted as needed) or a score (4 decimals in the dialect's notation). */
export type CsvCell = string | number;

/** A score cell in a dialect: `0.4231`, or `0,4231` (quoted when `,` is also the delimiter). */
export const scoreCell = (score: number, dialect: CsvDialect = DEFAULT_DIALECT): string => {
  const text = formatScore(score);
  if (!dialect.decimalComma) return text;
  // Not quoted unless the delimiter is a comma too: Excel reads a bare 0,4231 as a number.
  const comma = text.replace('.', ',');
  return dialect.delimiter === ',' ? `"${comma}"` : comma;
};

/** One row (with its line end) in a dialect: text cells through `textCell`, numbers through `scoreCell`. */
export function writeCsvRow(cells: readonly CsvCell[], dialect: CsvDialect = DEFAULT_DIALECT): string {
  return `${cells.map((c) => (typeof c === 'number' ? scoreCell(c, dialect) : textCell(c, dialect.delimiter))).join(dialect.delimiter)}${dialect.lineEnd}`;
}

/** What starts the file: the BOM when the dialect has one. */
export const csvStart = (dialect: CsvDialect): string => (dialect.bom ? '\uFEFF' : '');
