/**
 * Review mode: the decisions a person takes on the labels, kept by the page, applied with the
 * library's review (src/review: the CLI's `--review` file, read and written). Until the gap report
 * takes a review itself, the page gives it the scores as the person decided: a rejected goal
 * counts 0 for its text, an accepted one at least the threshold.
 */
import { catalogue } from '../../src/locales/index.js';
import { createReview, formatReviewWarning, parseReview, type Review, type ReviewDecision, type ReviewVerdict } from '../../src/review/index.js';
import { csvStart, EXCEL_DIALECT, writeCsvRow } from '../../src/csv/write.js';
import type { ScoreResult } from '../../src/scoring/types.js';
import { getGoal, type GoalNumber } from '../../src/taxonomy/index.js';
import { decodeBytes } from '../../src/text/encoding.js';
import type { Locale } from './i18n.js';
import { expand, type CompactResult } from './scoring.js';

export type { ReviewVerdict };
/** Decisions by text id, then goal. */
export type DecisionMap = Map<string, Map<GoalNumber, ReviewDecision>>;

/** Records (or, with no verdict, forgets) a person's decision on goal `goal` of text `id`. */
export function setDecision(decisions: DecisionMap, id: string, goal: GoalNumber, verdict: ReviewVerdict | undefined): void {
  let mine = decisions.get(id);
  if (!mine) decisions.set(id, (mine = new Map()));
  if (verdict) mine.set(goal, { id, goal, decision: verdict, line: 0 });
  else mine.delete(goal);
  if (!mine.size) decisions.delete(id);
}

export const decisionList = (decisions: DecisionMap): ReviewDecision[] => [...decisions.values()].flatMap((m) => [...m.values()]);

/** The library's review of these decisions: `apply(result)` gives the labels as the person decided them. */
export const reviewOf = (decisions: DecisionMap): Review => createReview(decisionList(decisions));

/** A result as the gap report should count it: rejected goals at 0, accepted ones at least at the threshold. */
export function forReport<T extends ScoreResult>(result: T, review: Review, threshold: number): T {
  const { review: marks } = review.apply(result);
  if (!marks.confirmed.length && !marks.rejected.length) return result;
  const goals = result.goals.map((g) =>
    marks.rejected.includes(g.goal) ? { ...g, score: 0, evidence: [] } : marks.confirmed.includes(g.goal) && g.score < threshold ? { ...g, score: threshold } : g,
  );
  return { ...result, goals, targets: result.targets.filter((t) => !marks.rejected.includes(t.goal)) };
}

/** A review file chosen by the person: its decisions, and the warnings (each naming its line) in the page's language. */
export async function readReviewFile(file: File, results: readonly CompactResult[], locale: Locale): Promise<{ decisions: DecisionMap; count: number; warnings: string[] }> {
  const { text } = decodeBytes(new Uint8Array(await file.arrayBuffer()), { file: file.name });
  const parsed = await parseReview(text, { file: file.name });
  const review = createReview(parsed.decisions);
  for (const r of results) review.apply(expand(r));
  const decisions: DecisionMap = new Map();
  for (const d of parsed.decisions) {
    let mine = decisions.get(d.id);
    if (!mine) decisions.set(d.id, (mine = new Map()));
    mine.set(d.goal, d);
  }
  const warnings = [...parsed.warnings, ...review.warnings(file.name)].sort((a, b) => a.line - b.line).map((w) => formatReviewWarning(w, locale));
  return { decisions, count: parsed.decisions.length, warnings };
}

/**
 * The review file, as French Excel opens it: the library's template (one row per label: id,
 * goal, its title, score, decision, note) with the decisions taken so far, and a row for each
 * goal decided that is not a label. `parseReview` (and the CLI's `--review`) read it back.
 */
export function reviewFileText(results: readonly CompactResult[], decisions: DecisionMap, locale: Locale): string {
  const out = [csvStart(EXCEL_DIALECT), writeCsvRow(catalogue(locale).review.header, EXCEL_DIALECT)];
  for (const r of results) {
    const mine = decisions.get(r.id);
    const goals = [...r.labels, ...[...(mine?.keys() ?? [])].filter((g) => !r.labels.includes(g)).sort((a, b) => a - b)];
    for (const goal of goals) {
      const d = mine?.get(goal);
      out.push(writeCsvRow([r.id, String(goal), getGoal(goal)[locale].short, r.scores[goal - 1] ?? 0, d?.decision ?? '', d?.note ?? ''], EXCEL_DIALECT));
    }
  }
  return out.join('');
}
