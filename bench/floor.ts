// The floor: what any tool must do at least to score a CSV file. Reads the file (streaming,
// UTF-8), parses the CSV and tokenizes each text with a Unicode-aware regex, nothing more.
// Bundled to a plain .mjs by baselines.ts (so that it starts as fast as the CLI does) and run
// as `node floor.mjs FILE [TEXT_COLUMN]`; prints `rows tokens` on stdout.
import { createReadStream } from 'node:fs';
import { CsvStreamParser } from './csv.js';

export const TOKEN_RE = /[\p{L}\p{N}]+/gu;

/** Number of tokens in a text (the regex is the whole tokenizer). */
export function countTokens(text: string): number {
  let n = 0;
  TOKEN_RE.lastIndex = 0;
  while (TOKEN_RE.exec(text) !== null) n++;
  return n;
}

export async function floorFile(path: string, textColumn = 'text'): Promise<{ rows: number; tokens: number }> {
  let header: string[] | undefined;
  let col = -1;
  let rows = 0;
  let tokens = 0;
  const parser = new CsvStreamParser((row) => {
    if (!header) {
      header = row;
      col = row.indexOf(textColumn);
      if (col < 0) throw new Error(`no column ${textColumn}`);
      return;
    }
    rows++;
    tokens += countTokens(row[col] ?? '');
  });
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) parser.push(chunk as string);
  parser.end();
  return { rows, tokens };
}

const isMain = process.argv[1] && /floor\.(m?js|ts)$/.test(process.argv[1]) && process.env.SDG_BENCH_FLOOR_MAIN === '1';
if (isMain) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node floor.mjs FILE [TEXT_COLUMN]\n');
    process.exit(2);
  }
  const r = await floorFile(file, process.argv[3]);
  process.stdout.write(`${r.rows} ${r.tokens}\n`);
}
