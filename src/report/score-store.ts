/**
 * Where a gap report keeps what it holds per programme until it is written: the goal scores of
 * each (17 for the SDGs), by fixed blocks of programmes. The blocks go to a `ScoreSpool`: in
 * memory by default, in a temporary file for the CLI (node/score-spool.ts), so that the report of
 * a million-row plan does not hold 68 MB of scores while it is read and scored.
 */

/** Keeps the full blocks of a `ScoreStore`, numbered from 0 in the order written. */
export interface ScoreSpool {
  /**
   * Keeps block `k` (the blocks come in order: 0, 1, 2…). A spool that keeps `block` itself
   * returns nothing, and the store does not touch it again; one that copied it (a file) returns
   * it, and the store fills it again (no new block per 4,096 programmes for the collector).
   */
  write(k: number, block: Float32Array): Float32Array | void;
  /** Block `k` as written; valid until the next `read` (a file spool reads into one buffer). */
  read(k: number, length: number): Float32Array;
  /** Frees what the spool holds; the store is not read after. */
  close(): void;
}

/** The default spool: the blocks stay in memory. */
export function memorySpool(): ScoreSpool {
  const blocks: Float32Array[] = [];
  return {
    write: (k, block) => void (blocks[k] = block),
    read: (k) => blocks[k]!,
    close: () => void (blocks.length = 0),
  };
}

/** Scores read back to seven decimals: what a 32-bit float holds (0.41 is stored as 0.4099999964 and read back as 0.41). */
export const readBack = (stored: number): number => Math.round(stored * 1e7) / 1e7;

/** What `ScoreStore.get` gives back for a score `add` was given. */
export const asStored = (score: number): number => readBack(Math.fround(score));

/**
 * The goal scores of each programme, as 32-bit floats (every output shows four decimals at most,
 * the JSON seven): 68 bytes per programme where arrays of 17 numbers would take 180. Programme
 * `i` is read back from its block (sequential reads read each block once).
 */
export class ScoreStore {
  static readonly BLOCK_PROGRAMMES = 1 << 12;
  private current: Float32Array;
  private count = 0;
  /** The last block read back from the spool, and its number. */
  private cached: Float32Array | undefined;
  private cachedBlock = -1;

  /** `goals`: the framework's number of goals (17 for the SDGs), the scores of each programme. */
  constructor(
    private readonly goals: number,
    private readonly spool: ScoreSpool = memorySpool(),
  ) {
    this.current = new Float32Array(ScoreStore.BLOCK_PROGRAMMES * goals);
  }

  get length(): number {
    return this.count;
  }

  /** Appends a programme's scores (goal order; a missing one is 0). */
  add(values: readonly number[]): void {
    const B = ScoreStore.BLOCK_PROGRAMMES;
    const n = this.goals;
    const base = (this.count % B) * n;
    for (let g = 0; g < n; g++) this.current[base + g] = values[g] ?? 0;
    if (++this.count % B === 0) {
      // Every slot of a block is written before it is read: a block given back needs no clearing.
      this.current = this.spool.write(this.count / B - 1, this.current) ?? new Float32Array(B * n);
    }
  }

  /** The score of programme `i` for `goal` (1–N), read back to seven decimals. */
  get(i: number, goal: number): number {
    const B = ScoreStore.BLOCK_PROGRAMMES;
    const k = Math.floor(i / B);
    let block: Float32Array;
    if (k === Math.floor(this.count / B)) block = this.current;
    else {
      if (k !== this.cachedBlock) {
        this.cached = this.spool.read(k, B * this.goals);
        this.cachedBlock = k;
      }
      block = this.cached!;
    }
    return readBack(block[(i % B) * this.goals + goal - 1]!);
  }

  /** Frees the spool. */
  close(): void {
    this.spool.close();
    this.cached = undefined;
    this.cachedBlock = -1;
  }
}
