/**
 * The gap report of the page's texts: the library's `gapReport`, given what the CLI's `gaps` gives
 * it, so that the downloaded HTML and JSON are the CLI's for the same file. The scores come compact
 * from the scorer (no evidence); the few programmes whose evidence the report quotes (those of the
 * weak goals) are scored again with the CLI's engine, as texts, for their matched words and excerpt.
 */
import { coverageByFinalite, type FinaliteCoverage } from '../../src/finalites/index.js';
import { getPlanType } from '../../src/plans/index.js';
import { gapReport, type GapEngine, type GapReport, type ProgrammeInput, type ScoredProgramme } from '../../src/report/gaps.js';
import { createEngine, type Engine } from '../../src/scoring/engine.js';
import type { ScoreResult } from '../../src/scoring/types.js';
import { applyReview, type Decisions } from './review-file.js';
import { expand, type CompactResult, type Programme, type TextLanguage } from './scoring.js';

const reportEngines = new Map<TextLanguage, Engine>();
/** The CLI's `gaps` engine: default options (10 evidence items), the text's language. */
export function reportEngine(language: TextLanguage): Engine {
  let engine = reportEngines.get(language);
  if (!engine) reportEngines.set(language, (engine = createEngine({ language })));
  return engine;
}

export interface PlanReading {
  readonly report: GapReport;
  /** The expected goals grouped by finalité. */
  readonly finalites: readonly FinaliteCoverage[];
}

/** An engine whose results are as the person reviewed them. */
const reviewing = (engine: Engine, decisions: Decisions): GapEngine => ({
  threshold: engine.threshold,
  score: (doc) => applyReview(engine.score(doc), decisions, engine.threshold),
});

/** The report of `programmes` (scored as `results`, same order) for a plan type, reviewed by `decisions`. */
export function readPlan(planTypeId: string, programmes: readonly Programme[], results: readonly CompactResult[], decisions: Decisions, language: TextLanguage): PlanReading {
  const planType = getPlanType(planTypeId);
  const engine = reviewing(reportEngine(language), decisions);
  const scored: ScoredProgramme[] = results.map((r, i) => {
    const title = programmes[i]!.title;
    return applyReview(expand(r, title), decisions, engine.threshold) as ScoreResult & { title?: string };
  });
  const first = gapReport(scored, { planType, engine });
  // The programmes a weak goal quotes: as texts, so that the report shows their words and excerpt.
  const quoted = new Set(first.goals.flatMap((g) => (g.evidence ?? []).map((e) => e.programme)));
  const report = quoted.size
    ? gapReport(
        programmes.map((p, i): ProgrammeInput | ScoredProgramme => (quoted.has(p.id) ? { id: p.id, text: p.text, ...(p.title !== undefined ? { title: p.title } : {}) } : scored[i]!)),
        { planType, engine },
      )
    : first;
  return { report, finalites: coverageByFinalite(report.expected.covered, report.expected.goals) };
}
