/**
 * A pool of worker threads for `sdg-align score --workers N`. Batches go to the workers in turn and
 * come back in submission order, so the output keeps the input order; at most `2 × N` batches are
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
  readonly #waiting = new Map<number, { resolve: (batch: ScoredBatch) => void; reject: (error: Error) => void }>();
  readonly #queue: Pending[] = [];
  #seq = 0;

  /**
   * Starts `size` workers. node:worker_threads is loaded here, not with the command: `score` on
   * one thread (the default on a small machine, and for one row) does not pay for it at start-up.
   */
  static async start(script: URL, size: number, setup: ScoreWorkerSetup): Promise<ScorePool> {
    const { Worker } = await import('node:worker_threads');
    return new ScorePool(Worker, script, size, setup);
  }

  private constructor(WorkerClass: typeof Worker, script: URL, size: number, setup: ScoreWorkerSetup) {
    this.#workers = Array.from({ length: size }, () => {
      // A small young generation: scoring allocates short-lived objects, and with one heap per
      // thread the default semi-spaces alone would cost tens of MB of resident memory each.
      const worker = new WorkerClass(script, { workerData: setup, resourceLimits: WORKER_HEAP_LIMITS });
      worker.on('message', (result: ScoreBatchResult) => {
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

  get size(): number {
    return this.#workers.length;
  }

  /** Batches submitted and not yet taken back. */
  get inFlight(): number {
    return this.#queue.length;
  }

  /** Sends a batch to the next worker. */
  submit(rows: readonly ScoreBatchRow[]): void {
    const seq = this.#seq++;
    const promise = new Promise<ScoredBatch>((resolve, reject) => this.#waiting.set(seq, { resolve, reject }));
    // A rejection is handled when the batch is taken back; until then it must not count as unhandled.
    promise.catch(() => {});
    this.#workers[seq % this.#workers.length]!.postMessage({ seq, rows });
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
