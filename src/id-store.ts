import { detached } from './strings.js';

const BLOCK_SHIFT = 10;
/** Strings per block of a `PackedStrings` (and of a file list's blocks, node/string-spool.ts). */
export const STRING_BLOCK = 1 << BLOCK_SHIFT;
const BLOCK = STRING_BLOCK;

/** The end offset of each string of `strings` once they are joined (UTF-16 code units). */
export function joinedEnds(strings: readonly string[]): Int32Array {
  const ends = new Int32Array(BLOCK);
  let end = 0;
  strings.forEach((text, i) => (ends[i] = end += text.length));
  return ends;
}

/**
 * Strings appended one by one and read back by index: where an `IdStore` keeps its ids. In
 * memory by default (`PackedStrings`); the CLI's keeps them in a temporary file past the first
 * blocks (node/string-spool.ts), so that a million-row plan does not hold a million ids. Reads in
 * increasing index order are the cheap ones (a file reads each block once).
 */
export interface StringList {
  readonly length: number;
  /** Appends `text` and returns its index. */
  push(text: string): number;
  /** The string at `index` (0 ≤ index < length). */
  get(index: number): string;
  /** Frees what the list holds; it is not read after. */
  close?(): void;
}

/**
 * Strings appended one by one and read back by index, packed for lists of a million: an array
 * of strings costs about 30 bytes per short string in V8 (a 16-byte header per string, 8 per
 * array slot), all of it in the old generation, which V8 lets grow to a few times its live size
 * between collections. Here strings are concatenated by blocks of 1,024 into one string each,
 * with their end offsets in an `Int32Array`: 4 bytes per string plus its characters.
 */
export class PackedStrings implements StringList {
  /** Complete blocks: the strings of each, concatenated. */
  private readonly joined: string[] = [];
  /** Per complete block, the end offset of each string in its block's string. */
  private readonly ends: Int32Array[] = [];
  /** The strings of the block being filled (copies: a substring would keep its whole CSV chunk alive). */
  private pending: string[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** The string at `index` (0 ≤ index < length). */
  get(index: number): string {
    const block = index >>> BLOCK_SHIFT;
    const offset = index & (BLOCK - 1);
    if (block === this.joined.length) return this.pending[offset]!;
    const ends = this.ends[block]!;
    return this.joined[block]!.slice(offset ? ends[offset - 1]! : 0, ends[offset]!);
  }

  /** Appends `text` and returns its index. */
  push(text: string): number {
    this.pending.push(detached(text));
    if (this.pending.length === BLOCK) this.seal();
    return this.size++;
  }

  /** Joins the pending block into one string. */
  private seal(): void {
    this.ends.push(joinedEnds(this.pending));
    this.joined.push(this.pending.join(''));
    this.pending = [];
  }
}

/**
 * Which id sits in each slot of an `IdStore`'s table: an `Int32Array` in memory by default
 * (`memorySlots`), a temporary file for the CLI (node/string-spool.ts). The store reads a slot
 * only where its own fingerprint table says it set one since the last `reset`: nothing needs
 * clearing.
 */
export interface SlotMap {
  /** Room for `size` slots; what was set before is forgotten (and never read again). */
  reset(size: number): void;
  /**
   * Slots a table rebuilt after growth is filled by at a time (`setRange`), when the map would
   * rather not hold a table of the new size in memory (a file map); without it, every slot is `set`.
   * Each window costs a pass over every id: keep it large (`fileSlots`: 262,144 slots, 1 MB).
   */
  readonly rebuildWindow?: number;
  /** Sets slots `from` … `from + indexes.length − 1` at once (those no id is in hold anything: they are never read). */
  setRange?(from: number, indexes: Int32Array): void;
  get(slot: number): number;
  set(slot: number, index: number): void;
  /** Frees what the map holds; it is not read after. */
  close?(): void;
}

export function memorySlots(): SlotMap {
  let slots = new Int32Array(0);
  return {
    reset: (size) => void (slots = new Int32Array(size)),
    get: (slot) => slots[slot]!,
    set: (slot, index) => void (slots[slot] = index),
    close: () => void (slots = new Int32Array(0)),
  };
}

/**
 * The ids of a plan's programmes, in input order, with the check that each is new: a
 * `StringList`, and an open-addressing table (load ≤ 1/2) placed by one 32-bit hash of the id
 * (FNV-1a) holding a 16-bit fingerprint from a second one, with the index of the id in each used
 * slot kept in a `SlotMap`. A slot's index and its id are read only when the fingerprint is the
 * one looked up (a repeated id, or one visited slot in 65,535): with the ids and the slot map in
 * files, the check keeps 4 bytes per id in memory; all in memory, 12 bytes plus the characters
 * (an array and a `Set` would take about 55).
 */
export class IdStore {
  /** Per slot, the fingerprint of the id placed there (never 0), 0 when empty. */
  private fingerprints = new Uint16Array(BLOCK * 2);

  /** `ids`, `slots`: where the ids and the slots' indexes go (in memory by default); the store must be their only writer. */
  constructor(
    private readonly ids: StringList = new PackedStrings(),
    private readonly slots: SlotMap = memorySlots(),
  ) {
    // The table indexes what the store adds: a list given with strings in it would have them unchecked.
    if (ids.length !== 0) throw new RangeError(`IdStore: the list of ids must start empty (it holds ${ids.length})`);
    const window = slots.rebuildWindow;
    if (window !== undefined && !(Number.isInteger(window) && window >= 1)) {
      throw new RangeError(`IdStore: a slot map's rebuildWindow must be a whole number ≥ 1, got ${window}`);
    }
    slots.reset(this.fingerprints.length);
  }

  get length(): number {
    return this.ids.length;
  }

  /** The id at `index` (0 ≤ index < length). */
  get(index: number): string {
    return this.ids.get(index);
  }

  has(id: string): boolean {
    return this.find(id, hashesOf(id)) >= 0;
  }

  /** Frees the storage of the ids and the slots (files'); the store is not read after. */
  close(): void {
    this.ids.close?.();
    this.slots.close?.();
  }

  /** Appends `id` and returns its index, or -1 when it is there already (one hashing for both). */
  add(id: string): number {
    const hashes = hashesOf(id);
    if (this.find(id, hashes) >= 0) return -1;
    const index = this.ids.push(id);
    if (this.ids.length * 2 > this.fingerprints.length) this.grow();
    else this.insert(index, hashes);
    return index;
  }

  /** `hashes`: what `hashesOf(id)` gives. */
  private find(id: string, hashes: number): number {
    const mask = this.fingerprints.length - 1;
    const wanted = fingerprintOf(hashes);
    for (let slot = hashes & mask; ; slot = (slot + 1) & mask) {
      const f = this.fingerprints[slot]!;
      if (f === 0) return -1;
      if (f === wanted) {
        const index = this.slots.get(slot);
        if (this.ids.get(index) === id) return index;
      }
    }
  }

  private insert(index: number, hashes: number): void {
    this.slots.set(this.place(hashes), index);
  }

  /** Takes the first free slot from the id's place, marks it with its fingerprint, and returns it. */
  private place(hashes: number): number {
    const mask = this.fingerprints.length - 1;
    let slot = hashes & mask;
    while (this.fingerprints[slot] !== 0) slot = (slot + 1) & mask;
    this.fingerprints[slot] = fingerprintOf(hashes);
    return slot;
  }

  /**
   * Doubles the table and places every id again, read back in index order (one pass over a file).
   * A slot map that takes the new table by windows gets one pass per window: each pass places
   * every id again from an empty table (the same slots each time: same ids, same order) and hands
   * over the indexes of its window's slots, so that a growth at half a million ids holds a window
   * (1 MB), not a table of two million slots (8 MB).
   */
  private grow(): void {
    const size = this.fingerprints.length * 2;
    this.fingerprints = new Uint16Array(size);
    this.slots.reset(size);
    if (!this.slots.setRange) {
      for (let i = 0; i < this.ids.length; i++) this.insert(i, hashesOf(this.ids.get(i)));
      return;
    }
    const window = Math.min(size, this.slots.rebuildWindow ?? size);
    const indexes = new Int32Array(window);
    for (let from = 0; from < size; from += window) {
      if (from) this.fingerprints.fill(0);
      for (let i = 0; i < this.ids.length; i++) {
        const slot = this.place(hashesOf(this.ids.get(i))) - from;
        if (slot >= 0 && slot < window) indexes[slot] = i;
      }
      this.slots.setRange(from, indexes.subarray(0, Math.min(window, size - from)));
    }
  }
}

/**
 * Two hashes of the UTF-16 code units in one pass, in one number: FNV-1a in the low 32 bits
 * (where the id is placed: `hashes & mask`), and the top 16 bits of a multiplicative hash of
 * another seed above them (the fingerprint, 0 read as 1). 48 bits: exact in a double.
 */
function hashesOf(text: string): number {
  let place = 0x811c9dc5;
  let second = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    place = Math.imul(place ^ c, 0x01000193);
    second = Math.imul(second ^ c, 0x5bd1e995) ^ (second >>> 15);
  }
  return ((second >>> 16) || 1) * 0x100000000 + (place >>> 0);
}

const fingerprintOf = (hashes: number): number => Math.floor(hashes / 0x100000000);
