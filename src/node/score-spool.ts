/**
 * A `ScoreSpool` backed by a temporary file, for the gap report of a large plan: the first blocks
 * stay in memory (a plan of a few ten thousand programmes never touches the disk), later ones are
 * written to a file in the temporary folder (`TMPDIR`) and read back one block at a time when the
 * report is written. The file is unlinked as soon as it is open, so nothing is left behind however
 * the process ends (where the system refuses, as Windows may, it is removed by the exit handlers).
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
        const n = readSync(fd!, bytes, done, bytes.length - done, (k - inMemory) * blockBytes + done);
        if (n === 0) throw new Error(`score spool: block ${k} is short`);
        done += n;
      }
      return buffer;
    },
    close() {
      blocks.length = 0;
      buffer = undefined;
      if (fd === undefined) return;
      closeSync(fd);
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
