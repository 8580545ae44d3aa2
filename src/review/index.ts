/**
 * Human review of labels, against "ODD-washing": a person accepts or rejects the goals the
 * engine gave each programme, in a CSV (`id,goal,decision[,note]`, French headers accepted:
 * `identifiant,ODD,décision,note`), and every output then says which labels a person confirmed.
 *
 * - `parseReview(text, { file })` reads the file (decoded text: any delimiter, a BOM, CRLF), with
 *   errors that give file:line:column and warnings that name the line;
 * - `applyReview(results, decisions)` removes the rejected labels, keeps the accepted ones whatever
 *   their score, and marks which labels a person confirmed (`result.review.confirmed`);
 * - `createReview(decisions)` does the same one result at a time (a stream), and lists at the end
 *   the decisions that matched nothing;
 * - `reviewTemplate(rows, options)` writes the file to fill in: one row per label, decision empty.
 *
 * Browser-safe: no `node:` import (an app can keep the decisions people make on a page).
 */
import { SdgAlignError } from '../errors.js';
import { columnKey } from '../csv/columns.js';
import { firstColumn } from '../csv/programmes.js';
import { readCsvText } from '../csv/table.js';
import { csvStart, DEFAULT_DIALECT, writeCsvRow, type CsvDialect } from '../csv/write.js';
import { catalogue } from '../locales/index.js';
import type { Locale } from '../locales/types.js';
import type { ScoreResult } from '../scoring/types.js';
import { carriedFramework, carryFramework } from '../frameworks/carry.js';
import { getGoal, isGoalNumber, type GoalNumber } from '../taxonomy/index.js';

export type ReviewVerdict = 'accept' | 'reject';

/** One decision of a person: goal `goal` of programme `id` is right (`accept`) or wrong (`reject`). */
export interface ReviewDecision {
  readonly id: string;
  readonly goal: GoalNumber;
  readonly decision: ReviewVerdict;
  readonly note?: string;
  /** 1-based line of the review file (0 for a decision made elsewhere, e.g. in an app). */
  readonly line: number;
}

/** Something in a review file that is not an error but deserves a look. */
export type ReviewWarning =
  /** A second decision for the same id and goal: the last one counts. */
  | { readonly kind: 'duplicate'; readonly file: string; readonly line: number; readonly first: number; readonly id: string; readonly goal: GoalNumber }
  /** No programme has this id. */
  | { readonly kind: 'unknown-id'; readonly file: string; readonly line: number; readonly id: string; readonly goal: GoalNumber }
  /** A rejection of a goal the programme is not labelled with: nothing to reject. */
  | { readonly kind: 'not-labelled'; readonly file: string; readonly line: number; readonly id: string; readonly goal: GoalNumber };

export interface ParsedReview {
  readonly file: string;
  /** The decisions in file order, one per id and goal (the last one of duplicates). */
  readonly decisions: readonly ReviewDecision[];
  readonly warnings: readonly ReviewWarning[];
  /** Rows whose decision is empty (labels left undecided, as a template gives them). */
  readonly skipped: number;
}

/** What review marks on a result: the labels a person confirmed and those a person rejected. */
export interface ReviewMarks {
  /** Goals a person accepted, kept among the labels whatever their score (goal order). */
  readonly confirmed: readonly GoalNumber[];
  /** Goals a person rejected, removed from the labels (goal order). */
  readonly rejected: readonly GoalNumber[];
}

export type ReviewedResult<T extends ScoreResult = ScoreResult> = T & { readonly review: ReviewMarks };

/** Header names of each column of a review file, compared with `columnKey` (case, accents, `_` and `-` ignored). */
export const REVIEW_COLUMNS = {
  id: ['id', 'identifiant', 'programme', 'code', 'ref', 'reference', 'n° fiche', 'numero'],
  goal: ['goal', 'odd', 'sdg', 'objectif', 'objective'],
  decision: ['decision', 'verdict', 'avis', 'review', 'revue'],
  note: ['note', 'commentaire', 'comment', 'remarque', 'notes'],
} as const;

/** Decision words, compared with `columnKey`: English and French, a few synonyms, ✓ and ✗. */
const ACCEPT = new Set(['accept', 'accepted', 'accepter', 'accepte', 'acceptee', 'oui', 'yes', 'y', 'o', 'ok', 'valide', 'valider', 'validee', 'confirme', 'confirmer', 'confirmee', 'vrai', 'true', '1', '✓', '✔', 'x']);
const REJECT = new Set(['reject', 'rejected', 'rejeter', 'rejete', 'rejetee', 'refuse', 'refuser', 'refusee', 'non', 'no', 'n', 'faux', 'false', '0', '✗', '✘']);

/** `7`, `07`, `ODD 7`, `SDG7`, `Objectif 7`, `ODD 7 — Énergie propre` → 7; else undefined. */
export function parseGoalCell(value: string): GoalNumber | undefined {
  const m = /^(?:odd|sdg|goal|objectif|objective)?\s*0*(\d{1,2})(?![\d.,]\d)/.exec(columnKey(value));
  const n = m ? Number(m[1]) : NaN;
  return isGoalNumber(n) ? n : undefined;
}

/** The verdict of a decision cell: accept, reject, undefined when empty; null when it is something else. */
export function parseDecisionCell(value: string): ReviewVerdict | undefined | null {
  const key = columnKey(value);
  if (key === '') return undefined;
  if (ACCEPT.has(key)) return 'accept';
  if (REJECT.has(key)) return 'reject';
  return null;
}

/** 1-based character column of field `field` (0-based) on the first line of a row, honouring quotes. */
function fieldColumn(lineText: string, delimiter: string, field: number): number {
  let k = 0;
  let quoted = false;
  for (let i = 0; i < lineText.length; i++) {
    if (k === field) return i + 1;
    const c = lineText[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) k++;
  }
  return k === field ? lineText.length + 1 : 1;
}

/**
 * Reads a review file. Throws `REVIEW_FORMAT` with file:line:column for a row that is not a
 * decision (an empty id, a goal that is not 1–17, a decision word it does not know) and for a
 * missing column; `CSV_FORMAT` for malformed CSV.
 */
export async function parseReview(text: string, options: { file?: string } = {}): Promise<ParsedReview> {
  const file = options.file ?? '<review>';
  const table = await readCsvText(text, { file });
  const { header, rows, delimiter } = table;
  const columns = {
    id: firstColumn(header, REVIEW_COLUMNS.id, { file }),
    goal: firstColumn(header, REVIEW_COLUMNS.goal, { file }),
    decision: firstColumn(header, REVIEW_COLUMNS.decision, { file }),
    note: firstColumn(header, REVIEW_COLUMNS.note, { file }),
  };
  for (const column of ['id', 'goal', 'decision'] as const) {
    if (columns[column] < 0) throw new SdgAlignError('REVIEW_FORMAT', { reason: 'missing-column', file, column, columns: [...header] });
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const at = (line: number, field: number) => ({ file, line, column: fieldColumn(lines[line - 1] ?? '', delimiter, field) });
  const byKey = new Map<string, ReviewDecision>();
  const warnings: ReviewWarning[] = [];
  let skipped = 0;
  for (const row of rows) {
    const cell = (i: number) => (i >= 0 ? row.values[i]!.trim() : '');
    const verdict = parseDecisionCell(cell(columns.decision));
    if (verdict === null) throw new SdgAlignError('REVIEW_FORMAT', { reason: 'bad-decision', ...at(row.line, columns.decision), value: cell(columns.decision) });
    const id = cell(columns.id);
    if (verdict === undefined) {
      skipped++;
      continue;
    }
    if (id === '') throw new SdgAlignError('REVIEW_FORMAT', { reason: 'empty-id', ...at(row.line, columns.id) });
    const goal = parseGoalCell(cell(columns.goal));
    if (goal === undefined) throw new SdgAlignError('REVIEW_FORMAT', { reason: 'bad-goal', ...at(row.line, columns.goal), value: cell(columns.goal) });
    const note = cell(columns.note);
    const key = `${goal}\u0000${id}`;
    const earlier = byKey.get(key);
    if (earlier) {
      warnings.push({ kind: 'duplicate', file, line: row.line, first: earlier.line, id, goal });
      byKey.delete(key); // the last one counts, in its own place
    }
    byKey.set(key, { id, goal, decision: verdict, ...(note ? { note } : {}), line: row.line });
  }
  return { file, decisions: [...byKey.values()], warnings, skipped };
}

/** The review of a stream of results: `apply` one at a time, `warnings()` once they are all seen. */
export interface Review {
  /** The result with the decisions about it applied (labels changed, `review` marks added). */
  apply<T extends ScoreResult>(result: T): ReviewedResult<T>;
  /** Counts results reviewed elsewhere (a worker thread): their ids, and the decisions (by index) whose rejection found no label. */
  record(ids: Iterable<string>, unlabelled: Iterable<number>): void;
  /** Indices of the decisions whose rejection found no label since the last call (for `record`). */
  takeUnlabelled(): number[];
  /** Decisions that matched nothing: an id no result has, a rejection of a goal not labelled. */
  warnings(file?: string): ReviewWarning[];
  /** Number of decisions by verdict. */
  readonly counts: { readonly accepted: number; readonly rejected: number };
}

export function createReview(decisions: readonly ReviewDecision[]): Review {
  const byId = new Map<string, { index: number; decision: ReviewDecision }[]>();
  decisions.forEach((decision, index) => {
    const list = byId.get(decision.id) ?? [];
    list.push({ index, decision });
    byId.set(decision.id, list);
  });
  const seen = new Set<string>();
  const unlabelled = new Set<number>();
  let fresh: number[] = [];
  return {
    counts: { accepted: decisions.filter((d) => d.decision === 'accept').length, rejected: decisions.filter((d) => d.decision === 'reject').length },
    apply<T extends ScoreResult>(result: T): ReviewedResult<T> {
      const mine = byId.get(result.id);
      if (!mine) return { ...result, review: { confirmed: [], rejected: [] } };
      seen.add(result.id);
      const accepted = new Set<GoalNumber>();
      const rejected = new Set<GoalNumber>();
      for (const { index, decision } of mine) {
        if (decision.decision === 'accept') accepted.add(decision.goal);
        else {
          rejected.add(decision.goal);
          if (!result.labels.includes(decision.goal)) {
            unlabelled.add(index);
            fresh.push(index);
          }
        }
      }
      const score = (g: GoalNumber) => result.goals[g - 1]?.score ?? 0;
      const labels = [...new Set([...result.labels.filter((g) => !rejected.has(g)), ...accepted])].sort((a, b) => score(b) - score(a) || a - b);
      const order = (set: Set<GoalNumber>) => [...set].sort((a, b) => a - b);
      return { ...result, labels, review: { confirmed: order(accepted), rejected: order(rejected) } };
    },
    record(ids, indices) {
      for (const id of ids) if (byId.has(id)) seen.add(id);
      for (const i of indices) unlabelled.add(i);
    },
    takeUnlabelled() {
      const out = fresh;
      fresh = [];
      return out;
    },
    warnings(file = '<review>') {
      const out: ReviewWarning[] = [];
      decisions.forEach((d, index) => {
        if (!seen.has(d.id)) out.push({ kind: 'unknown-id', file, line: d.line, id: d.id, goal: d.goal });
        else if (unlabelled.has(index)) out.push({ kind: 'not-labelled', file, line: d.line, id: d.id, goal: d.goal });
      });
      return out.sort((a, b) => a.line - b.line);
    },
  };
}

/**
 * Applies a person's decisions to scored results: a rejected goal leaves the labels, an accepted
 * one joins them whatever its score (labels stay strongest first), and `review` says which labels
 * a person confirmed or rejected. Decisions about ids not among the results change nothing (see
 * `createReview(decisions).warnings()` to list them).
 */
export function applyReview<T extends ScoreResult>(results: readonly T[], decisions: readonly ReviewDecision[]): ReviewedResult<T>[] {
  const review = createReview(decisions);
  const reviewed = results.map((r) => review.apply(r));
  // A scored plan's framework stays with it (frameworks/carry.ts).
  const framework = carriedFramework(results);
  return framework ? carryFramework(reviewed, framework) : reviewed;
}

/** A review warning as a sentence in `locale`. */
export function formatReviewWarning(warning: ReviewWarning, locale: Locale): string {
  const m = catalogue(locale).review;
  switch (warning.kind) {
    case 'duplicate':
      return m.duplicate(warning);
    case 'unknown-id':
      return m.unknownId(warning);
    case 'not-labelled':
      return m.notLabelled(warning);
  }
}

/** A labelled row, as the template reads it: from a result, or from a scored CSV. */
export interface LabelledRow {
  readonly id: string;
  /** Labelled goals, strongest first. */
  readonly labels: readonly number[];
  /** Score of each goal (index goal − 1), when known. */
  readonly scores?: ArrayLike<number>;
}

export interface ReviewTemplateOptions {
  /** Language of the header and of the goal titles (default `fr`). */
  readonly locale?: Locale;
  /** How the CSV is written (default: `,`, decimal point, no BOM, LF; `EXCEL_DIALECT` for French Excel). */
  readonly dialect?: CsvDialect;
  /** Decisions already taken, by row id then goal: filled in, with a row for each goal decided that is not a label. */
  readonly decided?: ReadonlyMap<string, DecidedGoals>;
}

/** A row's decisions by goal (what `reviewTemplateRows` fills in). */
export type DecidedGoals = ReadonlyMap<number, Pick<ReviewDecision, 'decision' | 'note'>>;

/**
 * The review file to fill in: a header (`identifiant,ODD,intitulé,score,décision,note` in French,
 * `id,goal,title,score,decision,note` in English), then one row per label (id, goal, its short
 * title, its score), decision and note empty. `parseReview` reads it back in either language.
 */
export function reviewTemplate(rows: Iterable<LabelledRow | ScoreResult>, options: ReviewTemplateOptions = {}): string {
  const locale = options.locale ?? 'fr';
  const dialect = options.dialect ?? DEFAULT_DIALECT;
  const out: string[] = [csvStart(dialect), writeCsvRow(catalogue(locale).review.header, dialect)];
  for (const row of rows) out.push(...reviewTemplateRows(row, locale, dialect, options.decided?.get(row.id)));
  return out.join('');
}

/**
 * The template rows of one labelled row (for writing a template as rows are read): one per label,
 * then one per goal `decided` holds that is not a label (in goal order), each with its decision
 * and note when one was taken.
 */
export function reviewTemplateRows(row: LabelledRow | ScoreResult, locale: Locale, dialect: CsvDialect = DEFAULT_DIALECT, decided?: DecidedGoals): string[] {
  const scores = 'goals' in row ? row.goals.map((g) => g.score) : row.scores;
  const labels: readonly number[] = row.labels;
  const goals = decided ? [...labels, ...[...decided.keys()].filter((g) => !labels.includes(g)).sort((a, b) => a - b)] : labels;
  return goals.map((goal) => {
    const score = scores?.[goal - 1];
    const d = decided?.get(goal);
    return writeCsvRow([row.id, String(goal), getGoal(goal)[locale].short, ...(score !== undefined ? [score] : ['']), d?.decision ?? '', d?.note ?? ''], dialect);
  });
}
