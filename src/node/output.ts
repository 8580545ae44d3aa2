/**
 * Output sinks that respect back-pressure and fail safely:
 * - `fileOutput` writes to a temporary file beside the target and renames it on `commit()`, so a failed
 *   run never leaves a half-written (or truncated old) file;
 * - `streamOutput` writes to stdout and turns a closed pipe (EPIPE: `| head`) into `closed = true`
 *   instead of an exception, so the command can stop quietly.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SdgAlignError } from '../errors.js';

export interface OutputSink {
  /** Writes text; resolves once the sink can take more (back-pressure). No-op once `closed`. */
  write(text: string): Promise<void>;
  /** Finishes the output (renames the temp file into place). */
  commit(): Promise<void>;
  /** Drops the output (removes the temp file). Safe to call after `commit` or twice. */
  abort(): Promise<void>;
  /** True once the reader went away (EPIPE): callers stop producing. */
  readonly closed: boolean;
}

const isPipeClosed = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET';
};

/** Wraps a writable (stdout). Does not end it: stdout belongs to the process. */
export function streamOutput(stream: NodeJS.WritableStream): OutputSink {
  let closed = false;
  let failure: unknown;
  const onError = (error: unknown) => {
    if (isPipeClosed(error)) closed = true;
    else failure ??= error;
  };
  stream.on('error', onError);
  const check = () => {
    if (failure) throw failure;
  };
  return {
    get closed() {
      return closed;
    },
    async write(text) {
      check();
      if (closed || !text) return;
      const writable = stream as NodeJS.WritableStream & { destroyed?: boolean; writableNeedDrain?: boolean };
      if (writable.destroyed) {
        closed = true;
        return;
      }
      const ok = stream.write(text, (error) => error && onError(error));
      if (!ok) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            stream.off('error', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('close', done);
          stream.on('error', done);
        });
      }
      check();
    },
    async commit() {
      stream.off('error', onError);
      check();
    },
    async abort() {
      // The stream stays the caller's (the bin keeps its own EPIPE handler on process.stdout).
      stream.off('error', onError);
    },
  };
}

/** Writes to `path` atomically: temp file in the same directory, renamed on `commit()`. */
export function fileOutput(path: string): OutputSink {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx' });
  let failure: unknown;
  let done = false;
  stream.on('error', (error) => (failure ??= error));
  const fail = (error: unknown) =>
    new SdgAlignError(
      'FILE_UNREADABLE',
      `${path}: cannot write: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}.`,
      { file: path },
      { cause: error },
    );
  const end = () =>
    new Promise<void>((resolve, reject) => {
      if (stream.closed || stream.destroyed) {
        if (failure) reject(fail(failure));
        else resolve();
        return;
      }
      stream.once('close', () => (failure ? reject(fail(failure)) : resolve()));
      stream.end();
    });
  return {
    closed: false,
    async write(text) {
      if (failure) throw fail(failure);
      if (!text) return;
      if (!stream.write(text)) {
        await new Promise<void>((resolve) => {
          const ready = () => {
            stream.off('drain', ready);
            stream.off('close', ready);
            resolve();
          };
          stream.on('drain', ready);
          stream.on('close', ready);
        });
        if (failure) throw fail(failure);
      }
    },
    async commit() {
      if (done) return;
      done = true;
      try {
        await end();
        await rename(temp, path);
      } catch (error) {
        await unlink(temp).catch(() => {});
        throw error instanceof SdgAlignError ? error : fail(error);
      }
    },
    async abort() {
      if (done) return;
      done = true;
      await end().catch(() => {});
      await unlink(temp).catch(() => {});
    },
  };
}
