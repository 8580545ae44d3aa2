/**
 * The Web Worker's side. The worker runs the page's own script (main.ts starts it from a Blob of
 * that script's text), so the model ships once in the file; here it only scores what it is sent.
 */
import { engineFor, pack, packedBuffers, scoreInSlices, tableEngineOptions, unpackProgrammes, type PackedProgrammes, type PackedResults, type Programme, type Reading } from './scoring.js';

/** Page → worker: a job is announced with its size, then its rows arrive in batches. */
export type ToWorker =
  | { readonly type: 'score'; readonly job: number; readonly total: number; readonly reading: Reading }
  | { readonly type: 'rows'; readonly job: number; readonly programmes: PackedProgrammes }
  | { readonly type: 'cancel'; readonly job: number };

/** Worker → page. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly job: number; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly job: number; readonly results: PackedResults }
  | { readonly type: 'cancelled'; readonly job: number }
  | { readonly type: 'error'; readonly job: number; readonly error: SerializedError };

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly details?: unknown;
}

export const serializeError = (error: unknown): SerializedError => {
  const e = error as { name?: string; message?: string; code?: string; details?: unknown };
  return { name: e?.name ?? 'Error', message: e?.message ?? String(error), ...(e?.code ? { code: e.code, details: e.details } : {}) };
};

/** A worker works longer slices than the main thread: nobody waits on its frames. */
const WORKER_SLICE_MS = 100;

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

export function runWorker(scope: WorkerScope): void {
  const cancelled = new Set<number>();
  /** The rows received so far, per job. */
  const rows = new Map<number, Programme[]>();
  scope.onmessage = async ({ data }) => {
    if (data.type === 'cancel') {
      cancelled.add(data.job);
      return;
    }
    if (data.type === 'rows') {
      rows.get(data.job)?.push(...unpackProgrammes(data.programmes));
      return;
    }
    const { job, total, reading } = data;
    const programmes: Programme[] = [];
    rows.set(job, programmes);
    try {
      const results = await scoreInSlices(
        engineFor(tableEngineOptions(reading)),
        programmes,
        {
          sliceMs: WORKER_SLICE_MS,
          onProgress: (done, of) => scope.postMessage({ type: 'progress', job, done, total: of }),
          cancelled: () => cancelled.has(job),
        },
        total,
      );
      if (!results) scope.postMessage({ type: 'cancelled', job });
      else {
        const packed = pack(results);
        scope.postMessage({ type: 'done', job, results: packed }, packedBuffers(packed));
      }
    } catch (error) {
      scope.postMessage({ type: 'error', job, error: serializeError(error) });
    } finally {
      cancelled.delete(job);
      rows.delete(job);
    }
  };
  scope.postMessage({ type: 'ready' });
}
