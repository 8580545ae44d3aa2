/** `sdg-align score FILE|-`: one document per CSV row, scored and written as rows are read. */
import { resolve } from 'node:path';
import { SdgAlignError } from '../../errors.js';
import { createEngine, type Engine } from '../../scoring/engine.js';
import type { ScoreResult } from '../../scoring/types.js';
import { GOAL_NUMBERS, targets } from '../../taxonomy/index.js';
import { defaultTextColumn, LONGEST_COLUMN_SAMPLE, pickLongestColumn, requireColumn } from '../../node/columns.js';
import { openCsv, type CsvRow, type CsvTable } from '../../node/csv-read.js';
import { csvLine, formatScore, textCell } from '../../node/csv-write.js';
import type { EncodingOption } from '../../node/encoding.js';
import type { CommandContext } from '../io.js';
import { BufferedWriter, openOutput } from '../output.js';
import { progress } from '../progress.js';

export interface ScoreOptions {
  idColumn?: string;
  textColumn?: string[];
  level?: 'goal' | 'target';
  threshold?: number;
  lang?: 'auto' | 'fr' | 'en';
  format?: 'csv' | 'json' | 'ndjson';
  output?: string;
  delimiter?: string;
  encoding?: EncodingOption;
  workers?: number;
}

/** Separator between several --text-column values of a row. */
export const TEXT_COLUMN_SEPARATOR = '\n';

const round = (n: number): number => Math.round(n * 10_000) / 10_000;

/** CSV header: id,language,goals,sdg1…sdg17 (+ t1.1…t17.19 with --level target). */
export function csvHeader(level: 'goal' | 'target'): string[] {
  return ['id', 'language', 'goals', ...GOAL_NUMBERS.map((g) => `sdg${g}`), ...(level === 'target' ? targets.map((t) => `t${t.id}`) : [])];
}

export function csvRow(result: ScoreResult, level: 'goal' | 'target'): string[] {
  const cells = [textCell(result.id), result.language, result.labels.join('|'), ...result.goals.map((g) => formatScore(g.score))];
  if (level === 'target') {
    const byId = new Map(result.targets.map((t) => [t.target, t.score]));
    for (const t of targets) cells.push(formatScore(byId.get(t.id) ?? 0));
  }
  return cells;
}

/** JSON object of one row: `{ id, language, goals: [labels], scores: { "1": …, "17": … }, targets?: { "7.3": … } }`. */
export function jsonRow(result: ScoreResult, level: 'goal' | 'target'): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: result.id,
    language: result.language,
    goals: [...result.labels],
    scores: Object.fromEntries(result.goals.map((g) => [String(g.goal), round(g.score)])),
  };
  if (level === 'target') {
    // Non-zero targets only, UN order: 169 zeros per row would drown the useful ones.
    const byId = new Map(result.targets.map((t) => [t.target, t.score]));
    row.targets = Object.fromEntries(targets.filter((t) => (byId.get(t.id) ?? 0) > 0).map((t) => [t.id, round(byId.get(t.id)!)]));
  }
  return row;
}

interface Columns {
  /** -1: ids are row numbers. */
  idIndex: number;
  textIndices: number[];
  /** Rows already read to choose the text column. */
  buffered: CsvRow[];
  /** True when those were all the rows. */
  exhausted: boolean;
}

/** The id and text columns: as given (matched loosely), else by name, else the longest in the first rows. */
async function resolveColumns(table: CsvTable, options: ScoreOptions): Promise<Columns> {
  const { header, rows, file } = table;
  const columns: Columns = { idIndex: -1, textIndices: [], buffered: [], exhausted: false };
  if (!header.length) return columns;
  if (options.idColumn !== undefined) columns.idIndex = requireColumn(header, options.idColumn, file, '--id-column');
  if (options.textColumn?.length) {
    columns.textIndices = options.textColumn.map((c) => requireColumn(header, c, file, '--text-column'));
    return columns;
  }
  const named = defaultTextColumn(header);
  if (named >= 0) {
    columns.textIndices = [named];
    return columns;
  }
  // No column has a text-like name: read the first rows and take the one with the most text.
  // (next() by hand: leaving a for-await loop would close the input.)
  while (columns.buffered.length < LONGEST_COLUMN_SAMPLE) {
    const next = await rows.next();
    if (next.done) {
      columns.exhausted = true;
      break;
    }
    columns.buffered.push(next.value);
  }
  const exclude = columns.idIndex >= 0 ? [columns.idIndex] : [];
  columns.textIndices = [pickLongestColumn(header, columns.buffered.map((r) => r.values), exclude)];
  return columns;
}

export async function run(ctx: CommandContext, positionals: string[], raw: Record<string, unknown>): Promise<number> {
  const options = raw as ScoreOptions;
  if (positionals.length !== 1) {
    throw new SdgAlignError('USAGE', positionals.length ? `score takes one FILE (or - for stdin), got ${positionals.length}.` : 'score needs a FILE (or - for stdin).', {});
  }
  const input = positionals[0]!;
  const level = options.level ?? 'goal';
  const format = options.format ?? 'csv';
  if (options.workers !== undefined && ctx.verbose) ctx.info(`--workers ${options.workers}: accepted, scoring runs on one thread for now.`);

  const table = await openCsv(input === '-' ? ctx.io.stdin : resolve(ctx.io.cwd, input), {
    file: input === '-' ? '<stdin>' : input,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  });
  const rows = table.rows;
  const header = table.header;

  // Columns. An empty file has none: the result is the output header alone.
  let columns: Columns;
  let engine: Engine;
  try {
    columns = await resolveColumns(table, options);
    // After the input checks: a wrong column is reported without waiting for the engine to build.
    engine = createEngine({ language: options.lang ?? 'auto', level, ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
  } catch (error) {
    await table.close();
    throw error;
  }
  const { idIndex, textIndices, buffered, exhausted } = columns;
  if (ctx.verbose && header.length) {
    ctx.info(
      `${table.file}: encoding ${table.encoding}, delimiter ${JSON.stringify(table.delimiter)}, text from ${textIndices.map((i) => JSON.stringify(header[i])).join(' + ')}, ids from ${idIndex >= 0 ? JSON.stringify(header[idIndex]) : 'row numbers'}.`,
    );
  }

  const sink = openOutput(ctx, options.output);
  const out = new BufferedWriter(sink);
  const meter = progress(ctx, 'sdg-align: scored');
  let count = 0;
  try {
    if (format === 'csv') await out.write(csvLine(csvHeader(level)));
    else if (format === 'json') await out.write('[');

    const emit = async (row: CsvRow) => {
      const text = textIndices
        .map((i) => row.values[i]!.trim())
        .filter((t) => t !== '')
        .join(TEXT_COLUMN_SEPARATOR);
      const id = idIndex >= 0 ? row.values[idIndex]! : String(row.index);
      const result = engine.score({ id, text });
      if (format === 'csv') await out.write(csvLine(csvRow(result, level)));
      else if (format === 'json') await out.write(`${count ? ',' : ''}\n  ${JSON.stringify(jsonRow(result, level))}`);
      else await out.write(`${JSON.stringify(jsonRow(result, level))}\n`);
      count++;
      meter.tick(count);
    };

    for (const row of buffered) {
      await emit(row);
      if (out.closed) break;
    }
    if (!out.closed && !exhausted) {
      for await (const row of rows) {
        await emit(row);
        // The reader went away (`| head`): stop reading; leaving the loop closes the input.
        if (out.closed) break;
      }
    }
    if (format === 'json') await out.write(count ? '\n]\n' : ']\n');
    await out.flush();
    meter.done();
    await sink.commit();
  } catch (error) {
    meter.done();
    await sink.abort();
    await table.close();
    throw error;
  }
  if (ctx.verbose) ctx.info(`${count} rows scored${sink.closed ? ' (output closed early)' : ''}.`);
  return 0;
}
