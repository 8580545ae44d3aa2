/** Review mode: the decisions a person takes on the labels, kept by the page, and the review file read back. */
import type { GoalNumber } from '../../src/taxonomy/index.js';
import { decodeBytes } from '../../src/text/encoding.js';
import { indexDecisions, parseReview, unmatchedDecisions, type Decision, type ReviewDecision } from './review-file.js';
import type { CompactResult } from './scoring.js';

export type DecisionMap = Map<string, Map<GoalNumber, ReviewDecision>>;

/** Records (or, with no decision, forgets) a person's decision on goal `goal` of text `id`. */
export function setDecision(decisions: DecisionMap, id: string, goal: GoalNumber, decision: Decision | undefined): void {
  let mine = decisions.get(id);
  if (!mine) decisions.set(id, (mine = new Map()));
  if (decision) mine.set(goal, { id, goal, decision });
  else mine.delete(goal);
  if (!mine.size) decisions.delete(id);
}

export const decisionCounts = (decisions: DecisionMap): { accepted: number; rejected: number } => {
  const all = [...decisions.values()].flatMap((m) => [...m.values()]);
  return { accepted: all.filter((d) => d.decision === 'accept').length, rejected: all.filter((d) => d.decision === 'reject').length };
};

/** A review file chosen by the person: its decisions, and a warning (with its line) for each that matches nothing. */
export async function readReviewFile(file: File, results: readonly CompactResult[]): Promise<{ decisions: DecisionMap; count: number; warnings: string[] }> {
  const { text } = decodeBytes(new Uint8Array(await file.arrayBuffer()), { file: file.name });
  const list = await parseReview(text, file.name);
  const labels = new Map(results.map((r) => [r.id, r.labels as readonly number[]]));
  return { decisions: indexDecisions(list), count: list.length, warnings: unmatchedDecisions(list, labels, file.name) };
}
