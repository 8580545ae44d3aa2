/** `sdg-align score FILE|-`: one document per CSV row, scored and written as rows are read. */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_DIALECT } from '../../csv/write.js';
import { SdgAlignError } from '../../errors.js';
import { openCsv, type CsvRow, type CsvTable } from '../../node/csv-read.js';
import { createEngine, type Engine } from '../../scoring/engine.js';
import { resolveEngineOptions, type EngineOptions } from '../../scoring/options.js';
import { chooseColumns, rowText, type Columns } from '../columns.js';
import type { ScoreOptions } from '../commands.js';
import { SCORE_FORMATS } from '../formats.js';
import type { CommandContext } from '../io.js';
import { BufferedWriter, openOutput } from '../output.js';
import { progress } from '../progress.js';
import type { RowContext } from '../rows/types.js';
import { MAX_DEFAULT_WORKERS, ScorePool, WORKER_BATCH_ROWS, workerScript, type ScoreBatchRow, type ScoreWorkerSetup } from '../score-pool.js';
import { catalogue } from '../../locales/index.js';
import { FILE_LANGUAGE_SAMPLE, fileLanguage, peekAhead } from '../score-stream.js';

/** Below this input size a single thread is faster than starting workers (each loads its own engine). */
export const WORKERS_MIN_BYTES = 2 * 1024 * 1024;

export async function run(ctx: CommandContext, positionals: string[], options: ScoreOptions): Promise<number> {
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
  let columns: Columns = { id: -1, title: -1, text: [], planType: -1, kept: [], rows: () => table.rows };
  const textOf = (row: CsvRow) => rowText(columns, row);
  let pool: ScorePool | undefined;
  let engine: Engine | undefined;
  const rowFormat = await SCORE_FORMATS[format].load();
  let context: RowContext = { level, dialect: DEFAULT_DIALECT, kept: [], reviewed: false };
  try {
    columns = await chooseColumns(table, { id: options.idColumn, text: options.textColumn, guess: false });
    context = { ...context, kept: columns.kept.map((i) => header[i]!) };
    // The file's language, from its first rows: short rows are then read in it, not both ways.
    const ahead = await peekAhead(columns.rows(), FILE_LANGUAGE_SAMPLE, BufferedWriter.FLUSH_MS);
    const fallback = fileLanguage(ahead.peeked.map((row) => textOf(row)), engineOptions);
    if (fallback) engineOptions = { ...engineOptions, fallbackLanguage: fallback };
    columns = { ...columns, rows: () => ahead.rest };
    // After the input checks: a wrong column is reported without waiting for the engine to build.
    // With worker threads, each builds its own engine: this thread only validates the options.
    resolveEngineOptions(engineOptions);
    pool = startPool(ctx, options, input, { engine: engineOptions, format, context });
    if (!pool) engine = createEngine(engineOptions);
  } catch (error) {
    await sink.abort();
    await table.close();
    throw error;
  }
  const m = catalogue(ctx.locale).cli;
  if (ctx.verbose && engineOptions.fallbackLanguage) ctx.info(m.fileLanguage({ file: table.file, language: engineOptions.fallbackLanguage }));
  if (ctx.verbose && header.length) {
    ctx.info(m.csvRead({ file: table.file, encoding: table.encoding, delimiter: table.delimiter, text: columns.text.map((i) => header[i]!), id: columns.id >= 0 ? header[columns.id] : undefined }));
  }

  const out = new BufferedWriter(sink);
  const meter = progress(ctx, 'sdg-align: scored');
  let count = 0;
  /** Writes one formatted row with the separator its format needs. */
  const writeLine = async (line: string) => {
    await out.write(`${rowFormat.before(count)}${line}${rowFormat.after}`);
    count++;
    meter.tick(count);
  };
  const idOf = (row: CsvRow) => (columns.id >= 0 ? row.values[columns.id]! : String(row.index));
  const keptOf = (row: CsvRow) => columns.kept.map((i) => row.values[i]!);
  try {
    await out.write(rowFormat.start(context));

    if (pool) {
      let batch: ScoreBatchRow[] = [];
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
          batch.push([idOf(row.value), textOf(row.value), keptOf(row.value)]);
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
        await writeLine(rowFormat.row({ result: engine!.score({ id: idOf(row), text: textOf(row) }), kept: keptOf(row) }, context));
        if (out.closed) break;
      }
    }
    await out.write(rowFormat.end(count));
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
function startPool(ctx: CommandContext, options: ScoreOptions, input: string, setup: ScoreWorkerSetup): ScorePool | undefined {
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
    if (ctx.verbose) ctx.info(catalogue(ctx.locale).cli.noWorkerScript({ workers: size }));
    return undefined;
  }
  if (ctx.verbose) ctx.info(catalogue(ctx.locale).cli.workerThreads({ workers: size }));
  return new ScorePool(script, size, setup);
}
