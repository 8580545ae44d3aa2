#!/usr/bin/env node
/**
 * Builds fixtures/programmes-fr.cp1252.csv from fixtures/programmes-fr.csv: the same table as a French
 * office suite saves it — Windows-1252 bytes, `;` delimiter, CRLF line ends (inside quoted fields too).
 * It exercises the CLI's encoding and delimiter detection.
 *
 *   node scripts/make-cp1252-fixture.mjs [input.csv] [output.csv]
 *   node scripts/make-cp1252-fixture.mjs --check     exit 1 if the committed fixture is out of date
 *
 * The encoder is written out here (no dependency): ASCII and U+00A0–U+00FF are the same byte; the 27
 * characters Windows-1252 puts at 0x80–0x9F are listed below; a few typographic characters it lacks are
 * mapped explicitly (SUBSTITUTES); any other character stops the script with its line and column.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvRows } from './lib/csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const [input = join(root, 'fixtures/programmes-fr.csv'), output = join(root, 'fixtures/programmes-fr.cp1252.csv')] = args.filter((a) => a !== '--check');

/** Windows-1252 0x80–0x9F (WHATWG index); the five undefined bytes are left out on purpose. */
const HIGH = {
  0x80: '\u20AC', 0x82: '\u201A', 0x83: '\u0192', 0x84: '\u201E', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
  0x88: '\u02C6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017D',
  0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201C', 0x94: '\u201D', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
  0x98: '\u02DC', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203A', 0x9c: '\u0153', 0x9e: '\u017E', 0x9f: '\u0178',
};
const ENCODE = new Map(Object.entries(HIGH).map(([byte, char]) => [char, Number(byte)]));

/** Characters Windows-1252 lacks, replaced by their closest equivalent (French typography mostly). */
const SUBSTITUTES = {
  '\u202F': 0xa0, // narrow no-break space (before ; : ! ? in French) → no-break space
  '\u2009': 0x20, // thin space → space
  '\u2007': 0xa0, // figure space → no-break space
  '\u2010': 0x2d, // hyphen → hyphen-minus
  '\u2011': 0x2d, // non-breaking hyphen → hyphen-minus
  '\u2212': 0x2d, // minus sign → hyphen-minus
  '\u02BC': 0x92, // modifier letter apostrophe → right single quotation mark
};

function encode(text) {
  const bytes = [];
  let line = 1;
  let column = 0;
  for (const char of text) {
    column++;
    if (char === '\n') {
      line++;
      column = 0;
    }
    const code = char.codePointAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (ENCODE.has(char)) bytes.push(ENCODE.get(char));
    else if (char in SUBSTITUTES) bytes.push(SUBSTITUTES[char]);
    else {
      throw new Error(`${input}:${line}:${column}: U+${code.toString(16).toUpperCase().padStart(4, '0')} ${JSON.stringify(char)} has no Windows-1252 byte; add it to SUBSTITUTES or change the source.`);
    }
  }
  return Buffer.from(bytes);
}

const cell = (value) => {
  const crlf = value.replace(/\r?\n/g, '\r\n');
  return /[;"\r\n]/.test(crlf) ? `"${crlf.replace(/"/g, '""')}"` : crlf;
};

let table;
let bytes;
try {
  table = parseCsvRows(readFileSync(input, 'utf8').replace(/^\uFEFF/, ''), input);
  bytes = encode(table.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n');
} catch (error) {
  console.error(`make-cp1252-fixture: ${error.message}`);
  process.exit(1);
}

if (check) {
  let current;
  try {
    current = readFileSync(output);
  } catch {
    current = Buffer.alloc(0);
  }
  if (!current.equals(bytes)) {
    console.error(`${output} is out of date: run node scripts/make-cp1252-fixture.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(output, bytes);
  console.log(`wrote ${output} (${table.length - 1} rows, ${bytes.length} bytes, windows-1252, ';', CRLF)`);
}
