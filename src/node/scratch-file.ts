/**
 * A temporary file a run writes and reads back (the gap report's scores and ids of a large plan),
 * opened on first use in the temporary folder (`TMPDIR`) and unlinked as soon as it is open, so
 * that nothing is left behind however the process ends (libuv opens files shareable for deletion,
 * Windows included; were an unlink refused, the file would be removed by `close` or, cut short, by
 * the exit handlers where the system allows). Where the temporary folder is a tmpfs, what it holds
 * is memory again, outside the process: point TMPDIR at a disk for plans of millions of rows.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SdgAlignError } from '../errors.js';
import { trackTempFile, untrackTempFile } from './temp-files.js';

export interface ScratchFile {
  /** Writes all of `bytes` at `position` (the file is opened on the first write). FILE_UNWRITABLE naming it on failure. */
  write(bytes: Uint8Array, position: number): void;
  /** Fills `bytes` from `position`, which must have been written. FILE_UNREADABLE naming it on failure. */
  read(bytes: Uint8Array, position: number): void;
  /** Closes (and removes, if it still has a name) the file; a later write opens a new one. */
  close(): void;
}

/** `kind` names the file: `.sdg-align-KIND.PID.HEX.tmp` in `folder` (the temporary folder by default). */
export function scratchFile(kind: string, folder?: string): ScratchFile {
  let fd: number | undefined;
  let path: string | undefined;
  /** Whether the file still has its name (the system refused to unlink an open file). */
  let named = false;

  const unwritable = (error: unknown): SdgAlignError =>
    new SdgAlignError('FILE_UNWRITABLE', { file: path ?? folder ?? tmpdir(), code: (error as NodeJS.ErrnoException).code ?? String(error) });
  const unreadable = (code: string): SdgAlignError => new SdgAlignError('FILE_UNREADABLE', { file: path!, code });

  function open(): number {
    const random = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
    path = join(folder ?? tmpdir(), `.sdg-align-${kind}.${process.pid}.${random}.tmp`);
    try {
      fd = openSync(path, 'wx+', 0o600);
    } catch (error) {
      throw unwritable(error);
    }
    try {
      unlinkSync(path);
    } catch {
      named = true;
      trackTempFile(path);
    }
    return fd;
  }

  return {
    write(bytes, position) {
      const file = fd ?? open();
      try {
        for (let done = 0; done < bytes.length; ) done += writeSync(file, bytes, done, bytes.length - done, position + done);
      } catch (error) {
        throw unwritable(error);
      }
    },
    read(bytes, position) {
      for (let done = 0; done < bytes.length; ) {
        let n: number;
        try {
          n = readSync(fd!, bytes, done, bytes.length - done, position + done);
        } catch (error) {
          throw unreadable((error as NodeJS.ErrnoException).code ?? String(error));
        }
        // What was written is there: a short file is another process's doing.
        if (n === 0) throw unreadable('EIO');
        done += n;
      }
    },
    close() {
      if (fd === undefined) return;
      try {
        closeSync(fd);
      } catch {
        // Nothing was left to write; a failing close must not hide the error that ended the run.
      }
      fd = undefined;
      if (!named) return;
      named = false;
      try {
        unlinkSync(path!);
      } catch {
        // Gone already.
      }
      untrackTempFile(path!);
    },
  };
}

/** A count option of the spools: a whole number ≥ 0 (a fraction would misplace every later read). */
export function wholeCount(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${String(value)}`);
  return value;
}
