/**
 * Reading a plan's programmes for `check` and `gaps`: a CSV (one programme per row) or a Markdown /
 * text file (split at headings, else at blank lines: see `splitDocument`).
 */
import { extname, resolve } from 'node:path';
import { SdgAlignError } from '../errors.js';
import { defaultPlanColumns, programmesOfRows } from '../csv/programmes.js';
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
  const columns = defaultPlanColumns(header, rows);
  const groups = new Map<string, Programme[]>();
  programmesOfRows(rows, columns).forEach((programme, i) => {
    const type = columns.planType >= 0 ? rows[i]!.values[columns.planType]!.trim() : '';
    const list = groups.get(type) ?? [];
    list.push(programme);
    groups.set(type, list);
  });
  if (!groups.size) return [{ file: display, titleLine: 1, programmes: [] }];
  return [...groups].map(([type, programmes]) => ({
    file: display,
    titleLine: programmes[0]?.line ?? 1,
    ...(type ? { planTypeValue: type } : {}),
    programmes,
  }));
}
