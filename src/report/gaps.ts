/**
 * The gap report of a plan: a pure function of its scored programmes (see `scorePlan` in
 * plan.ts), which never scores text itself, so that a page can bundle the report and its
 * renderers without the model or the matcher. The goals, targets, plan types and finalités are
 * read from the framework the plan carries (or `options.framework`), never imported: nor does
 * such a page carry the SDG data (frameworks/carry.ts).
 */
import * as z from 'zod/mini';
import { SdgAlignError } from '../errors.js';
import type { PlanType, PlanTypeLink, PlanTypeRegistry } from '../plans/index.js';
import { detached } from '../strings.js';
import { grown } from '../typed-arrays.js';
import { IdStore, PackedStrings } from '../id-store.js';
import { asStored, ScoreStore, type ScoreSpool } from './score-store.js';
import { ScoreOrder, type RunBytes } from './score-order.js';
import { formatIssues } from '../validation.js';
import type { ScoreResult } from '../scoring/types.js';
import type { GoalNumber } from '../taxonomy/index.js';
import type { FinaliteCoverage } from '../finalites/index.js';
import { carriedFramework, carryFramework } from '../frameworks/carry.js';
import { goalNumbersOf, targetsOfGoal } from '../frameworks/index.js';
import type { Framework } from '../frameworks/types.js';
import type { ReviewMarks } from '../review/index.js';
import { concentrationOfCounts, coverageOf, goalStatus, weakThresholdOf, type Concentration } from './measures.js';

export { concentration, DEFAULT_WEAK_RATIO, WEAK_CREDIT, type Concentration } from './measures.js';

/** Version of the report's JSON shape; bumped on any breaking change. */
export const GAP_REPORT_SCHEMA_VERSION = 1;

/** The threshold a report uses when given none: the engine's default (a goal more likely than not). */
const DEFAULT_REPORT_THRESHOLD = 0.5;
/** Weak-goal evidence kept in the report: programmes, and distinct matched words per programme. */
export const MAX_WEAK_EVIDENCE = 3;
export const MAX_MATCHED_WORDS = 5;
/** Characters of context on each side of an evidence excerpt. */
export const EXCERPT_CONTEXT = 50;
/**
 * Programmes whose evidence (the words behind each goal they are counted for) the report keeps:
 * the first ones of the plan. A report is read by people; past a few thousand programmes, the
 * evidence of each would only make the file huge (and the memory of a million-row plan grow).
 */
export const DEFAULT_PROGRAMME_EVIDENCE = 2000;

export const PROVENANCE_NOTE =
  'Most goal links of this plan type are judgement reconstructed from public sources, not a transcription of the CEREMA figure.';

/**
 * A programme of a plan as the report reads it: its `ScoreResult` (`scorePlan` gives them), with
 * its title for the renderings and the scored text (`documentText`) for evidence excerpts.
 */
export type ScoredProgramme = ScoreResult & {
  readonly title?: string;
  readonly text?: string;
  /** A person's decisions about its labels (`applyReview`): rejected goals are not counted, confirmed ones always are. */
  readonly review?: ReviewMarks;
};

/** A plan's scored programmes, in plan order; `scorePlan` gives one that carries the engine's framework. */
export type ScoredPlan = readonly ScoredProgramme[] & { readonly framework?: Framework };

export type GoalStatus = 'covered' | 'weak' | 'missing' | 'not-expected';

export interface WeakEvidence {
  readonly programme: string;
  readonly score: number;
  /** Distinct matched words, strongest evidence first. */
  readonly matched: readonly string[];
  /** Text around the strongest match, when the programme text was given (not for pre-scored input). */
  readonly excerpt?: string;
}

export interface GoalGap {
  readonly goal: GoalNumber;
  /** Best score of any programme for this goal (0 with no programme). */
  readonly best: number;
  /** Programmes addressing the goal (score ≥ threshold), strongest first, ties by id. */
  readonly programmes: readonly string[];
  /** Share of the plan's programmes addressing the goal, 0–1. */
  readonly share: number;
  readonly status: GoalStatus;
  /** Whether some programme addresses the goal (best ≥ threshold), expected or not. */
  readonly addressed: boolean;
  readonly expected: boolean;
  readonly core: boolean;
  /** For weak goals only: the programmes with the best partial evidence (score ≥ weakThreshold). */
  readonly evidence?: readonly WeakEvidence[];
  /** With a review: how many programmes a person confirmed for this goal. */
  readonly confirmed?: number;
}

export interface TargetGap {
  readonly target: string;
  /** One of the plan type's key targets. */
  readonly key: boolean;
  /** The programme with the highest non-zero score for the target, or null when none has any. */
  readonly closest: { readonly programme: string; readonly score: number } | null;
}

export interface ProgrammeSummary {
  readonly id: string;
  readonly title?: string;
  /** Goal scores in goal order (one per goal of the framework: 17 for the SDGs). */
  readonly scores: readonly number[];
  /** Goals addressed (score ≥ threshold, or confirmed by a person), strongest first. */
  readonly goals: readonly GoalNumber[];
  /** With a review: the goals a person confirmed. */
  readonly confirmed?: readonly GoalNumber[];
  /** Why the programme counts for each of its goals: the words matched, with the text around the first (the first `programmeEvidence` programmes). */
  readonly evidence?: readonly ProgrammeEvidence[];
}

/** The evidence behind one goal of a programme. */
export interface ProgrammeEvidence {
  readonly goal: GoalNumber;
  readonly score: number;
  /** Distinct matched words, strongest evidence first (empty: the goal comes from similarity alone). */
  readonly matched: readonly string[];
  /** Text around the strongest match. */
  readonly excerpt?: string;
  /** A person confirmed this label. */
  readonly confirmed?: boolean;
}

/** What the report says about the document it reads. */
export interface ReportDocument {
  /** The document's title (its first heading, or given). */
  readonly title?: string;
  /** The collectivité, or author. */
  readonly author?: string;
  /** The date, as given (an ISO date is written out in words by the renderers). */
  readonly date?: string;
}

export interface GapReport {
  readonly schemaVersion: 1;
  readonly generatedBy: 'sdg-align';
  /** The document's title, collectivité and date, when known. */
  readonly document?: ReportDocument;
  readonly planType?: { readonly id: string; readonly acronym: string; readonly nameFr: string; readonly nameEn: string; readonly custom: boolean };
  readonly thresholds: { readonly threshold: number; readonly weakThreshold: number; readonly targetThreshold: number };
  /** Programmes in input order, with their goal scores (the heatmap). */
  readonly programmes: readonly ProgrammeSummary[];
  /** The framework's goals (the 17 SDGs), in goal order. */
  readonly goals: readonly GoalGap[];
  readonly expected: {
    readonly goals: readonly GoalNumber[];
    readonly core: readonly GoalNumber[];
    readonly covered: readonly GoalNumber[];
    readonly weak: readonly GoalNumber[];
    readonly missing: readonly GoalNumber[];
    readonly coreMissing: readonly GoalNumber[];
    readonly coreWeak: readonly GoalNumber[];
  };
  /** Goals addressed that the plan type does not expect. */
  readonly unexpectedCovered: readonly GoalNumber[];
  /** Per expected goal (goal order): its targets no programme addresses (score < targetThreshold), UN order. */
  readonly targetGaps: readonly { readonly goal: GoalNumber; readonly targets: readonly TargetGap[] }[];
  /** Programmes addressing no goal, strongest best score first, ties by id. */
  readonly orphans: readonly string[];
  readonly concentration: Concentration;
  /**
   * Coverage of the expected goals, 0–1: (covered + WEAK_CREDIT × weak) / expected, with
   * WEAK_CREDIT = 0.5. 1 means every expected goal is covered; 0 that none reaches the weak threshold.
   */
  readonly coverage: number;
  readonly provenance: {
    readonly note: string;
    /** Number of expected-goal links that are judgement. */
    readonly judgement: number;
    readonly links: readonly PlanTypeLink[];
  };
  /**
   * The goals addressed, grouped by the five finalités of article L110-1 of the Code de
   * l'environnement (every ODD → finalité link is judgement: see src/finalites).
   */
  readonly finalites: readonly FinaliteCoverage[];
  /** With a review: labels a person confirmed and rejected, over the plan. */
  readonly review?: { readonly confirmed: number; readonly rejected: number };
  /** Set when only the first `shown` programmes carry their evidence. */
  readonly programmeEvidence?: { readonly shown: number };
  /** The framework of its goals (not serialised: see frameworks/carry.ts); the renderings read names and colours from it. */
  readonly framework?: Framework;
}

/**
 * How concentrated the plan's goal labels (programme × goal pairs with score ≥ threshold) are.
 * `value` is the `top2-share`: share of all labels held by the two most frequent goals (0–1;
 * high = the plan talks about two goals). `entropy` is the normalised Shannon entropy of the
 * label distribution over the N goals of the framework, H / ln N (0 = every label on one goal, 1 = evenly
 * spread). Both are null when there is no label.
 */

const unit = () => z.number().check(z.gte(0), z.lte(1));
/** The options' schema for a framework of `goalCount` goals (built on first use, one per count). */
const schemas = new Map<number, ReturnType<typeof buildGapOptionsSchema>>();
function gapOptionsSchema(goalCount: number) {
  let schema = schemas.get(goalCount);
  if (!schema) schemas.set(goalCount, (schema = buildGapOptionsSchema(goalCount)));
  return schema;
}

const buildGapOptionsSchema = (goalCount: number) => {
  const goalNumber = () => z.int().check(z.gte(1), z.lte(goalCount));
  return z
    .strictObject({
      planType: z.optional(
        z.union([
          z.string().check(z.minLength(1)),
          z.custom<PlanType>((v) => typeof v === 'object' && v !== null && Array.isArray((v as PlanType).links), 'a plan-type id, alias or PlanType'),
        ]),
      ),
      expect: z.optional(z.array(goalNumber()).check(z.minLength(1))),
      core: z.optional(z.array(goalNumber())),
      threshold: z.optional(unit()),
      weakThreshold: z.optional(unit()),
      targetThreshold: z.optional(unit()),
      registry: z.optional(
        z.custom<PlanTypeRegistry>((v) => typeof v === 'object' && v !== null && typeof (v as PlanTypeRegistry).getPlanType === 'function', 'a registry from createPlanTypeRegistry()'),
      ),
      document: z.optional(z.strictObject({ title: z.optional(z.string()), author: z.optional(z.string()), date: z.optional(z.string()) })),
      programmeEvidence: z.optional(z.int().check(z.gte(0))),
      framework: z.optional(z.custom<Framework>((v) => typeof v === 'object' && v !== null && Array.isArray((v as Framework).goals), 'a Framework (engine.framework, sdgFramework)')),
    })
    .check(
      z.superRefine((o, ctx) => {
        const issue = (path: (string | number)[], message: string) => ctx.issues.push({ code: 'custom', path, message, input: o });
        if (o.planType === undefined && o.expect === undefined) issue(['planType'], 'give planType (an id, alias or PlanType) or expect (the expected goals)');
        if (o.planType !== undefined && o.expect !== undefined) issue(['expect'], 'give planType or expect, not both (use core to change the core goals of a plan type)');
        const expected = o.expect;
        if (expected && o.core) o.core.forEach((g, i) => !expected.includes(g) && issue(['core', i], `core goal ${g} is not in expect`));
        if (o.threshold !== undefined && o.weakThreshold !== undefined && o.weakThreshold > o.threshold) issue(['weakThreshold'], 'weakThreshold must not exceed threshold');
      }),
    );
};

export interface GapReportOptions {
  /** The plan type (id, acronym, alias or a `PlanType`): its `goals` are the expected goals, `coreGoals` the core ones. */
  planType?: string | PlanType;
  /** Explicit expected goals, instead of a plan type. */
  expect?: number[];
  /** Core goals (default: the plan type's `coreGoals`; none with `expect`). */
  core?: number[];
  /** A goal is addressed when a programme's score is ≥ this (a probability). Default 0.5, the engine's default threshold. */
  threshold?: number;
  /**
   * An expected goal is **weak** when its best score is ≥ weakThreshold but < threshold: some
   * evidence, not enough. Default: threshold × DEFAULT_WEAK_RATIO (half the threshold).
   */
  weakThreshold?: number;
  /** A target is addressed when some programme's target score is ≥ this. Default: the threshold. */
  targetThreshold?: number;
  /** Registry used to resolve a plan-type name (default: the built-in plan types). */
  registry?: PlanTypeRegistry;
  /** The document's title, collectivité and date, shown by the renderings (absent ones are left out). */
  document?: ReportDocument;
  /** Programmes whose evidence the report keeps (default `DEFAULT_PROGRAMME_EVIDENCE`, 0 for none). */
  programmeEvidence?: number;
  /**
   * The framework the programmes were scored against. Default: the one the plan carries
   * (`scorePlan`, `engine.scoreAll(…).documents`); needed for programmes that do not carry it
   * (parsed from JSON, built by hand): `sdgFramework` for the SDGs.
   */
  framework?: Framework;
}

const isScoreResult = (item: unknown): item is ScoredProgramme =>
  typeof item === 'object' && item !== null && Array.isArray((item as ScoreResult).goals) && Array.isArray((item as ScoreResult).targets);

const byScoreThenProgramme = (a: { score: number; programme: string }, b: { score: number; programme: string }): number =>
  b.score - a.score || (a.programme < b.programme ? -1 : a.programme > b.programme ? 1 : 0);

function invalidOptions(error: { issues: readonly z.core.$ZodIssue[] }, input: unknown): SdgAlignError {
  return new SdgAlignError('INVALID_OPTIONS', `Invalid gap-report options: ${formatIssues(error, [], input)}`, { issues: error.issues });
}

/** What a report keeps of a goal's evidence: the words matched (distinct, the first few) and an excerpt around the first, as copies (see `detached`). */
function goalEvidence(goal: number, result: ScoreResult, source: string | undefined): { matched: string[]; excerpt?: string } {
  const items = result.goals[goal - 1]?.evidence ?? [];
  const first = items[0];
  const excerpt = first && source !== undefined ? excerptAround(source, first.start, first.end) : undefined;
  return { matched: [...new Set(items.map((e) => e.matched))].slice(0, MAX_MATCHED_WORDS).map((w) => detached(w)), ...(excerpt !== undefined ? { excerpt: detached(excerpt) } : {}) };
}

function excerptAround(source: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(source.length, end + EXCERPT_CONTEXT);
  const text = source.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${text}${to < source.length ? '…' : ''}`;
}

/**
 * A gap report built one programme at a time: `add` takes a programme's `ScoreResult` and keeps
 * only what the report needs — its goal scores, its id and title, and
 * per goal and target the best programmes — never the result with its evidence: memory grows by
 * about 200 bytes per programme, whatever the length of its text.
 */
export interface GapAccumulator {
  /** Counts one scored programme (a `ScoreResult`, with its title and text when it has them). Throws `INVALID_INPUT` on a bad or duplicate one. */
  add(item: ScoredProgramme): void;
  /** The report of the programmes added so far (deterministic: same programmes, same JSON). */
  report(): GapReport;
  /**
   * The same report with `programmes` as an iterable that builds each summary when reached
   * (see `renderJsonChunks`): a plan of a million programmes is written without holding a million
   * summaries.
   */
  lazyReport(): LazyGapReport;
}

/** A list produced one item at a time when iterated, whose length is known. */
export type LazyList<T> = Iterable<T> & { readonly length: number };

/**
 * A `GapReport` whose long lists are produced one item at a time, in order: the programme
 * summaries, each goal's programmes and the orphans (ids are built as they are written, so the
 * JSON of a million-row plan makes no array of a million strings).
 */
export type LazyGapReport = Omit<GapReport, 'programmes' | 'goals' | 'orphans'> & {
  readonly programmes: LazyList<ProgrammeSummary>;
  readonly goals: readonly (Omit<GoalGap, 'programmes'> & { readonly programmes: LazyList<string> })[];
  readonly orphans: LazyList<string>;
};

/**
 * The ids of the programmes among the first `scanned` that the list holds (`expected` of them, as
 * counted when they were added: a report is a snapshot of the programmes added so far),
 * strongest first (ties by id), found, sorted and built when iterated: a report's long lists are
 * never all held at once. `listedScore(i)` is programme i's score in the list, NaN when it is not
 * in it. Everything is read in index order (one pass over stores that may be files); given
 * `sortRuns`, a list longer than a sort run is sorted by runs written there (see `ScoreOrder`).
 */
function idsByScore(
  expected: number,
  scanned: number,
  listedScore: (index: number) => number,
  ids: IdStore,
  orders: SpareOrders,
): LazyList<string> {
  return {
    length: expected,
    *[Symbol.iterator]() {
      const order = orders.take(expected);
      try {
        for (let i = 0, listed = 0; i < scanned && listed < expected; i++) {
          const value = listedScore(i);
          if (Number.isNaN(value)) continue;
          order.add(value, ids.get(i));
          listed++;
        }
        yield* order.ids();
      } finally {
        orders.give(order);
      }
    },
  };
}

/**
 * The sorters of a report's lists, given back when a list has been written and taken by the
 * next: a report writes 18 lists one after the other, and a sorter's arrays (2.3 MB for a list
 * of 65,536 or more) live as long as its list is written, long enough to reach the old
 * generation, where 18 sets of them waited for a full collection (7 MB of the 1M-row peak).
 */
interface SpareOrders {
  take(expected: number): ScoreOrder;
  give(order: ScoreOrder): void;
}

function spareOrders(sortRuns: (() => RunBytes) | undefined): SpareOrders {
  const spare: ScoreOrder[] = [];
  return {
    take(expected) {
      const order = spare.pop() ?? new ScoreOrder(sortRuns);
      order.reserve(expected);
      return order;
    },
    // Cleared, whatever ended its list (a failed write or read leaves its entries in it). Only
    // sorters that write runs are kept: their arrays hold a run at most, where an in-memory
    // sorter's hold its whole list, which the accumulator would then keep as long as it lives.
    give(order) {
      order.clear();
      if (sortRuns) spare.push(order);
    },
  };
}

/** The framework of a report: given, else carried by the plan; a clear error when neither is there. */
function frameworkFor(framework: Framework | undefined): Framework {
  if (!framework) {
    throw new SdgAlignError(
      'INVALID_OPTIONS',
      'Invalid gap-report options: framework: these programmes do not carry the framework they were scored against; score them with scorePlan(engine, programmes), or give framework (sdgFramework for the SDGs).',
      { field: 'framework' },
    );
  }
  return framework;
}

/** Where an accumulator keeps its programmes' scores (see `ScoreSpool`); the caller closes it. */
export interface GapStorage {
  readonly spool?: ScoreSpool;
  /**
   * The store of the programmes' ids, shared with what reads them (the CLI's CSV reader, which
   * keeps them to make repeated ids unique): it holds programme `i`'s id before the `i`-th `add`,
   * or `add` stores it there. A million-row plan then keeps its ids once.
   */
  readonly ids?: IdStore;
  /**
   * Makes the store a gap list longer than 65,536 programmes writes its sorted runs to while it is
   * written (see `ScoreOrder`; the CLI's is a temporary file); without it, lists are sorted in memory.
   */
  readonly sortRuns?: () => RunBytes;
}

/**
 * Starts a gap report (see `gapReport` for the options and the rules). Throws `INVALID_OPTIONS`
 * (bad option, named) or `UNKNOWN_PLAN_TYPE` at once.
 */
export function createGapAccumulator(options: GapReportOptions, storage: GapStorage = {}): GapAccumulator {
  // Goal numbers are validated against the framework's count: read it before the rest.
  const given = carriedFramework({ framework: (options as { framework?: unknown } | undefined)?.framework });
  const parsed = gapOptionsSchema(given?.goals.length ?? Infinity).safeParse(options ?? {});
  if (!parsed.success) throw invalidOptions(parsed.error, options);
  const opts = parsed.data;
  const framework = frameworkFor(opts.framework);
  const GOAL_NUMBERS = goalNumbersOf(framework) as readonly GoalNumber[];
  const goalCount = GOAL_NUMBERS.length;

  // Plan type and expected goals.
  const registry = opts.registry ?? framework.planTypes;
  const resolvePlanType = (name: string): PlanType => {
    if (!registry) throw new SdgAlignError('INVALID_OPTIONS', `Invalid gap-report options: planType: the framework "${framework.id}" has no plan types; give a PlanType, a registry or expect.`, { field: 'planType' });
    return registry.getPlanType(name);
  };
  const planType = opts.planType === undefined ? undefined : typeof opts.planType === 'string' ? resolvePlanType(opts.planType) : opts.planType;
  const expectedGoals = new Set<number>(planType ? planType.goals : (opts.expect ?? []));
  const coreGoals = new Set<number>(opts.core ?? (planType ? planType.coreGoals : []));
  if (planType && opts.core) {
    opts.core.forEach((g, i) => {
      if (!expectedGoals.has(g)) {
        throw new SdgAlignError('INVALID_OPTIONS', `Invalid gap-report options: core[${i}]: core goal ${g} is not expected by ${planType.id}`, { core: opts.core });
      }
    });
  }
  const keyTargets = new Set(planType?.targets ?? []);
  const threshold = opts.threshold ?? DEFAULT_REPORT_THRESHOLD;
  const weakThreshold = opts.weakThreshold ?? weakThresholdOf(threshold);
  if (weakThreshold > threshold) {
    throw new SdgAlignError('INVALID_OPTIONS', `Invalid gap-report options: weakThreshold: weakThreshold (${weakThreshold}) must not exceed threshold (${threshold})`, {});
  }
  const targetThreshold = opts.targetThreshold ?? threshold;
  const evidenceLimit = opts.programmeEvidence ?? DEFAULT_PROGRAMME_EVIDENCE;
  const document = opts.document && Object.fromEntries(Object.entries(opts.document).filter(([, v]) => typeof v === 'string' && v.trim() !== '').map(([k, v]) => [k, (v as string).trim()]));

  // Per programme: its id, its title (when any has one) and its 17 goal scores, packed (the
  // scores in `storage.spool` when given: the CLI keeps them in a temporary file).
  const ids = storage.ids ?? new IdStore();
  let added = 0;
  /** Titles by programme ('' and absent alike until the first title; `titled` says which are given). */
  let titles: PackedStrings | undefined;
  let titled: Uint8Array = new Uint8Array(0);
  const scores = new ScoreStore(goalCount, storage.spool);
  const orders = spareOrders(storage.sortRuns);
  // Per goal (index goal − 1), counted as programmes are added, so that the report reads the
  // scores back only to write the programmes and each goal's list (found and sorted then, in one
  // pass over the spool per list): the best score, how many programmes address it, how many a
  // person confirmed for it.
  const best = new Float64Array(goalCount);
  const addressedCount = new Int32Array(goalCount);
  const confirmedFor = new Int32Array(goalCount);
  /** How many programmes address no goal. */
  let orphanCount = 0;
  /** Per goal (index goal − 1): the best partial evidence, at most MAX_WEAK_EVIDENCE, strongest first. */
  const weakEvidence: WeakEvidence[][] = GOAL_NUMBERS.map(() => []);
  const targetBest = new Map<string, { programme: string; score: number }>();
  /** Per programme (sparse): the goals a person confirmed, which count whatever their score. */
  const confirmedOf = new Map<number, readonly GoalNumber[]>();
  /** Per programme (the first `evidenceLimit`): the evidence of each goal it counts for. */
  const evidenceOf: (readonly ProgrammeEvidence[])[] = [];
  let reviewed = false;
  let confirmedLabels = 0;
  let rejectedLabels = 0;
  /** Whether a programme counts for `goal`: its score reaches the threshold, or a person confirmed the goal. */
  const counts = (score: number, confirmed: readonly number[] | undefined, goal: number): boolean => score >= threshold || (confirmed?.includes(goal) ?? false);
  /** The goals a programme of these scores (goal order) counts for, strongest first. */
  const countedGoals = (values: readonly number[], confirmed: readonly number[] | undefined): GoalNumber[] =>
    GOAL_NUMBERS.filter((g) => counts(values[g - 1]!, confirmed, g)).sort((a, b) => values[b - 1]! - values[a - 1]! || a - b);
  const titleOf = (i: number): string | undefined => (titles && i < titles.length && titled[i] ? titles.get(i) : undefined);
  const summary = (i: number): ProgrammeSummary => {
    const title = titleOf(i);
    const confirmed = confirmedOf.get(i);
    const values = GOAL_NUMBERS.map((g) => scores.get(i, g));
    const goals = countedGoals(values, confirmed);
    return {
      id: ids.get(i),
      ...(title !== undefined ? { title } : {}),
      scores: values,
      goals,
      ...(reviewed ? { confirmed: confirmed ?? [] } : {}),
      ...(evidenceOf[i] ? { evidence: evidenceOf[i] } : {}),
    };
  };

  function score(item: unknown, i: number): { id: string; title?: string; source?: string; result: ScoreResult } {
    if (!isScoreResult(item)) {
      throw new SdgAlignError('INVALID_INPUT', `Programme [${i}]: expected a scored programme (a ScoreResult): score the plan first with scorePlan(engine, programmes).`, { index: i });
    }
    if (item.goals.length !== goalCount) throw new SdgAlignError('INVALID_INPUT', `Programme [${i}]: a ScoreResult has ${goalCount} goal scores, got ${item.goals.length}.`, { index: i });
    return { id: item.id, result: item, ...(item.title !== undefined ? { title: item.title } : {}), ...(typeof item.text === 'string' ? { source: item.text } : {}) };
  }

  /** Keeps the programme among a goal's best partial evidence if it is one of the strongest. */
  function offerWeak(goal: number, id: string, value: number, result: ScoreResult, source: string | undefined): void {
    const list = weakEvidence[goal - 1]!;
    if (list.length === MAX_WEAK_EVIDENCE && byScoreThenProgramme({ score: value, programme: id }, list[MAX_WEAK_EVIDENCE - 1]!) >= 0) return;
    list.push({ programme: detached(id), score: value, ...goalEvidence(goal, result, source) });
    list.sort(byScoreThenProgramme);
    if (list.length > MAX_WEAK_EVIDENCE) list.pop();
  }

  function programmeEvidence(goal: GoalNumber, value: number, result: ScoreResult, source: string | undefined, isConfirmed: boolean): ProgrammeEvidence {
    return { goal, score: value, ...goalEvidence(goal, result, source), ...(isConfirmed ? { confirmed: true } : {}) };
  }

  /** Programme `i`'s stored score for `goal` when it counts for the goal (as `add` counted it), else NaN. */
  const addressing = (i: number, goal: number): number => {
    const value = scores.get(i, goal);
    return counts(value, confirmedOf.get(i), goal) ? value : Number.NaN;
  };

  function lazyReport(): LazyGapReport {
    const count = added;
    const addressed = addressedCount.slice();
    // Goals. Programmes are handled by index: a million rows make no million objects here.
    const goals = GOAL_NUMBERS.map((goal): LazyGapReport['goals'][number] => {
      const length = addressed[goal - 1]!;
      const expected = expectedGoals.has(goal);
      // Addressed: some programme scores it at the threshold, or a person confirmed it (whatever its score).
      const status: GoalStatus = goalStatus(best[goal - 1]!, length > 0, expected, weakThreshold);
      const gap = {
        goal,
        best: best[goal - 1]!,
        programmes: idsByScore(length, count, (i) => addressing(i, goal), ids, orders),
        share: count ? length / count : 0,
        status,
        addressed: length > 0,
        expected,
        core: coreGoals.has(goal),
        ...(reviewed ? { confirmed: confirmedFor[goal - 1]! } : {}),
      };
      if (status !== 'weak') return gap;
      return { ...gap, evidence: [...weakEvidence[goal - 1]!] };
    });

    const pick = (status: GoalStatus): GoalNumber[] => goals.filter((g) => g.status === status).map((g) => g.goal);
    const covered = pick('covered');
    const weak = pick('weak');
    const missing = pick('missing');

    // Targets of expected goals that nobody addresses.
    const targetGaps = GOAL_NUMBERS.filter((g) => expectedGoals.has(g)).map((goal) => ({
      goal,
      targets: targetsOfGoal(framework, goal)
        .filter((t) => (targetBest.get(t.id)?.score ?? 0) < targetThreshold)
        .map((t): TargetGap => ({ target: t.id, key: keyTargets.has(t.id), closest: targetBest.get(t.id) ?? null })),
    }));

    // Programmes addressing no goal, strongest best score first (by index, as the goals' programmes).
    const topOf = (i: number): number => {
      let top = 0;
      for (const g of GOAL_NUMBERS) top = Math.max(top, scores.get(i, g));
      return top;
    };
    const orphanScore = (i: number): number => {
      const top = topOf(i);
      return top < threshold && !confirmedOf.has(i) ? top : Number.NaN;
    };
    const orphans = idsByScore(orphanCount, count, orphanScore, ids, orders);
    const labels = new Map(goals.filter((g) => g.programmes.length).map((g) => [g.goal, g.programmes.length] as const));

    const links: PlanTypeLink[] = planType
      ? [...planType.links]
      : [...expectedGoals].sort((a, b) => a - b).map((goal) => ({ goal: goal as GoalNumber, core: coreGoals.has(goal), provenance: 'custom', kind: 'custom' as const }));
    const linksWithCore = links.map((l) => (l.core === coreGoals.has(l.goal) ? l : { ...l, core: coreGoals.has(l.goal) }));

    const expectedCount = expectedGoals.size;
    const programmes = {
      length: count,
      *[Symbol.iterator]() {
        for (let i = 0; i < count; i++) yield summary(i);
      },
    };
    return carryFramework({
      schemaVersion: GAP_REPORT_SCHEMA_VERSION,
      generatedBy: 'sdg-align',
      ...(document && Object.keys(document).length ? { document } : {}),
      ...(planType ? { planType: { id: planType.id, acronym: planType.acronym, nameFr: planType.nameFr, nameEn: planType.nameEn, custom: planType.custom } } : {}),
      thresholds: { threshold, weakThreshold, targetThreshold },
      programmes,
      goals,
      expected: {
        goals: GOAL_NUMBERS.filter((g) => expectedGoals.has(g)),
        core: GOAL_NUMBERS.filter((g) => coreGoals.has(g)),
        covered,
        weak,
        missing,
        coreMissing: missing.filter((g) => coreGoals.has(g)),
        coreWeak: weak.filter((g) => coreGoals.has(g)),
      },
      unexpectedCovered: goals.filter((g) => !g.expected && g.addressed).map((g) => g.goal),
      targetGaps,
      orphans,
      concentration: concentrationOfCounts(labels, goalCount),
      coverage: coverageOf(covered.length, weak.length, expectedCount),
      provenance: { note: PROVENANCE_NOTE, judgement: linksWithCore.filter((l) => l.kind === 'judgement').length, links: linksWithCore },
      finalites: framework.finalites ? framework.finalites.coverage(goals.filter((g) => g.addressed).map((g) => g.goal)) : [],
      ...(reviewed ? { review: { confirmed: confirmedLabels, rejected: rejectedLabels } } : {}),
      ...(count > evidenceLimit && evidenceLimit > 0 ? { programmeEvidence: { shown: evidenceLimit } } : {}),
    } as LazyGapReport, framework);
  }

  return {
    add(item) {
      const i = added;
      const { id, title, source, result } = score(item, i);
      if (i < ids.length) {
        // A shared store its reader filled ahead (see GapStorage.ids): the id is there already.
        if (ids.get(i) !== id) throw new Error(`gap report: programme [${i}] is "${id}", its shared id store holds "${ids.get(i)}"`);
      } else if (ids.add(id) < 0) {
        throw new SdgAlignError('INVALID_INPUT', `Duplicate programme id "${id}" at [${i}]: ids must be unique in a plan.`, { index: i, id });
      }
      added++;
      if (title !== undefined) {
        titles ??= new PackedStrings();
        while (titles.length < i) titles.push('');
        titles.push(title);
        if (titled.length <= i) titled = grown(titled, Math.max(1024, titled.length * 2, i + 1));
        titled[i] = 1;
      }
      // A person's review: a rejected goal counts for nothing, a confirmed one always.
      const marks = item.review;
      const rejected = new Set<number>(marks?.rejected ?? []);
      const confirmed = marks?.confirmed ?? [];
      if (marks) {
        reviewed = true;
        confirmedLabels += confirmed.length;
        rejectedLabels += rejected.size;
        if (confirmed.length) confirmedOf.set(i, [...confirmed]);
      }
      const values = GOAL_NUMBERS.map((g) => (rejected.has(g) ? 0 : (result.goals[g - 1]?.score ?? 0)));
      scores.add(values);
      // The report's figures from the scores as stored (32-bit, read back to seven decimals), as
      // its programmes' summaries show them; weak evidence from the scores as given.
      let top = 0;
      for (const g of GOAL_NUMBERS) {
        const value = asStored(values[g - 1]!);
        if (value > best[g - 1]!) best[g - 1] = value;
        top = Math.max(top, value);
        const isConfirmed = confirmed.includes(g);
        if (isConfirmed) confirmedFor[g - 1]!++;
        // What `addressing` says when the report is written, from the same stored score.
        if (counts(value, confirmed, g)) addressedCount[g - 1]!++;
        else if (values[g - 1]! >= weakThreshold) offerWeak(g, id, values[g - 1]!, result, source);
      }
      if (top < threshold && !confirmed.length) orphanCount++;
      if (i < evidenceLimit) {
        const counted = countedGoals(values, confirmed);
        if (counted.length) evidenceOf[i] = counted.map((g) => programmeEvidence(g, values[g - 1]!, result, source, confirmed.includes(g)));
      }
      for (const t of result.targets) {
        if (rejected.has(t.goal)) continue;
        const current = targetBest.get(t.target);
        if (t.score > 0 && (!current || t.score > current.score || (t.score === current.score && id < current.programme))) {
          targetBest.set(t.target, { programme: id, score: t.score });
        }
      }
    },

    lazyReport,

    report() {
      const lazy = lazyReport();
      return carryFramework(
        { ...lazy, programmes: [...lazy.programmes], goals: lazy.goals.map((g): GoalGap => ({ ...g, programmes: [...g.programmes] })), orphans: [...lazy.orphans] },
        framework,
      );
    },
  };
}

/**
 * Gap report of a plan against the goals its plan type is expected to serve, from its scored
 * programmes (`scorePlan(engine, programmes)`; any `ScoreResult`s do). Engine-free and
 * deterministic: same input, same JSON. For a plan read as a stream, feed
 * `createGapAccumulator` one programme at a time instead.
 *
 * Throws `INVALID_OPTIONS` (bad option, named), `UNKNOWN_PLAN_TYPE`, `INVALID_INPUT` (bad or duplicate programme).
 */
export function gapReport(plan: ScoredPlan, options: GapReportOptions): GapReport {
  const framework = options?.framework ?? carriedFramework(plan);
  const accumulator = createGapAccumulator(framework && options && typeof options === 'object' ? { ...options, framework } : options);
  if (!Array.isArray(plan)) throw new SdgAlignError('INVALID_INPUT', 'A plan is an array of scored programmes: scorePlan(engine, programmes) gives one.', {});
  for (const item of plan) accumulator.add(item);
  return accumulator.report();
}
