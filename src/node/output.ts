/**
 * Output sinks that respect back-pressure and fail safely:
 * - `fileOutput` looks at the target first (`outputTarget`): a regular file (new or existing, or
 *   the file a symbolic link leads to) is written to a temporary file beside it, renamed into place
 *   on `commit()`, so a failed or interrupted run never leaves a half-written (or truncated old)
 *   file, and an existing file keeps its mode; a device or a FIFO is written directly (renaming a
 *   file over `/dev/null` would replace it); a folder, a socket or a read-only file is refused
 *   before anything is written;
 * - `streamOutput` writes to stdout and turns a closed pipe (EPIPE: `| head`) into `closed = true`
 *   instead of an exception, so the command can stop quietly; any other write error is a
 *   `FILE_UNWRITABLE` error naming `<stdout>`.
 * The temporary files being written are removed by `removeTempFiles()` on every exit path
 * (`bin.ts` calls it on SIGINT, SIGTERM, SIGHUP and exit).
 */
import { accessSync, constants, createWriteStream, fstatSync, lstatSync, openSync, readlinkSync, statSync, type Stats, type WriteStream } from 'node:fs';
import { chmod, chown, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { SdgAlignError } from '../errors.js';
import { trackTempFile, untrackTempFile } from './temp-files.js';

export interface OutputSink {
  /** Writes text (as UTF-8) or bytes; resolves once the sink can take more (back-pressure). No-op once `closed`. */
  write(text: string | Uint8Array): Promise<void>;
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

/** Most file systems allow names of 255 bytes. */
const MAX_NAME_BYTES = 255;

/**
 * Turns a failed write into `FILE_UNWRITABLE` (its sentence, by errno code or `reason`, is in the
 * catalogues). `reason`: `read-only` or `not-regular`, for what no errno says.
 */
export function writeError(file: string, error: unknown, reason?: 'read-only' | 'not-regular'): SdgAlignError {
  if (error instanceof SdgAlignError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = (error as Error | undefined)?.message;
  return new SdgAlignError('FILE_UNWRITABLE', { file, code, ...(reason ? { reason } : message ? { reason: message } : {}) }, { cause: error });
}

/** Wraps a writable (stdout). Does not end it: stdout belongs to the process. */
export function streamOutput(stream: NodeJS.WritableStream, name = '<stdout>'): OutputSink {
  let closed = false;
  let failure: SdgAlignError | undefined;
  const onError = (error: unknown) => {
    if (isPipeClosed(error)) closed = true;
    else failure ??= writeError(name, error);
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
      if (closed || !text.length) return;
      const writable = stream as NodeJS.WritableStream & { destroyed?: boolean };
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
      // Wait for what is queued: a failure of the last write is this command's.
      await new Promise<void>((resolve) => stream.write('', () => setImmediate(resolve)));
      stream.off('error', onError);
      check();
    },
    async abort() {
      // The stream stays the caller's (the bin keeps its own error handler on process.stdout).
      stream.off('error', onError);
    },
  };
}

/** Where an output goes, once symbolic links are followed. */
export type OutputTarget =
  /** A regular file, existing (`stats`) or not: written through a temporary file beside it. */
  | { readonly kind: 'file'; readonly path: string; readonly stats?: Stats }
  /** A character or block device, or a FIFO: written directly. */
  | { readonly kind: 'device'; readonly path: string; readonly stats: Stats };

/** Symbolic links followed at most, as the kernel does (ELOOP). */
const MAX_SYMLINKS = 40;

/**
 * Looks at `path` before anything is written: follows symbolic links (a dangling one leads to the
 * file to create), refuses a folder, a socket, a read-only file or a name too long. `display` is
 * the name used in messages.
 */
export function outputTarget(path: string, display = path): OutputTarget {
  let target = resolve(path);
  for (let hops = 0; ; hops++) {
    if (Buffer.byteLength(basename(target)) > MAX_NAME_BYTES) throw writeError(display, { code: 'ENAMETOOLONG' });
    let stats: Stats;
    try {
      stats = lstatSync(target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'file', path: target };
      throw writeError(display, error);
    }
    if (stats.isSymbolicLink()) {
      if (hops >= MAX_SYMLINKS) throw writeError(display, { code: 'ELOOP' });
      target = resolve(dirname(target), readlinkSync(target));
      continue;
    }
    if (stats.isDirectory()) throw writeError(display, { code: 'EISDIR' });
    if (stats.isCharacterDevice() || stats.isBlockDevice() || stats.isFIFO()) return { kind: 'device', path: target, stats };
    if (!stats.isFile()) throw writeError(display, undefined, 'not-regular');
    if ((stats.mode & 0o222) === 0 || !writable(target)) throw writeError(display, undefined, 'read-only');
    return { kind: 'file', path: target, stats };
  }
}

const writable = (path: string): boolean => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** `.NAME.PID.HEX.tmp` beside the target, NAME shortened so that the whole stays within 255 bytes. */
function tempPath(target: string): string {
  // Web Crypto's global (loaded on first use: a command that writes no file never loads node:crypto).
  const suffix = `.${process.pid}.${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(4))).toString('hex')}.tmp`;
  let name = basename(target);
  while (Buffer.byteLength(`.${name}${suffix}`) > MAX_NAME_BYTES) name = name.slice(0, -1);
  return join(dirname(target), `.${name}${suffix}`);
}

/**
 * Writes to `path` (see `outputTarget`): a regular file atomically, through a temporary file in the
 * same folder renamed on `commit()`; a device or FIFO directly. Throws `FILE_UNWRITABLE` at once
 * when the target cannot be written (before any output is produced).
 */
export function fileOutput(path: string | OutputTarget, display?: string): OutputSink {
  const target = typeof path === 'string' ? outputTarget(path, display ?? path) : path;
  const name = display ?? (typeof path === 'string' ? path : path.path);
  if (target.kind === 'device') return deviceOutput(target.path, name);
  const temp = tempPath(target.path);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o666);
  } catch (error) {
    throw writeError(name, error);
  }
  trackTempFile(temp);
  const stream = createWriteStream(temp, { fd });
  const sink = writeStreamSink(stream, name);
  let done = false;
  const drop = async () => {
    await unlink(temp).catch(() => {});
    untrackTempFile(temp);
  };
  return {
    closed: false,
    write: sink.write,
    async commit() {
      if (done) return;
      done = true;
      try {
        await sink.end();
        // An existing file keeps its mode (and, where allowed, its owner).
        if (target.stats) {
          await chmod(temp, target.stats.mode & 0o7777);
          await chown(temp, target.stats.uid, target.stats.gid).catch(() => {});
        }
        await rename(temp, target.path);
        untrackTempFile(temp);
      } catch (error) {
        await drop();
        throw writeError(name, error);
      }
    },
    async abort() {
      if (done) return;
      done = true;
      await sink.end().catch(() => {});
      await drop();
    },
  };
}

/** A device or FIFO: opened and written as is (what a shell's `>` does). */
function deviceOutput(path: string, name: string): OutputSink {
  const sink = writeStreamSink(createWriteStream(path, { flags: 'w' }), name);
  return {
    closed: false,
    write: sink.write,
    commit: sink.end,
    async abort() {
      await sink.end().catch(() => {});
    },
  };
}

/** Back-pressure and error handling of a file write stream; `end()` resolves once it is closed. */
function writeStreamSink(stream: WriteStream, name: string): { write(text: string | Uint8Array): Promise<void>; end(): Promise<void> } {
  let failure: unknown;
  stream.on('error', (error) => (failure ??= error));
  const check = () => {
    if (failure) throw writeError(name, failure);
  };
  return {
    async write(text) {
      check();
      if (!text.length) return;
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
        check();
      }
    },
    end: () =>
      new Promise<void>((resolve, reject) => {
        const settle = () => (failure ? reject(writeError(name, failure)) : resolve());
        if (stream.closed || stream.destroyed) return settle();
        stream.once('close', settle);
        stream.end();
      }),
  };
}

/** Throws `USAGE` when `target` is one of `inputs` (same file, through any name or link): it would be replaced before it is read. */
export function checkNotAnInput(target: OutputTarget, display: string, inputs: readonly { name: string; stats: Stats | undefined }[]): void {
  const out = target.stats;
  if (!out || target.kind !== 'file') return;
  for (const input of inputs) {
    if (input.stats && input.stats.dev === out.dev && input.stats.ino === out.ino) {
      throw new SdgAlignError('USAGE', { messageId: 'outputIsInput', output: display, input: input.name });
    }
  }
}

/** `stat` of an input file or of an open descriptor, or undefined (missing: the reader reports it). */
export function inputStats(path: string | number): Stats | undefined {
  try {
    return typeof path === 'number' ? fstatSync(path) : statSync(path);
  } catch {
    return undefined;
  }
}
