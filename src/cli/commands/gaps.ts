/** `sdg-align gaps FILE --plan-type T | --expect 7,11,13`: a gap report in Markdown, JSON or HTML. */
import { SdgAlignError } from '../../errors.js';
import { getPlanType } from '../../plans/index.js';
import { renderHtml } from '../../render/html.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderJsonChunks } from '../../render/json.js';
import { createGapAccumulator } from '../../report/gaps.js';
import { scoreProgrammes } from '../score-stream.js';
import { createEngine } from '../../scoring/engine.js';
import type { EncodingOption } from '../../text/encoding.js';
import type { CommandContext } from '../io.js';
import { BufferedWriter, openOutput } from '../output.js';
import { openPlan, planOptions, type InputFormat } from '../programmes.js';

export interface GapsOptions {
  planType?: string;
  expect?: number[];
  format?: 'md' | 'json' | 'html';
  lang?: 'fr' | 'en';
  threshold?: number;
  output?: string;
  delimiter?: string;
  encoding?: EncodingOption;
  inputFormat?: InputFormat;
}

export async function run(ctx: CommandContext, positionals: string[], raw: Record<string, unknown>): Promise<number> {
  const options = raw as GapsOptions;
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
  try {
    const engineOptions = options.threshold !== undefined ? { threshold: options.threshold } : {};
    const accumulator = createGapAccumulator({ threshold: createEngine(engineOptions).threshold, ...(planType ? { planType } : { expect: options.expect! }) });
    // Programmes are scored as they are read and only their scores kept: memory stays flat.
    // A CSV grouped by a plan-type column is reported as one plan here: the plan type is given.
    const plan = await openPlan(ctx, file, { command: 'gaps', ...planOptions(options) });
    let count = 0;
    for await (const scored of scoreProgrammes(engineOptions, plan.programmes)) {
      accumulator.add(scored);
      count++;
    }
    const locale = options.lang ?? 'fr';
    const format = options.format ?? 'md';
    let coverage: number;
    if (format === 'json') {
      // Streamed: each programme's summary is built as it is written.
      const report = accumulator.lazyReport();
      coverage = report.coverage;
      const out = new BufferedWriter(sink);
      for (const chunk of renderJsonChunks(report)) await out.write(chunk);
      await out.write('\n');
      await out.flush();
    } else {
      // The Markdown and HTML renderings are strings of the whole report (a heatmap row per programme in HTML).
      const report = accumulator.report();
      coverage = report.coverage;
      const text = format === 'html' ? renderHtml(report, { locale }) : renderMarkdown(report, { locale });
      await sink.write(text.endsWith('\n') ? text : `${text}\n`);
    }
    await sink.commit();
    if (ctx.verbose) ctx.info(`${count} programmes, coverage ${Math.round(coverage * 100)}%.`);
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return 0;
}
