/**
 * A memo keyed by a span of a string (`text.slice(start, end)`), looked up without making that
 * string: the hash (FNV-1a over the UTF-16 code units) and the comparison read the code units in
 * place. The engine looks every word of every text up in the written-form memo (analyze.ts); with
 * a Map each word first had to become a string of its own and be hashed by V8, which was the
 * largest single cost of scoring a long text (a tenth of the time). Open addressing, linear
 * probing, one Int32Array of [hash, entry + 1] pairs; the key strings are kept to compare with.
 */
export class SpanMemo<V> {
  private slots: Int32Array;
  private mask: number;
  private keys: string[] = [];
  private values: V[] = [];

  /** `limit`: past this many entries the memo starts again empty (bounded memory on adversarial input). */
  constructor(private readonly limit: number) {
    this.slots = new Int32Array(2 * 1024);
    this.mask = 1023;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The value of `text.slice(start, end)`, made by `make(word)` on first sight. */
  get(text: string, start: number, end: number, make: (word: string) => V): V {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const length = end - start;
    const slots = this.slots;
    let at = h & this.mask;
    for (;;) {
      const entry = slots[2 * at + 1]!;
      if (entry === 0) break;
      if (slots[2 * at] === h) {
        const key = this.keys[entry - 1]!;
        // startsWith at an offset compares in place, natively.
        if (key.length === length && text.startsWith(key, start)) return this.values[entry - 1]!;
      }
      at = (at + 1) & this.mask;
    }
    const word = text.slice(start, end);
    const value = make(word);
    if (this.keys.length >= this.limit) {
      this.clear();
      return this.insert(h, word, value);
    }
    // `at` is the free slot the probe stopped on.
    this.keys.push(word);
    this.values.push(value);
    slots[2 * at] = h;
    slots[2 * at + 1] = this.keys.length;
    if (2 * this.keys.length > this.mask) this.grow();
    return value;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.slots = new Int32Array(2 * 1024);
    this.mask = 1023;
  }

  private insert(h: number, word: string, value: V): V {
    this.keys.push(word);
    this.values.push(value);
    this.place(this.slots, this.mask, h, this.keys.length);
    return value;
  }

  private place(slots: Int32Array, mask: number, h: number, entry: number): void {
    let at = h & mask;
    while (slots[2 * at + 1] !== 0) at = (at + 1) & mask;
    slots[2 * at] = h;
    slots[2 * at + 1] = entry;
  }

  private grow(): void {
    const old = this.slots;
    const mask = 2 * (this.mask + 1) - 1;
    const slots = new Int32Array(2 * (mask + 1));
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== 0) this.place(slots, mask, old[at]!, old[at + 1]!);
    this.slots = slots;
    this.mask = mask;
  }
}
