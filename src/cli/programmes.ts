/**
 * Reading a plan's programmes for `check` and `gaps`: a CSV (one programme per row) or a Markdown /
 * text file (split at headings, else at blank lines: see `splitDocument`).
 */
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { SdgAlignError } from '../errors.js';
import { openCsv } from '../node/csv-read.js';
import type { IdStore } from '../id-store.js';
import { chooseColumns, programmeReader, type ColumnRequest, type Columns } from '../csv/programmes.js';
import type { EncodingOption } from '../text/encoding.js';
import { readTextFile } from '../node/input.js';
import { splitDocument } from '../markdown/sections.js';
import { inputName, inputSource, type CommandContext } from './io.js';

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

/** `--input-format`: `md` and `text` are read alike (split at headings, else at blank lines). */
export type InputFormat = 'csv' | 'md' | 'text';

/** How a file is read: from `--input-format`, else its extension; stdin is sniffed (see `sniffStdin`). */
export const planKind = (file: string, format?: InputFormat): 'csv' | 'text' | 'sniff' | undefined => {
  if (format) return format === 'csv' ? 'csv' : 'text';
  if (file === '-') return 'sniff';
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (ext === '.md' || ext === '.markdown' || ext === '.txt' || ext === '.text') return 'text';
  return undefined;
};

/** Bytes of stdin looked at to tell Markdown from CSV: enough for a first line. */
const SNIFF_BYTES = 4096;
/** A first non-blank line that is an ATX heading (`# Plan`, `## Action 1`) starts a Markdown document, not a CSV header. */
const MARKDOWN_START = /^(?:\uFEFF|\xEF\xBB\xBF)?(?:[ \t]*\r?\n)*[ ]{0,3}#{1,6}(?:[ \t]|\r?\n|$)/;

/**
 * Reads the start of stdin (until its first non-blank line is complete, at most SNIFF_BYTES) to tell
 * a Markdown document from a CSV, and gives back a stream that replays it. Only the bytes decide,
 * never how they arrived.
 */
async function sniffStdin(stdin: NodeJS.ReadableStream): Promise<{ kind: 'csv' | 'text'; stream: NodeJS.ReadableStream }> {
  const iterator = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let size = 0;
  let ended = false;
  const firstLine = () => /\S[^\n]*\n/.test(Buffer.concat(parts).toString('latin1'));
  while (size < SNIFF_BYTES && !firstLine()) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    parts.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(parts);
  async function* replay(): AsyncGenerator<Buffer | string> {
    if (head.length) yield head;
    if (!ended) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const kind = MARKDOWN_START.test(head.subarray(0, SNIFF_BYTES).toString('latin1')) ? 'text' : 'csv';
  return { kind, stream: Readable.from(replay(), { objectMode: false }) };
}

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
export interface PlanOptions {
  readonly encoding?: EncodingOption;
  readonly delimiter?: string;
  readonly inputFormat?: InputFormat;
  /** The columns of a CSV: as asked for (`--id-column`…), else guessed (id, title, text). */
  readonly columns?: Omit<ColumnRequest, 'guess'>;
  readonly command: string;
  /** Told the number of bytes of each chunk of a CSV read (a progress meter). */
  readonly onBytes?: (bytes: number) => void;
  /** Where a CSV's programme ids are kept as they are read (a gap report shares it: see GapStorage). */
  readonly ids?: IdStore;
}

/** The reading options among a command's options. */
export const planOptions = (options: {
  encoding?: EncodingOption | undefined;
  inputDelimiter?: string | undefined;
  inputFormat?: InputFormat | undefined;
  idColumn?: string | undefined;
  titleColumn?: string | undefined;
  textColumn?: readonly string[] | undefined;
  planTypeColumn?: string | undefined;
}): Omit<PlanOptions, 'command'> => ({
  ...(options.encoding ? { encoding: options.encoding } : {}),
  ...(options.inputDelimiter ? { delimiter: options.inputDelimiter } : {}),
  ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
  // The plan type is read from a column only when one is named: a column called "Plan" may hold anything.
  columns: { id: options.idColumn, title: options.titleColumn, text: options.textColumn, planType: options.planTypeColumn },
});

export async function openPlan(ctx: CommandContext, file: string, options: PlanOptions): Promise<PlanReader> {
  const found = planKind(file, options.inputFormat);
  if (!found) {
    throw new SdgAlignError('USAGE', { messageId: 'fileKind', command: options.command, file });
  }
  let source = inputSource(ctx, file);
  let kind: 'csv' | 'text';
  if (found === 'sniff') ({ kind, stream: source } = await sniffStdin(ctx.io.stdin));
  else kind = found;
  const display = inputName(file);
  if (kind === 'text') {
    const { text } = await readTextFile(source, { file: display, ...(options.encoding ? { encoding: options.encoding } : {}) });
    const doc = splitDocument(text);
    return { kind, file: display, ...(doc.title ? { title: doc.title } : {}), titleLine: doc.titleLine, programmes: toAsync(doc.sections.map((p) => ({ ...p, planTypeValue: '' }))) };
  }
  const table = await openCsv(source, {
    file: display,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.onBytes ? { onBytes: options.onBytes } : {}),
  });
  let columns: Columns;
  try {
    columns = await chooseColumns(table, { ...options.columns, guess: true });
  } catch (error) {
    await table.close();
    throw error;
  }
  async function* programmes(): AsyncGenerator<Programme & { planTypeValue: string }> {
    const read = programmeReader(columns, options.ids);
    for await (const row of columns.rows()) yield { ...read(row), planTypeValue: columns.planType >= 0 ? row.values[columns.planType]!.trim() : '' };
    if (ctx.verbose) ctx.info(`${display}: encoding ${table.encoding}, delimiter ${JSON.stringify(table.delimiter)}.`);
  }
  return { kind, file: display, titleLine: 1, programmes: programmes() };
}

/** Items already in memory (a Markdown plan's sections, a plan's programmes) as a stream. */
export async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** Reads one file into one plan (several for a CSV whose plan-type column holds several types). */
export async function loadPlans(ctx: CommandContext, file: string, options: PlanOptions): Promise<Plan[]> {
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
