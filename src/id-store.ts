import { detached } from './strings.js';

/**
 * The ids of a plan's programmes, in input order, packed for plans of a million rows.
 *
 * An array of strings plus a `Set` for the duplicate check costs about 55 bytes per short id in V8
 * (a 16-byte header per string, 8 per array slot, about 20 per `Set` entry), all of it in the old
 * generation, which V8 lets grow to a few times its live size between collections: at a million
 * programmes the gap report outgrew `score`. Here ids are concatenated by blocks of 1,024 into one
 * string each, with their end offsets in an `Int32Array`, and the duplicate check is an
 * open-addressing table of indexes keyed by a 32-bit hash (FNV-1a) kept per id: about 12 bytes per
 * id plus its characters.
 */
export class IdStore {
  private static readonly BLOCK_SHIFT = 10;
  private static readonly BLOCK = 1 << IdStore.BLOCK_SHIFT;
  /** Complete blocks: the ids of each, concatenated. */
  private readonly joined: string[] = [];
  /** Per complete block, the end offset of each id in its string. */
  private readonly ends: Int32Array[] = [];
  /** The ids of the block being filled (copies: a substring would keep its whole CSV chunk alive). */
  private pending: string[] = [];
  /** Hash of each id, by index (blocks of BLOCK). */
  private readonly hashes: Int32Array[] = [];
  /** Open addressing: index + 1 of the id whose hash lands there, 0 when empty; load ≤ 1/2. */
  private table = new Int32Array(IdStore.BLOCK * 2);
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** The id at `index` (0 ≤ index < length). */
  get(index: number): string {
    const block = index >>> IdStore.BLOCK_SHIFT;
    const offset = index & (IdStore.BLOCK - 1);
    if (block === this.joined.length) return this.pending[offset]!;
    const ends = this.ends[block]!;
    return this.joined[block]!.slice(offset ? ends[offset - 1]! : 0, ends[offset]!);
  }

  has(id: string): boolean {
    return this.find(id, hashOf(id)) >= 0;
  }

  /** Appends `id` and returns its index, or -1 when it is there already (one hash for both). */
  add(id: string): number {
    const hash = hashOf(id);
    if (this.find(id, hash) >= 0) return -1;
    const index = this.size++;
    const offset = index & (IdStore.BLOCK - 1);
    if (offset === 0) this.hashes.push(new Int32Array(IdStore.BLOCK));
    this.hashes[this.hashes.length - 1]![offset] = hash;
    this.pending.push(detached(id));
    if (this.pending.length === IdStore.BLOCK) this.seal();
    if (this.size * 2 > this.table.length) this.grow();
    else this.insert(index, hash);
    return index;
  }

  /** Joins the pending block into one string. */
  private seal(): void {
    const ends = new Int32Array(IdStore.BLOCK);
    let end = 0;
    this.pending.forEach((id, i) => (ends[i] = end += id.length));
    this.joined.push(this.pending.join(''));
    this.ends.push(ends);
    this.pending = [];
  }

  private hashAt(index: number): number {
    return this.hashes[index >>> IdStore.BLOCK_SHIFT]![index & (IdStore.BLOCK - 1)]!;
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
    for (let i = 0; i < this.size; i++) this.insert(i, this.hashAt(i));
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}
