/**
 * How a command writes CSV: the dialect from `--excel`, `--delimiter`, `--decimal-comma`, `--bom`,
 * `--crlf`, and the encoding (`--encoding windows-1252` applies to the output only with `--excel`:
 * alone it is the input's).
 */
import { DEFAULT_DIALECT, EXCEL_DIALECT, type CsvDialect } from '../csv/write.js';
import { encodeWindows1252, unencodableIndex } from '../text/encoding.js';
import type { OutputSink } from '../node/output.js';

export interface CsvOutputOptions {
  readonly excel?: boolean | undefined;
  readonly delimiter?: string | undefined;
  readonly decimalComma?: boolean | undefined;
  readonly bom?: boolean | undefined;
  readonly crlf?: boolean | undefined;
  readonly encoding?: 'auto' | 'utf8' | 'windows-1252' | undefined;
}

export type OutputEncoding = 'utf8' | 'windows-1252';

export const outputEncoding = (options: CsvOutputOptions): OutputEncoding => (options.excel && options.encoding === 'windows-1252' ? 'windows-1252' : 'utf8');

export function dialectOf(options: CsvOutputOptions): CsvDialect {
  const base = options.excel ? EXCEL_DIALECT : DEFAULT_DIALECT;
  return {
    delimiter: options.delimiter ?? base.delimiter,
    decimalComma: options.decimalComma === true || base.decimalComma,
    // A BOM says "UTF-8": a Windows-1252 file has none.
    bom: (options.bom === true || base.bom) && outputEncoding(options) === 'utf8',
    lineEnd: options.crlf === true || base.lineEnd === '\r\n' ? '\r\n' : '\n',
  };
}

/** A sink that writes its text in `encoding` (UTF-8 sinks are returned as they are). */
export function encodedSink(sink: OutputSink, encoding: OutputEncoding, file: string): OutputSink {
  if (encoding === 'utf8') return sink;
  return {
    get closed() {
      return sink.closed;
    },
    write: (text) => sink.write(typeof text === 'string' ? encodeWindows1252(text, { file }) : text),
    commit: () => sink.commit(),
    abort: () => sink.abort(),
  };
}

/**
 * Refuses, with the input's line and the column's name, a text cell that the output's encoding
 * cannot write (checked before the row is written: the output stays whole or is not written).
 */
export function checkEncodable(encoding: OutputEncoding, cells: readonly string[], names: readonly string[], where: { file: string; line?: number }): void {
  if (encoding === 'utf8') return;
  cells.forEach((cell, i) => {
    if (unencodableIndex(cell) >= 0) encodeWindows1252(cell, { file: where.file, ...(where.line !== undefined ? { line: where.line } : {}), column: names[i] ?? String(i + 1) });
  });
}
