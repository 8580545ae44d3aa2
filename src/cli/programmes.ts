/**
 * Reading a plan's programmes for `check` and `gaps`: a CSV (one programme per row) or a Markdown /
 * text file (split at headings, else at blank lines: see `splitDocument`).
 */
import { extname, resolve } from 'node:path';
import { SdgAlignError } from '../errors.js';
import { defaultTextColumn, findColumn, pickLongestColumn } from '../csv/columns.js';
import { readCsv } from '../node/csv-read.js';
import type { EncodingOption } from '../text/encoding.js';
import { readTextFile } from '../node/input.js';
import { splitDocument } from '../markdown/sections.js';
import type { CommandContext } from './io.js';

export interface Programme {
  readonly id: string;
  readonly title?: string;
  readonly text: string;
  /** 1-based line of the heading, paragraph or CSV row. */
  readonly line: number;
}

export interface Plan {
  readonly file: string;
  /** Document title (Markdown/text), used to detect the plan type. */
  readonly title?: string;
  readonly titleLine: number;
  /** Value of the CSV's plan-type column for this group of rows. */
  readonly planTypeValue?: string;
  readonly programmes: Programme[];
}

const ID_COLUMNS = ['id', 'code', 'identifiant', 'ref', 'reference', 'numero'];
const TITLE_COLUMNS = ['title', 'titre', 'intitule', 'nom', 'name'];
const PLAN_TYPE_COLUMNS = ['plan type', 'type de plan', 'type plan', 'plan'];

const firstColumn = (header: readonly string[], names: readonly string[]): number => {
  for (const name of names) {
    const i = findColumn(header, name);
    if (i >= 0) return i;
  }
  return -1;
};

export const planKind = (file: string): 'csv' | 'text' | undefined => {
  if (file === '-') return 'csv';
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (ext === '.md' || ext === '.markdown' || ext === '.txt' || ext === '.text') return 'text';
  return undefined;
};

/** Reads one file into one plan (several for a CSV whose plan-type column holds several types). */
export async function loadPlans(ctx: CommandContext, file: string, options: { encoding?: EncodingOption; delimiter?: string; command: string }): Promise<Plan[]> {
  const kind = planKind(file);
  if (!kind) {
    throw new SdgAlignError('USAGE', `${options.command}: ${file}: expected a .md, .txt or .csv file.`, { file });
  }
  const source = file === '-' ? ctx.io.stdin : resolve(ctx.io.cwd, file);
  const display = file === '-' ? '<stdin>' : file;
  if (kind === 'text') {
    const { text } = await readTextFile(source, { file: display, ...(options.encoding ? { encoding: options.encoding } : {}) });
    const doc = splitDocument(text);
    return [{ file: display, ...(doc.title ? { title: doc.title } : {}), titleLine: doc.titleLine, programmes: doc.sections }];
  }
  const table = await readCsv(source, {
    file: display,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  });
  const { header, rows } = table;
  const idIndex = firstColumn(header, ID_COLUMNS);
  const titleIndex = firstColumn(header, TITLE_COLUMNS);
  const typeIndex = firstColumn(header, PLAN_TYPE_COLUMNS);
  let textIndex = defaultTextColumn(header);
  if (textIndex < 0 && header.length) {
    textIndex = pickLongestColumn(header, rows.slice(0, 100).map((r) => r.values), [idIndex, titleIndex, typeIndex].filter((i) => i >= 0));
  }
  const groups = new Map<string, Programme[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    const base = idIndex >= 0 && row.values[idIndex]!.trim() ? row.values[idIndex]!.trim() : String(row.index);
    const id = seen.has(base) ? `${base} (line ${row.line})` : base;
    seen.add(base);
    const title = titleIndex >= 0 && titleIndex !== textIndex ? row.values[titleIndex]!.trim() : '';
    const programme: Programme = { id, ...(title ? { title } : {}), text: textIndex >= 0 ? row.values[textIndex]! : '', line: row.line };
    const type = typeIndex >= 0 ? row.values[typeIndex]!.trim() : '';
    const list = groups.get(type) ?? [];
    list.push(programme);
    groups.set(type, list);
  }
  if (!groups.size) return [{ file: display, titleLine: 1, programmes: [] }];
  return [...groups].map(([type, programmes]) => ({
    file: display,
    titleLine: programmes[0]?.line ?? 1,
    ...(type ? { planTypeValue: type } : {}),
    programmes,
  }));
}
