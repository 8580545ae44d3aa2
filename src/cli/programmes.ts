/**
 * Reading a plan's programmes for `check` and `gaps`: a CSV (one programme per row) or a Markdown /
 * text file (split at headings, else at blank lines: see `splitDocument`).
 */
import { extname, resolve } from 'node:path';
import { SdgAlignError } from '../errors.js';
import { detached } from '../strings.js';
import { defaultTextColumn, findColumn, LONGEST_COLUMN_SAMPLE, pickLongestColumn } from '../csv/columns.js';
import { openCsv, type CsvRow } from '../node/csv-read.js';
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

/** A plan being read: its programmes come one at a time (a CSV is not held in memory). */
export interface PlanReader {
  readonly kind: 'csv' | 'text';
  readonly file: string;
  /** Document title (Markdown/text), used to detect the plan type. */
  readonly title?: string;
  readonly titleLine: number;
  /** The programmes in order, with the value of the CSV's plan-type column ('' when none). Iterate once. */
  readonly programmes: AsyncIterable<Programme & { readonly planTypeValue: string }>;
}

/** Opens one file of programmes: a CSV is read as a stream, a Markdown or text file at once. */
export async function openPlan(ctx: CommandContext, file: string, options: { encoding?: EncodingOption; delimiter?: string; command: string }): Promise<PlanReader> {
  const kind = planKind(file);
  if (!kind) {
    throw new SdgAlignError('USAGE', `${options.command}: ${file}: expected a .md, .txt or .csv file.`, { file });
  }
  const source = file === '-' ? ctx.io.stdin : resolve(ctx.io.cwd, file);
  const display = file === '-' ? '<stdin>' : file;
  if (kind === 'text') {
    const { text } = await readTextFile(source, { file: display, ...(options.encoding ? { encoding: options.encoding } : {}) });
    const doc = splitDocument(text);
    return { kind, file: display, ...(doc.title ? { title: doc.title } : {}), titleLine: doc.titleLine, programmes: toAsync(doc.sections.map((p) => ({ ...p, planTypeValue: '' }))) };
  }
  const table = await openCsv(source, {
    file: display,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  });
  const { header } = table;
  const idIndex = firstColumn(header, ID_COLUMNS);
  const titleIndex = firstColumn(header, TITLE_COLUMNS);
  const typeIndex = firstColumn(header, PLAN_TYPE_COLUMNS);
  let textIndex = defaultTextColumn(header);
  // No column has a text-like name: the first rows choose the one with the most text.
  const sample: CsvRow[] = [];
  let exhausted = false;
  if (textIndex < 0 && header.length) {
    while (sample.length < LONGEST_COLUMN_SAMPLE) {
      const next = await table.rows.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      sample.push(next.value);
    }
    textIndex = pickLongestColumn(header, sample.map((r) => r.values), [idIndex, titleIndex, typeIndex].filter((i) => i >= 0));
  }
  async function* programmes(): AsyncGenerator<Programme & { planTypeValue: string }> {
    const seen = new Set<string>();
    for await (const row of concat(sample, exhausted ? undefined : table.rows)) {
      const base = idIndex >= 0 && row.values[idIndex]!.trim() ? row.values[idIndex]!.trim() : String(row.index);
      const id = seen.has(base) ? `${base} (line ${row.line})` : base;
      seen.add(detached(base));
      const title = titleIndex >= 0 && titleIndex !== textIndex ? row.values[titleIndex]!.trim() : '';
      yield { id, ...(title ? { title } : {}), text: textIndex >= 0 ? row.values[textIndex]! : '', line: row.line, planTypeValue: typeIndex >= 0 ? row.values[typeIndex]!.trim() : '' };
    }
  }
  return { kind, file: display, titleLine: 1, programmes: programmes() };
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

async function* concat<T>(first: readonly T[], rest: AsyncIterable<T> | undefined): AsyncGenerator<T> {
  yield* first;
  if (rest) yield* rest;
}

/** Reads one file into one plan (several for a CSV whose plan-type column holds several types). */
export async function loadPlans(ctx: CommandContext, file: string, options: { encoding?: EncodingOption; delimiter?: string; command: string }): Promise<Plan[]> {
  const reader = await openPlan(ctx, file, options);
  const groups = new Map<string, Programme[]>();
  for await (const { planTypeValue, ...programme } of reader.programmes) {
    const list = groups.get(planTypeValue) ?? [];
    list.push(programme);
    groups.set(planTypeValue, list);
  }
  if (reader.kind === 'text' || !groups.size) {
    return [{ file: reader.file, ...(reader.title ? { title: reader.title } : {}), titleLine: reader.titleLine, programmes: groups.get('') ?? [] }];
  }
  return [...groups].map(([type, programmes]) => ({
    file: reader.file,
    titleLine: programmes[0]?.line ?? 1,
    ...(type ? { planTypeValue: type } : {}),
    programmes,
  }));
}
