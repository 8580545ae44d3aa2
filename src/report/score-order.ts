/**
 * Ids put in order by score, strongest first, equal scores by id (by UTF-16 code units, as `<`
 * compares strings): how a gap report writes each goal's programmes and the orphans.
 *
 * Entries are kept in typed arrays, not as strings or objects: a list of half a million
 * programmes then leaves no garbage for the collector to promote and the heap to grow by while
 * the report is written. Given somewhere to write (`RunBytes`: a temporary file for the CLI), a
 * list longer than `SORT_RUN` is cut into runs of that many entries, each sorted and written,
 * then the runs are merged as they are read back, a buffer at a time; a shorter list, or one with
 * nowhere to write, is sorted in memory.
 *
 * A run on its bytes: per entry, the score (float64), the id's length in code units (uint32),
 * then its code units (UTF-16, lone surrogates as they came), little-endian.
 */

import { grown } from '../typed-arrays.js';

/** Entries sorted in memory at a time (about 2.5 MB for 8-character ids). */
export const SORT_RUN = 1 << 16;

/** Bytes written at positions and read back: where a long list's sorted runs wait to be merged. */
export interface RunBytes {
  /** Writes all of `bytes` at `position`. */
  write(bytes: Uint8Array, position: number): void;
  /** Fills `bytes` from `position`, which must have been written. */
  read(bytes: Uint8Array, position: number): void;
  /** Frees what it holds; it is not read after. */
  close(): void;
}

/** Bytes before an entry's code units: its score and its length. */
const ENTRY_HEAD = 12;
/** Bytes read from a run at a time while merging (grown for a longer entry). */
const READ_BYTES = 1 << 15;

/** The string of UTF-16 code units (by pieces: an argument list has a length limit). */
function stringOf(codes: Uint16Array): string {
  if (codes.length <= 1024) return String.fromCharCode.apply(null, codes as unknown as number[]);
  let text = '';
  for (let at = 0; at < codes.length; at += 1024) text += String.fromCharCode.apply(null, codes.subarray(at, at + 1024) as unknown as number[]);
  return text;
}

/**
 * Which of two entries comes first: < 0 when a does (higher score, else smaller id), 0 when they
 * are equal. An id is `length` code units of `units` from `from`.
 */
function compareEntries(
  scoreA: number, unitsA: Uint16Array, fromA: number, lengthA: number,
  scoreB: number, unitsB: Uint16Array, fromB: number, lengthB: number,
): number {
  if (scoreA !== scoreB) return scoreB - scoreA;
  const n = Math.min(lengthA, lengthB);
  for (let k = 0; k < n; k++) {
    const difference = unitsA[fromA + k]! - unitsB[fromB + k]!;
    if (difference) return difference;
  }
  return lengthA - lengthB;
}

/**
 * Collects (score, id) entries, then gives the ids in order once (`ids`). With `runs`, a run
 * store is made for a list longer than `runLength` entries and closed when the ids have been
 * read, or their reading stopped.
 */
export class ScoreOrder {
  private count = 0;
  private scores: Float64Array;
  /** Where entry k's code units start in `codes` (`count + 1` used). */
  private starts: Int32Array;
  private codes: Uint16Array;
  /** The order of the entries held and the merge sort's other half, kept from run to run. */
  private order = new Int32Array(0);
  private scratch = new Int32Array(0);
  private store: RunBytes | undefined;
  /** Each written run's first byte, and the end of the last. */
  private readonly runStarts: number[] = [0];

  /** `expected`: how many entries will come, if known (the arrays are then made once, at their size). */
  constructor(
    private readonly runs?: () => RunBytes,
    private readonly runLength = SORT_RUN,
    expected = 0,
  ) {
    this.scores = new Float64Array(64);
    this.starts = new Int32Array(65);
    this.codes = new Uint16Array(512);
    this.reserve(expected);
  }

  /** Makes room for `expected` entries (a run's worth at most, with somewhere to write runs) before they come. */
  reserve(expected: number): void {
    const entries = Math.min(expected, this.runs ? this.runLength : expected);
    if (entries <= this.scores.length) return;
    this.scores = grown(this.scores, entries);
    this.starts = grown(this.starts, entries + 1);
    this.codes = grown(this.codes, Math.max(this.codes.length, 8 * entries));
  }

  add(score: number, id: string): void {
    // A full run is written when one more entry comes: a list of exactly one run stays in memory.
    if (this.count === this.runLength && this.runs) this.spill();
    const k = this.count;
    if (k === this.scores.length) {
      this.scores = grown(this.scores, 2 * k);
      this.starts = grown(this.starts, 2 * k + 1);
    }
    const start = this.starts[k]!;
    if (start + id.length > this.codes.length) this.codes = grown(this.codes, Math.max(2 * this.codes.length, start + id.length));
    for (let c = 0; c < id.length; c++) this.codes[start + c] = id.charCodeAt(c);
    this.scores[k] = score;
    this.starts[k + 1] = start + id.length;
    this.count++;
  }

  /** The ids, strongest score first, equal scores by id. */
  *ids(): Generator<string> {
    try {
      if (this.runStarts.length === 1) {
        for (const k of this.sorted()) yield stringOf(this.idCodes(k));
        return;
      }
      if (this.count) this.spill();
      yield* this.merged();
    } finally {
      this.clear();
    }
  }

  /** Forgets the entries and runs held and closes the run store: empty again, as new (also after a failure while adding). */
  clear(): void {
    this.store?.close();
    this.store = undefined;
    this.count = 0;
    this.runStarts.length = 1;
  }

  private idCodes(k: number): Uint16Array {
    return this.codes.subarray(this.starts[k]!, this.starts[k + 1]!);
  }

  /**
   * The entries held, in order (their positions; valid until the next sort). A merge sort of
   * positions in two arrays kept from run to run: `Int32Array.prototype.sort` with a comparison
   * function copies into heap arrays of the run's size, garbage for a full collection each time.
   * Stable, so equal entries (the same score and id) keep the order they came in.
   */
  private sorted(): Int32Array {
    const n = this.count;
    if (this.order.length < n) {
      this.order = new Int32Array(n);
      this.scratch = new Int32Array(n);
    }
    const { scores, starts, codes } = this;
    const before = (a: number, b: number): boolean =>
      compareEntries(scores[a]!, codes, starts[a]!, starts[a + 1]! - starts[a]!, scores[b]!, codes, starts[b]!, starts[b + 1]! - starts[b]!) <= 0;
    let from = this.order;
    let to = this.scratch;
    for (let k = 0; k < n; k++) from[k] = k;
    for (let width = 1; width < n; width *= 2) {
      for (let lo = 0; lo < n; lo += 2 * width) {
        const mid = Math.min(lo + width, n);
        const hi = Math.min(lo + 2 * width, n);
        let i = lo;
        let j = mid;
        for (let k = lo; k < hi; k++) to[k] = i < mid && (j >= hi || before(from[i]!, from[j]!)) ? from[i++]! : from[j++]!;
      }
      [from, to] = [to, from];
    }
    return from.subarray(0, n);
  }

  /** Writes the entries held as one sorted run, and starts again empty. */
  private spill(): void {
    const order = this.sorted();
    const bytes = new Uint8Array(ENTRY_HEAD * this.count + 2 * this.starts[this.count]!);
    const view = new DataView(bytes.buffer);
    let at = 0;
    for (const k of order) {
      const codes = this.idCodes(k);
      view.setFloat64(at, this.scores[k]!, true);
      view.setUint32(at + 8, codes.length, true);
      at += ENTRY_HEAD;
      for (let c = 0; c < codes.length; c++, at += 2) view.setUint16(at, codes[c]!, true);
    }
    this.store ??= this.runs!();
    const position = this.runStarts[this.runStarts.length - 1]!;
    this.store.write(bytes, position);
    this.runStarts.push(position + bytes.length);
    this.count = 0;
  }

  /** The written runs' ids, merged: a binary heap of the runs by their next entry (the first on top). */
  private *merged(): Generator<string> {
    const store = this.store!;
    const readers = this.runStarts.slice(1).map((end, r) => new RunReader(store, this.runStarts[r]!, end));
    const heap = readers.filter((reader) => reader.next());
    const before = (a: number, b: number): boolean => {
      const x = heap[a]!;
      const y = heap[b]!;
      return compareEntries(x.score, x.units, x.from, x.length, y.score, y.units, y.from, y.length) < 0;
    };
    const down = (from: number): void => {
      for (let at = from; ; ) {
        const left = 2 * at + 1;
        if (left >= heap.length) return;
        const child = left + 1 < heap.length && before(left + 1, left) ? left + 1 : left;
        if (!before(child, at)) return;
        [heap[at], heap[child]] = [heap[child]!, heap[at]!];
        at = child;
      }
    };
    for (let at = (heap.length >> 1) - 1; at >= 0; at--) down(at);
    while (heap.length) {
      const top = heap[0]!;
      yield stringOf(top.units.subarray(top.from, top.from + top.length));
      if (!top.next()) {
        // This run is done: the heap's last run takes its place.
        heap[0] = heap[heap.length - 1]!;
        heap.pop();
      }
      down(0);
    }
  }
}

/** One written run read back in order, a buffer at a time: its current entry's score and id. */
class RunReader {
  score = 0;
  /** The buffer as code units; the current id is `length` of them from `from`. */
  units: Uint16Array;
  from = 0;
  length = 0;
  private buffer = new Uint8Array(READ_BYTES);
  private view: DataView;
  /** Bytes of `buffer` filled, and where the next entry starts in it. */
  private filled = 0;
  private at = 0;

  constructor(
    private readonly store: RunBytes,
    /** The next byte of the run to read into the buffer, and the run's end. */
    private position: number,
    private readonly end: number,
  ) {
    this.units = new Uint16Array(this.buffer.buffer);
    this.view = new DataView(this.buffer.buffer);
  }

  /** Moves to the next entry; false when the run is done. */
  next(): boolean {
    if (!this.ensure(ENTRY_HEAD)) return false;
    const score = this.view.getFloat64(this.at, true);
    const length = this.view.getUint32(this.at + 8, true);
    if (!this.ensure(ENTRY_HEAD + 2 * length)) throw new Error('score order: a run ends inside an entry');
    this.score = score;
    // Entries are an even number of bytes, from an even start: the code units are aligned.
    this.from = (this.at + ENTRY_HEAD) / 2;
    this.length = length;
    this.at += ENTRY_HEAD + 2 * length;
    return true;
  }

  /** Whether `bytes` bytes from the next entry are in the buffer, reading more of the run as needed. */
  private ensure(bytes: number): boolean {
    const left = this.filled - this.at;
    if (left >= bytes) return true;
    if (left + (this.end - this.position) < bytes) return false;
    // What is left of the buffer moves to its start (of a larger buffer, for a long entry), then the run fills the rest.
    if (bytes > this.buffer.length) {
      const larger = new Uint8Array(2 * bytes);
      larger.set(this.buffer.subarray(this.at, this.filled));
      this.buffer = larger;
      this.units = new Uint16Array(larger.buffer);
      this.view = new DataView(larger.buffer);
    } else this.buffer.copyWithin(0, this.at, this.filled);
    const more = Math.min(this.buffer.length - left, this.end - this.position);
    this.store.read(this.buffer.subarray(left, left + more), this.position);
    this.position += more;
    this.filled = left + more;
    this.at = 0;
    return true;
  }
}
