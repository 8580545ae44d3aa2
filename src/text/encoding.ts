/**
 * Byte-level input handling: binary refusal, encoding detection and streaming decoding.
 *
 * Detection (`encoding: 'auto'`) happens once, at the start, and never changes afterwards: a UTF-8
 * BOM → UTF-8 (BOM dropped); a UTF-16 BOM → UTF-16 (Excel's "Unicode text" export); otherwise the
 * sample is the first line that holds a non-ASCII byte (at most `ENCODING_SAMPLE_BYTES` of it): valid
 * UTF-8 there → UTF-8, else Windows-1252 (French files saved by Excel or older office tools). ASCII
 * before it reads the same either way, so it is handed on at once: rows are never held back longer
 * than the line that decides. An invalid sequence later in a file read as UTF-8 is an `ENCODING`
 * error naming file, line and column. Forcing `utf8` makes invalid bytes U+FFFD (in their row only);
 * forcing `windows-1252` decodes every byte with that table. The result is the same however the
 * bytes are cut into chunks.
 */
import { SdgAlignError } from '../errors.js';

export type EncodingOption = 'auto' | 'utf8' | 'windows-1252';
export type DetectedEncoding = 'utf8' | 'utf8-bom' | 'windows-1252' | 'utf16le' | 'utf16be';

/** How many leading bytes are checked for NUL (the same window as git's and grep's binary test). */
export const BINARY_SNIFF_BYTES = 8192;

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG index). Written out because Node ≥ 20.18.3 decodes
 * `TextDecoder('windows-1252')` as Latin-1 (nodejs/node#60888): "€" would come out as U+0080.
 * The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as in WHATWG.
 */
export const CP1252_HIGH: readonly string[] = [
  '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
  '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
  '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
  '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
];

const C1_RANGE = /[\u0080-\u009F]/g;
const cp1252Char = (c: string): string => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c;

/** Decodes Windows-1252 bytes (single-byte, so any chunk boundary is safe). */
export function decodeWindows1252(bytes: Uint8Array): string {
  // Latin-1 matches Windows-1252 everywhere except 0x80–0x9F, which the table fixes.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(C1_RANGE, cp1252Char);
}

/**
 * True when a NUL byte occurs in the first `BINARY_SNIFF_BYTES` bytes (UTF-16 with a BOM excepted).
 * `start: false` for a later chunk of the same input (no BOM to look for there).
 */
export function looksBinary(bytes: Uint8Array, start = true): boolean {
  return binaryAt(bytes, start) >= 0;
}

/** Index of the NUL byte that makes `bytes` binary (see `looksBinary`), or -1. */
export function binaryAt(bytes: Uint8Array, start = true, limit = BINARY_SNIFF_BYTES): number {
  if (start && bomOf(bytes)?.encoding.startsWith('utf16')) return -1;
  return bytes.subarray(0, limit).indexOf(0);
}

function bomOf(bytes: Uint8Array): { encoding: DetectedEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8-bom', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', length: 2 };
  return undefined;
}

/** Index after the last complete UTF-8 sequence: bytes from there on may be the start of a split character. */
function utf8Boundary(bytes: Uint8Array): number {
  const len = bytes.length;
  for (let i = len - 1; i >= 0 && i >= len - 4; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back for the lead byte
    if (b < 0xc0) return len; // ASCII (or a stray continuation): nothing pending
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return i + need > len ? i : len;
  }
  return len;
}

/**
 * Offset of the first invalid UTF-8 sequence (WHATWG rules: no overlongs, no surrogates, at most
 * U+10FFFF), or -1. A sequence cut by the end of `bytes` counts as invalid only when `final`.
 */
export function invalidUtf8Offset(bytes: Uint8Array, final = true): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : -1;
      const c = bytes[i + k]!;
      if (c < lower || c > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** True when the whole buffer is valid UTF-8 (a character cut at the end counts as valid). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return invalidUtf8Offset(bytes, false) < 0;
}

/** Bytes of the deciding line read at most: a one-line file of megabytes is decided on its start. */
export const ENCODING_SAMPLE_BYTES = 64 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/**
 * End (exclusive) of the encoding sample, which starts at the first non-ASCII byte `from`: just
 * after its line break (so that a sequence cut by the break is invalid), at the size cap, or -1
 * when `bytes` does not hold all of it yet.
 */
function sampleEnd(bytes: Uint8Array, from: number): number {
  const cap = Math.min(bytes.length, from + ENCODING_SAMPLE_BYTES);
  for (let i = from; i < cap; i++) if (bytes[i] === LF || bytes[i] === CR) return i + 1;
  return cap === from + ENCODING_SAMPLE_BYTES ? cap : -1;
}

const firstNonAscii = (bytes: Uint8Array): number => {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
};

/** The encoding `auto` would choose for a file starting with these bytes (a character cut at the end counts as valid). */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const bom = bomOf(bytes);
  if (bom) return bom.encoding;
  const from = firstNonAscii(bytes);
  if (from < 0) return 'utf8';
  const end = sampleEnd(bytes, from);
  return invalidUtf8Offset(bytes.subarray(from, end < 0 ? bytes.length : end), false) < 0 ? 'utf8' : 'windows-1252';
}

/** Too few bytes to tell whether they start with a BOM (a proper prefix of one). */
export const isBomPrefix = (bytes: Uint8Array): boolean =>
  bytes.length < 3 && (bytes.length === 0 || (bytes[0] === 0xef && (bytes.length < 2 || bytes[1] === 0xbb)) || (bytes.length === 1 && (bytes[0] === 0xff || bytes[0] === 0xfe)));

/**
 * Incremental decoder: feed byte chunks in order, get text (see the rules at the top of this file).
 * Holds back only what it must: a BOM's first bytes, a character split across chunks, and in `auto`
 * mode the deciding line while it is valid UTF-8 so far.
 */
export class StreamDecoder {
  readonly #mode: EncodingOption;
  readonly #file: string;
  #encoding: DetectedEncoding | undefined;
  /** Looking for a BOM (nothing read yet). */
  #start = true;
  /** Bytes held: a BOM prefix, the deciding sample, or a split UTF-8 character. */
  #pending: Uint8Array = new Uint8Array(0);
  /** `auto` and not decided yet: everything handed on so far was ASCII. */
  #undecided = false;
  readonly #utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  #lenient: TextDecoder | undefined;
  /** Position of the next character, for errors (strict mode only): 1-based line, 0-based column. */
  #line = 1;
  #column = 0;
  #prevCR = false;
  /** An invalid sequence met: thrown by the next call. */
  #failure: SdgAlignError | undefined;

  constructor(mode: EncodingOption = 'auto', options: { file?: string } = {}) {
    this.#mode = mode;
    this.#file = options.file ?? '<input>';
  }

  /** The encoding in use, once decided (it never changes afterwards). */
  get encoding(): DetectedEncoding | undefined {
    return this.#encoding;
  }

  /** The invalid sequence met by the last call, thrown by the next one (its text up to there was returned). */
  get error(): SdgAlignError | undefined {
    return this.#failure;
  }

  decode(chunk: Uint8Array): string {
    if (this.#failure) throw this.#failure;
    return this.#run(this.#pending.length ? concat(this.#pending, chunk) : chunk, false);
  }

  /** Flushes what is left at the end of the input. */
  end(): string {
    if (this.#failure) throw this.#failure;
    const text = this.#run(this.#pending, true);
    return text + (this.#lenient ? this.#lenient.decode() : '');
  }

  #run(bytes: Uint8Array, final: boolean): string {
    this.#pending = new Uint8Array(0);
    let data = bytes;
    if (this.#start) {
      if (!final && isBomPrefix(data)) {
        this.#pending = data;
        return '';
      }
      this.#start = false;
      data = this.#begin(data);
    }
    let out = '';
    if (this.#undecided) {
      const from = firstNonAscii(data);
      if (from < 0) return this.#ascii(data);
      const end = sampleEnd(data, from);
      const complete = end >= 0;
      // Invalid so far decides at once; valid so far must wait for the end of the deciding line.
      const invalid = invalidUtf8Offset(data.subarray(from, complete ? end : data.length), final && !complete) >= 0;
      if (!invalid && !complete && !final) {
        out = this.#ascii(data.subarray(0, from));
        this.#pending = data.slice(from);
        return out;
      }
      this.#undecided = false;
      this.#encoding = invalid ? 'windows-1252' : 'utf8';
    }
    if (this.#encoding === 'windows-1252') return decodeWindows1252(data);
    if (this.#lenient) return this.#lenient.decode(data, { stream: true });
    // Strict UTF-8 (auto mode, decided or with a BOM), where an invalid sequence is an error: decode whole characters only, keep a split one for the next chunk.
    const boundary = final ? data.length : utf8Boundary(data);
    let text: string;
    try {
      text = this.#utf8.decode(data.subarray(0, boundary));
    } catch {
      // The text before the invalid sequence is handed on, the error on the next call: what comes
      // first in the input (a CSV error before the byte, say) is reported first, however it was cut.
      const offset = Math.max(0, invalidUtf8Offset(data, true));
      const valid = this.#utf8.decode(data.subarray(0, offset));
      this.#track(valid);
      this.#failure = this.#invalid(data[offset] ?? 0);
      return out + valid;
    }
    this.#pending = data.slice(boundary);
    this.#track(text);
    return out + text;
  }

  /** Reads the BOM (if any) and settles the mode; returns the bytes after the BOM. */
  #begin(data: Uint8Array): Uint8Array {
    if (this.#mode === 'windows-1252') {
      this.#encoding = 'windows-1252';
      return data;
    }
    const bom = bomOf(data);
    if (bom) this.#encoding = bom.encoding;
    if (this.#encoding?.startsWith('utf16')) this.#lenient = new TextDecoder(this.#encoding === 'utf16le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });
    else if (this.#mode === 'utf8') {
      this.#encoding ??= 'utf8';
      this.#lenient = new TextDecoder('utf-8', { ignoreBOM: true });
    } else if (!bom) this.#undecided = true;
    return bom ? data.subarray(bom.length) : data;
  }

  /** ASCII read before the decision: the same text in both encodings. */
  #ascii(bytes: Uint8Array): string {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    this.#track(text);
    return text;
  }

  /** Moves the position past `text` (line breaks as the CSV parser counts them: LF, CRLF, CR). */
  #track(text: string): void {
    if (!text) return;
    let line = this.#line;
    let lastBreak = -1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (!(i === 0 ? this.#prevCR : text.charCodeAt(i - 1) === CR)) line++;
      lastBreak = i;
    }
    if (text.includes('\r')) {
      for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
        line++;
        lastBreak = Math.max(lastBreak, i);
      }
    }
    this.#column = lastBreak < 0 ? this.#column + text.length : text.length - lastBreak - 1;
    this.#line = line;
    this.#prevCR = text.charCodeAt(text.length - 1) === CR;
  }

  #invalid(byte: number): SdgAlignError {
    const line = this.#line;
    const column = this.#column + 1;
    return new SdgAlignError('ENCODING', { file: this.#file, line, column, byte });
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Decodes a whole buffer (after refusing binary content). `file` names the input in error messages. */
export function decodeBytes(bytes: Uint8Array, options: { encoding?: EncodingOption; file?: string } = {}): { text: string; encoding: DetectedEncoding } {
  if (looksBinary(bytes)) throw binaryError(options.file ?? '<input>');
  const decoder = new StreamDecoder(options.encoding ?? 'auto', options.file !== undefined ? { file: options.file } : {});
  const text = decoder.decode(bytes) + decoder.end();
  return { text, encoding: decoder.encoding ?? 'utf8' };
}

export const binaryError = (file: string): SdgAlignError => new SdgAlignError('FILE_BINARY', { file, bytes: BINARY_SNIFF_BYTES });

/** Windows-1252 byte of each character of 0x80–0x9F's table (the rest of Latin-1 is its own byte). */
const CP1252_BYTE = new Map<number, number>(CP1252_HIGH.map((c, i) => [c.charCodeAt(0), 0x80 + i]));

/** The Windows-1252 byte of a code point, or -1 when the encoding has none (`ā`, `≥`, emoji…). */
export function windows1252Byte(codePoint: number): number {
  if (codePoint < 0x80 || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
  return CP1252_BYTE.get(codePoint) ?? -1;
}

/** Index (UTF-16) of the first character of `text` that Windows-1252 cannot write, or -1. */
export function unencodableIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (windows1252Byte(c) < 0) return i;
  }
  return -1;
}

/**
 * Encodes text as Windows-1252 (what French Excel on Windows reads without a BOM). A character the
 * encoding lacks is refused, never replaced: an id written as `?` would match nothing when read
 * back. Throws `ENCODING` (`unencodable`) naming the character; `file`, `line` and `column` (a
 * column name) locate it in messages.
 */
export function encodeWindows1252(text: string, where: { file?: string; line?: number; column?: string } = {}): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = windows1252Byte(text.charCodeAt(i));
    if (byte < 0) {
      const codePoint = text.codePointAt(i)!;
      throw new SdgAlignError('ENCODING', {
        messageId: 'unencodable',
        file: where.file ?? '<output>',
        ...(where.line !== undefined ? { line: where.line } : {}),
        ...(where.column !== undefined ? { column: where.column } : {}),
        char: String.fromCodePoint(codePoint),
        codePoint,
        encoding: 'windows-1252',
      });
    }
    out[i] = byte;
  }
  return out;
}
