/**
 * The CSV reader: random bytes give rows or a coded error, the same for every chunking; files
 * written from random rows by our writer read back to the same rows, for every chunking.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteField } from '../../src/csv/write.js';
import { SdgAlignError } from '../../src/errors.js';
import { readCsv } from '../../src/node/csv-read.js';
import { SEED, params } from './fuzz.js';

/** The bytes cut at `cuts` (offsets, any order, repeats allowed). */
const chunked = (data: Uint8Array, cuts: readonly number[]): Buffer[] => {
  const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of [...points, data.length]) {
    if (p > from) out.push(Buffer.from(data.subarray(from, p)));
    from = p;
  }
  return out;
};

/** What reading gives: the table, or the error's code and message. */
async function outcome(chunks: Buffer[], delimiter?: string): Promise<unknown> {
  try {
    const table = await readCsv(Readable.from(chunks), { file: 'f.csv', ...(delimiter ? { delimiter } : {}) });
    return { encoding: table.encoding, delimiter: table.delimiter, header: table.header, rows: table.rows };
  } catch (error) {
    if (!(error instanceof SdgAlignError)) throw error;
    return { code: error.code, message: error.message };
  }
}

/** Text UTF-8 cannot encode as it is (it would come back as U+FFFD). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const BYTE = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Buffer.from('a,;\t"\r\n "é')) },
  { weight: 2, arbitrary: fc.constantFrom(0xe9, 0xc3, 0xa9, 0x80, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00, 0xf0, 0x9f) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }) },
);

describe(`CSV reader (seed ${SEED})`, () => {
  it('random bytes: rows or a coded SdgAlignError, identical for every chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(BYTE, { maxLength: 200 }).map((b) => Uint8Array.from(b)), fc.array(fc.nat(), { maxLength: 8 }), async (data, cuts) => {
        const whole = await outcome([Buffer.from(data)]);
        expect(await outcome(chunked(data, cuts))).toEqual(whole);
      }),
      params(40_000),
    );
  });

  const cell = fc
    .string({ unit: fc.oneof(fc.constantFrom('a', 'é', ',', ';', '\t', '"', '\n', '\r', '\r\n', ' ', '=', '\uFEFF', '😀', '€'), fc.string({ unit: 'grapheme', maxLength: 2 })), maxLength: 12 })
    .filter((s) => !LONE_SURROGATE.test(s) && !s.includes('\u0000'));
  const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
    fc.tuple(
      fc.uniqueArray(cell.map((c) => c.trim().replace(/^\uFEFF+/, '')).filter((c) => c !== '' && c === c.trim()), { minLength: columns, maxLength: columns }),
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }).filter((r) => r.some((f) => f !== '')), { maxLength: 6 }),
    ),
  );

  it('RFC 4180 files written from random rows read back to the same header and rows, for every chunking', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), fc.array(fc.nat(), { maxLength: 8 }), async ([header, rows], delimiter, eol, bom, given, cuts) => {
        const text = [header, ...rows].map((r) => r.map((f) => quoteField(f, delimiter)).join(delimiter)).join(eol) + eol;
        const data = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
        const got = (await outcome(chunked(data, cuts), given ? delimiter : undefined)) as { header: string[]; rows: { values: string[] }[] };
        expect(got.header).toEqual(header);
        expect(got.rows.map((r) => r.values)).toEqual(rows);
      }),
      params(40_000),
    );
  });
});
