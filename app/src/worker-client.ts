/**
 * Where the plan's texts are scored: in a Web Worker started from a Blob of the page's own script
 * (on `file://` a classic worker from a Blob URL runs, a module worker or `new Worker('file.js')`
 * does not), else on the main thread with the same code, in short slices. The page says which.
 */
import { engineFor, packProgrammes, pause, scoreInSlices, tableEngineOptions, unpack, type CompactResult, type Programme, type Reading } from './scoring.js';
import type { FromWorker, SerializedError, ToWorker } from './worker.js';

export type RunMode = 'worker' | 'main';

export interface ScoreJob {
  /** The results in input order; `undefined` when cancelled. */
  readonly done: Promise<CompactResult[] | undefined>;
  cancel(): void;
}

export interface Scorer {
  readonly mode: RunMode;
  score(programmes: readonly Programme[], reading: Reading, onProgress: (done: number, total: number) => void): ScoreJob;
}

/** Main-thread slices: short enough for the page to answer a key or a click at once. */
const MAIN_SLICE_MS = 25;
/** Rows per message to the worker: a short copy each (a 20,000-row file at once would hold the page for a long task). */
const ROWS_PER_MESSAGE = 1000;
/** A worker that has not said it is ready by then is given up (the main thread scores). */
const READY_TIMEOUT_MS = 8000;

const toError = (e: SerializedError): Error => Object.assign(new Error(e.message), { name: e.name, ...(e.code ? { code: e.code, details: e.details } : {}) });

export function mainThreadScorer(): Scorer {
  return {
    mode: 'main',
    score(programmes, reading, onProgress) {
      let cancelled = false;
      const done = (async () => {
        await pause(); // a job reports nothing before score() has returned it
        return scoreInSlices(engineFor(tableEngineOptions(reading)), programmes, { sliceMs: MAIN_SLICE_MS, onProgress, cancelled: () => cancelled });
      })();
      return { done, cancel: () => void (cancelled = true) };
    },
  };
}

function workerScorer(worker: Worker): Scorer {
  let nextJob = 1;
  const jobs = new Map<number, { resolve: (r: CompactResult[] | undefined) => void; reject: (e: Error) => void; onProgress: (done: number, total: number) => void }>();
  worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    if (data.type === 'ready') return;
    const job = jobs.get(data.job);
    if (!job) return;
    if (data.type === 'progress') return job.onProgress(data.done, data.total);
    jobs.delete(data.job);
    if (data.type === 'done') job.resolve(unpack(data.results));
    else if (data.type === 'cancelled') job.resolve(undefined);
    else job.reject(toError(data.error));
  };
  worker.onerror = (event) => {
    for (const job of jobs.values()) job.reject(new Error(event.message || 'the Web Worker failed'));
    jobs.clear();
  };
  return {
    mode: 'worker',
    score(programmes, reading, onProgress) {
      const job = nextJob++;
      let cancelled = false;
      const done = new Promise<CompactResult[] | undefined>((resolve, reject) => jobs.set(job, { resolve, reject, onProgress }));
      const post = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
      post({ type: 'score', job, total: programmes.length, reading });
      // The rows go in batches, the page's thread given back between two: the worker starts on the first.
      void (async () => {
        for (let at = 0; at < programmes.length && !cancelled; at += ROWS_PER_MESSAGE) {
          const packed = packProgrammes(programmes.slice(at, at + ROWS_PER_MESSAGE));
          post({ type: 'rows', job, programmes: packed }, [packed.cuts.buffer, packed.hasTitle.buffer]);
          await pause();
        }
      })();
      return {
        done,
        cancel: () => {
          cancelled = true;
          post({ type: 'cancel', job });
        },
      };
    },
  };
}

/**
 * A worker running `source` (the page's script) once it says it is ready; the main thread when
 * `source` is missing, workers are refused (`allowWorker` false), or the worker fails to start.
 */
export function startScorer(source: string | undefined, allowWorker = true): Promise<Scorer> {
  if (!source || !allowWorker || typeof Worker === 'undefined') return Promise.resolve(mainThreadScorer());
  let worker: Worker;
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    worker = new Worker(url);
  } catch {
    return Promise.resolve(mainThreadScorer());
  }
  return new Promise<Scorer>((resolve) => {
    const fallback = () => {
      clearTimeout(timer);
      worker.terminate();
      URL.revokeObjectURL(url);
      resolve(mainThreadScorer());
    };
    const timer = setTimeout(fallback, READY_TIMEOUT_MS);
    worker.onerror = (event) => {
      event.preventDefault();
      fallback();
    };
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type !== 'ready') return;
      clearTimeout(timer);
      URL.revokeObjectURL(url);
      resolve(workerScorer(worker));
    };
  });
}
