import type { Evidence, GoalScore, ScoreResult, TargetScore } from '../../src/scoring/types.js';
import { GOAL_NUMBERS, type GoalNumber } from '../../src/taxonomy/index.js';

/** Evidence for a constructed result: matched words per goal, strongest first. */
export type EvidenceSpec = Partial<Record<number, readonly string[]>>;

/**
 * A `ScoreResult` as the engine would return it, from goal and target scores written by hand:
 * labels at `threshold`, the 17 goals in order, non-zero targets strongest first.
 */
export function scoreResult(
  id: string,
  goalScores: Partial<Record<number, number>>,
  targetScores: Record<string, number> = {},
  evidence: EvidenceSpec = {},
  threshold = 0.35,
): ScoreResult {
  const goals: GoalScore[] = GOAL_NUMBERS.map((goal) => {
    const score = goalScores[goal] ?? 0;
    let offset = 0;
    const items: Evidence[] = (evidence[goal] ?? []).map((matched, i) => {
      const item = { target: String(goal), entry: `lexicon:fr:${goal}:${matched}`, matched, start: offset, end: offset + matched.length, weight: i === 0 ? 2 : 1 };
      offset += matched.length + 1;
      return item;
    });
    return { goal, score, keyword: score, similarity: score / 2, evidence: items };
  });
  const targets: TargetScore[] = Object.entries(targetScores)
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([target, score]) => ({ target, goal: Number(target.split('.')[0]) as GoalNumber, score, keyword: score, similarity: score / 2, evidence: [] }));
  const labels = goals
    .filter((g) => g.score >= threshold)
    .sort((a, b) => b.score - a.score || a.goal - b.goal)
    .map((g) => g.goal);
  return { id, language: 'fr', labels, goals, targets };
}
