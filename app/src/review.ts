/**
 * Review mode: the decisions a person takes on the labels, kept by the page, applied with the
 * library's review (src/review: the CLI's `--review` file, read and written); the gap report counts
 * a rejected goal for nothing and an accepted one always, as `sdg-align gaps --review` does.
 */
import { createReview, formatReviewWarning, parseReview, reviewTemplate, type Review, type ReviewDecision, type ReviewVerdict } from '../../src/review/index.js';
import { EXCEL_DIALECT } from '../../src/csv/write.js';
import type { GoalNumber } from '../../src/taxonomy/index.js';
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
export const reviewFileText = (results: readonly CompactResult[], decisions: DecisionMap, locale: Locale): string =>
  reviewTemplate(results, { locale, dialect: EXCEL_DIALECT, decided: decisions });
