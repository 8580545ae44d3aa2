/**
 * Streaming CSV reading: `openCsv` reads just enough to know the encoding, the delimiter and the header,
 * then hands back an async iterator of rows that reads the rest on demand (memory stays flat).
 */
import { SdgAlignError } from '../errors.js';
import { CsvParser, type CsvRecord } from './csv-parse.js';
import { detectDelimiter, headerLineEnd } from './delimiter.js';
import type { DetectedEncoding, EncodingOption } from './encoding.js';
import { displayName, readTextChunks, type InputSource } from './input.js';

export interface CsvRow {
  /** 1-based position among the data rows (the header is row 0). */
  readonly index: number;
  /** 1-based line of the file on which the row starts. */
  readonly line: number;
  /** One value per header column (missing trailing fields are ''). */
  readonly values: readonly string[];
}

export interface OpenCsvOptions {
  /** `auto` (default): UTF-8 (BOM or not), else Windows-1252. */
  readonly encoding?: EncodingOption;
  /** Forced delimiter; default: detected on the header line among `,` `;` tab. */
  readonly delimiter?: string;
  /** Name for messages (default: the path, or `<stdin>`). */
  readonly file?: string;
}

export interface CsvTable {
  readonly file: string;
  /** Encoding in use (decided once, at the start; `utf8` until then). */
  readonly encoding: DetectedEncoding;
  readonly delimiter: string;
  /** Column names, `[]` for an empty input. */
  readonly header: readonly string[];
  /** The data rows, read lazily. Iterate once. Leaving the loop early closes the input. */
  readonly rows: AsyncIterableIterator<CsvRow>;
  /** Closes the input without reading the rows (e.g. after a column error). */
  close(): Promise<void>;
}

/**
 * Text held back before detecting the delimiter, if the header line is not complete sooner. The
 * delimiter is detected on at most this much text, so that it never depends on how the input is cut.
 */
const MAX_HEADER_SNIFF = 64 * 1024;

async function* records(chunks: AsyncGenerator<string>, parserRef: { parser?: CsvParser }, forced: string | undefined, file: string): AsyncGenerator<CsvRecord & { delimiter: string }> {
  let delimiter = forced;
  let pending = '';
  const start = (text: string) => {
    delimiter ??= detectDelimiter(text.slice(0, MAX_HEADER_SNIFF));
    parserRef.parser = new CsvParser({ delimiter, file });
  };
  for await (const chunk of chunks) {
    let text = chunk;
    if (!parserRef.parser) {
      // The delimiter is detected on the whole header line (a quoted line break does not end it): wait for its end.
      pending += chunk;
      if (delimiter === undefined && headerLineEnd(pending) < 0 && pending.length < MAX_HEADER_SNIFF) continue;
      start(pending);
      text = pending;
      pending = '';
    }
    for (const record of parserRef.parser!.push(text)) yield { ...record, delimiter: delimiter! };
    // A malformed record after those: before anything later in the input (a NUL, an invalid byte).
    if (parserRef.parser!.error) throw parserRef.parser!.error;
  }
  if (!parserRef.parser && pending) start(pending);
  if (pending) for (const record of parserRef.parser!.push(pending)) yield { ...record, delimiter: delimiter! };
  for (const record of parserRef.parser?.finish() ?? []) yield { ...record, delimiter: delimiter! };
}

/** Opens a CSV (path or stream): reads the header, returns the rest as a lazy row iterator. */
export async function openCsv(source: InputSource, options: OpenCsvOptions = {}): Promise<CsvTable> {
  const file = displayName(source, options.file);
  let encoding: DetectedEncoding = options.encoding === 'windows-1252' ? 'windows-1252' : 'utf8';
  const chunks = readTextChunks(source, { encoding: options.encoding ?? 'auto', file, onEncoding: (e) => (encoding = e) });
  const parserRef: { parser?: CsvParser } = {};
  const iterator = records(chunks, parserRef, options.delimiter, file);
  const first = await iterator.next();
  const header = first.done ? [] : first.value.fields.map((h) => h.replace(/^\uFEFF/, '').trim());
  const delimiter = first.done ? (options.delimiter ?? ',') : first.value.delimiter;

  async function* rows(): AsyncGenerator<CsvRow> {
    if (first.done) return;
    let index = 0;
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const { fields, line } = next.value;
        if (fields.every((f) => f === '')) continue; // ";;;;" lines left by spreadsheets
        if (fields.length > header.length && fields.slice(header.length).some((f) => f.trim() !== '')) {
          throw new SdgAlignError(
            'CSV_FORMAT',
            `${file}:${line}: malformed CSV: ${fields.length} fields but the header has ${header.length} (delimiter ${JSON.stringify(delimiter)}; is it the right one?).`,
            { file, line, fields: fields.length, columns: header.length },
          );
        }
        const values = fields.length >= header.length ? fields.slice(0, header.length) : [...fields, ...Array<string>(header.length - fields.length).fill('')];
        index++;
        yield { index, line, values };
      }
    } finally {
      // Leaving early (EPIPE, an error downstream) closes the file or releases stdin.
      await iterator.return?.(undefined);
    }
  }

  return {
    file,
    get encoding() {
      return encoding;
    },
    delimiter,
    header,
    rows: rows(),
    async close() {
      await iterator.return?.(undefined);
    },
  };
}

/**
 * Reads up to `count` rows ahead (to choose a column from the first rows) without closing the
 * input; `rows()` then gives them again, followed by the rest.
 */
export async function peekRows(table: CsvTable, count: number): Promise<{ readonly peeked: readonly CsvRow[]; rows(): AsyncGenerator<CsvRow> }> {
  const peeked: CsvRow[] = [];
  let exhausted = false;
  // next() by hand: leaving a for-await loop would close the input.
  while (peeked.length < count) {
    const next = await table.rows.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    peeked.push(next.value);
  }
  return {
    peeked,
    async *rows() {
      yield* peeked;
      if (!exhausted) yield* table.rows;
    },
  };
}

/** Reads a whole CSV into memory (small files: tests). */
export async function readCsv(source: InputSource, options: OpenCsvOptions = {}): Promise<{ file: string; encoding: DetectedEncoding; delimiter: string; header: readonly string[]; rows: CsvRow[] }> {
  const table = await openCsv(source, options);
  const rows: CsvRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return { file: table.file, encoding: table.encoding, delimiter: table.delimiter, header: table.header, rows };
}
