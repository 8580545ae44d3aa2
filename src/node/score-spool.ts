/**
 * A `ScoreSpool` backed by a temporary file (scratch-file.ts), for the gap report of a large plan:
 * the first blocks stay in memory (a plan of a few ten thousand programmes never touches the
 * disk), later ones are written to `.sdg-align-scores.PID.HEX.tmp` and read back one block at a
 * time when the report is written. 68 bytes per programme on disk.
 */
import type { ScoreSpool } from '../report/score-store.js';
import { scratchFile, wholeCount } from './scratch-file.js';

/** Blocks kept in memory before the spool writes to its file (8 × 4,096 programmes × 17 goals × 4 bytes = 2.2 MB). */
export const IN_MEMORY_BLOCKS = 8;

export function fileSpool(options: { folder?: string; inMemoryBlocks?: number } = {}): ScoreSpool {
  const inMemory = wholeCount(options.inMemoryBlocks ?? IN_MEMORY_BLOCKS, 'inMemoryBlocks');
  const blocks: Float32Array[] = [];
  const file = scratchFile('scores', options.folder);
  /** Bytes of one block (all blocks are the same size). */
  let blockBytes = 0;
  let buffer: Float32Array | undefined;

  return {
    write(k, block) {
      if (k < inMemory) {
        blocks[k] = block;
        return;
      }
      blockBytes = block.byteLength;
      file.write(new Uint8Array(block.buffer, block.byteOffset, block.byteLength), (k - inMemory) * blockBytes);
      // Copied to the file: the store may fill the same block again.
      return block;
    },
    read(k, length) {
      if (k < inMemory) return blocks[k]!;
      buffer ??= new Float32Array(length);
      file.read(new Uint8Array(buffer.buffer), (k - inMemory) * blockBytes);
      return buffer;
    },
    close() {
      blocks.length = 0;
      buffer = undefined;
      file.close();
    },
  };
}
