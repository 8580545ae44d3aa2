/**
 * CSV as French Excel opens it: `;` between cells, decimal comma, UTF-8 with a BOM (else Excel
 * reads Windows-1252), CRLF line ends. Cells through the core's writer (`textCell`: quoting and the
 * formula guard). Temporary: issue 11 gives the core's writer these options (`--excel`), and the page
 * will use them.
 */
import { formatScore, textCell } from '../../src/csv/write.js';

export const EXCEL_DELIMITER = ';';
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** A score with 4 decimals and a decimal comma: "0,1234". */
export const excelScore = (score: number): string => formatScore(score).replace('.', ',');

/** A text cell for `;`-separated CSV (quoted when needed, formulas neutralised). */
export const excelText = (value: string): string => textCell(value, EXCEL_DELIMITER);

/** The whole file: BOM, then each row (cells already formatted) ended by CRLF. */
export const excelCsv = (rows: readonly (readonly string[])[]): string => BOM + rows.map((cells) => cells.join(EXCEL_DELIMITER) + CRLF).join('');
