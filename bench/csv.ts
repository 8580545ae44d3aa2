// A small RFC 4180 CSV parser and writer for the benchmarks: quoted fields, "" escapes,
// line breaks inside quotes, LF or CRLF, optional BOM. Streaming (push chunks, rows come
// out as soon as they are complete) so that the floor baseline can read 100k-row files in
// flat memory. Kept independent of src/node on purpose: the benchmarks must not depend on
// the code they measure to build or read their inputs.

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export class CsvStreamParser {
  private buf = '';
  private first = true;
  constructor(private readonly onRow: (row: string[]) => void) {}

  push(chunk: string): void {
    if (this.first) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buf = this.buf ? this.buf + chunk : chunk;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    if (this.buf) throw new Error('CSV: unterminated quoted field');
  }

  /** Parses every complete row of the buffer; keeps the incomplete tail. */
  private drain(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    let i = 0;
    let rowStart = 0;
    rows: while (i < n) {
      const row: string[] = [];
      for (;;) {
        let field: string;
        if (s.charCodeAt(i) === QUOTE) {
          let j = s.indexOf('"', i + 1);
          let escaped = false;
          while (j !== -1 && s.charCodeAt(j + 1) === QUOTE) {
            escaped = true;
            j = s.indexOf('"', j + 2);
          }
          // Incomplete: no closing quote yet, or the quote ends the buffer (a "" may follow).
          if (j === -1 || (j + 1 === n && !final)) break rows;
          field = s.slice(i + 1, j);
          if (escaped) field = field.replaceAll('""', '"');
          i = j + 1;
        } else {
          let j = i;
          while (j < n) {
            const c = s.charCodeAt(j);
            if (c === COMMA || c === LF || c === CR) break;
            j++;
          }
          if (j === n && !final) break rows;
          field = s.slice(i, j);
          i = j;
        }
        row.push(field);
        const c = s.charCodeAt(i);
        if (c === COMMA) {
          i++;
          if (i === n && !final) break rows;
          continue;
        }
        if (c === CR) {
          if (i + 1 === n && !final) break rows;
          i += s.charCodeAt(i + 1) === LF ? 2 : 1;
        } else if (c === LF) i++;
        else if (i < n) throw new Error(`CSV: unexpected character after a quoted field at ${i}`);
        break;
      }
      rowStart = i;
      this.onRow(row);
    }
    this.buf = s.slice(rowStart);
  }
}

/** Parses a whole CSV text into rows of fields. A trailing line break does not add an empty row. */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  const parser = new CsvStreamParser((r) => rows.push(r));
  parser.push(input);
  parser.end();
  return rows;
}

/** Parses CSV with a header row into objects keyed by column name (blank lines skipped). */
export function parseCsvRecords(input: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(input);
  if (!header) return [];
  return rows.filter((r) => !(r.length === 1 && r[0] === '')).map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line, LF-terminated. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\n';
}
