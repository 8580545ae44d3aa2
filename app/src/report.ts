/**
 * The gap report of the page's texts: the library's `gapReport` over the programmes scored as the
 * CLI's `gaps` scores them (same engine options, the file's language, a person's review applied
 * with the library's), so that the downloaded HTML and JSON are the CLI's for the same file. The
 * scores come compact from the scorer (no evidence); the programmes whose evidence the report
 * shows (the first DEFAULT_PROGRAMME_EVIDENCE, and those a weak goal quotes) are scored again with
 * the CLI's engine, once: their results are kept in a cache the page holds per file.
 */
import { DEFAULT_PROGRAMME_EVIDENCE, gapReport, type GapReport, type ReportDocument, type ScoredProgramme } from '../../src/report/gaps.js';
import { getPlanType } from '../../src/plans/index.js';
import { documentText } from '../../src/scoring/document.js';
import type { Engine } from '../../src/scoring/engine.js';
import type { ScoreResult } from '../../src/scoring/types.js';
import { reviewOf, type DecisionMap } from './review.js';
import { engineFor, engineOptions, expand, pause, type CompactResult, type Programme, type Reading } from './scoring.js';

export interface PlanReading {
  readonly report: GapReport;
}

/** Results with their evidence, by programme index, for one file and reading. */
export type EvidenceCache = Map<number, ScoreResult>;

/** The CLI's `gaps` engine: default options (10 evidence items kept), the file's language. */
const reportEngine = (reading: Reading): Engine => engineFor(engineOptions(reading));


/**
 * Scores, with their evidence, the programmes whose evidence the report shows, in slices that give
 * the thread back (a 20,000-row plan shows the first 2,000): `readPlan` then finds them ready.
 * Stops early when `current()` turns false (another file, another language).
 */
export async function prepareEvidence(programmes: readonly Programme[], reading: Reading, cache: EvidenceCache, current: () => boolean, sliceMs = 25): Promise<void> {
  const engine = reportEngine(reading);
  const n = Math.min(programmes.length, DEFAULT_PROGRAMME_EVIDENCE);
  await pause(); // not in the task that received the scores: that one draws them
  for (let i = 0; i < n && current(); ) {
    const until = performance.now() + sliceMs;
    for (; i < n && performance.now() < until; i++) if (!cache.has(i)) cache.set(i, engine.score(programmes[i]!));
    await pause();
  }
}

/** The report of `programmes` (scored as `results`, same order) for a plan type, as a person reviewed them. */
export function readPlan(
  planTypeId: string,
  programmes: readonly Programme[],
  results: readonly CompactResult[],
  decisions: DecisionMap,
  reading: Reading,
  cache: EvidenceCache,
  document?: ReportDocument,
): PlanReading {
  const planType = getPlanType(planTypeId);
  const engine = reportEngine(reading);
  const { threshold } = engine;
  // No decision, no review: as `gaps` without --review (the report then says nothing of one).
  const review = decisions.size ? reviewOf(decisions) : undefined;
  const full = (i: number): ScoreResult => {
    let result = cache.get(i);
    if (!result) cache.set(i, (result = engine.score(programmes[i]!)));
    return result;
  };
  // As the CLI hands a scored programme to the report: reviewed, with its title and the text its evidence refers to.
  const scored = (i: number, result: ScoreResult): ScoredProgramme => {
    const p = programmes[i]!;
    const withText = { ...result, ...(p.title ? { title: p.title } : {}), text: documentText(p) };
    return review ? review.apply(withText) : withText;
  };
  const options = { planType, threshold, framework: engine.framework, ...(document ? { document } : {}) };
  const plan = results.map((r, i) => scored(i, i < DEFAULT_PROGRAMME_EVIDENCE ? full(i) : expand(r)));
  const first = gapReport(plan, options);
  // Past the first programmes, those a weak goal quotes need their evidence too.
  const quoted = new Set(first.goals.flatMap((g) => (g.evidence ?? []).map((e) => e.programme)));
  const late = programmes.flatMap((p, i) => (i >= DEFAULT_PROGRAMME_EVIDENCE && quoted.has(p.id) ? [i] : []));
  if (!late.length) return { report: first };
  for (const i of late) plan[i] = scored(i, full(i));
  return { report: gapReport(plan, options) };
}
