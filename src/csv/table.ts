/**
 * CSV tables from decoded text: the header (delimiter detected on its whole line), then the rows
 * read on demand (memory stays flat), with file:line errors. Browser-safe; `sdg-align/node`
 * opens files and stdin with it (`openCsv`).
 */
import { SdgAlignError } from '../errors.js';
import type { DetectedEncoding } from '../text/encoding.js';
import { CsvParser, type CsvRecord } from './parse.js';
import { detectDelimiter, headerLineEnd } from './delimiter.js';

export interface CsvRow {
  /** 1-based position among the data rows (the header is row 0). */
  readonly index: number;
  /** 1-based line of the file on which the row starts. */
  readonly line: number;
  /** One value per header column (missing trailing fields are ''). */
  readonly values: readonly string[];
}

export interface CsvTextOptions {
  /** Forced delimiter; default: detected on the header line among `,` `;` tab. */
  readonly delimiter?: string;
  /** Name for messages (default `<input>`). */
  readonly file?: string;
  /** The encoding the text was decoded from, as the decoder knows it (default: `utf8`). */
  readonly encoding?: () => DetectedEncoding;
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

async function* records(chunks: AsyncIterable<string>, parserRef: { parser?: CsvParser }, forced: string | undefined, file: string): AsyncGenerator<CsvRecord & { delimiter: string }> {
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

/**
 * A CSV table over decoded text chunks (browser-safe: the Node layer feeds it a file or stdin,
 * a page the text of a dropped file): reads the header, returns the rest as a lazy row iterator.
 * Rows are the same for every way of cutting the same text into chunks.
 */
export async function openCsvText(chunks: AsyncIterable<string>, options: CsvTextOptions = {}): Promise<CsvTable> {
  const file = options.file ?? '<input>';
  const encodingOf = options.encoding ?? (() => 'utf8' as const);
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
          throw new SdgAlignError('CSV_FORMAT', { reason: 'too-many-fields', file, line, fields: fields.length, columns: header.length, delimiter });
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
      return encodingOf();
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

/** A whole CSV text (a dropped file's decoded text, a test's string) as a header and its rows. */
export async function readCsvText(text: string, options: CsvTextOptions = {}): Promise<{ file: string; delimiter: string; header: readonly string[]; rows: CsvRow[] }> {
  const table = await openCsvText(
    (async function* () {
      yield text;
    })(),
    options,
  );
  const rows: CsvRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return { file: table.file, delimiter: table.delimiter, header: table.header, rows };
}
