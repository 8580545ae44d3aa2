/**
 * A `ScoreSpool` backed by a temporary file, for the gap report of a large plan: the first blocks
 * stay in memory (a plan of a few ten thousand programmes never touches the disk), later ones are
 * written to a file in the temporary folder (`TMPDIR`) and read back one block at a time when the
 * report is written. The file is unlinked as soon as it is open, so nothing is left behind however
 * the process ends (libuv opens files shareable for deletion, Windows included; were an unlink
 * refused, the file would be removed by `close` or, cut short, by the exit handlers where the
 * system allows). Where the temporary folder is a tmpfs, its 68 bytes per programme are memory
 * again, outside the process: point TMPDIR at a disk for plans of millions of rows.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SdgAlignError } from '../errors.js';
import type { ScoreSpool } from '../report/score-store.js';
import { trackTempFile, untrackTempFile } from './temp-files.js';

/** Blocks kept in memory before the spool writes to its file (8 × 4,096 programmes × 17 goals × 4 bytes = 2.2 MB). */
export const IN_MEMORY_BLOCKS = 8;

export function fileSpool(options: { folder?: string; inMemoryBlocks?: number } = {}): ScoreSpool {
  const inMemory = options.inMemoryBlocks ?? IN_MEMORY_BLOCKS;
  const blocks: Float32Array[] = [];
  let fd: number | undefined;
  let path: string | undefined;
  /** Whether the file still has its name (the system refused to unlink an open file). */
  let named = false;
  /** Bytes of one block (all blocks are the same size). */
  let blockBytes = 0;
  let buffer: Float32Array | undefined;

  const unwritable = (error: unknown): SdgAlignError =>
    new SdgAlignError('FILE_UNWRITABLE', { file: path ?? options.folder ?? tmpdir(), code: (error as NodeJS.ErrnoException).code ?? String(error) });

  const unreadable = (code: string): SdgAlignError => new SdgAlignError('FILE_UNREADABLE', { file: path!, code });

  function open(): number {
    const random = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
    path = join(options.folder ?? tmpdir(), `.sdg-align-scores.${process.pid}.${random}.tmp`);
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
    write(k, block) {
      if (k < inMemory) {
        blocks[k] = block;
        return;
      }
      blockBytes = block.byteLength;
      const file = fd ?? open();
      const bytes = new Uint8Array(block.buffer, block.byteOffset, block.byteLength);
      try {
        for (let done = 0; done < bytes.length; ) done += writeSync(file, bytes, done, bytes.length - done, (k - inMemory) * blockBytes + done);
      } catch (error) {
        throw unwritable(error);
      }
    },
    read(k, length) {
      if (k < inMemory) return blocks[k]!;
      buffer ??= new Float32Array(length);
      const bytes = new Uint8Array(buffer.buffer);
      for (let done = 0; done < bytes.length; ) {
        let n: number;
        try {
          n = readSync(fd!, bytes, done, bytes.length - done, (k - inMemory) * blockBytes + done);
        } catch (error) {
          throw unreadable((error as NodeJS.ErrnoException).code ?? String(error));
        }
        // What was written is there: a short file is another process's doing.
        if (n === 0) throw unreadable('EIO');
        done += n;
      }
      return buffer;
    },
    close() {
      blocks.length = 0;
      buffer = undefined;
      if (fd === undefined) return;
      try {
        closeSync(fd);
      } catch {
        // Nothing was left to write; a failing close must not hide the error that ended the run.
      }
      fd = undefined;
      if (!named) return;
      try {
        unlinkSync(path!);
      } catch {
        // Gone already.
      }
      untrackTempFile(path!);
    },
  };
}
