/** `sdg-align score FILE|-`: one document per CSV row, scored and written as rows are read. */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { SdgAlignError } from '../../errors.js';
import { createEngine, type Engine } from '../../scoring/engine.js';
import { resolveEngineOptions, type EngineOptions } from '../../scoring/options.js';
import { defaultTextColumn, LONGEST_COLUMN_SAMPLE, pickLongestColumn, requireColumn } from '../../csv/columns.js';
import { openCsv, peekRows, type CsvRow, type CsvTable } from '../../node/csv-read.js';
import { csvLine } from '../../csv/write.js';
import type { EncodingOption } from '../../text/encoding.js';
import type { CommandContext } from '../io.js';
import { BufferedWriter, openOutput } from '../output.js';
import { progress } from '../progress.js';
import { FILE_LANGUAGE_SAMPLE, fileLanguage, peekAhead } from '../score-stream.js';
import { csvHeader, formatScoredRow, type RowFormat } from '../score-format.js';
import { MAX_DEFAULT_WORKERS, ScorePool, WORKER_BATCH_ROWS, workerScript } from '../score-pool.js';

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

/** Below this input size a single thread is faster than starting workers (each loads its own engine). */
export const WORKERS_MIN_BYTES = 2 * 1024 * 1024;

interface Columns {
  /** -1: ids are row numbers. */
  idIndex: number;
  textIndices: number[];
  /** The rows: those read to choose the text column, then the rest. */
  rows: () => AsyncIterableIterator<CsvRow>;
}

/** The id and text columns: as given (matched loosely), else by name, else the longest in the first rows. */
async function resolveColumns(table: CsvTable, options: ScoreOptions): Promise<Columns> {
  const { header, file } = table;
  const columns: Columns = { idIndex: -1, textIndices: [], rows: () => table.rows };
  if (!header.length) return columns;
  if (options.idColumn !== undefined) columns.idIndex = requireColumn(header, options.idColumn, file, '--id-column');
  if (options.textColumn?.length) {
    // The same column named twice (or as `texte` and `TEXTE`) is read once.
    columns.textIndices = [...new Set(options.textColumn.map((c) => requireColumn(header, c, file, '--text-column')))];
    return columns;
  }
  const named = defaultTextColumn(header, { file, option: '--text-column' });
  if (named >= 0) {
    columns.textIndices = [named];
    return columns;
  }
  // No column has a text-like name: read the first rows and take the one with the most text.
  const ahead = await peekRows(table, LONGEST_COLUMN_SAMPLE);
  const exclude = columns.idIndex >= 0 ? [columns.idIndex] : [];
  columns.textIndices = [pickLongestColumn(header, ahead.peeked.map((r) => r.values), exclude)];
  columns.rows = ahead.rows;
  return columns;
}

export async function run(ctx: CommandContext, positionals: string[], raw: Record<string, unknown>): Promise<number> {
  const options = raw as ScoreOptions;
  if (positionals.length !== 1) {
    throw new SdgAlignError('USAGE', positionals.length ? { messageId: 'oneFile', command: 'score', count: positionals.length, stdin: true } : { messageId: 'needsFile', command: 'score', kinds: 'csv' });
  }
  const input = positionals[0]!;
  const level = options.level ?? 'goal';
  const format = options.format ?? 'csv';

  // The output first: a target that cannot be written fails before anything is read.
  const sink = openOutput(ctx, options.output, [input]);
  let table: CsvTable;
  try {
    table = await openCsv(input === '-' ? ctx.io.stdin : resolve(ctx.io.cwd, input), {
      file: input === '-' ? '<stdin>' : input,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    });
  } catch (error) {
    await sink.abort();
    throw error;
  }
  const header = table.header;

  // No evidence: the output has none, and building it is a good share of the scoring time.
  let engineOptions: EngineOptions = {
    language: options.lang ?? 'auto',
    level,
    maxEvidence: 0,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  };

  // Columns. An empty file has none: the result is the output header alone.
  let columns: Columns = { idIndex: -1, textIndices: [], rows: () => table.rows };
  const textOf = (row: CsvRow) =>
    columns.textIndices
      .map((i) => row.values[i]!.trim())
      .filter((t) => t !== '')
      .join(TEXT_COLUMN_SEPARATOR);
  let pool: ScorePool | undefined;
  let engine: Engine | undefined;
  const rowFormat: RowFormat = { level, format };
  try {
    columns = await resolveColumns(table, options);
    // The file's language, from its first rows: short rows are then read in it, not both ways.
    const ahead = await peekAhead(columns.rows(), FILE_LANGUAGE_SAMPLE, BufferedWriter.FLUSH_MS);
    const fallback = fileLanguage(ahead.peeked.map((row) => textOf(row)), engineOptions);
    if (fallback) engineOptions = { ...engineOptions, fallbackLanguage: fallback };
    columns.rows = () => ahead.rest;
    // After the input checks: a wrong column is reported without waiting for the engine to build.
    // With worker threads, each builds its own engine: this thread only validates the options.
    resolveEngineOptions(engineOptions);
    pool = startPool(ctx, options, input, engineOptions, rowFormat);
    if (!pool) engine = createEngine(engineOptions);
  } catch (error) {
    await sink.abort();
    await table.close();
    throw error;
  }
  const { idIndex } = columns;
  if (ctx.verbose && engineOptions.fallbackLanguage) ctx.info(`${table.file}: rows too short to tell their language are read in ${engineOptions.fallbackLanguage === 'fr' ? 'French' : 'English'}, the file's language.`);
  const textIndices = columns.textIndices;
  if (ctx.verbose && header.length) {
    ctx.info(
      `${table.file}: encoding ${table.encoding}, delimiter ${JSON.stringify(table.delimiter)}, text from ${textIndices.map((i) => JSON.stringify(header[i])).join(' + ')}, ids from ${idIndex >= 0 ? JSON.stringify(header[idIndex]) : 'row numbers'}.`,
    );
  }

  const out = new BufferedWriter(sink);
  const meter = progress(ctx, 'sdg-align: scored');
  let count = 0;
  /** Writes one formatted row with the separator its format needs. */
  const writeLine = async (line: string) => {
    if (format === 'json') await out.write(`${count ? ',' : ''}\n  ${line}`);
    else await out.write(format === 'ndjson' ? `${line}\n` : line);
    count++;
    meter.tick(count);
  };
  const idOf = (row: CsvRow) => (idIndex >= 0 ? row.values[idIndex]! : String(row.index));
  try {
    if (format === 'csv') await out.write(csvLine(csvHeader(level)));
    else if (format === 'json') await out.write('[');

    if (pool) {
      let batch: [string, string][] = [];
      const drain = async (keep: number) => {
        while (pool.inFlight > keep && !out.closed) for (const line of await pool.next()) await writeLine(line);
      };
      const input = columns.rows();
      // A partial batch waits for more rows at most FLUSH_MS: then it is scored and written (a burst
      // on stdin). One timer, pushed back at each row (a timer per row slowed 100k rows down 2×).
      let wake = () => {};
      const timer = setTimeout(() => wake(), BufferedWriter.FLUSH_MS);
      timer.unref?.();
      try {
        let next = input.next();
        for (;;) {
          timer.refresh();
          const row = batch.length ? await Promise.race([next, new Promise<typeof IDLE>((resolve) => (wake = () => resolve(IDLE)))]) : await next;
          if (row === IDLE) {
            pool.submit(batch);
            batch = [];
            await drain(0);
            continue;
          }
          if (row.done) break;
          batch.push([idOf(row.value), textOf(row.value)]);
          if (batch.length === WORKER_BATCH_ROWS) {
            pool.submit(batch);
            batch = [];
            await drain(2 * pool.size - 1);
          }
          // The reader went away (`| head`): stop reading; closing the iterator closes the input.
          if (out.closed) break;
          next = input.next();
        }
      } finally {
        clearTimeout(timer);
        await input.return?.(undefined);
      }
      if (batch.length && !out.closed) pool.submit(batch);
      await drain(0);
    } else {
      for await (const row of columns.rows()) {
        await writeLine(formatScoredRow(engine!.score({ id: idOf(row), text: textOf(row) }), rowFormat));
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
  } finally {
    await pool?.close();
  }
  if (ctx.verbose) ctx.info(`${count} rows scored${sink.closed ? ' (output closed early)' : ''}; encoding ${table.encoding}.`);
  return 0;
}

/** What the wait for the next row gives when no row came for FLUSH_MS. */
const IDLE = Symbol('idle');

/**
 * Worker threads, when they pay: `--workers N` (N > 1) asks for them; by default they are used
 * for a file of at least `WORKERS_MIN_BYTES`, as many as the cores, at most `MAX_DEFAULT_WORKERS`.
 * Running from the TypeScript sources (no built worker script), scoring stays on this thread.
 */
function startPool(ctx: CommandContext, options: ScoreOptions, input: string, engine: EngineOptions, format: RowFormat): ScorePool | undefined {
  const script = workerScript();
  let size = options.workers;
  if (size === undefined) {
    const bytes = input === '-' ? 0 : (() => {
      try {
        return statSync(resolve(ctx.io.cwd, input)).size;
      } catch {
        return 0;
      }
    })();
    size = bytes >= WORKERS_MIN_BYTES ? Math.min(availableParallelism(), MAX_DEFAULT_WORKERS) : 1;
  }
  if (size <= 1) return undefined;
  if (!script) {
    if (ctx.verbose) ctx.info(`--workers ${size}: no built worker script (running from sources); scoring on one thread.`);
    return undefined;
  }
  if (ctx.verbose) ctx.info(`scoring on ${size} worker threads.`);
  return new ScorePool(script, size, { engine, ...format });
}
