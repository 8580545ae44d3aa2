/** `sdg-align score FILE|-`: one document per CSV row, scored and written as rows are read. */
import { availableParallelism } from 'node:os';
import { SdgAlignError } from '../../errors.js';
import { openCsv, type CsvRow, type CsvTable } from '../../node/csv-read.js';
import { createEngine, type Engine } from '../../scoring/engine.js';
import { resolveEngineOptions, type EngineOptions } from '../../scoring/options.js';
import { chooseColumns, rowText, type Columns } from '../../csv/programmes.js';
import type { ScoreOptions } from '../commands.js';
import { SCORE_FORMATS } from '../formats.js';
import { inputName, inputSource, type CommandContext } from '../io.js';
import { BufferedWriter, openOutput } from '../output.js';
import { inputSize, progress } from '../progress.js';
import { checkEncodable, dialectOf, encodedSink, outputEncoding } from '../csv-output.js';
import { loadReview, reportReview, type LoadedReview } from '../review-file.js';
import type { RowContext, RowFormat } from '../rows/types.js';
import { batchScorer } from '../score-batch.js';
import { MAX_DEFAULT_WORKERS, ScorePool, WORKER_BATCH_ROWS, workerScript, type ScoreBatchRow, type ScoreWorkerSetup } from '../score-pool.js';
import { catalogue } from '../../locales/index.js';
import { FILE_LANGUAGE_SAMPLE, fileLanguage, peekAhead } from '../score-stream.js';

/** Below this input size a single thread is faster than starting workers (each loads its own engine). */
export const WORKERS_MIN_BYTES = 2 * 1024 * 1024;
/**
 * Worker threads are used by default only where there are cores to spare: on 2 vCPUs (two
 * hyperthreads of one core, as on the machines this was measured on) this thread and one worker
 * were 1.2–1.5× as fast as this thread alone, for 26–36 MB more (`npm run bench`, 100k rows):
 * past the 150 MB peak the default must keep (151–166 MB). One thread is the right default there.
 */
export const MIN_CORES_FOR_WORKERS = 4;

export async function run(ctx: CommandContext, positionals: string[], options: ScoreOptions): Promise<number> {
  if (positionals.length !== 1) {
    throw new SdgAlignError('USAGE', positionals.length ? { messageId: 'oneFile', command: 'score', count: positionals.length, stdin: true } : { messageId: 'needsFile', command: 'score', kinds: 'csv' });
  }
  const input = positionals[0]!;
  const file = inputName(input);
  const level = options.level ?? 'goal';
  const format = options.format ?? 'csv';
  const encoding = outputEncoding(options);
  const outputName = options.output ?? '<stdout>';

  // The output first: a target that cannot be written fails before anything is read.
  const sink = encodedSink(openOutput(ctx, options.output, [input]), encoding, outputName);
  const inputBytes = inputSize(ctx, input);
  const meter = progress(ctx, 'rows', inputBytes);
  let table: CsvTable;
  let review: LoadedReview | undefined;
  try {
    review = await loadReview(ctx, options.review);
    table = await openCsv(inputSource(ctx, input), {
      file,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.inputDelimiter ? { delimiter: options.inputDelimiter } : {}),
      onBytes: (n) => meter.read(n),
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
  /** The kept columns' names and 'id': where a character the output encoding lacks is reported. */
  let keptNames: string[] = ['id'];
  let context: RowContext = { level, dialect: dialectOf(options), kept: [], reviewed: review !== undefined };
  try {
    columns = await chooseColumns(table, { id: options.idColumn, text: options.textColumn, keep: options.keepColumns, guess: false });
    context = { ...context, kept: columns.kept.map((i) => header[i]!) };
    keptNames = [...context.kept, 'id'];
    checkEncodable(encoding, context.kept, context.kept, { file: outputName, line: 1 });
    // The file's language, from its first rows: short rows are then read in it, not both ways.
    const ahead = await peekAhead(columns.rows(), FILE_LANGUAGE_SAMPLE, BufferedWriter.FLUSH_MS);
    const fallback = fileLanguage(ahead.peeked.map((row) => textOf(row)), engineOptions);
    if (fallback) engineOptions = { ...engineOptions, fallbackLanguage: fallback };
    columns = { ...columns, rows: () => ahead.rest };
    // After the input checks: a wrong column is reported without waiting for the engine to build.
    // With worker threads, each builds its own engine (and this thread one for its share).
    resolveEngineOptions(engineOptions);
    pool = await startPool(ctx, options, inputBytes ?? 0, { engine: engineOptions, format, context, ...(review ? { decisions: review.decisions } : {}) }, rowFormat);
    if (!pool) engine = createEngine(engineOptions);
  } catch (error) {
    await sink.abort();
    await table.close();
    throw error;
  }
  const m = catalogue(ctx.locale).cli;
  if (ctx.verbose && engineOptions.fallbackLanguage) ctx.info(m.fileLanguage({ file: table.file, language: engineOptions.fallbackLanguage as 'fr' | 'en' }));
  if (ctx.verbose && header.length) {
    ctx.info(m.csvRead({ file: table.file, encoding: table.encoding, delimiter: table.delimiter, text: columns.text.map((i) => header[i]!), id: columns.id >= 0 ? header[columns.id] : undefined }));
  }

  // A file written in UTF-8 takes the rows as bytes (see BufferedWriter).
  const out = new BufferedWriter(sink, encoding === 'utf8' && options.output !== undefined && options.output !== '-');
  let count = 0;
  let empty = 0;
  /** Writes one formatted row with the separator its format needs. */
  const writeLine = async (line: string) => {
    await out.write(`${rowFormat.before(count)}${line}${rowFormat.after}`);
    count++;
    meter.tick(count);
  };
  const idOf = (row: CsvRow) => (columns.id >= 0 ? row.values[columns.id]! : String(row.index));
  const keptOf = (row: CsvRow) => columns.kept.map((i) => row.values[i]!);
  /** A row's id, text and kept cells, once its cells are known to be writable. */
  const prepare = (row: CsvRow): ScoreBatchRow => {
    const id = idOf(row);
    const kept = keptOf(row);
    if (encoding !== 'utf8') checkEncodable(encoding, [...kept, id], keptNames, { file: table.file, line: row.line });
    const text = textOf(row);
    if (text === '') empty++;
    return [id, text, kept];
  };
  try {
    await out.write(rowFormat.start(context));

    if (pool) {
      let batch: ScoreBatchRow[] = [];
      const drain = async (keep: number) => {
        while (pool.inFlight > keep && !out.closed) {
          const scored = await pool.next();
          review?.review.record([], scored.unlabelled);
          for (const line of scored.lines) await writeLine(line);
        }
      };
      const submit = () => {
        review?.review.record(batch.map(([id]) => id), []);
        pool!.submit(batch);
        batch = [];
      };
      const rows = columns.rows();
      // A partial batch waits for more rows at most FLUSH_MS: then it is scored and written (a burst
      // on stdin). One timer, pushed back at each row (a timer per row slowed 100k rows down 2×).
      let wake = () => {};
      const timer = setTimeout(() => wake(), BufferedWriter.FLUSH_MS);
      timer.unref?.();
      try {
        let next = rows.next();
        for (;;) {
          timer.refresh();
          const row = batch.length ? await Promise.race([next, new Promise<typeof IDLE>((resolve) => (wake = () => resolve(IDLE)))]) : await next;
          if (row === IDLE) {
            submit();
            await drain(0);
            continue;
          }
          if (row.done) break;
          batch.push(prepare(row.value));
          if (batch.length === WORKER_BATCH_ROWS) {
            submit();
            await drain(2 * pool.size - 1);
          }
          // The reader went away (`| head`): stop reading; closing the iterator closes the input.
          if (out.closed) break;
          next = rows.next();
        }
      } finally {
        clearTimeout(timer);
        await rows.return?.(undefined);
      }
      if (batch.length && !out.closed) submit();
      await drain(0);
    } else {
      for await (const row of columns.rows()) {
        const [id, text, kept] = prepare(row);
        const result = engine!.score({ id, text });
        await writeLine(rowFormat.row({ result: review ? review.review.apply(result) : result, kept }, context));
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
  if (!sink.closed) reportReview(ctx, review);
  meter.done(m.scoreSummary({ rows: count, ms: meter.elapsed(), empty, closed: sink.closed }));
  return 0;
}

/** What the wait for the next row gives when no row came for FLUSH_MS. */
const IDLE = Symbol('idle');

/**
 * Scoring threads, when they pay: `--workers N` (N > 1) asks for N, this one and N − 1 worker
 * threads; by default they are used for a file of at least `WORKERS_MIN_BYTES` on a machine of at
 * least `MIN_CORES_FOR_WORKERS` cores, as many as the cores, at most `MAX_DEFAULT_WORKERS`.
 * Running from the TypeScript sources (no built worker script), scoring stays on this thread.
 */
async function startPool(ctx: CommandContext, options: ScoreOptions, bytes: number, setup: ScoreWorkerSetup, format: RowFormat): Promise<ScorePool | undefined> {
  const script = workerScript();
  let size = options.workers;
  if (size === undefined) {
    const cores = availableParallelism();
    size = bytes >= WORKERS_MIN_BYTES && cores >= MIN_CORES_FOR_WORKERS ? Math.min(cores, MAX_DEFAULT_WORKERS) : 1;
  }
  if (size <= 1) return undefined;
  if (!script) {
    if (ctx.verbose) ctx.info(catalogue(ctx.locale).cli.noWorkerScript({ workers: size }));
    return undefined;
  }
  if (ctx.verbose) ctx.info(catalogue(ctx.locale).cli.workerThreads({ workers: size }));
  return ScorePool.start(script, size, setup, batchScorer(setup, format));
}
