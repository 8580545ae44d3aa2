/** The Node layer: encodings, delimiters, the CSV parser and reader, cells, atomic output, sections. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { SdgAlignError } from '../src/errors.js';
import {
  CP1252_HIGH,
  CsvParser,
  StreamDecoder,
  columnKey,
  decodeBytes,
  decodeWindows1252,
  defaultTextColumn,
  detectDelimiter,
  detectEncoding,
  fileOutput,
  findColumn,
  looksBinary,
  neutraliseCell,
  openCsv,
  parseCsv,
  pickLongestColumn,
  quoteField,
  csvLine,
  textCell,
  readCsv,
  requireColumn,
  splitDocument,
  streamOutput,
} from '../src/node/index.js';
import { parseHeading } from '../src/markdown/sections.js';
import { chooseColumns, programmeReader } from '../src/csv/programmes.js';
import { openCsvText } from '../src/csv/table.js';
import { sdgFramework } from '../src/frameworks/sdg.js';
import { fileSpool } from '../src/node/score-spool.js';
import { fileSlots, fileStrings } from '../src/node/string-spool.js';
import { renderJsonChunks } from '../src/render/json.js';
import { createGapAccumulator, type ScoreSpool } from '../src/report/index.js';
import { scoreResult } from './helpers/results.js';
import { IdStore, PackedStrings } from '../src/id-store.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1252 = (s: string) => Buffer.from(s, 'latin1');

function thrown(fn: () => unknown): SdgAlignError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SdgAlignError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('detectEncoding', () => {
  it('reads UTF-8 with and without BOM, UTF-16 with BOM', () => {
    expect(detectEncoding(utf8('Rénovation'))).toBe('utf8');
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe('utf8-bom');
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0))).toBe('utf16le');
    expect(detectEncoding(utf8('ascii only'))).toBe('utf8');
  });
  it('takes invalid UTF-8 as Windows-1252', () => {
    expect(detectEncoding(cp1252('R\xe9novation'))).toBe('windows-1252');
  });
  it('does not count a character cut at the end as invalid', () => {
    expect(detectEncoding(utf8('é').subarray(0, 1))).toBe('utf8');
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F by the Windows-1252 table, not Latin-1 (nodejs/node#60888)', () => {
    expect(decodeWindows1252(bytes(0x80, 0x92, 0x9c, 0xe9, 0x41))).toBe('€’œéA');
    expect(CP1252_HIGH).toHaveLength(32);
    expect(decodeWindows1252(bytes(0x81))).toBe('\u0081');
  });
  it('decodes the same without Node\'s Buffer (a browser, a Web Worker)', () => {
    const all = Uint8Array.from({ length: 20_000 }, (_, i) => 0x20 + (i % 0xe0));
    const file = new Uint8Array(cp1252('id;titre\n1;\x93oui\x94 \x80\n'));
    const withBuffer = [decodeWindows1252(all), decodeBytes(file).text];
    vi.stubGlobal('Buffer', undefined);
    try {
      expect([decodeWindows1252(all), decodeBytes(file).text]).toEqual(withBuffer);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(withBuffer[1]).toBe('id;titre\n1;“oui” €\n');
  });
});

describe('decodeBytes', () => {
  it('drops the BOM and decodes', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('été')))).toEqual({ text: 'été', encoding: 'utf8-bom' });
    expect(decodeBytes(cp1252('\x93oui\x94 \x80'))).toEqual({ text: '“oui” €', encoding: 'windows-1252' });
    expect(decodeBytes(utf8('\u00e9'), { encoding: 'windows-1252' }).text).toBe('Ã©');
  });
  it('refuses binary content', () => {
    const error = thrown(() => decodeBytes(bytes(0x41, 0, 0x42), { file: 'x.bin' }));
    expect(error.code).toBe('FILE_BINARY');
    expect(error.message).toMatchInlineSnapshot(`"x.bin: looks like a binary file (NUL bytes in the first 8192 bytes), not text or CSV."`);
  });
  it('decodes UTF-16LE with a BOM (Excel "Unicode text"), also streamed', async () => {
    const data = Buffer.concat([bytes(0xff, 0xfe), Buffer.from('id\ttext\n1\tété\n', 'utf16le')]);
    const table = await readCsv(Readable.from([data.subarray(0, 5), data.subarray(5)]));
    expect(table).toMatchObject({ encoding: 'utf16le', delimiter: '\t', header: ['id', 'text'] });
    expect(table.rows[0]!.values).toEqual(['1', 'été']);
    expect(decodeBytes(Buffer.concat([bytes(0xff, 0xfe), Buffer.from('a;é', 'utf16le')])).text).toBe('a;é');
  });
});

describe('looksBinary', () => {
  it('looks for NUL in the first 8 KB only', () => {
    expect(looksBinary(bytes(0x41, 0x00))).toBe(true);
    const late = new Uint8Array(9000).fill(0x41);
    late[8500] = 0;
    expect(looksBinary(late)).toBe(false);
  });
});

describe('StreamDecoder', () => {
  it('keeps a multi-byte character split across chunks', () => {
    const d = new StreamDecoder();
    const all = utf8('aé€b');
    expect(d.decode(all.subarray(0, 2)) + d.decode(all.subarray(2, 5)) + d.decode(all.subarray(5)) + d.end()).toBe('aé€b');
    expect(d.encoding).toBe('utf8');
  });
  it('decides Windows-1252 when the first non-ASCII line is not UTF-8, even after much ASCII', () => {
    const d = new StreamDecoder();
    expect(d.decode(utf8('plain ascii, '))).toBe('plain ascii, ');
    expect(d.decode(cp1252('r\xe9novation'))).toBe('rénovation');
    expect(d.encoding).toBe('windows-1252');
    expect(d.decode(cp1252(' \x80'))).toBe(' €');
  });
  it('any chunking gives the same text', () => {
    const text = 'Rénovation énergétique – œuvre “citoyenne” 😀 fin';
    const data = utf8(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: data.length }), { maxLength: 6 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const d = new StreamDecoder();
        let out = '';
        let from = 0;
        for (const p of [...points, data.length]) {
          out += d.decode(data.subarray(from, p));
          from = p;
        }
        expect(out + d.end()).toBe(text);
      }),
    );
  });
});

/** Feeds `data` to a decoder cut at `points`; the text, or the error it throws. */
function decodeCut(data: Uint8Array, points: readonly number[], mode: 'auto' | 'utf8' = 'auto'): string | { code: string; message: string } {
  const d = new StreamDecoder(mode, { file: 'f.csv' });
  let out = '';
  let from = 0;
  try {
    for (const p of [...points, data.length]) {
      out += d.decode(data.subarray(from, p));
      from = p;
    }
    return out + d.end();
  } catch (error) {
    if (!(error instanceof SdgAlignError)) throw error;
    return { code: error.code, message: error.message };
  }
}
const cutPoints = (length: number) => fc.array(fc.integer({ min: 0, max: length }), { maxLength: 6 }).map((c) => [...new Set(c)].sort((a, b) => a - b));

describe('encoding: decided once, from the start', () => {
  const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `${from + i},Rénovation énergétique n°${from + i}\n`).join('');

  it('an invalid byte far into a UTF-8 file is an error naming file:line:column, not a re-decoding of its chunk', async () => {
    const data = Buffer.concat([utf8(`id,text\n${rows(1, 3001)}`), utf8('3001,Accès à l'), Buffer.from([0xe9]), utf8(`au\n${rows(3002, 5002)}`)]);
    expect(data.length).toBeGreaterThan(2 * 65536);
    const chunks = [];
    for (let i = 0; i < data.length; i += 65536) chunks.push(data.subarray(i, i + 65536));
    await expect(readCsv(Readable.from(chunks), { file: 'big.csv' })).rejects.toMatchObject({
      code: 'ENCODING',
      message: expect.stringMatching(/^big\.csv:3002:15: invalid UTF-8 \(byte 0xE9\)/),
    });
  });

  it('with --encoding utf8 the invalid byte is a U+FFFD in its row only', async () => {
    const data = Buffer.concat([utf8(`id,text\n${rows(1, 3001)}`), utf8('3001,Accès à l'), Buffer.from([0xe9]), utf8(`au\n${rows(3002, 5002)}`)]);
    const table = await readCsv(Readable.from([data.subarray(0, 100_000), data.subarray(100_000)]), { encoding: 'utf8' });
    expect(table.rows).toHaveLength(5001);
    const changed = table.rows.filter((r) => r.values[1] !== `Rénovation énergétique n°${r.values[0]}`);
    expect(changed.map((r) => r.values)).toEqual([['3001', 'Accès à l\uFFFDau']]);
  });

  it('the decision and the text do not depend on how the bytes are cut', () => {
    const piece = fc.constantFrom(utf8('a'), utf8('é'), utf8('€'), utf8('😀'), utf8('\n'), utf8('\r\n'), utf8(','), bytes(0xe9), bytes(0x80), bytes(0xc3), bytes(0xef, 0xbb, 0xbf));
    const input = fc.array(piece, { maxLength: 40 }).map((parts) => Uint8Array.from(parts.flatMap((p) => [...p])));
    fc.assert(
      fc.property(input.chain((data) => fc.tuple(fc.constant(data), cutPoints(data.length))), fc.constantFrom('auto' as const, 'utf8' as const), ([data, points], mode) => {
        expect(decodeCut(data, points, mode)).toEqual(decodeCut(data, [], mode));
      }),
      { numRuns: 500 },
    );
  });

  it('a U+FEFF inside the text is kept wherever the bytes are cut (only a leading BOM is dropped)', () => {
    const data = utf8('\uFEFFid,text\n1,a\uFEFFb\n\uFEFF2,c\n');
    for (let cut = 0; cut <= data.length; cut++) expect(decodeCut(data, [cut])).toBe('id,text\n1,a\uFEFFb\n\uFEFF2,c\n');
  });

  it('a UTF-8 first non-ASCII line makes the file UTF-8; a Windows-1252 one makes it Windows-1252', () => {
    expect(decodeCut(Buffer.concat([utf8('id,text\n1,é\n2,'), bytes(0xe9), utf8('\n')]), [])).toMatchObject({ code: 'ENCODING', message: expect.stringMatching(/^f\.csv:3:3: invalid UTF-8/) });
    expect(decodeCut(Buffer.concat([utf8('id,text\n1,'), bytes(0xe9), utf8('\n2,'), utf8('é'), utf8('\n')]), [])).toBe('id,text\n1,é\n2,Ã©\n');
  });
});

describe('detectDelimiter', () => {
  it('counts , ; and tab on the header line, outside quotes', () => {
    expect(detectDelimiter('id,text,goals\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('id;texte;"a,b,c"\r\n')).toBe(';');
    expect(detectDelimiter('id\ttext\tgoals\n')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
  });
  it('prefers ; on a tie and , when there is none', () => {
    expect(detectDelimiter('nom, prénom;ville\n')).toBe(';');
    expect(detectDelimiter('text\n')).toBe(',');
  });
});

describe('CsvParser', () => {
  it('reads CRLF, quoted delimiters, quotes and line breaks, and gives each record its line', () => {
    const records = parseCsv('id;text\r\n1;"a;b ""c""\r\nsuite"\r\n\r\n2;x\r\n3;"y"', { delimiter: ';' });
    expect(records).toEqual([
      { fields: ['id', 'text'], line: 1 },
      { fields: ['1', 'a;b "c"\r\nsuite'], line: 2 },
      { fields: ['2', 'x'], line: 5 },
      { fields: ['3', 'y'], line: 6 },
    ]);
  });
  it('keeps a stray quote inside an unquoted field', () => {
    expect(parseCsv('a,b"c,d\n', { delimiter: ',' })[0]!.fields).toEqual(['a', 'b"c', 'd']);
  });
  it('reports an unclosed quote at the line and column where it opens', () => {
    const error = thrown(() => parseCsv('id,text\n1,ok\n2,"never\nclosed\n3,x\n', { delimiter: ',', file: 'plan.csv' }));
    expect(error.code).toBe('CSV_FORMAT');
    expect(error.details).toMatchObject({ file: 'plan.csv', line: 3, column: 3 });
    expect(error.message).toMatchInlineSnapshot(`"plan.csv:3:3: malformed CSV: unclosed quoted field (a \`"\` opens a field that never closes)."`);
  });
  it('reports text after a closing quote with its position, counting lines inside quoted fields', () => {
    const error = thrown(() => parseCsv('a,b\n"x\r\ny",z\n1,"q"w\n', { delimiter: ',', file: 'f.csv' }));
    expect(error.message).toMatchInlineSnapshot(`"f.csv:4:6: malformed CSV: unexpected "w" after a closing quote (a quote inside a quoted field must be doubled: "")."`);
  });
  it('refuses a runaway field', () => {
    expect(thrown(() => parseCsv(`a\n"${'x'.repeat(100)}`, { delimiter: ',', maxFieldLength: 50 })).code).toBe('CSV_FORMAT');
  });
  it('gives the same records and lines whatever the chunking', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', '\r\n', ' ', ';') , maxLength: 8 });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 5 }), fc.constantFrom('\n', '\r\n'), (rows, cuts, eol) => {
        const text = rows.map((r) => r.map((f) => quoteField(f)).join(',')).join(eol) + eol;
        const whole = parseCsv(text, { delimiter: ',' });
        const parser = new CsvParser({ delimiter: ',' });
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const got = [];
        let from = 0;
        for (const p of [...points, text.length]) {
          got.push(...parser.push(text.slice(from, p)));
          from = p;
        }
        got.push(...parser.finish());
        expect(got).toEqual(whole);
        expect(whole.map((r) => r.fields)).toEqual(rows);
      }),
    );
  });
});

describe('openCsv / readCsv', () => {
  it('is a stream: rows arrive before the input ends', async () => {
    const input = new PassThrough();
    input.write('id;text\n1;première ligne\n2;deuxième\n');
    const table = await openCsv(input, { file: 'live' });
    expect(table.header).toEqual(['id', 'text']);
    expect(table.delimiter).toBe(';');
    const first = await table.rows.next();
    expect(first.value).toEqual({ index: 1, line: 2, values: ['1', 'première ligne'] });
    // The input is still open: the reader did not wait for its end.
    expect(input.writableEnded).toBe(false);
    input.end('3;fin\n');
    const rest = [];
    for await (const row of table.rows) rest.push(row.values[0]);
    expect(rest).toEqual(['2', '3']);
  });
  it('hands on the first rows of a burst without waiting for more input, whatever the burst size', async () => {
    const input = new PassThrough();
    input.write('t\n');
    const table = await openCsv(input, { file: 'live' });
    expect(table.header).toEqual(['t']);
    input.write('a\n');
    expect((await table.rows.next()).value).toMatchObject({ values: ['a'] });
    input.end();
  }, 10_000);
  it('reads a header whose quoted field holds a line break, cut anywhere, with the same delimiter and rows', async () => {
    const text = '"multi\nline";id,x;y\r\n"a,b";1;3\n';
    const data = utf8(text);
    const whole = await readCsv(Readable.from([data]));
    expect(whole.delimiter).toBe(';');
    expect(whole.header).toEqual(['multi\nline', 'id,x', 'y']);
    for (let cut = 1; cut < data.length; cut++) {
      const table = await readCsv(Readable.from([data.subarray(0, cut), data.subarray(cut)]));
      expect({ cut, ...table }).toEqual({ cut, ...whole });
    }
  });
  it('reports the first problem of the input (malformed row, invalid byte, NUL), however it is cut (found by fuzzing)', async () => {
    const outcome = async (chunks: Uint8Array[]) => readCsv(Readable.from(chunks.map((c) => Buffer.from(c))), { file: 'f.csv' }).then(() => 'rows', (e: SdgAlignError) => `${e.code}: ${e.message}`);
    for (const data of [
      bytes(167, 13, 44, 96, 10, 34, 34, 173, 9, 204), // a row with too many fields, then a malformed one
      bytes(239, 10, 34, 9, 34, 97, 9, 0, 97), // a malformed row, then a NUL
      bytes(195, 177, 10, 195, 97, 0, 34), // an invalid UTF-8 byte, then a NUL
    ]) {
      const whole = await outcome([data]);
      for (let cut = 1; cut < data.length; cut++) expect(await outcome([data.subarray(0, cut), data.subarray(cut)])).toBe(whole);
      for (let cut = 1; cut < data.length - 1; cut++) expect(await outcome([data.subarray(0, cut), data.subarray(cut, cut + 1), data.subarray(cut + 1)])).toBe(whole);
    }
  });
  it('closes the input when the caller stops early', async () => {
    const input = Readable.from((function* () {
      yield Buffer.from('id,text\n');
      for (let i = 0; i < 1e6; i++) yield Buffer.from(`${i},x\n`);
    })());
    const table = await openCsv(input);
    for await (const row of table.rows) if (row.index === 3) break;
    expect(input.destroyed).toBe(true);
  });
  it('decodes Windows-1252 with ; and CRLF, fills short rows, skips ";;;" rows', async () => {
    const table = await readCsv(Readable.from([cp1252('id;libell\xe9;x\r\n1;\x93R\xe9novation\x94\r\n;;\r\n2;b;c\r\n')]));
    expect(table.encoding).toBe('windows-1252');
    expect(table.header).toEqual(['id', 'libellé', 'x']);
    expect(table.rows.map((r) => r.values)).toEqual([
      ['1', '“Rénovation”', ''],
      ['2', 'b', 'c'],
    ]);
  });
  it('an empty input has no header and no rows', async () => {
    expect(await readCsv(Readable.from([]))).toMatchObject({ header: [], rows: [] });
  });
  it('names the file and line of a row with too many fields', async () => {
    await expect(readCsv(Readable.from(['a,b\n1,2\n3,4,5\n']), { file: 'x.csv' })).rejects.toThrow(/^x\.csv:3: malformed CSV: 3 fields but the header has 2/);
  });
  it('a missing file is FILE_UNREADABLE', async () => {
    await expect(openCsv(join(tmpdir(), 'sdg-align-does-not-exist.csv'), { file: 'nope.csv' })).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: 'nope.csv: cannot read: no such file.' });
  });
});

describe('columns', () => {
  it('match ignoring case, accents, spaces, _ and -', () => {
    expect(columnKey('Libellé de l’action')).toBe('libelle de l’action');
    expect(findColumn(['ID', 'Plan_Type', 'LIBELLÉ'], 'plan-type')).toBe(1);
    expect(findColumn(['ID', 'Plan_Type', 'LIBELLÉ'], 'libelle')).toBe(2);
    expect(findColumn(['a'], 'b')).toBe(-1);
  });
  it('a missing column lists the existing ones', () => {
    const error = thrown(() => requireColumn(['id', 'texte'], 'description', 'a.csv', '--text-column'));
    expect(error.code).toBe('CSV_MISSING_COLUMN');
    expect(error.message).toMatchInlineSnapshot(`"a.csv: no column "description" (--text-column); the columns are: "id", "texte"."`);
  });
  it('default text column: by name, else the longest', () => {
    expect(defaultTextColumn(['id', 'Titre', 'Description'])).toBe(2);
    expect(defaultTextColumn(['id', 'x'])).toBe(-1);
    expect(pickLongestColumn(['id', 'a', 'b'], [['1', 'short', 'a much longer text'], ['2', 'x', 'y']], [0])).toBe(2);
  });
});

describe('chooseColumns and programmeReader (the CLI\'s and the page\'s column rule)', () => {
  const table = (text: string) => openCsvText((async function* () { yield text; })(), { file: 'plan.csv' });
  const rows = async (columns: Awaited<ReturnType<typeof chooseColumns>>) => {
    const out = [];
    for await (const row of columns.rows()) out.push(row);
    return out;
  };
  it('guesses id and title by name, the text by name, else the longest other column; the plan type only from given names', async () => {
    const named = await chooseColumns(await table('N° fiche;Titre;Type de plan;Description\n1;a;pcaet;b\n'), { guess: true });
    expect([named.id, named.title, named.text, named.planType]).toEqual([0, 1, [3], -1]);
    const typed = await chooseColumns(await table('N° fiche;Titre;Type de plan;Description\n1;a;pcaet;b\n'), { guess: true, planTypeNames: ['type de plan'] });
    expect(typed.planType).toBe(2);
    const longest = await chooseColumns(await table('ref;nom;corps;autre\nA1;Vélo;Pistes cyclables et stationnement sécurisé;x\n'), { guess: true });
    expect([longest.id, longest.title, longest.text]).toEqual([0, 1, [2]]);
    expect(await rows(longest)).toHaveLength(1); // the rows read to choose come back
    expect((await chooseColumns(await table(''), { guess: true })).text).toEqual([]);
  });
  it('ids trimmed, else the row number; a repeated id names its line; the text columns trimmed and joined', async () => {
    const columns = await chooseColumns(await table('id;titre;texte\n A1 ; Vélo ;Pistes\n;Bus;Lignes\nA1;;Autre\n'), { guess: true });
    const read = programmeReader(columns);
    expect((await rows(columns)).map(read)).toEqual([
      { id: 'A1', title: 'Vélo', text: 'Pistes', line: 2 },
      { id: '2', title: 'Bus', text: 'Lignes', line: 3 },
      { id: 'A1 (line 4)', text: 'Autre', line: 4 },
    ]);
    const two = programmeReader({ id: -1, title: -1, text: [0, 1] });
    expect(two({ index: 1, line: 2, values: [' Vélo ', ' pistes '] })).toEqual({ id: '1', text: 'Vélo\npistes', line: 2 });
  });
  it('never gives an id twice, even where the file already holds the one it would make, and keeps them in the store it is given', async () => {
    const columns = await chooseColumns(await table('id;texte\nA1;a\nA1 (line 4);b\nA1;c\nA1 (line 4) #2;d\nA1;e\n'), { guess: true });
    const ids = new IdStore();
    const given = (await rows(columns)).map(programmeReader(columns, ids)).map((p) => p.id);
    expect(given).toEqual(['A1', 'A1 (line 4)', 'A1 (line 4) #2', 'A1 (line 4) #2 (line 5)', 'A1 (line 6)']);
    expect(Array.from({ length: ids.length }, (_, i) => ids.get(i))).toEqual(given);
  });
});

describe('CSV cells', () => {
  it('neutralises formula starts with a leading quote', () => {
    for (const v of ['=1+1', '+33', '-x', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(v)).toBe(`'${v}`);
    expect(neutraliseCell('PCAET-01')).toBe('PCAET-01');
    expect(neutraliseCell('')).toBe('');
  });
  it('quotes delimiters, quotes and line breaks', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('a;b', ';')).toBe('"a;b"');
    expect(quoteField('plain')).toBe('plain');
  });
  it('quotes every cell holding , ; tab, a quote or a line break, whatever the delimiter (French Excel splits on ;)', () => {
    for (const v of ['a;b', 'a,b', 'a\tb', 'a"b', 'a\nb', 'a\rb']) expect(quoteField(v)).toBe(`"${v.replace(/"/g, '""')}"`);
    expect(textCell("x;=cmd|' /C calc'!A0;")).toBe(`"x;=cmd|' /C calc'!A0;"`);
    expect(csvLine([textCell('a;b'), '0.1000'], ',')).toBe('"a;b",0.1000\n');
  });
  it('guards formula starts hidden behind leading spaces or quotes', () => {
    expect(neutraliseCell('  =1+1')).toBe("'  =1+1");
    expect(neutraliseCell('"=cmd"')).toBe(`'"=cmd"`);
    expect(neutraliseCell(' " @SUM(A1)')).toBe(`' " @SUM(A1)`);
    expect(neutraliseCell(' \tx')).toBe("' \tx");
    expect(neutraliseCell('  plain')).toBe('  plain');
    expect(textCell('"=cmd"')).toBe(`"'""=cmd"""`);
  });
});

describe('fileOutput', () => {
  it('writes through a temp file renamed on commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdg-align-out-'));
    const out = fileOutput(join(dir, 'r.csv'));
    await out.write('a\n');
    expect(existsSync(join(dir, 'r.csv'))).toBe(false);
    await out.commit();
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe('a\n');
    expect(readdirSync(dir)).toEqual(['r.csv']);
  });
  it('leaves nothing on abort', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdg-align-out-'));
    const out = fileOutput(join(dir, 'r.csv'));
    await out.write('partial');
    await out.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
  it('fails with the path, before writing anything, when the directory does not exist', () => {
    const error = thrown(() => fileOutput(join(tmpdir(), 'sdg-align-no-dir', 'r.csv'), 'out/r.csv'));
    expect([error.code, error.message]).toEqual(['FILE_UNWRITABLE', 'out/r.csv: cannot write: no such directory.']);
  });
});

describe('streamOutput', () => {
  it('turns EPIPE into closed, without throwing', async () => {
    const stream = new PassThrough();
    const out = streamOutput(stream);
    await out.write('a');
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(out.closed).toBe(true);
    await out.write('b');
    await out.commit();
  });
});

describe('splitDocument', () => {
  it('splits at headings: the lone first H1 is the title, grouping headings are skipped', () => {
    const doc = splitDocument('# PCAET de Vernèche\n\nIntro.\n\n## Axe 1\n### Action 1.1\n\nRénovation.\n\n### Action 1.2\nVélo.\n\n## Action 2\n\nEau.\n');
    expect(doc.title).toBe('PCAET de Vernèche');
    expect(doc.titleLine).toBe(1);
    expect(doc.sections).toEqual([
      { id: 'Action 1.1', title: 'Action 1.1', text: 'Rénovation.', line: 6 },
      { id: 'Action 1.2', title: 'Action 1.2', text: 'Vélo.', line: 10 },
      { id: 'Action 2', title: 'Action 2', text: 'Eau.', line: 13 },
    ]);
  });
  it('ignores # lines inside fenced code and makes repeated headings unique', () => {
    const doc = splitDocument('## A\n```\n# not a heading\n```\n## A\nx\n');
    expect(doc.sections.map((s) => [s.id, s.line])).toEqual([
      ['A', 1],
      ['A (line 5)', 5],
    ]);
  });
  it('without headings: paragraphs, a short first line being the title', () => {
    const doc = splitDocument('RAPPORT DD 2025\n\nPremier paragraphe\nsur deux lignes.\n\n\nSecond.\r\n');
    expect(doc.title).toBe('RAPPORT DD 2025');
    expect(doc.sections).toEqual([
      { id: 'line 3', text: 'Premier paragraphe\nsur deux lignes.', line: 3 },
      { id: 'line 7', text: 'Second.', line: 7 },
    ]);
  });
});

describe('splitDocument: linear in the length of its input', () => {
  it('a heading holding long runs of spaces (5 KB took 32 s with a backtracking regex) is read in one pass', () => {
    const spaces = ' '.repeat(20_000);
    const doc = splitDocument(`# Plan\n\n## Action${spaces}1${spaces}#${spaces}x\ntexte\n\n##${spaces}\n\n## Fin${spaces}##${spaces}\neau\n`);
    expect(doc.sections.map((s) => s.id)).toEqual([`Action${spaces}1${spaces}#${spaces}x`, 'Fin']);
  }, 10_000);

  it('reads headings as CommonMark does (closing #s after a space, 1 to 6 #, up to 3 spaces before)', () => {
    const heading = (line: string) => parseHeading(line);
    expect(heading('## Titre ##')).toEqual({ level: 2, text: 'Titre' });
    expect(heading('### Titre ## suite')).toEqual({ level: 3, text: 'Titre ## suite' });
    expect(heading('#\tTab')).toEqual({ level: 1, text: 'Tab' });
    expect(heading('   # Indented')).toEqual({ level: 1, text: 'Indented' });
    expect(heading('##')).toEqual({ level: 2, text: '' });
    expect(heading('## ###')).toEqual({ level: 2, text: '' });
    expect(heading('    # code')).toBeUndefined();
    expect(heading('####### seven')).toBeUndefined();
    expect(heading('#hashtag')).toBeUndefined();
  });

  it('takes at most a fixed number of steps per character of a line (property, no timing)', () => {
    const line = fc.string({ unit: fc.constantFrom(' ', '\t', '#', 'a', 'é', '\\'), maxLength: 400 });
    fc.assert(
      fc.property(line, (text) => {
        const steps = { count: 0 };
        parseHeading(text, steps);
        expect(steps.count).toBeLessThanOrEqual(3 * text.length + 3);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fileSpool (the scores of a large plan wait for its gap report in a temporary file)', () => {
  /**
   * 10,000 programmes (three blocks of the score store and a part): scores that differ below
   * what a 32-bit float keeps (ties broken by id once read back), titles on some, a person's
   * review on others.
   */
  const plan = Array.from({ length: 10_000 }, (_, i) => {
    const result = scoreResult(`P${(i * 7919) % 10_000}`, { 7: ((i * 37) % 100) / 100 + (i % 3) * 1e-9, 11: (i % 10) / 10, 13: 0.35 }, { '7.2': 0.5, '11.2': 0.4 });
    return {
      ...result,
      ...(i % 4 === 0 ? { title: `Action n° ${i} — rénovation` } : {}),
      ...(i % 250 === 0 ? { review: { confirmed: [3 as const], rejected: [7 as const] } } : {}),
    };
  });
  const report = (spool?: ScoreSpool, ids?: IdStore) => {
    const accumulator = createGapAccumulator({ framework: sdgFramework, planType: 'pcaet', threshold: 0.35 }, { ...(spool ? { spool } : {}), ...(ids ? { ids } : {}) });
    for (const programme of plan) accumulator.add(programme);
    const text = [...renderJsonChunks(accumulator.lazyReport())].join('');
    spool?.close();
    ids?.close();
    return text;
  };

  it('gives the report kept in memory, byte for byte, with the file unlinked while it is used', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sdg-spool-'));
    const inMemory = report();
    const seen: string[][] = [];
    const spool = fileSpool({ folder, inMemoryBlocks: 1 });
    const watched: ScoreSpool = { ...spool, write: (k, block) => (spool.write(k, block), void seen.push(readdirSync(folder))) };
    expect(report(watched)).toBe(inMemory);
    expect(seen).toEqual([[], []]);
    expect(readdirSync(folder)).toEqual([]);
    rmSync(folder, { recursive: true });
    expect(JSON.parse(inMemory).programmes[1].title).toBeUndefined();
    expect(JSON.parse(inMemory).programmes[4].title).toBe('Action n° 4 — rénovation');
  });

  it('with the ids in a temporary file too: the same bytes, a repeated id still found, nothing left behind', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sdg-spool-'));
    const inMemory = report();
    const ids = new IdStore(fileStrings({ folder, inMemoryBlocks: 1 }), fileSlots({ folder }));
    const seen: string[] = [];
    const spool = fileSpool({ folder, inMemoryBlocks: 1 });
    const watched: ScoreSpool = { ...spool, write: (k, block) => (spool.write(k, block), void seen.push(...readdirSync(folder))) };
    expect(report(watched, ids)).toBe(inMemory);
    expect(seen).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
    // Ids in blocks written to the file: found again by the duplicate check, read back in order.
    const again = new IdStore(fileStrings({ folder, inMemoryBlocks: 1 }), fileSlots({ folder }));
    for (let i = 0; i < 5000; i++) again.add(`P${i}`);
    expect(again.add('P4000')).toBe(-1);
    expect(again.add('P1500')).toBe(-1);
    expect(again.add('P5000')).toBe(5000);
    again.close();
    rmSync(folder, { recursive: true });
  });

  it('once a plan outgrows the blocks kept in memory, they go to the file too (scores and ids)', () => {
    const parent = mkdtempSync(join(tmpdir(), 'sdg-spool-'));
    const spool = fileSpool({ folder: parent, inMemoryBlocks: 2 });
    const blocks = [0, 1, 2].map((k) => new Float32Array(34).fill(k + 0.5));
    expect(spool.write(0, blocks[0]!)).toBeUndefined();
    expect(spool.write(1, blocks[1]!)).toBeUndefined();
    expect(spool.read(1, 34)).toBe(blocks[1]);
    // The third block: the spool copies it (the store may fill it again) and the first two are read from the file.
    expect(spool.write(2, blocks[2]!)).toBe(blocks[2]);
    const first = spool.read(0, 34);
    expect(first).not.toBe(blocks[0]);
    expect([...first]).toEqual([...blocks[0]!]);
    expect([...spool.read(1, 34)]).toEqual([...blocks[1]!]);
    spool.close();
    // Ids: the 1,025th of a one-block head writes the head to the file at once (a missing folder says so then, not 1,023 ids later).
    const ids = fileStrings({ folder: join(parent, 'gone'), inMemoryBlocks: 1 });
    for (let i = 0; i < 1024; i++) ids.push(`P${i}`);
    expect((thrown(() => ids.push('P1024')) as SdgAlignError).code).toBe('FILE_UNWRITABLE');
    expect(readdirSync(parent)).toEqual([]);
    rmSync(parent, { recursive: true });
  });

  it('fileStrings gives back what it was given, in and out of its file, lone surrogates included', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sdg-spool-'));
    const list = fileStrings({ folder, inMemoryBlocks: 1 });
    const given = Array.from({ length: 4500 }, (_, i) => (i % 5 === 0 ? '' : i % 5 === 1 ? `🌍${i}é` : i % 5 === 2 ? `\ud800${i}\udfff` : i % 5 === 3 ? `programme d'action n° ${i} — Écoquartier`.repeat(3) : `A-${i}`));
    given.forEach((text, i) => expect(list.push(text)).toBe(i));
    expect(readdirSync(folder)).toEqual([]); // the file is open, its name already gone
    expect(list.length).toBe(4500);
    expect(Array.from({ length: list.length }, (_, i) => list.get(i))).toEqual(given);
    // Out of order: each read finds its block (the head, the file, the block being filled).
    for (const i of [4499, 5, 3000, 1024, 1023, 2048, 4096, 0, 2049]) expect(list.get(i)).toBe(given[i]);
    list.close();
    expect(list.length).toBe(0);
    rmSync(folder, { recursive: true });
  });

  it('fileSlots: a small plan never touches the disk; past its head, one write per id and a rebuilt table by windows', () => {
    const parent = mkdtempSync(join(tmpdir(), 'sdg-spool-'));
    const gone = join(parent, 'gone');
    // 30,000 ids fit the head: no file is opened, so a missing folder is never noticed.
    const small = new IdStore(fileStrings({ folder: gone }), fileSlots({ folder: gone }));
    for (let i = 0; i < 30_000; i++) small.add(`A${i}`);
    expect(small.add('A29999')).toBe(-1);
    small.close();
    // No head at all: the first id placed opens the file.
    const tiny = thrown(() => new IdStore(new PackedStrings(), fileSlots({ folder: gone, inMemorySlots: 0 })).add('A1'));
    expect((tiny as SdgAlignError).code).toBe('FILE_UNWRITABLE');
    expect(tiny.message).toMatch(/\/gone\/\.sdg-align-id-slots\.\d+\.[0-9a-f]{8}\.tmp: cannot write: no such directory\.$/);
    // A head of 4,096 slots: the table moves to the file at its growth past 2,048 ids (rebuilt by
    // windows of 1,000 slots, which do not divide the table), and every id is still found.
    const slots = fileSlots({ folder: parent, inMemorySlots: 4096, rebuildWindow: 1000 });
    const store = new IdStore(new PackedStrings(), slots);
    for (let i = 0; i < 20_000; i++) expect(store.add(`B${i}`)).toBe(i);
    for (const i of [0, 2047, 2048, 4095, 19_999]) expect(store.add(`B${i}`)).toBe(-1);
    expect(store.has('B20000')).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
    store.close();
    rmSync(parent, { recursive: true });
  });

  it('refuses a fraction of a block, and an id list that does not start empty', () => {
    expect(() => fileStrings({ inMemoryBlocks: 2.3 })).toThrow('inMemoryBlocks must be a whole number ≥ 0, got 2.3');
    expect(() => fileSpool({ inMemoryBlocks: -1 })).toThrow('inMemoryBlocks must be a whole number ≥ 0, got -1');
    expect(() => fileSlots({ inMemorySlots: Number.NaN })).toThrow('inMemorySlots must be a whole number ≥ 0, got NaN');
    const list = new PackedStrings();
    list.push('A1');
    expect(() => new IdStore(list)).toThrow('IdStore: the list of ids must start empty (it holds 1)');
  });

  it('says which temporary file it cannot write, with the reason', () => {
    const parent = mkdtempSync(join(tmpdir(), 'sdg-spool-'));
    const folder = join(parent, 'gone');
    const error = thrown(() => report(fileSpool({ folder, inMemoryBlocks: 0 })));
    rmSync(parent, { recursive: true });
    expect(error).toBeInstanceOf(SdgAlignError);
    expect((error as SdgAlignError).code).toBe('FILE_UNWRITABLE');
    expect(error.message).toMatch(new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\.sdg-align-scores\\.\\d+\\.[0-9a-f]{8}\\.tmp: cannot write: no such directory\\.$`));
    const ids = thrown(() => report(undefined, new IdStore(fileStrings({ folder, inMemoryBlocks: 0 }))));
    expect((ids as SdgAlignError).code).toBe('FILE_UNWRITABLE');
    expect(ids.message).toMatch(/\/gone\/\.sdg-align-ids\.\d+\.[0-9a-f]{8}\.tmp: cannot write: no such directory\.$/);
  });
});
