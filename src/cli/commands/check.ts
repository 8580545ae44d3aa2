/**
 * `sdg-align check FILE…`: a CI gate. Each file's programmes get a gap report against the plan type
 * (given, or detected from the title); findings are printed, and the exit code is 1 when any is an error:
 * - error `missing-core-goal`: a core goal of the plan type that no programme addresses nor touches (status missing);
 * - error `missing-required-goal`: a `--require`d goal no programme addresses (score < threshold);
 * - error `coverage`: coverage of the expected goals below `--min-coverage`;
 * - warning `weak-core-goal`: a core goal with some evidence but below the threshold;
 * - warning `missing-expected-goal`: another expected goal that is missing;
 * - warning `unaligned-programme`: a programme that addresses no goal (at its heading or row).
 */
import { basename, extname } from 'node:path';
import { SdgAlignError } from '../../errors.js';
import { detectPlanType, getPlanType, type PlanType } from '../../plans/index.js';
import { gapReport, type GapReport } from '../../report/gaps.js';
import { scorePlan } from '../../report/plan.js';
import { createEngine } from '../../scoring/engine.js';
import { getGoal, type GoalNumber } from '../../taxonomy/index.js';
import type { EncodingOption } from '../../text/encoding.js';
import type { CommandContext } from '../io.js';
import { openOutput } from '../output.js';
import { loadPlans, planOptions, type InputFormat, type Plan } from '../programmes.js';

export const CHECK_SCHEMA_VERSION = 1;

export interface CheckOptions {
  planType?: string;
  require?: number[];
  minCoverage?: number;
  threshold?: number;
  format?: 'text' | 'json' | 'github';
  delimiter?: string;
  encoding?: EncodingOption;
  inputFormat?: InputFormat;
}

export type Severity = 'error' | 'warning';

export interface Finding {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly severity: Severity;
  readonly rule: 'missing-core-goal' | 'missing-required-goal' | 'coverage' | 'weak-core-goal' | 'missing-expected-goal' | 'unaligned-programme';
  readonly message: string;
  readonly goal?: number;
  readonly programme?: string;
}

export interface PlanSummary {
  readonly file: string;
  readonly planType: string | null;
  readonly programmes: number;
  readonly expected: readonly number[];
  readonly core: readonly number[];
  readonly required: readonly number[];
  readonly covered: readonly number[];
  readonly missing: readonly number[];
  readonly coverage: number;
}

const goalName = (g: number): string => `goal ${g} (${getGoal(g).en.short})`;
const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

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
  return plan.file === '<stdin>' ? undefined : detectPlanType(basename(plan.file, extname(plan.file)).replace(/[-_.]+/g, ' '));
}

function checkPlan(plan: Plan, type: PlanType | undefined, report: GapReport, options: CheckOptions): { findings: Finding[]; summary: PlanSummary } {
  const findings: Finding[] = [];
  const at = { file: plan.file, line: plan.titleLine, column: 1 };
  const label = type ? type.acronym : 'the plan';
  const required = options.require ?? [];
  for (const gap of report.goals) {
    const best = `best score ${gap.best.toFixed(2)} < ${report.thresholds.threshold.toFixed(2)}`;
    if (required.includes(gap.goal) && !gap.addressed) {
      findings.push({ ...at, severity: 'error', rule: 'missing-required-goal', goal: gap.goal, message: `required ${goalName(gap.goal)} is not addressed by any programme (${best}).` });
    }
    if (!gap.expected || required.includes(gap.goal)) continue;
    if (gap.core && gap.status === 'missing') {
      findings.push({ ...at, severity: 'error', rule: 'missing-core-goal', goal: gap.goal, message: `core ${goalName(gap.goal)} of ${label} is not addressed by any programme (${best}).` });
    } else if (gap.core && gap.status === 'weak') {
      findings.push({ ...at, severity: 'warning', rule: 'weak-core-goal', goal: gap.goal, message: `core ${goalName(gap.goal)} of ${label} is only weakly addressed (${best}).` });
    } else if (gap.status === 'missing') {
      findings.push({ ...at, severity: 'warning', rule: 'missing-expected-goal', goal: gap.goal, message: `expected ${goalName(gap.goal)} of ${label} is not addressed by any programme.` });
    }
  }
  if (options.minCoverage !== undefined && report.coverage < options.minCoverage) {
    findings.push({ ...at, severity: 'error', rule: 'coverage', message: `coverage of the expected goals is ${percent(report.coverage)}, below the minimum ${percent(options.minCoverage)}.` });
  }
  const lines = new Map(plan.programmes.map((p) => [p.id, p.line]));
  for (const id of report.orphans) {
    findings.push({ file: plan.file, line: lines.get(id) ?? plan.titleLine, column: 1, severity: 'warning', rule: 'unaligned-programme', programme: id, message: `programme ${JSON.stringify(id)} addresses no goal.` });
  }
  return {
    findings,
    summary: {
      file: plan.file,
      planType: type?.id ?? null,
      programmes: plan.programmes.length,
      expected: [...report.expected.goals],
      core: [...report.expected.core],
      required,
      covered: report.goals.filter((g) => g.addressed).map((g) => g.goal),
      missing: [...report.expected.missing],
      coverage: Math.round(report.coverage * 10_000) / 10_000,
    },
  };
}

/** GitHub workflow command escaping (data and property values). */
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatFindings(findings: readonly Finding[], plans: readonly PlanSummary[], format: 'text' | 'json' | 'github'): string {
  if (format === 'json') {
    const errors = findings.filter((f) => f.severity === 'error').length;
    return `${JSON.stringify(
      {
        schemaVersion: CHECK_SCHEMA_VERSION,
        ok: errors === 0,
        summary: { files: new Set(plans.map((p) => p.file)).size, plans: plans.length, errors, warnings: findings.length - errors },
        plans,
        findings,
      },
      null,
      2,
    )}\n`;
  }
  if (format === 'github') {
    return findings.map((f) => `::${f.severity} file=${ghProp(f.file)},line=${f.line},col=${f.column}::${ghData(f.message)}\n`).join('');
  }
  return findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}\n`).join('');
}

const ruleOrder: Finding['rule'][] = ['missing-required-goal', 'missing-core-goal', 'coverage', 'weak-core-goal', 'missing-expected-goal', 'unaligned-programme'];

export async function run(ctx: CommandContext, positionals: string[], raw: Record<string, unknown>): Promise<number> {
  const options = raw as CheckOptions;
  if (!positionals.length) throw new SdgAlignError('USAGE', { messageId: 'needsFile', command: 'check', kinds: 'plans' });
  if (positionals.filter((f) => f === '-').length > 1) throw new SdgAlignError('USAGE', { messageId: 'stdinOnce', command: 'check' });
  const engine = createEngine(options.threshold !== undefined ? { threshold: options.threshold } : {});
  const findings: Finding[] = [];
  const plans: PlanSummary[] = [];
  for (const file of positionals) {
    const loaded = await loadPlans(ctx, file, { command: 'check', ...planOptions(options) });
    // A plan type given for the file makes one plan of it, whatever a plan-type column says.
    const merged = options.planType !== undefined && loaded.length > 1 ? [{ file: loaded[0]!.file, titleLine: 1, programmes: loaded.flatMap((p) => p.programmes) }] : loaded;
    for (const plan of merged) {
      const type = resolvePlanType(plan, options.planType);
      if (!type && !options.require?.length) {
        throw new SdgAlignError('USAGE', { messageId: 'planTypeUnknown', command: 'check', file: plan.file, ...(plan.title ? { title: plan.title } : {}) });
      }
      const scored = scorePlan(engine, plan.programmes.map((p) => ({ id: p.id, text: p.text, ...(p.title ? { title: p.title } : {}) })));
      const report = gapReport(scored, { threshold: engine.threshold, ...(type ? { planType: type } : { expect: options.require as GoalNumber[] }) });
      const result = checkPlan(plan, type, report, options);
      if (ctx.verbose) ctx.info(`${plan.file}: ${type ? type.acronym : 'no plan type'}, ${plan.programmes.length} programmes, coverage ${percent(report.coverage)}.`);
      findings.push(...result.findings);
      plans.push(result.summary);
    }
  }
  // Stable order: file as given, then line, then rule, then goal.
  const fileOrder = new Map(positionals.map((f, i) => [f === '-' ? '<stdin>' : f, i]));
  findings.sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      a.line - b.line ||
      ruleOrder.indexOf(a.rule) - ruleOrder.indexOf(b.rule) ||
      (a.goal ?? 0) - (b.goal ?? 0),
  );
  const sink = openOutput(ctx, undefined);
  await sink.write(formatFindings(findings, plans, options.format ?? 'text'));
  await sink.commit();
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (ctx.verbose) ctx.info(`${errors} error(s), ${findings.length - errors} warning(s).`);
  return errors ? 1 : 0;
}
