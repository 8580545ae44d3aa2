/**
 * A `StringList` backed by a temporary file (scratch-file.ts), for the ids of a large plan's gap
 * report: the first blocks stay in memory (a `PackedStrings`) until the list outgrows them; then
 * they and later ones are written to `.sdg-align-ids.PID.HEX.tmp` by blocks of 1,024 strings and
 * read back a block at a time, the last block read kept (reads in index order read each block
 * once). A million 8-character ids then cost 16 MB of disk where, in memory, they grew the heap
 * by some 20 MB.
 *
 * A block on disk: the end offset of each string in UTF-16 code units (Int32, 4 bytes each), then
 * the strings' code units (UTF-16LE: lone surrogates too come back as they were written).
 */
import { Buffer } from 'node:buffer';
import { joinedEnds, PackedStrings, STRING_BLOCK as BLOCK, type SlotMap, type StringList } from '../id-store.js';
import { detached } from '../strings.js';
import { grown } from '../typed-arrays.js';
import { scratchFile, wholeCount } from './scratch-file.js';

/** Blocks kept in memory before the list writes to its file (32 × 1,024 ids). */
export const IN_MEMORY_ID_BLOCKS = 32;

export function fileStrings(options: { folder?: string; inMemoryBlocks?: number } = {}): StringList & { close(): void } {
  /** Strings held in memory (`head`): the first blocks, until the list outgrows them; then none, every block is in the file. */
  const headStrings = wholeCount(options.inMemoryBlocks ?? IN_MEMORY_ID_BLOCKS, 'inMemoryBlocks') * BLOCK;
  let inMemory = headStrings;
  let head = new PackedStrings();
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

  /** Where a block is encoded before it is written (grown to the largest: one buffer, not two per block). */
  let writeBuffer = Buffer.alloc(0);

  function seal(): void {
    const ends = joinedEnds(pending);
    const size = ends.byteLength + 2 * ends[BLOCK - 1]!;
    if (writeBuffer.length < size) writeBuffer = Buffer.alloc(Math.max(size, 2 * writeBuffer.length));
    writeBuffer.set(new Uint8Array(ends.buffer));
    const textBytes = writeBuffer.write(pending.join(''), ends.byteLength, 'utf16le');
    const at = offsets[blockCount]!;
    file.write(writeBuffer.subarray(0, ends.byteLength + textBytes), at);
    if (blockCount + 2 > offsets.length) offsets = grown(offsets, offsets.length * 2);
    offsets[++blockCount] = at + ends.byteLength + textBytes;
    pending = [];
  }

  /** Where blocks are read into, grown to the largest block read (one buffer, not one per block). */
  let readBuffer = Buffer.alloc(0);

  function load(block: number): void {
    const at = offsets[block]!;
    const blockBytes = offsets[block + 1]! - at;
    if (readBuffer.length < blockBytes) readBuffer = Buffer.alloc(Math.max(blockBytes, 2 * readBuffer.length));
    const bytes = readBuffer.subarray(0, blockBytes);
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
      else if (inMemory) {
        // The list outgrew its head: the head's blocks go to the file first, and memory keeps none.
        for (let i = 0; i < inMemory; i++) if (pending.push(head.get(i)) === BLOCK) seal();
        head = new PackedStrings();
        inMemory = 0;
        pending.push(detached(text));
      }
      // A copy: a CSV field is a substring of its 64 KiB chunk, which it would keep alive until the block is written.
      else if ((pending.push(detached(text)), pending.length === BLOCK)) seal();
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
      // Empty again, as a new list: nothing read after closing can come from the file.
      head = new PackedStrings();
      inMemory = headStrings;
      pending = [];
      blockCount = 0;
      size = 0;
      cachedText = '';
      cachedBlock = -1;
      readBuffer = Buffer.alloc(0);
      writeBuffer = Buffer.alloc(0);
      file.close();
    },
  };
}

/** Slots kept in memory before the map moves to its file (65,536 slots: 256 KB, ids of plans up to 32,768 programmes). */
export const IN_MEMORY_SLOTS = 1 << 16;

/** Slots of a table rebuilt after growth that the file map takes at a time (1 MB of indexes). */
export const REBUILD_WINDOW_SLOTS = 1 << 18;

/**
 * An `IdStore`'s slot map, in memory while its table is small, in a temporary file
 * (`.sdg-align-id-slots.PID.HEX.tmp`, 4 bytes a slot) once it grows past `inMemorySlots`: a slot
 * is written once per id placed and read only when a fingerprint matches (a repeated id, or one
 * visited slot in 65,535). A table rebuilt after growth comes by windows of `rebuildWindow`
 * slots, each written in one go, where one write per id would cost a system call each and a
 * table of the new size in memory 8 MB at a million ids; the file is written over (the store
 * never reads a slot it did not set since).
 */
export function fileSlots(options: { folder?: string; inMemorySlots?: number; rebuildWindow?: number } = {}): SlotMap & { close(): void } {
  const limit = wholeCount(options.inMemorySlots ?? IN_MEMORY_SLOTS, 'inMemorySlots');
  const rebuildWindow = Math.max(1, wholeCount(options.rebuildWindow ?? REBUILD_WINDOW_SLOTS, 'rebuildWindow'));
  const file = scratchFile('id-slots', options.folder);
  /** The whole map while it is small; undefined when the file holds it. */
  let memory: Int32Array | undefined = new Int32Array(0);
  const cell = new Int32Array(1);
  const bytes = new Uint8Array(cell.buffer);
  return {
    rebuildWindow,
    reset(slots) {
      memory = slots <= limit ? new Int32Array(slots) : undefined;
    },
    setRange(from, indexes) {
      if (memory) memory.set(indexes.subarray(0, memory.length - from), from);
      else file.write(new Uint8Array(indexes.buffer, indexes.byteOffset, indexes.byteLength), from * 4);
    },
    get(slot) {
      if (memory) return memory[slot]!;
      file.read(bytes, slot * 4);
      return cell[0]!;
    },
    set(slot, index) {
      if (memory) {
        memory[slot] = index;
        return;
      }
      cell[0] = index;
      file.write(bytes, slot * 4);
    },
    close() {
      memory = new Int32Array(0);
      file.close();
    },
  };
}
