/**
 * The scoring threads of `sdg-align score --workers N`: this thread and N − 1 worker threads.
 * Batches go to the least busy worker, and this thread scores one itself when every worker already
 * has `QUEUED_PER_WORKER` waiting or running. On 2 vCPUs, two workers beside a reading main thread
 * were three busy threads on two: this thread and one worker scored 100k rows 1.2× sooner (9.1 s
 * against 11.3 s) for less CPU and one engine less (154–166 MB against 176–178 MB).
 * Batches come back in submission order, so the output keeps the input order; at most `2 × N` are
 * in flight, so memory stays flat however large the input.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { SdgAlignError } from '../errors.js';
import type { EngineOptions } from '../scoring/options.js';
import type { SCORE_FORMATS } from './formats.js';
import type { ReviewDecision } from '../review/index.js';
import type { RowContext } from './rows/types.js';
import type { BatchScorer } from './score-batch.js';

/** What a worker is started with. */
export interface ScoreWorkerSetup {
  readonly engine: EngineOptions;
  readonly format: keyof typeof SCORE_FORMATS;
  readonly context: RowContext;
  /** A person's decisions (`--review`), applied by the worker to each result. */
  readonly decisions?: readonly ReviewDecision[];
}

/** Rows sent to a worker: [id, text, kept cells], numbered so that output keeps the input order. */
export interface ScoreBatch {
  readonly seq: number;
  readonly rows: readonly ScoreBatchRow[];
}

export type ScoreBatchRow = readonly [id: string, text: string, kept: readonly string[]];

export interface ScoreBatchResult {
  readonly seq: number;
  readonly lines?: readonly string[];
  /** Indices of the review decisions whose rejection found no label in this batch. */
  readonly unlabelled?: readonly number[];
  readonly error?: string;
}

/** A batch scored: its output rows, in order, and what the review of it found. */
export interface ScoredBatch {
  readonly lines: readonly string[];
  readonly unlabelled: readonly number[];
}

/** Rows per batch: large enough to amortise messaging, small enough to keep rows flowing out. */
export const WORKER_BATCH_ROWS = 256;
/** Heap limits of a worker (MB): a small young generation, and room in the old one for a multi-megabyte row. */
export const WORKER_HEAP_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 512 } as const;
/** Upper bound of the default worker count: past it the reader and the writer are the bottleneck. */
export const MAX_DEFAULT_WORKERS = 4;
/** A worker with this many batches waiting or running is busy enough: the next batch is scored here. */
export const QUEUED_PER_WORKER = 2;

/**
 * The built worker script, next to the built command (dist/score-worker.cjs); absent when running
 * from the TypeScript sources. The built command is CommonJS: its own path is `__filename`, made a
 * URL by `pathToFileURL` (which escapes `%` and `#` in a folder name; tsup's `import.meta.url`
 * shim does not).
 */
export function workerScript(): URL | undefined {
  const here = typeof __filename === 'string' ? pathToFileURL(__filename) : new URL(import.meta.url);
  const url = new URL(`./score-worker${here.pathname.endsWith('.cjs') ? '.cjs' : '.js'}`, here);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

interface Pending {
  readonly promise: Promise<ScoredBatch>;
}

export class ScorePool {
  readonly #workers: Worker[];
  /** This thread's scorer: it takes a batch when every worker has enough to do. */
  readonly #here: BatchScorer;
  /** Batches waiting or running, per worker. */
  readonly #load: Int32Array;
  readonly #waiting = new Map<number, { resolve: (batch: ScoredBatch) => void; reject: (error: Error) => void }>();
  readonly #queue: Pending[] = [];
  #seq = 0;

  /**
   * Starts `size − 1` workers beside `here`, this thread's scorer. node:worker_threads is loaded
   * here, not with the command: `score` on one thread (the default on a small machine, and for one
   * row) does not pay for it at start-up.
   */
  static async start(script: URL, size: number, setup: ScoreWorkerSetup, here: BatchScorer): Promise<ScorePool> {
    const { Worker } = await import('node:worker_threads');
    return new ScorePool(Worker, script, size, setup, here);
  }

  private constructor(WorkerClass: typeof Worker, script: URL, size: number, setup: ScoreWorkerSetup, here: BatchScorer) {
    this.#here = here;
    this.#load = new Int32Array(size - 1);
    this.#workers = Array.from({ length: size - 1 }, (_, w) => {
      // A small young generation: scoring allocates short-lived objects, and with one heap per
      // thread the default semi-spaces alone would cost tens of MB of resident memory each.
      const worker = new WorkerClass(script, { workerData: setup, resourceLimits: WORKER_HEAP_LIMITS });
      worker.on('message', (result: ScoreBatchResult) => {
        this.#load[w]!--;
        const waiting = this.#waiting.get(result.seq);
        if (!waiting) return;
        this.#waiting.delete(result.seq);
        if (result.error !== undefined) waiting.reject(new SdgAlignError('INVALID_INPUT', result.error, { batch: result.seq }));
        else waiting.resolve({ lines: result.lines ?? [], unlabelled: result.unlabelled ?? [] });
      });
      worker.on('error', (error) => {
        for (const w of this.#waiting.values()) w.reject(error);
        this.#waiting.clear();
      });
      return worker;
    });
  }

  /** Scoring threads: the workers and this one. */
  get size(): number {
    return this.#workers.length + 1;
  }

  /** Batches submitted and not yet taken back. */
  get inFlight(): number {
    return this.#queue.length;
  }

  /** Sends a batch to the least busy worker, or scores it here when they all have enough to do. */
  submit(rows: readonly ScoreBatchRow[]): void {
    const seq = this.#seq++;
    let w = 0;
    for (let k = 1; k < this.#load.length; k++) if (this.#load[k]! < this.#load[w]!) w = k;
    let promise: Promise<ScoredBatch>;
    if (this.#load.length === 0 || this.#load[w]! >= QUEUED_PER_WORKER) {
      try {
        promise = Promise.resolve(this.#here(rows));
      } catch (error) {
        // As a worker reports it (score-worker.ts).
        promise = Promise.reject(new SdgAlignError('INVALID_INPUT', error instanceof Error ? error.message : String(error), { batch: seq }));
      }
    } else {
      promise = new Promise<ScoredBatch>((resolve, reject) => this.#waiting.set(seq, { resolve, reject }));
      this.#load[w]!++;
      this.#workers[w]!.postMessage({ seq, rows });
    }
    // A rejection is handled when the batch is taken back; until then it must not count as unhandled.
    promise.catch(() => {});
    this.#queue.push({ promise });
  }

  /** The output rows of the oldest batch, in submission order. */
  async next(): Promise<ScoredBatch> {
    const oldest = this.#queue.shift();
    if (!oldest) return { lines: [], unlabelled: [] };
    return oldest.promise;
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
