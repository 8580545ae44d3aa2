/**
 * `sdg-align check FILE…`: a CI gate. Each file's programmes get a gap report against the plan type
 * (given, or detected from the title); the rules (`report/check.ts`) turn it into findings, printed in
 * the format asked for; the exit code is 1 when any is an error.
 */
import { basename, extname } from 'node:path';
import { SdgAlignError } from '../../errors.js';
import { catalogue } from '../../locales/index.js';
import { detectPlanType, getPlanType, type PlanType } from '../../plans/index.js';
import { checkPlan, sortFindings, type Finding, type PlanSummary } from '../../report/check.js';
import { gapReport, type ScoredProgramme } from '../../report/gaps.js';
import { resolveEngineOptions, type EngineOptions } from '../../scoring/options.js';
import { inputSize, progress } from '../progress.js';
import { loadReview, reportReview } from '../review-file.js';
import { scoreProgrammes } from '../score-stream.js';
import type { GoalNumber } from '../../taxonomy/index.js';
import type { CheckOptions } from '../commands.js';
import { FINDINGS_FORMATS } from '../formats.js';
import { inputName, STDIN_NAME, type CommandContext } from '../io.js';
import { openOutput } from '../output.js';
import { loadPlans, planOptions, toAsync, type Plan } from '../programmes.js';

function resolvePlanType(plan: Plan, given: string | undefined): PlanType | undefined {
  if (given !== undefined) return getPlanType(given);
  if (plan.planTypeValue) {
    try {
      return getPlanType(plan.planTypeValue);
    } catch (error) {
      if (error instanceof SdgAlignError) {
        throw new SdgAlignError(error.code, `${plan.file}:${plan.titleLine}: ${error.message}`, { ...error.details, file: plan.file, line: plan.titleLine }, { cause: error });
      }
      throw error;
    }
  }
  if (plan.title) {
    const found = detectPlanType(plan.title);
    if (found) return found;
  }
  // The file name as a last resort: "pcaet-2024.md", "PLUi_Nord.csv".
  return plan.file === STDIN_NAME ? undefined : detectPlanType(basename(plan.file, extname(plan.file)).replace(/[-_.]+/g, ' '));
}

export async function run(ctx: CommandContext, positionals: string[], options: CheckOptions): Promise<number> {
  if (!positionals.length) throw new SdgAlignError('USAGE', { messageId: 'needsFile', command: 'check', kinds: 'plans' });
  if (positionals.filter((f) => f === '-').length > 1) throw new SdgAlignError('USAGE', { messageId: 'stdinOnce', command: 'check' });
  const engineOptions: EngineOptions = { language: options.lang ?? 'auto', ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) };
  const { threshold, framework } = resolveEngineOptions(engineOptions);
  const format = await FINDINGS_FORMATS[options.format ?? 'text'].load();
  const review = await loadReview(ctx, options.review);
  const findings: Finding[] = [];
  const plans: PlanSummary[] = [];
  const sizes = positionals.map((f) => inputSize(ctx, f));
  const meter = progress(ctx, 'programmes', sizes.every((n) => n !== undefined) ? sizes.reduce((a, b) => a + b, 0) : undefined);
  let scoredCount = 0;
  for (const file of positionals) {
    const loaded = await loadPlans(ctx, file, { command: 'check', ...planOptions(options), onBytes: (n) => meter.read(n) });
    // A plan type given for the file makes one plan of it, whatever a plan-type column says.
    const merged = options.planType !== undefined && loaded.length > 1 ? [{ file: loaded[0]!.file, titleLine: 1, programmes: loaded.flatMap((p) => p.programmes) }] : loaded;
    for (const plan of merged) {
      const type = resolvePlanType(plan, options.planType);
      if (!type && !options.require?.length) {
        throw new SdgAlignError('USAGE', { messageId: 'planTypeUnknown', command: 'check', file: plan.file, ...(plan.title ? { title: plan.title } : {}) });
      }
      const scored: ScoredProgramme[] = [];
      for await (const result of scoreProgrammes(engineOptions, toAsync(plan.programmes))) {
        scored.push(review ? review.review.apply(result) : result);
        meter.tick(++scoredCount);
      }
      const report = gapReport(scored, { threshold, framework, programmeEvidence: 0, ...(type ? { planType: type } : { expect: options.require as GoalNumber[] }) });
      const result = checkPlan(
        { file: plan.file, line: plan.titleLine, planType: type, report, programmes: plan.programmes.length, lines: new Map(plan.programmes.map((p) => [p.id, p.line])) },
        { ...(options.require ? { required: options.require } : {}), ...(options.minCoverage !== undefined ? { minCoverage: options.minCoverage } : {}), locale: ctx.locale },
      );
      if (ctx.verbose) ctx.info(catalogue(ctx.locale).cli.checkPlan({ file: plan.file, planType: type?.acronym, programmes: plan.programmes.length, coverage: report.coverage }));
      findings.push(...result.findings);
      plans.push(result.summary);
    }
  }
  meter.done();
  const sorted = sortFindings(findings, positionals.map(inputName));
  const sink = openOutput(ctx, undefined);
  await sink.write(format(sorted, plans, { locale: ctx.locale }));
  await sink.commit();
  reportReview(ctx, review);
  const errors = sorted.filter((f) => f.severity === 'error').length;
  meter.done(catalogue(ctx.locale).cli.checkSummary({ plans: plans.length, programmes: scoredCount, errors, warnings: sorted.length - errors, ms: meter.elapsed() }));
  return errors ? 1 : 0;
}
