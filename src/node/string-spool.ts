/**
 * A `StringList` backed by a temporary file (scratch-file.ts), for the ids of a large plan's gap
 * report: the first blocks stay in memory (a `PackedStrings`), later ones are written to
 * `.sdg-align-ids.PID.HEX.tmp` by blocks of 1,024 strings and read back a block at a time, the
 * last block read kept (reads in index order read each block once). A million 8-character ids
 * then cost 16 MB of disk where, in memory, they grew the heap by some 20 MB.
 *
 * A block on disk: the end offset of each string in UTF-16 code units (Int32, 4 bytes each), then
 * the strings' code units (UTF-16LE: lone surrogates too come back as they were written).
 */
import { Buffer } from 'node:buffer';
import { PackedStrings, type SlotMap, type StringList } from '../id-store.js';
import { scratchFile } from './scratch-file.js';

/** Strings per block on disk. */
const BLOCK = 1024;
/** Blocks kept in memory before the list writes to its file (32 × 1,024 ids). */
export const IN_MEMORY_ID_BLOCKS = 32;

export function fileStrings(options: { folder?: string; inMemoryBlocks?: number } = {}): StringList & { close(): void } {
  const inMemory = (options.inMemoryBlocks ?? IN_MEMORY_ID_BLOCKS) * BLOCK;
  const head = new PackedStrings();
  const file = scratchFile('ids', options.folder);
  /** Strings of the block being filled, past the head. */
  let pending: string[] = [];
  /** File offset of each written block's start, and of the end of the last (`blockCount + 1` used). */
  let offsets = new Float64Array(64);
  let blockCount = 0;
  let size = 0;
  /** The last block read back: its number, its strings joined and their ends. */
  let cachedBlock = -1;
  let cachedText = '';
  let cachedEnds = new Int32Array(BLOCK);

  function seal(): void {
    const ends = new Int32Array(BLOCK);
    let end = 0;
    pending.forEach((text, i) => (ends[i] = end += text.length));
    const text = Buffer.from(pending.join(''), 'utf16le');
    const at = offsets[blockCount]!;
    file.write(new Uint8Array(ends.buffer), at);
    file.write(text, at + ends.byteLength);
    if (blockCount + 2 > offsets.length) {
      const grown = new Float64Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
    }
    offsets[++blockCount] = at + ends.byteLength + text.length;
    pending = [];
  }

  /** Where blocks are read into, grown to the largest block read (one buffer, not one per block). */
  let readBuffer = Buffer.alloc(0);

  function load(block: number): void {
    const at = offsets[block]!;
    const size = offsets[block + 1]! - at;
    if (readBuffer.length < size) readBuffer = Buffer.alloc(Math.max(size, 2 * readBuffer.length));
    const bytes = readBuffer.subarray(0, size);
    file.read(bytes, at);
    new Uint8Array(cachedEnds.buffer).set(bytes.subarray(0, BLOCK * 4));
    cachedText = bytes.toString('utf16le', BLOCK * 4);
    cachedBlock = block;
  }

  return {
    get length() {
      return size;
    },
    push(text) {
      if (size < inMemory) head.push(text);
      else if ((pending.push(text), pending.length === BLOCK)) seal();
      return size++;
    },
    get(index) {
      if (index < inMemory) return head.get(index);
      const block = Math.floor((index - inMemory) / BLOCK);
      const offset = (index - inMemory) % BLOCK;
      if (block === blockCount) return pending[offset]!;
      if (block !== cachedBlock) load(block);
      return cachedText.slice(offset ? cachedEnds[offset - 1]! : 0, cachedEnds[offset]!);
    },
    close() {
      pending = [];
      cachedText = '';
      cachedBlock = -1;
      readBuffer = Buffer.alloc(0);
      file.close();
    },
  };
}

/**
 * An `IdStore`'s slot map in a temporary file (`.sdg-align-id-slots.PID.HEX.tmp`, 4 bytes a slot):
 * written once per id placed, read only when a fingerprint matches (a repeated id, or one visited
 * slot in 65,535). A new table after growth writes over the same file: the store never reads a
 * slot it did not set since.
 */
export function fileSlots(options: { folder?: string } = {}): SlotMap & { close(): void } {
  const file = scratchFile('id-slots', options.folder);
  const cell = new Int32Array(1);
  const bytes = new Uint8Array(cell.buffer);
  return {
    reset: () => undefined,
    get(slot) {
      file.read(bytes, slot * 4);
      return cell[0]!;
    },
    set(slot, index) {
      cell[0] = index;
      file.write(bytes, slot * 4);
    },
    close: () => file.close(),
  };
}
