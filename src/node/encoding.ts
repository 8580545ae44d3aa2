/**
 * Byte-level input handling: binary refusal, encoding detection and streaming decoding.
 *
 * Detection (`encoding: 'auto'`): a UTF-8 BOM → UTF-8 (BOM dropped); a UTF-16 BOM → UTF-16 (Excel's
 * "Unicode text" export); otherwise UTF-8 as long as the bytes are valid UTF-8, and Windows-1252 from the
 * first invalid sequence on (French files saved by Excel or older office tools). Forcing `utf8` makes
 * invalid bytes U+FFFD; forcing `windows-1252` decodes every byte with that table.
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
  if (start && bomOf(bytes)?.encoding.startsWith('utf16')) return false;
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
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

/** True when the whole buffer is valid UTF-8 (a character cut at the end counts as valid). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, utf8Boundary(bytes)));
    return true;
  } catch {
    return false;
  }
}

/** The encoding `auto` would choose for a file starting with these bytes. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  return bomOf(bytes)?.encoding ?? (isValidUtf8(bytes) ? 'utf8' : 'windows-1252');
}

/**
 * Incremental decoder: feed byte chunks in order, get text. In `auto` mode the first chunk decides
 * the BOM; afterwards the decoder stays on UTF-8 until a byte sequence is invalid, then switches to
 * Windows-1252 for that chunk and the rest (everything before was ASCII or valid UTF-8, so already right).
 */
export class StreamDecoder {
  #mode: EncodingOption;
  #encoding: DetectedEncoding | undefined;
  #carry: Uint8Array = new Uint8Array(0);
  #utf8 = new TextDecoder('utf-8', { fatal: true });
  #lenient: TextDecoder | undefined;

  constructor(mode: EncodingOption = 'auto') {
    this.#mode = mode;
  }

  /** The encoding in use (after the first chunk); `windows-1252` once `auto` has switched. */
  get encoding(): DetectedEncoding | undefined {
    return this.#encoding;
  }

  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.#encoding === undefined) {
      const bom = bomOf(bytes);
      if (this.#mode === 'windows-1252') this.#encoding = 'windows-1252';
      else if (bom) {
        this.#encoding = bom.encoding;
        bytes = bytes.subarray(bom.length);
      } else this.#encoding = 'utf8';
      if (this.#encoding.startsWith('utf16')) this.#lenient = new TextDecoder(this.#encoding === 'utf16le' ? 'utf-16le' : 'utf-16be');
      else if (this.#mode === 'utf8') this.#lenient = new TextDecoder('utf-8');
    }
    if (this.#encoding === 'windows-1252') return decodeWindows1252(bytes);
    if (this.#lenient) return this.#lenient.decode(bytes, { stream: true });
    // auto, UTF-8 so far: decode whole characters only, keep a split one for the next chunk.
    const data = this.#carry.length ? concat(this.#carry, bytes) : bytes;
    const boundary = utf8Boundary(data);
    try {
      const text = this.#utf8.decode(data.subarray(0, boundary));
      this.#carry = data.slice(boundary);
      return text;
    } catch {
      this.#encoding = 'windows-1252';
      this.#carry = new Uint8Array(0);
      return decodeWindows1252(data);
    }
  }

  /** Flushes what is left at the end of the input. */
  end(): string {
    if (this.#lenient) return this.#lenient.decode();
    if (!this.#carry.length) return '';
    const rest = this.#carry;
    this.#carry = new Uint8Array(0);
    // A character cut by the end of the file is invalid UTF-8.
    this.#encoding = 'windows-1252';
    return decodeWindows1252(rest);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Decodes a whole buffer (after refusing binary content). `file` is only used in the error message. */
export function decodeBytes(bytes: Uint8Array, options: { encoding?: EncodingOption; file?: string } = {}): { text: string; encoding: DetectedEncoding } {
  if (looksBinary(bytes)) throw binaryError(options.file ?? '<input>');
  const decoder = new StreamDecoder(options.encoding ?? 'auto');
  const text = decoder.decode(bytes) + decoder.end();
  return { text, encoding: decoder.encoding ?? 'utf8' };
}

export const binaryError = (file: string): SdgAlignError =>
  new SdgAlignError('FILE_BINARY', `${file}: looks like a binary file (NUL bytes in the first ${BINARY_SNIFF_BYTES} bytes), not text or CSV.`, { file });
