import { detached } from './strings.js';

const BLOCK_SHIFT = 10;
const BLOCK = 1 << BLOCK_SHIFT;

/**
 * Strings appended one by one and read back by index, packed for lists of a million: an array
 * of strings costs about 30 bytes per short string in V8 (a 16-byte header per string, 8 per
 * array slot), all of it in the old generation, which V8 lets grow to a few times its live size
 * between collections. Here strings are concatenated by blocks of 1,024 into one string each,
 * with their end offsets in an `Int32Array`: 4 bytes per string plus its characters.
 */
export class PackedStrings {
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
    const ends = new Int32Array(BLOCK);
    let end = 0;
    this.pending.forEach((text, i) => (ends[i] = end += text.length));
    this.joined.push(this.pending.join(''));
    this.ends.push(ends);
    this.pending = [];
  }
}

/**
 * The ids of a plan's programmes, in input order, with the check that each is new: a
 * `PackedStrings` and an open-addressing table of indexes keyed by a 32-bit hash (FNV-1a) kept per
 * id, about 12 bytes per id plus its characters (an array and a `Set` would take about 55).
 */
export class IdStore {
  private readonly ids = new PackedStrings();
  /** Hash of each id, by index (blocks of BLOCK). */
  private readonly hashes: Int32Array[] = [];
  /** Open addressing: index + 1 of the id whose hash lands there, 0 when empty; load ≤ 1/2. */
  private table = new Int32Array(BLOCK * 2);

  get length(): number {
    return this.ids.length;
  }

  /** The id at `index` (0 ≤ index < length). */
  get(index: number): string {
    return this.ids.get(index);
  }

  has(id: string): boolean {
    return this.find(id, hashOf(id)) >= 0;
  }

  /** Appends `id` and returns its index, or -1 when it is there already (one hash for both). */
  add(id: string): number {
    const hash = hashOf(id);
    if (this.find(id, hash) >= 0) return -1;
    const index = this.ids.push(id);
    const offset = index & (BLOCK - 1);
    if (offset === 0) this.hashes.push(new Int32Array(BLOCK));
    this.hashes[this.hashes.length - 1]![offset] = hash;
    if (this.ids.length * 2 > this.table.length) this.grow();
    else this.insert(index, hash);
    return index;
  }

  private hashAt(index: number): number {
    return this.hashes[index >>> BLOCK_SHIFT]![index & (BLOCK - 1)]!;
  }

  private find(id: string, hash: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) return -1;
      if (this.hashAt(entry - 1) === hash && this.get(entry - 1) === id) return entry - 1;
    }
  }

  private insert(index: number, hash: number): void {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = index + 1;
  }

  private grow(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let i = 0; i < this.ids.length; i++) this.insert(i, this.hashAt(i));
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}
