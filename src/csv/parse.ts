/**
 * A streaming RFC 4180 parser that knows where it is. fast-csv parses the same dialect but its errors
 * carry no line number ("missing closing: '\"' in line: at …"); ours say file, line and column, which is
 * what a person fixing a spreadsheet export needs.
 *
 * Dialect: one-character delimiter; fields may be quoted with `"`, a quote inside is doubled; quoted
 * fields may hold delimiters and line breaks; records end with LF, CRLF or CR; a quote inside an
 * unquoted field is kept as a literal character (as Excel does); empty lines are skipped.
 */
import { SdgAlignError } from '../errors.js';

export interface CsvRecord {
  readonly fields: string[];
  /** 1-based line on which the record starts. */
  readonly line: number;
}

export interface CsvParserOptions {
  readonly delimiter: string;
  /** Name used in error messages. */
  readonly file?: string;
  /** A longer field is refused: it is almost always an unclosed quote swallowing the rest of the file. */
  readonly maxFieldLength?: number;
}

/** 4 Mi characters: far above any real programme description, far below memory trouble. */
export const MAX_FIELD_LENGTH = 4 * 1024 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const State = {
  FieldStart: 0,
  Unquoted: 1,
  Quoted: 2,
  /** Just read a quote inside a quoted field: either an escaped quote or the closing one. */
  QuoteInQuoted: 3,
  /** Just ended a record with CR: a following LF belongs to it. */
  AfterCR: 4,
} as const;
type State = (typeof State)[keyof typeof State];

export class CsvParser {
  readonly #delimiter: number;
  readonly #file: string;
  readonly #maxFieldLength: number;
  #state: State = State.FieldStart;
  /** The last character of quoted content read was a CR (a following LF ends the same line). */
  #prevCR = false;
  #field = '';
  #fields: string[] = [];
  #line = 1;
  /** Absolute character offset of the start of the current line (for columns). */
  #lineStart = 0;
  /** Absolute character offset of the start of the chunk being parsed. */
  #offset = 0;
  #recordLine = 1;
  #quoteLine = 1;
  #quoteColumn = 1;
  #recordOpen = false;
  /** An error met after records that were returned: thrown by the next call. */
  #failure: unknown;

  constructor(options: CsvParserOptions) {
    if (options.delimiter.length !== 1) {
      throw new SdgAlignError('INVALID_OPTIONS', `delimiter: must be one character, got ${JSON.stringify(options.delimiter)}.`, { field: 'delimiter' });
    }
    this.#delimiter = options.delimiter.charCodeAt(0);
    this.#file = options.file ?? '<input>';
    this.#maxFieldLength = options.maxFieldLength ?? MAX_FIELD_LENGTH;
  }

  /**
   * Parses the next piece of text; returns the records completed by it. A malformed record throws,
   * after the records before it: those are returned first, and the error by the next call, so that
   * what comes first in the input is met first, however the input is cut.
   */
  push(text: string): CsvRecord[] {
    if (this.#failure) throw this.#failure;
    const out: CsvRecord[] = [];
    try {
      this.#parse(text, out);
    } catch (error) {
      if (!out.length) throw error;
      this.#failure = error;
    }
    return out;
  }

  /** The error met after the records the last `push` returned (thrown by the next call). */
  get error(): unknown {
    return this.#failure;
  }

  #parse(text: string, out: CsvRecord[]): void {
    const n = text.length;
    const delim = this.#delimiter;
    let i = 0;
    let segStart = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      switch (this.#state) {
        case State.AfterCR:
          this.#state = State.FieldStart;
          if (c === LF) {
            i++;
            this.#newLine(i);
            continue;
          }
          this.#newLine(i);
        // falls through: the CR alone ended the line
        case State.FieldStart:
          if (!this.#recordOpen) {
            if (c === LF || c === CR) {
              // An empty line: skipped.
              i++;
              if (c === CR) this.#state = State.AfterCR;
              else this.#newLine(i);
              continue;
            }
            this.#recordOpen = true;
            this.#recordLine = this.#line;
          }
          if (c === QUOTE) {
            this.#state = State.Quoted;
            this.#quoteLine = this.#line;
            this.#quoteColumn = this.#offset + i - this.#lineStart + 1;
            this.#prevCR = false;
            i++;
            segStart = i;
            continue;
          }
          this.#state = State.Unquoted;
          segStart = i;
          continue;
        case State.Unquoted: {
          // Scan to the next delimiter or line break.
          let j = i;
          let d = c;
          while (d !== delim && d !== LF && d !== CR) {
            j++;
            if (j >= n) break;
            d = text.charCodeAt(j);
          }
          if (j >= n) {
            i = n;
            continue;
          }
          this.#field += text.slice(segStart, j);
          this.#endField();
          i = j + 1;
          if (d === delim) this.#state = State.FieldStart;
          else this.#endRecord(out, d, i);
          continue;
        }
        case State.Quoted: {
          const q = text.indexOf('"', i);
          const end = q === -1 ? n : q;
          this.#countLines(text, i, end);
          if (q === -1) {
            i = n;
            continue;
          }
          this.#field += text.slice(segStart, q);
          this.#prevCR = false;
          this.#checkLength();
          this.#state = State.QuoteInQuoted;
          i = q + 1;
          segStart = i;
          continue;
        }
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            // Doubled quote: a literal one; keep reading the quoted field.
            this.#field += '"';
            this.#state = State.Quoted;
            i++;
            segStart = i;
            continue;
          }
          if (c === delim) {
            this.#endField();
            this.#state = State.FieldStart;
            i++;
            continue;
          }
          if (c === LF || c === CR) {
            this.#endField();
            i++;
            this.#endRecord(out, c, i);
            continue;
          }
          throw new SdgAlignError('CSV_FORMAT', { reason: 'after-quote', file: this.#file, line: this.#line, column: this.#offset + i - this.#lineStart + 1, char: text[i]! });
      }
    }
    // Keep the part of a field cut by the end of this chunk.
    if (this.#state === State.Unquoted || this.#state === State.Quoted) {
      this.#field += text.slice(segStart, n);
      this.#checkLength();
    }
    this.#offset += n;
  }

  /** Ends the input: returns the last record (if the text did not end with a line break), or throws on an unclosed quote. */
  finish(): CsvRecord[] {
    if (this.#failure) throw this.#failure;
    if (this.#state === State.Quoted) {
      throw new SdgAlignError('CSV_FORMAT', { reason: 'unclosed-quote', file: this.#file, line: this.#quoteLine, column: this.#quoteColumn });
    }
    const out: CsvRecord[] = [];
    if (this.#recordOpen) {
      this.#endField();
      out.push({ fields: this.#fields, line: this.#recordLine });
      this.#fields = [];
      this.#recordOpen = false;
    }
    this.#state = State.FieldStart;
    return out;
  }

  #endField(): void {
    this.#fields.push(this.#field);
    this.#field = '';
  }

  #endRecord(out: CsvRecord[], breakChar: number, next: number): void {
    out.push({ fields: this.#fields, line: this.#recordLine });
    this.#fields = [];
    this.#recordOpen = false;
    if (breakChar === CR) this.#state = State.AfterCR;
    else {
      this.#state = State.FieldStart;
      this.#newLine(next);
    }
  }

  /** `next` is the chunk index just after the line break. */
  #newLine(next: number): void {
    this.#line++;
    this.#lineStart = this.#offset + next;
  }

  #countLines(text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === CR) this.#newLine(k + 1);
      else if (c === LF) {
        if (this.#prevCR) this.#lineStart = this.#offset + k + 1;
        else this.#newLine(k + 1);
      }
      this.#prevCR = c === CR;
    }
  }

  #checkLength(): void {
    if (this.#field.length > this.#maxFieldLength) {
      const quoted = this.#state === State.Quoted || this.#state === State.QuoteInQuoted;
      throw new SdgAlignError('CSV_FORMAT', {
        reason: 'field-too-long',
        file: this.#file,
        line: quoted ? this.#quoteLine : this.#recordLine,
        column: quoted ? this.#quoteColumn : 1,
        max: this.#maxFieldLength,
        quoted,
      });
    }
  }

}

/** Parses a whole CSV string (tests, small inputs). */
export function parseCsv(text: string, options: CsvParserOptions): CsvRecord[] {
  const parser = new CsvParser(options);
  return [...parser.push(text), ...parser.finish()];
}
