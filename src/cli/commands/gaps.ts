/** `sdg-align gaps FILE --plan-type T | --expect 7,11,13`: a gap report in Markdown, JSON or HTML. */
import { SdgAlignError } from '../../errors.js';
import { IdStore } from '../../id-store.js';
import { catalogue } from '../../locales/index.js';
import { getPlanType } from '../../plans/index.js';
import { fileSpool } from '../../node/score-spool.js';
import { fileSlots, fileStrings } from '../../node/string-spool.js';
import { scratchFile } from '../../node/scratch-file.js';
import { createGapAccumulator } from '../../report/gaps.js';
import { resolveEngineOptions, type EngineOptions } from '../../scoring/options.js';
import type { GapsOptions } from '../commands.js';
import { REPORT_FORMATS } from '../formats.js';
import type { CommandContext } from '../io.js';
import { BufferedWriter, openOutput } from '../output.js';
import { inputSize, progress } from '../progress.js';
import { openPlan, planOptions } from '../programmes.js';
import { loadReview, reportReview } from '../review-file.js';
import { scoreProgrammes } from '../score-stream.js';

export async function run(ctx: CommandContext, positionals: string[], options: GapsOptions): Promise<number> {
  if (positionals.length !== 1) {
    throw new SdgAlignError('USAGE', positionals.length ? { messageId: 'oneFile', command: 'gaps', count: positionals.length, stdin: false } : { messageId: 'needsFile', command: 'gaps', kinds: 'plan' });
  }
  if (options.planType === undefined && options.expect === undefined) {
    throw new SdgAlignError('USAGE', { messageId: 'needsPlanTypeOrExpect', command: 'gaps' });
  }
  if (options.planType !== undefined && options.expect !== undefined) {
    throw new SdgAlignError('USAGE', { messageId: 'planTypeAndExpect', command: 'gaps' });
  }
  // Resolve the plan type before reading anything: a typo fails fast, with suggestions.
  const planType = options.planType !== undefined ? getPlanType(options.planType) : undefined;
  const file = positionals[0]!;
  // The output first: a target that cannot be written fails before anything is read or scored.
  const sink = openOutput(ctx, options.output, [file]);
  const meter = progress(ctx, 'programmes', inputSize(ctx, file));
  // The programmes' scores, ids and id-check slots wait for the report in temporary files once a plan
  // has more than 32,768 programmes; a gap list longer than 65,536 is sorted by runs in one too.
  const spool = fileSpool();
  // One store of the programmes' ids for the CSV reader (which makes repeated ones unique) and the report.
  const ids = new IdStore(fileStrings(), fileSlots());
  try {
    const review = await loadReview(ctx, options.review);
    const engineOptions: EngineOptions = { language: options.lang ?? 'auto', ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) };
    // Programmes are scored as they are read and only their scores kept: memory stays flat.
    // A CSV grouped by a plan-type column is reported as one plan here: the plan type is given.
    const plan = await openPlan(ctx, file, { command: 'gaps', ...planOptions(options), ids, onBytes: (n) => meter.read(n) });
    const document = {
      ...(options.title ?? plan.title ? { title: options.title ?? plan.title } : {}),
      ...(options.author ? { author: options.author } : {}),
      ...(options.date ? { date: options.date } : {}),
    };
    // The options' threshold and framework; the engine that scores is built by scoreProgrammes.
    const defaults = resolveEngineOptions(engineOptions);
    const accumulator = createGapAccumulator({
      threshold: defaults.threshold,
      framework: defaults.framework,
      ...(planType ? { planType } : { expect: options.expect! }),
      ...(Object.keys(document).length ? { document } : {}),
    }, { spool, ids, sortRuns: () => scratchFile('sort') });
    let count = 0;
    for await (const scored of scoreProgrammes(engineOptions, plan.programmes)) {
      accumulator.add(review ? review.review.apply(scored) : scored);
      meter.tick(++count);
    }
    meter.done();
    const format = await REPORT_FORMATS[options.format ?? 'md'].load();
    // JSON is streamed: each programme's summary is built as it is written. The Markdown and HTML
    // renderings are strings of the whole report (a heatmap row per programme in HTML).
    const report = format.streams ? accumulator.lazyReport() : accumulator.report();
    // A file takes the report as UTF-8 bytes, encoded into the writer's block as it comes (see BufferedWriter).
    const out = new BufferedWriter(sink, options.output !== undefined && options.output !== '-');
    for (const chunk of format.render(report, { locale: ctx.locale })) await out.write(chunk);
    await out.flush();
    await sink.commit();
    reportReview(ctx, review);
    meter.done(catalogue(ctx.locale).cli.gapsSummary({ programmes: count, ms: meter.elapsed(), coverage: report.coverage }));
  } catch (error) {
    meter.done();
    await sink.abort();
    throw error;
  } finally {
    spool.close();
    ids.close();
  }
  return 0;
}
