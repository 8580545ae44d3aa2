/**
 * The gap report of the page's texts: the library's `gapReport` over the programmes scored as the
 * CLI's `gaps` scores them (same engine options, the file's language), so that the downloaded HTML
 * and JSON are the CLI's for the same file. The scores come compact from the scorer (no evidence);
 * the few programmes whose evidence the report quotes (those of the weak goals) are scored again
 * with the CLI's engine, for their matched words and excerpt.
 */
import { coverageByFinalite, type FinaliteCoverage } from '../../src/finalites/index.js';
import { getPlanType } from '../../src/plans/index.js';
import { gapReport, type GapReport, type ScoredProgramme } from '../../src/report/gaps.js';
import { documentText } from '../../src/scoring/document.js';
import type { ScoreResult } from '../../src/scoring/types.js';
import { forReport, reviewOf, type DecisionMap } from './review.js';
import { engineFor, engineOptions, expand, type CompactResult, type Programme, type Reading } from './scoring.js';

export interface PlanReading {
  readonly report: GapReport;
  /** The expected goals grouped by finalité. */
  readonly finalites: readonly FinaliteCoverage[];
}

/** The report of `programmes` (scored as `results`, same order) for a plan type, as a person reviewed them. */
export function readPlan(planTypeId: string, programmes: readonly Programme[], results: readonly CompactResult[], decisions: DecisionMap, reading: Reading): PlanReading {
  const planType = getPlanType(planTypeId);
  // The CLI's `gaps` engine: default options (10 evidence items kept), the file's language.
  const engine = engineFor(engineOptions(reading));
  const { threshold } = engine;
  const review = reviewOf(decisions);
  // As the CLI hands a scored programme to the report: its title, and the text its evidence refers to.
  const scored = (p: Programme, result: ScoreResult): ScoredProgramme => ({
    ...forReport(result, review, threshold),
    ...(p.title ? { title: p.title } : {}),
    text: documentText(p),
  });
  const plan = results.map((r, i) => scored(programmes[i]!, expand(r)));
  const first = gapReport(plan, { planType, threshold });
  // The programmes a weak goal quotes, with their evidence: the report shows their words and excerpt.
  const quoted = new Set(first.goals.flatMap((g) => (g.evidence ?? []).map((e) => e.programme)));
  const report = quoted.size
    ? gapReport(
        plan.map((s, i) => {
          const p = programmes[i]!;
          return quoted.has(p.id) ? scored(p, engine.score({ id: p.id, text: p.text, ...(p.title ? { title: p.title } : {}) })) : s;
        }),
        { planType, threshold },
      )
    : first;
  return { report, finalites: coverageByFinalite(report.expected.covered, report.expected.goals) };
}
