/** Opening inputs: a path or a stream, with errors that say which file and why. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { SdgAlignError } from '../errors.js';
import {
  BINARY_SNIFF_BYTES,
  StreamDecoder,
  binaryError,
  decodeBytes,
  binaryAt,
  isBomPrefix,
  type DetectedEncoding,
  type EncodingOption,
} from '../text/encoding.js';

/** A file path, or a readable stream (stdin). */
export type InputSource = string | NodeJS.ReadableStream;

export const displayName = (source: InputSource, file?: string): string =>
  file ?? (typeof source === 'string' ? source : '<stdin>');

/** Turns a file-system error into `FILE_UNREADABLE` with a sentence. */
export function fileError(file: string, error: unknown): SdgAlignError {
  if (error instanceof SdgAlignError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new SdgAlignError('FILE_UNREADABLE', { file, code, reason: (error as Error | undefined)?.message ?? String(error) }, { cause: error });
}

/**
 * Reads an input as text chunks, in order, without holding the whole input: refuses binary content
 * (NUL in the first 8 KB), detects or applies the encoding. `onEncoding` is told the encoding once
 * it is decided (once: it never changes afterwards).
 */
export async function* readTextChunks(
  source: InputSource,
  options: { encoding?: EncodingOption; file?: string; onEncoding?: (encoding: DetectedEncoding) => void; onBytes?: (bytes: number) => void } = {},
): AsyncGenerator<string> {
  const file = displayName(source, options.file);
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  const decoder = new StreamDecoder(options.encoding ?? 'auto', { file });
  let reported: DetectedEncoding | undefined;
  /** Bytes seen so far, up to BINARY_SNIFF_BYTES: each chunk is checked for NUL before use. */
  let seen = 0;
  /** The first bytes are held while they may be the start of a BOM (UTF-16's vouches for its NULs). */
  let head: Buffer | undefined = Buffer.alloc(0);
  /** A NUL met: thrown once the text before it is handed on (the first problem in the input is the one reported). */
  let binary: SdgAlignError | undefined;
  const emit = (chunk: Uint8Array): string => {
    let bytes = chunk;
    if (seen < BINARY_SNIFF_BYTES && !decoder.encoding?.startsWith('utf16')) {
      const nul = binaryAt(bytes, seen === 0, BINARY_SNIFF_BYTES - seen);
      if (nul >= 0) {
        binary = binaryError(file);
        bytes = bytes.subarray(0, nul);
      }
      seen += bytes.length;
    }
    const text = decoder.decode(bytes);
    if (decoder.encoding !== reported) {
      reported = decoder.encoding;
      if (reported) options.onEncoding?.(reported);
    }
    return text;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      options.onBytes?.(bytes.length);
      if (head) {
        bytes = Buffer.concat([head, bytes]);
        if (isBomPrefix(bytes)) {
          head = bytes;
          continue;
        }
        head = undefined;
      }
      const text = emit(bytes);
      if (text) yield text;
      // An invalid sequence before the NUL comes first.
      if (binary) throw decoder.error ?? binary;
    }
  } catch (error) {
    throw fileError(file, error);
  }
  if (head?.length) {
    const text = emit(head);
    if (text) yield text;
    if (binary) throw decoder.error ?? binary;
  }
  const rest = decoder.end();
  if (decoder.encoding !== reported && decoder.encoding) options.onEncoding?.(decoder.encoding);
  if (rest) yield rest;
}

/** Reads a whole text file (Markdown, plain text): binary refused, encoding detected or forced. */
export async function readTextFile(
  source: InputSource,
  options: { encoding?: EncodingOption; file?: string } = {},
): Promise<{ text: string; encoding: DetectedEncoding; file: string }> {
  const file = displayName(source, options.file);
  let bytes: Uint8Array;
  try {
    if (typeof source === 'string') bytes = await readFile(source);
    else {
      const chunks: Buffer[] = [];
      for await (const chunk of source as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      bytes = Buffer.concat(chunks);
    }
  } catch (error) {
    throw fileError(file, error);
  }
  const decoded = decodeBytes(bytes, { encoding: options.encoding ?? 'auto', file });
  return { ...decoded, file };
}
