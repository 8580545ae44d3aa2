/**
 * The rules of `sdg-align check`, on a plan's gap report: which goals are missing, which coverage
 * is too low, which programme addresses nothing. Pure (the CLI reads the files, scores and
 * prints); findings are sentences in the locale asked for, with the rule and the data beside them:
 * - error `missing-required-goal`: a required goal no programme addresses (score < threshold);
 * - error `missing-core-goal`: a core goal of the plan type no programme addresses nor touches (status missing);
 * - error `coverage`: coverage of the expected goals below the minimum;
 * - warning `weak-core-goal`: a core goal with some evidence but below the threshold;
 * - warning `missing-expected-goal`: another expected goal that is missing;
 * - warning `unaligned-programme`: a programme that addresses no goal (at its heading or row).
 */
import { catalogue } from '../locales/index.js';
import type { Locale } from '../locales/types.js';
import { roundTo } from '../locales/format.js';
import { frameworkGoal, goalNameIn } from '../frameworks/index.js';
import { sdgFramework } from '../frameworks/sdg.js';
import type { GapReport } from './gaps.js';

export const CHECK_SCHEMA_VERSION = 1;

export type Severity = 'error' | 'warning';

export type CheckRule = 'missing-core-goal' | 'missing-required-goal' | 'coverage' | 'weak-core-goal' | 'missing-expected-goal' | 'unaligned-programme';

/** The rules in the order findings of one line are listed. */
export const CHECK_RULES: readonly CheckRule[] = ['missing-required-goal', 'missing-core-goal', 'coverage', 'weak-core-goal', 'missing-expected-goal', 'unaligned-programme'];

export interface Finding {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly severity: Severity;
  readonly rule: CheckRule;
  /** The finding as a sentence, in the locale of the check. */
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
  /** Labels a person confirmed (with a review). */
  readonly confirmed?: number;
}

/** What the rules look at: a plan's gap report and where the plan stands in its file. */
export interface CheckInput {
  readonly file: string;
  /** 1-based line of the plan's title (findings about the whole plan stand there). */
  readonly line: number;
  /** The plan type checked against, if any (its acronym names it in findings). */
  readonly planType?: { readonly id: string; readonly acronym: string } | undefined;
  readonly report: GapReport;
  /** Number of programmes of the plan. */
  readonly programmes: number;
  /** 1-based line of each programme, by id (its heading or row). */
  readonly lines?: ReadonlyMap<string, number>;
}

export interface CheckOptions {
  /** Goals that must be addressed. */
  readonly required?: readonly number[];
  /** Minimum coverage of the expected goals (0–1). */
  readonly minCoverage?: number;
  /** Language of the findings' sentences (default `en`). */
  readonly locale?: Locale;
}

/** The findings of one plan, and its summary line for JSON output. */
export function checkPlan(input: CheckInput, options: CheckOptions = {}): { findings: Finding[]; summary: PlanSummary } {
  const locale = options.locale ?? 'en';
  const m = catalogue(locale).check;
  const { report } = input;
  const findings: Finding[] = [];
  const at = { file: input.file, line: input.line, column: 1 };
  const plan = input.planType ? input.planType.acronym : m.thePlan;
  const required = options.required ?? [];
  // The report's framework names the goals (a report copied from JSON: the SDGs').
  const framework = report.framework ?? sdgFramework;
  const goal = (g: number) => m.goal({ goal: g, name: goalNameIn(frameworkGoal(framework, g), locale).short });
  const threshold = report.thresholds.threshold;
  for (const gap of report.goals) {
    const best = m.best({ best: gap.best, threshold });
    if (required.includes(gap.goal) && !gap.addressed) {
      findings.push({ ...at, severity: 'error', rule: 'missing-required-goal', goal: gap.goal, message: m.missingRequired({ goal: goal(gap.goal), best }) });
    }
    if (!gap.expected || required.includes(gap.goal)) continue;
    if (gap.core && gap.status === 'missing') {
      findings.push({ ...at, severity: 'error', rule: 'missing-core-goal', goal: gap.goal, message: m.missingCore({ goal: goal(gap.goal), plan, best }) });
    } else if (gap.core && gap.status === 'weak') {
      findings.push({ ...at, severity: 'warning', rule: 'weak-core-goal', goal: gap.goal, message: m.weakCore({ goal: goal(gap.goal), plan, best }) });
    } else if (gap.status === 'missing') {
      findings.push({ ...at, severity: 'warning', rule: 'missing-expected-goal', goal: gap.goal, message: m.missingExpected({ goal: goal(gap.goal), plan }) });
    }
  }
  if (options.minCoverage !== undefined && report.coverage < options.minCoverage) {
    findings.push({ ...at, severity: 'error', rule: 'coverage', message: m.coverage({ coverage: report.coverage, minimum: options.minCoverage }) });
  }
  for (const id of report.orphans) {
    findings.push({ file: input.file, line: input.lines?.get(id) ?? input.line, column: 1, severity: 'warning', rule: 'unaligned-programme', programme: id, message: m.unaligned({ programme: id }) });
  }
  return {
    findings,
    summary: {
      file: input.file,
      planType: input.planType?.id ?? null,
      programmes: input.programmes,
      expected: [...report.expected.goals],
      core: [...report.expected.core],
      required: [...required],
      covered: report.goals.filter((g) => g.addressed).map((g) => g.goal),
      missing: [...report.expected.missing],
      coverage: roundTo(report.coverage, 4),
      ...(report.review ? { confirmed: report.review.confirmed } : {}),
    },
  };
}

/** Findings in a stable order: file (in `files` order), line, rule, goal. */
export function sortFindings(findings: readonly Finding[], files: readonly string[]): Finding[] {
  const fileOrder = new Map(files.map((f, i) => [f, i]));
  return [...findings].sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line || CHECK_RULES.indexOf(a.rule) - CHECK_RULES.indexOf(b.rule) || (a.goal ?? 0) - (b.goal ?? 0),
  );
}
