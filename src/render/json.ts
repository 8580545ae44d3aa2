import type { GapReport, LazyGapReport } from '../report/gaps.js';

/** Arrays longer than this are written in slices, and the values holding one are written key by key. */
const SLICE = 256;
/**
 * A slice goes out once its text reaches this many characters (or SLICE elements): 256 summaries
 * of programmes made strings of 100-220 KB, past what V8 keeps in its young generation, so each
 * was garbage for a full collection.
 */
const SLICE_CHARS = 16 * 1024;

/** An array (or the iterable of a `LazyGapReport`'s programmes) or an object that holds a long list somewhere. */
function isLarge(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (!Array.isArray(value)) {
    if (Symbol.iterator in value) return true;
    return Object.values(value).some(isLarge);
  }
  return value.length > SLICE || value.some(isLarge);
}

/** `JSON.stringify(value, null, 2)` with its lines indented by `indent` (for a value nested at that depth). */
const nested = (value: unknown, indent: string): string => (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);

/** `JSON.stringify(value, null, 2)` at `indent`, in pieces: long lists a slice of elements at a time. */
function* chunks(value: unknown, indent: string): Generator<string> {
  if (!isLarge(value)) {
    yield nested(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value) || Symbol.iterator in (value as object)) {
    let n = 0;
    let slice: string[] = [];
    let sliceChars = 0;
    for (const item of value as Iterable<unknown>) {
      const head = `${n++ ? ',' : '['}\n${inner}`;
      if (isLarge(item)) {
        if (slice.length) yield slice.join('');
        slice = [];
        sliceChars = 0;
        yield head;
        yield* chunks(item, inner);
      } else {
        const text = head + nested(item, inner);
        slice.push(text);
        sliceChars += text.length;
        if (slice.length >= SLICE || sliceChars >= SLICE_CHARS) {
          yield slice.join('');
          slice = [];
          sliceChars = 0;
        }
      }
    }
    if (slice.length) yield slice.join('');
    yield n ? `\n${indent}]` : '[]';
    return;
  }
  let first = true;
  yield '{';
  for (const [key, item] of Object.entries(value as object)) {
    if (item === undefined || typeof item === 'function') continue;
    yield `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* chunks(item, inner);
  }
  yield first ? '}' : `\n${indent}}`;
}

/**
 * `JSON.stringify(report, null, 2)`, in pieces: long lists (the programmes, which a
 * `LazyGapReport` builds one at a time, and the programmes of each goal) a slice at a time, so that
 * the report of a plan of a million programmes is never one string (V8 strings stop at about 512 MB).
 * Joined, the pieces are exactly that string.
 */
export function renderJsonChunks(report: GapReport | LazyGapReport): Generator<string> {
  return chunks(report, '');
}

/** The `json` entry of the CLI's report formats: written in slices, from a `LazyGapReport` too. */
export const jsonReport = {
  streams: true,
  *render(report: GapReport | LazyGapReport): Generator<string> {
    yield* renderJsonChunks(report);
    yield '\n';
  },
};
