import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreOrder, type RunBytes } from '../src/report/score-order.js';

/** What the report's order was before runs: score descending, then id as `<` compares strings. */
const reference = (entries: readonly (readonly [number, string])[]): string[] =>
  [...entries].sort(([sa, a], [sb, b]) => sb - sa || (a < b ? -1 : a > b ? 1 : 0)).map(([, id]) => id);

/** A run store in memory that counts what goes through it. */
function memoryBytes(): RunBytes & { writes: number; reads: number; bytes: number; closed: boolean } {
  let data = new Uint8Array(0);
  const store = {
    writes: 0,
    reads: 0,
    bytes: 0,
    closed: false,
    write(bytes: Uint8Array, position: number) {
      if (position + bytes.length > data.length) {
        const larger = new Uint8Array(position + bytes.length);
        larger.set(data);
        data = larger;
      }
      data.set(bytes, position);
      store.writes++;
      store.bytes = data.length;
    },
    read(bytes: Uint8Array, position: number) {
      if (position + bytes.length > data.length) throw new Error(`read past the end: ${position + bytes.length} > ${data.length}`);
      bytes.set(data.subarray(position, position + bytes.length));
      store.reads++;
    },
    close() {
      store.closed = true;
      data = new Uint8Array(0);
    },
  };
  return store;
}

const ordered = (entries: readonly (readonly [number, string])[], runs?: () => RunBytes, runLength?: number, expected?: number): string[] => {
  const order = new ScoreOrder(runs, runLength, expected);
  for (const [score, id] of entries) order.add(score, id);
  return [...order.ids()];
};

// Ids that make comparisons hard: prefixes of each other, astral characters and lone surrogates
// (code-unit order, not code-point order), long ones that do not fit a read buffer.
const idArbitrary = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'é', '\uD83D', '\uDE00', '\uFFFF', '\u0000'), maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.integer({ min: 16_000, max: 40_000 }).map((n) => 'x'.repeat(n)),
);
const scoreArbitrary = fc.oneof(fc.constantFrom(0, -0, 0.35, 0.4099999964237213, 1), fc.double({ min: -1, max: 1, noNaN: true }));

describe('ScoreOrder', () => {
  it('gives the ids by score, then by id, in memory and by merged runs alike (random lists)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(scoreArbitrary, idArbitrary), { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (entries, runLength) => {
        const expected = reference(entries);
        expect(ordered(entries)).toEqual(expected);
        // Told how many entries come (its arrays made once, at that size), or not.
        expect(ordered(entries, undefined, undefined, entries.length)).toEqual(expected);
        const store = memoryBytes();
        expect(ordered(entries, () => store, runLength, entries.length)).toEqual(expected);
        expect(ordered(entries, memoryBytes, runLength)).toEqual(expected);
        if (entries.length > runLength) expect(store.closed).toBe(true);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('writes nothing for a list of one run; a longer list in runs of the given length, read back a buffer at a time', () => {
    let made = 0;
    const store = memoryBytes();
    const runs = () => (made++, store);
    const short = Array.from({ length: 100 }, (_, i) => [(i % 7) / 7, `P${String(i).padStart(7, '0')}`] as const);
    expect(ordered(short, runs, 100)).toEqual(reference(short));
    expect(made).toBe(0);

    const long = Array.from({ length: 10_000 }, (_, i) => [((i * 7919) % 101) / 100, `P${String((i * 31) % 10_000).padStart(7, '0')}`] as const);
    expect(ordered(long, runs, 1_000)).toEqual(reference(long));
    expect(made).toBe(1);
    // Ten runs, one write each; each entry is 12 bytes and 8 code units.
    expect(store.writes).toBe(10);
    expect(store.bytes).toBe(10_000 * (12 + 16));
    // Merging reads each run by 32 KiB pieces, not an entry at a time.
    expect(store.reads).toBeLessThan(30);
    expect(store.closed).toBe(true);
  });

  it('closes its run store when the reading stops early', () => {
    const store = memoryBytes();
    const order = new ScoreOrder(() => store, 3);
    for (let i = 0; i < 10; i++) order.add(i / 10, `id${i}`);
    const ids = order.ids();
    expect(ids.next().value).toBe('id9');
    ids.return(undefined);
    expect(store.closed).toBe(true);
  });
});
