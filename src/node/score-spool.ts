/**
 * A `ScoreSpool` backed by a temporary file (scratch-file.ts), for the gap report of a large plan:
 * the first blocks stay in memory (a plan of a few ten thousand programmes never touches the
 * disk); once the plan outgrows them, they and every later block are written to
 * `.sdg-align-scores.PID.HEX.tmp` and read back one block at a time when the report is written.
 * 68 bytes per programme on disk.
 */
import type { ScoreSpool } from '../report/score-store.js';
import { scratchFile, wholeCount } from './scratch-file.js';

/** Blocks kept in memory before the spool writes to its file (8 × 4,096 programmes × 17 goals × 4 bytes = 2.2 MB). */
export const IN_MEMORY_BLOCKS = 8;

export function fileSpool(options: { folder?: string; inMemoryBlocks?: number } = {}): ScoreSpool {
  const inMemory = wholeCount(options.inMemoryBlocks ?? IN_MEMORY_BLOCKS, 'inMemoryBlocks');
  /** The first blocks, until the plan outgrows them; then every block is in the file (block k at k × blockBytes). */
  let blocks: Float32Array[] | undefined = [];
  const file = scratchFile('scores', options.folder);
  /** Bytes of one block (all blocks are the same size). */
  let blockBytes = 0;
  let buffer: Float32Array | undefined;
  const bytesOf = (block: Float32Array) => new Uint8Array(block.buffer, block.byteOffset, block.byteLength);

  return {
    write(k, block) {
      if (blocks && k < inMemory) {
        blocks[k] = block;
        return;
      }
      blockBytes = block.byteLength;
      // The plan outgrew the blocks kept in memory: they go to the file too, and memory holds no score block.
      if (blocks) blocks.forEach((kept, j) => file.write(bytesOf(kept), j * blockBytes));
      blocks = undefined;
      file.write(bytesOf(block), k * blockBytes);
      // Copied to the file: the store may fill the same block again.
      return block;
    },
    read(k, length) {
      if (blocks) return blocks[k]!;
      buffer ??= new Float32Array(length);
      file.read(new Uint8Array(buffer.buffer), k * blockBytes);
      return buffer;
    },
    close() {
      blocks = [];
      buffer = undefined;
      file.close();
    },
  };
}
