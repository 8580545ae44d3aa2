/**
 * Streaming CSV reading from a file or stdin: the bytes are decoded (encoding decided once, at
 * the start) and handed to the browser-safe CSV table (src/csv/table.ts).
 */
import { openCsvText, type CsvRow, type CsvTable } from '../csv/table.js';
import type { DetectedEncoding, EncodingOption } from '../text/encoding.js';
import { displayName, readTextChunks, type InputSource } from './input.js';

export { peekRows, type CsvRow, type CsvTable } from '../csv/table.js';

export interface OpenCsvOptions {
  /** `auto` (default): UTF-8 (BOM or not), else Windows-1252. */
  readonly encoding?: EncodingOption;
  /** Forced delimiter; default: detected on the header line among `,` `;` tab. */
  readonly delimiter?: string;
  /** Name for messages (default: the path, or `<stdin>`). */
  readonly file?: string;
  /** Told the number of bytes of each chunk read (a progress meter). */
  readonly onBytes?: (bytes: number) => void;
}

/** Opens a CSV (path or stream): reads the header, returns the rest as a lazy row iterator. */
export async function openCsv(source: InputSource, options: OpenCsvOptions = {}): Promise<CsvTable> {
  const file = displayName(source, options.file);
  let encoding: DetectedEncoding = options.encoding === 'windows-1252' ? 'windows-1252' : 'utf8';
  const chunks = readTextChunks(source, { encoding: options.encoding ?? 'auto', file, onEncoding: (e) => (encoding = e), ...(options.onBytes ? { onBytes: options.onBytes } : {}) });
  return openCsvText(chunks, { file, ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}), encoding: () => encoding });
}


/** Reads a whole CSV into memory (small files: tests). */
export async function readCsv(source: InputSource, options: OpenCsvOptions = {}): Promise<{ file: string; encoding: DetectedEncoding; delimiter: string; header: readonly string[]; rows: CsvRow[] }> {
  const table = await openCsv(source, options);
  const rows: CsvRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return { file: table.file, encoding: table.encoding, delimiter: table.delimiter, header: table.header, rows };
}
