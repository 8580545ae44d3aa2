/**
 * Human review of labels, as issue 11 describes the CLI's `--review FILE`: a CSV `id,goal,decision[,note]`,
 * decision `accept` or `reject` (French headers and words accepted), read with the core's CSV
 * reader. Temporary: issue 11's `src/review` (`parseReview`, `applyReview`, `reviewTemplate`)
 * will replace this module.
 */
import { SdgAlignError } from '../../src/errors.js';
import { columnKey } from '../../src/csv/columns.js';
import { firstColumn } from '../../src/csv/programmes.js';
import { readCsvText } from '../../src/csv/table.js';
import type { ScoreResult } from '../../src/scoring/types.js';
import { isGoalNumber, type GoalNumber } from '../../src/taxonomy/index.js';
import { excelCsv, excelText } from './excel-csv.js';

export type Decision = 'accept' | 'reject';

export interface ReviewDecision {
  readonly id: string;
  readonly goal: GoalNumber;
  readonly decision: Decision;
  readonly note?: string;
  /** The line of the review file it was read from. */
  readonly line?: number;
}

/** Decisions by programme id, then goal. */
export type Decisions = ReadonlyMap<string, ReadonlyMap<GoalNumber, ReviewDecision>>;

const ID = ['id', 'identifiant', 'programme'];
const GOAL = ['goal', 'odd', 'sdg', 'objectif'];
const DECISION = ['decision'];
const NOTE = ['note', 'commentaire', 'remarque'];
const ACCEPT = new Set(['accept', 'accepte', 'accepter', 'oui', 'yes']);
const REJECT = new Set(['reject', 'rejete', 'rejeter', 'non', 'no']);

/** Reads a review file (its decoded text); rows with an empty decision (a template not filled in) are skipped. */
export async function parseReview(text: string, file: string): Promise<ReviewDecision[]> {
  const table = await readCsvText(text, { file });
  const column = (names: readonly string[], label: string, required: boolean): number => {
    const i = firstColumn(table.header, names);
    if (i < 0 && required) {
      throw new SdgAlignError('CSV_MISSING_COLUMN', `${file}: no column ${JSON.stringify(label)}; the columns are: ${table.header.map((h) => JSON.stringify(h)).join(', ')}.`, {
        file,
        column: label,
        columns: [...table.header],
      });
    }
    return i;
  };
  const [id, goal, decision, note] = [column(ID, 'id', true), column(GOAL, 'goal', true), column(DECISION, 'decision', true), column(NOTE, 'note', false)];
  const out: ReviewDecision[] = [];
  for (const row of table.rows) {
    const word = columnKey(row.values[decision]!);
    if (!word) continue;
    const kind: Decision | undefined = ACCEPT.has(word) ? 'accept' : REJECT.has(word) ? 'reject' : undefined;
    const n = Number(/(\d+)\s*$/.exec(row.values[goal]!.trim())?.[1]);
    if (!kind || !isGoalNumber(n)) {
      const what = kind ? `goal ${JSON.stringify(row.values[goal])} (1 to 17, or "ODD 7")` : `decision ${JSON.stringify(row.values[decision])} (accept or reject)`;
      throw new SdgAlignError('CSV_FORMAT', `${file}:${row.line}: invalid review row: ${what}.`, { file, line: row.line });
    }
    const text = note >= 0 ? row.values[note]!.trim() : '';
    out.push({ id: row.values[id]!.trim(), goal: n, decision: kind, ...(text ? { note: text } : {}), line: row.line });
  }
  return out;
}

export function indexDecisions(list: readonly ReviewDecision[]): Map<string, Map<GoalNumber, ReviewDecision>> {
  const out = new Map<string, Map<GoalNumber, ReviewDecision>>();
  for (const d of list) {
    let goals = out.get(d.id);
    if (!goals) out.set(d.id, (goals = new Map()));
    goals.set(d.goal, d);
  }
  return out;
}

/**
 * A result as a person reviewed it: a rejected goal scores 0 (its evidence dropped) and loses its
 * label; an accepted one scores at least the threshold and is labelled. Other goals are unchanged.
 */
export function applyReview<T extends ScoreResult>(result: T, decisions: Decisions, threshold: number): T {
  const mine = decisions.get(result.id);
  if (!mine?.size) return result;
  const goals = result.goals.map((g) => {
    const d = mine.get(g.goal)?.decision;
    if (d === 'reject') return { ...g, score: 0, evidence: [] };
    if (d === 'accept' && g.score < threshold) return { ...g, score: threshold };
    return g;
  });
  const labels = goals
    .filter((g) => g.score >= threshold && g.score > 0)
    .sort((a, b) => b.score - a.score || a.goal - b.goal)
    .map((g) => g.goal);
  const rejected = new Set([...mine.values()].filter((d) => d.decision === 'reject').map((d) => d.goal));
  return { ...result, goals, labels, targets: result.targets.filter((t) => !rejected.has(t.goal)) };
}

/**
 * Warnings for the decisions that match nothing, naming their line: an id that is no text's, a
 * rejected goal that is not one of the text's labels.
 */
export function unmatchedDecisions(list: readonly ReviewDecision[], labels: ReadonlyMap<string, readonly number[]>, file: string): string[] {
  return list.flatMap((d) => {
    const mine = labels.get(d.id);
    if (!mine) return [`${file}:${d.line ?? 0}: id ${JSON.stringify(d.id)} matches no text.`];
    if (d.decision === 'reject' && !mine.includes(d.goal)) return [`${file}:${d.line ?? 0}: goal ${d.goal} is not a label of ${JSON.stringify(d.id)}.`];
    return [];
  });
}

/**
 * The review file: one row per label of each text (strongest first) and per decided goal, with the
 * decision when there is one (empty: to fill in). Excel form (`;`, BOM, CRLF).
 */
export function reviewFile(results: readonly { readonly id: string; readonly labels: readonly GoalNumber[] }[], decisions: Decisions): string {
  const rows: string[][] = [['id', 'goal', 'decision', 'note']];
  for (const r of results) {
    const mine = decisions.get(r.id);
    const goals = [...r.labels, ...[...(mine?.keys() ?? [])].filter((g) => !r.labels.includes(g)).sort((a, b) => a - b)];
    for (const goal of goals) {
      const d = mine?.get(goal);
      rows.push([excelText(r.id), String(goal), d?.decision ?? '', excelText(d?.note ?? '')]);
    }
  }
  return excelCsv(rows);
}
