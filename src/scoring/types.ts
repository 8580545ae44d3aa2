import type { LanguageCode } from '../languages/types.js';
import type { GoalNumber } from '../taxonomy/index.js';
import type { DetectedLanguage } from '../text/index.js';
import type { FeatureName } from './features.js';

/** A document to score: a bare string, or an object with an id (and an optional title joined before the text). */
export type DocumentInput = string | { readonly id?: string; readonly text: string; readonly title?: string; readonly language?: LanguageCode };

/** Why a target scored: one matched lexicon entry or query, at 0-based offsets of the original text. */
export interface Evidence {
  /** Target id ("7.3"), or the goal number as a string ("7") for goal-level entries. */
  readonly target: string;
  /** Id of the lexicon entry or query that matched, e.g. "lexicon:fr:7.3:rénovation énergétique", "aurora:7.2-1". */
  readonly entry: string;
  /** The words matched, as written in the text. */
  readonly matched: string;
  /** 0-based offset of the first matched character in the original text (title + "\n" + text when a title is given). */
  readonly start: number;
  /** 0-based exclusive end offset. */
  readonly end: number;
  /** Weight of the entry (0.5 weak, 1 normal, 2 unambiguous; custom entries may use any positive weight). */
  readonly weight: number;
}

export interface GoalScore {
  readonly goal: GoalNumber;
  /** Calibrated probability that the text serves the goal, in [0, 1] (0 for a text without words). */
  readonly score: number;
  /** Strength of the keyword evidence, in [0, 1): 1 − exp(−evidence / 2), each matched span counted once. */
  readonly keyword: number;
  /** TF-IDF similarity with the goal's descriptor, mapped to [0, 1]. */
  readonly similarity: number;
  /** Evidence items for this goal's targets and goal-level entries, strongest first then by position. */
  readonly evidence: readonly Evidence[];
  /** The model's features for this goal, with the engine option `features: true` (and in `explain`). */
  readonly features?: Readonly<Record<FeatureName, number>>;
}

export interface TargetScore {
  readonly target: string;
  readonly goal: GoalNumber;
  readonly score: number;
  readonly keyword: number;
  readonly similarity: number;
  readonly evidence: readonly Evidence[];
}

export interface ScoreResult {
  /** The document's id; "1", "2"… (1-based position in `scoreAll`) when none was given, "1" for `score`. */
  readonly id: string;
  /** Language used for scoring; `und` when too short or unclear (both lexicons are then applied). */
  readonly language: DetectedLanguage;
  /** Goals whose score reaches the threshold, strongest first (ties by goal number). May be empty. */
  readonly labels: readonly GoalNumber[];
  /** All 17 goals, in goal order. */
  readonly goals: readonly GoalScore[];
  /** Targets whose score is at least 0.00005 (0.0001 at four decimals), strongest first (ties by UN order). */
  readonly targets: readonly TargetScore[];
}

/**
 * Rows are documents (by id), columns goals (`GoalNumber` keys 1…17) or targets (ids "1.1"…"17.19").
 * Values are scores, row-major in a Float64Array.
 */
export interface AlignmentMatrix<K extends string | number = string | number> {
  readonly rowIds: readonly string[];
  readonly columnIds: readonly K[];
  /** Row-major: the score of row r, column c is `values[r * columnIds.length + c]`. */
  readonly values: Float64Array;
  /** Score of a document (its id) for a column (a goal number, a target id); an unknown one throws `INVALID_INPUT`. */
  get(row: string, column: K): number;
  /** A document's scores, in column order (a view on `values`). */
  row(row: string): Float64Array;
  /** Sum of each column's scores. */
  columnSums(): ReadonlyMap<K, number>;
  /** Share of rows (0–1) whose score reaches `threshold` (default: the engine's threshold), per column. */
  coverage(threshold?: number): ReadonlyMap<K, number>;
  toJSON(): { rowIds: string[]; columnIds: K[]; values: number[][] };
  /** RFC 4180 CSV, header `id,<columns>`, scores with 4 decimals, LF line ends, ids guarded against formulas. */
  toCSV(): string;
}

export interface ScoreAllResult {
  readonly documents: readonly ScoreResult[];
  readonly goals: AlignmentMatrix<GoalNumber>;
  readonly targets: AlignmentMatrix<string>;
}
