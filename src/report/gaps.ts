import * as z from 'zod/mini';
import { SdgAlignError } from '../errors.js';
import { getPlanType, type PlanType, type PlanTypeLink, type PlanTypeRegistry } from '../plans/index.js';
import { formatIssues, lazy } from '../validation.js';
import { createEngine } from '../scoring/engine.js';
import { DEFAULT_THRESHOLD } from '../scoring/options.js';
import type { DocumentInput, ScoreResult } from '../scoring/types.js';
import { GOAL_NUMBERS, targets as allTargets, type GoalNumber } from '../taxonomy/index.js';

/** Version of the report's JSON shape; bumped on any breaking change. */
export const GAP_REPORT_SCHEMA_VERSION = 1;

/**
 * Default weak threshold as a fraction of the threshold: a goal whose best score reaches half
 * the decision threshold has real but insufficient evidence (a word or two, a passing mention)
 * — worth a look before calling it missing.
 */
export const DEFAULT_WEAK_RATIO = 0.5;
/** Credit a weak goal earns in `coverage`: half a covered goal. */
export const WEAK_CREDIT = 0.5;
/** Weak-goal evidence kept in the report: programmes, and distinct matched words per programme. */
export const MAX_WEAK_EVIDENCE = 3;
export const MAX_MATCHED_WORDS = 5;
/** Characters of context on each side of an evidence excerpt. */
export const EXCERPT_CONTEXT = 50;

export const PROVENANCE_NOTE =
  'Most goal links of this plan type are judgement reconstructed from public sources, not a transcription of the CEREMA figure.';

/** The minimum an engine must offer for a gap report (`createEngine()` does). */
export interface GapEngine {
  score(doc: DocumentInput): ScoreResult;
  readonly threshold: number;
}

/** A programme of a plan, to be scored. */
export interface ProgrammeInput {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  /** Forces the scoring language of this programme (default: the engine's). */
  readonly language?: 'fr' | 'en';
}

/** A programme already scored (a `ScoreResult`, optionally with its title for the renderings). */
export type ScoredProgramme = ScoreResult & { readonly title?: string };

export type GapInput = readonly (ProgrammeInput | ScoredProgramme)[];

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
  /** Goal scores in goal order (17 numbers). */
  readonly scores: readonly number[];
  /** Goals addressed (score ≥ threshold), strongest first. */
  readonly goals: readonly GoalNumber[];
}

export interface GapReport {
  readonly schemaVersion: 1;
  readonly generatedBy: 'sdg-align';
  readonly planType?: { readonly id: string; readonly acronym: string; readonly name_fr: string; readonly name_en: string; readonly custom: boolean };
  readonly thresholds: { readonly threshold: number; readonly weakThreshold: number; readonly targetThreshold: number };
  /** Programmes in input order, with their goal scores (the heatmap). */
  readonly programmes: readonly ProgrammeSummary[];
  /** The 17 goals, in goal order. */
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
}

/**
 * How concentrated the plan's goal labels (programme × goal pairs with score ≥ threshold) are.
 * `value` is the `top2-share`: share of all labels held by the two most frequent goals (0–1;
 * high = the plan talks about two goals). `entropy` is the normalised Shannon entropy of the
 * label distribution over the 17 goals, H / ln 17 (0 = every label on one goal, 1 = evenly
 * spread). Both are null when there is no label.
 */
export interface Concentration {
  readonly measure: 'top2-share';
  readonly value: number | null;
  /** The two most frequent goals (ties by goal number). */
  readonly top: readonly GoalNumber[];
  readonly labels: number;
  readonly entropy: number | null;
  readonly entropyMeasure: 'normalised-shannon';
}

const unit = () => z.number().check(z.gte(0), z.lte(1));
const goalNumber = () => z.int().check(z.gte(1), z.lte(17));

/** The options' schema, built on first use (zod/mini: a few KB in a browser bundle, where classic zod weighs tens). */
const gapOptionsSchema = lazy(() =>
  z
    .strictObject({
      planType: z.optional(
        z.union([z.string().check(z.minLength(1)), z.custom<PlanType>((v) => typeof v === 'object' && v !== null && Array.isArray((v as PlanType).links), 'a plan-type id, alias or PlanType')]),
      ),
      expect: z.optional(z.array(goalNumber()).check(z.minLength(1))),
      core: z.optional(z.array(goalNumber())),
      threshold: z.optional(unit()),
      weakThreshold: z.optional(unit()),
      targetThreshold: z.optional(unit()),
      engine: z.optional(z.custom<GapEngine>((v) => typeof v === 'object' && v !== null && typeof (v as GapEngine).score === 'function', 'an engine from createEngine()')),
      registry: z.optional(
        z.custom<PlanTypeRegistry>((v) => typeof v === 'object' && v !== null && typeof (v as PlanTypeRegistry).getPlanType === 'function', 'a registry from createPlanTypeRegistry()'),
      ),
    })
    .check(
      z.superRefine((o, ctx) => {
        if (o.planType === undefined && o.expect === undefined) {
          ctx.addIssue({ code: 'custom', path: ['planType'], message: 'give planType (an id, alias or PlanType) or expect (the expected goals)', input: o });
        }
        if (o.planType !== undefined && o.expect !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['expect'], message: 'give planType or expect, not both (use core to change the core goals of a plan type)', input: o });
        }
        const expected = o.expect;
        if (expected && o.core) {
          o.core.forEach((g, i) => {
            if (!expected.includes(g)) ctx.addIssue({ code: 'custom', path: ['core', i], message: `core goal ${g} is not in expect`, input: o });
          });
        }
        if (o.threshold !== undefined && o.weakThreshold !== undefined && o.weakThreshold > o.threshold) {
          ctx.addIssue({ code: 'custom', path: ['weakThreshold'], message: 'weakThreshold must not exceed threshold', input: o });
        }
      }),
    ),
);

export interface GapReportOptions {
  /** The plan type (id, acronym, alias or a `PlanType`): its `sdgs` are the expected goals, `sdgs_core` the core ones. */
  planType?: string | PlanType;
  /** Explicit expected goals, instead of a plan type. */
  expect?: number[];
  /** Core goals (default: the plan type's `sdgs_core`; none with `expect`). */
  core?: number[];
  /** A goal is addressed when a programme's score is ≥ this. Default: the engine's threshold (DEFAULT_THRESHOLD without engine). */
  threshold?: number;
  /**
   * An expected goal is **weak** when its best score is ≥ weakThreshold but < threshold: some
   * evidence, not enough. Default: threshold × DEFAULT_WEAK_RATIO (half the threshold).
   */
  weakThreshold?: number;
  /** A target is addressed when some programme's target score is ≥ this. Default: the threshold. */
  targetThreshold?: number;
  /** Engine used to score programme texts. Default: `createEngine()` (created only when texts are given). */
  engine?: GapEngine;
  /** Registry used to resolve a plan-type name (default: the built-in plan types). */
  registry?: PlanTypeRegistry;
}

/** The default engine, created on first need and reused (building its model is the costly part). */
let sharedEngine: GapEngine | undefined;
function defaultEngine(): GapEngine {
  sharedEngine ??= createEngine();
  return sharedEngine;
}

const isScoreResult = (item: unknown): item is ScoredProgramme =>
  typeof item === 'object' && item !== null && Array.isArray((item as ScoreResult).goals) && Array.isArray((item as ScoreResult).targets);

/** Other fields (a CSV row's `plan_type`…) are ignored; `language` is passed to the engine. */
const programmeSchema = lazy(() => z.object({ id: z.string().check(z.minLength(1)), text: z.string(), title: z.optional(z.string()), language: z.optional(z.enum(['fr', 'en'])) }));

const byScoreThenId = (a: { score: number; id: string }, b: { score: number; id: string }): number =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface Scored {
  readonly id: string;
  readonly title?: string;
  /** Title + "\n" + text, the string evidence offsets refer to; undefined for pre-scored input. */
  readonly source?: string;
  readonly result: ScoreResult;
}

function invalidOptions(error: z.core.$ZodError): SdgAlignError {
  return new SdgAlignError('INVALID_OPTIONS', `Invalid gap-report options: ${formatIssues(error)}`, { issues: error.issues });
}

function excerptAround(source: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(source.length, end + EXCERPT_CONTEXT);
  const text = source.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${text}${to < source.length ? '…' : ''}`;
}

/**
 * Gap report of a plan (its programmes) against the goals its plan type is expected to serve.
 * Programme texts are scored with `options.engine` (default `createEngine()`); scored
 * programmes (`ScoreResult`s) are used as they are. Deterministic: same input, same JSON.
 *
 * Throws `INVALID_OPTIONS` (bad option, named), `UNKNOWN_PLAN_TYPE`, `INVALID_INPUT` (bad or duplicate programme).
 */
export function gapReport(input: GapInput, options: GapReportOptions): GapReport {
  const parsed = gapOptionsSchema().safeParse(options ?? {});
  if (!parsed.success) throw invalidOptions(parsed.error);
  const opts = parsed.data;
  if (!Array.isArray(input)) throw new SdgAlignError('INVALID_INPUT', 'A plan is an array of programmes ({ id, text, title? }) or of their ScoreResults.', {});

  // Plan type and expected goals.
  const planType =
    opts.planType === undefined ? undefined : typeof opts.planType === 'string' ? (opts.registry?.getPlanType ?? getPlanType)(opts.planType) : opts.planType;
  const expectedGoals = new Set<number>(planType ? planType.sdgs : (opts.expect ?? []));
  const coreGoals = new Set<number>(opts.core ?? (planType ? planType.sdgs_core : []));
  if (planType && opts.core) {
    opts.core.forEach((g, i) => {
      if (!expectedGoals.has(g)) {
        throw new SdgAlignError('INVALID_OPTIONS', `Invalid gap-report options: core[${i}]: core goal ${g} is not expected by ${planType.id}`, { core: opts.core });
      }
    });
  }
  const keyTargets = new Set(planType?.targets ?? []);

  // Score what needs scoring; the engine is created only then.
  let engine: GapEngine | undefined = opts.engine;
  const needsEngine = input.some((item) => !isScoreResult(item));
  if (needsEngine && !engine) engine = defaultEngine();
  const threshold = opts.threshold ?? engine?.threshold ?? DEFAULT_THRESHOLD;
  const weakThreshold = opts.weakThreshold ?? threshold * DEFAULT_WEAK_RATIO;
  if (weakThreshold > threshold) {
    throw new SdgAlignError('INVALID_OPTIONS', `Invalid gap-report options: weakThreshold: weakThreshold (${weakThreshold}) must not exceed threshold (${threshold})`, {});
  }
  const targetThreshold = opts.targetThreshold ?? threshold;

  const seen = new Set<string>();
  const scored: Scored[] = input.map((item, i): Scored => {
    let entry: Scored;
    if (isScoreResult(item)) {
      if (item.goals.length !== 17) throw new SdgAlignError('INVALID_INPUT', `Programme [${i}]: a ScoreResult has 17 goal scores, got ${item.goals.length}.`, { index: i });
      entry = { id: item.id, result: item, ...(item.title !== undefined ? { title: item.title } : {}) };
    } else {
      const programme = programmeSchema().safeParse(item);
      if (!programme.success) {
        throw new SdgAlignError('INVALID_INPUT', `Invalid programme: ${formatIssues(programme.error, [i])}`, { index: i, issues: programme.error.issues });
      }
      const { id, text, title, language } = programme.data;
      const result = engine!.score({ id, text, ...(title !== undefined ? { title } : {}), ...(language ? { language } : {}) });
      // Same joining rule as the engine: evidence offsets refer to title + "\n" + text when the title is not blank.
      const source = title !== undefined && title.trim() ? `${title}\n${text}` : text;
      entry = { id, result, source, ...(title !== undefined ? { title } : {}) };
    }
    if (seen.has(entry.id)) throw new SdgAlignError('INVALID_INPUT', `Duplicate programme id "${entry.id}" at [${i}]: ids must be unique in a plan.`, { index: i, id: entry.id });
    seen.add(entry.id);
    return entry;
  });

  const scoreOf = (s: Scored, goal: number): number => s.result.goals[goal - 1]?.score ?? 0;

  // Goals.
  const goals: GoalGap[] = GOAL_NUMBERS.map((goal): GoalGap => {
    const ranked = scored.map((s) => ({ id: s.id, score: scoreOf(s, goal), s })).sort(byScoreThenId);
    const best = ranked[0]?.score ?? 0;
    const addressing = ranked.filter((r) => r.score >= threshold);
    const expected = expectedGoals.has(goal);
    const status: GoalStatus = !expected ? 'not-expected' : best >= threshold ? 'covered' : best >= weakThreshold ? 'weak' : 'missing';
    const gap: GoalGap = {
      goal,
      best,
      programmes: addressing.map((r) => r.id),
      share: scored.length ? addressing.length / scored.length : 0,
      status,
      addressed: best >= threshold,
      expected,
      core: coreGoals.has(goal),
    };
    if (status !== 'weak') return gap;
    const evidence = ranked
      .filter((r) => r.score >= weakThreshold)
      .slice(0, MAX_WEAK_EVIDENCE)
      .map((r): WeakEvidence => {
        const items = r.s.result.goals[goal - 1]?.evidence ?? [];
        const matched = [...new Set(items.map((e) => e.matched))].slice(0, MAX_MATCHED_WORDS);
        const first = items[0];
        const excerpt = first && r.s.source !== undefined ? excerptAround(r.s.source, first.start, first.end) : undefined;
        return { programme: r.id, score: r.score, matched, ...(excerpt !== undefined ? { excerpt } : {}) };
      });
    return { ...gap, evidence };
  });

  const pick = (status: GoalStatus): GoalNumber[] => goals.filter((g) => g.status === status).map((g) => g.goal);
  const covered = pick('covered');
  const weak = pick('weak');
  const missing = pick('missing');

  // Targets of expected goals that nobody addresses.
  const targetBest = new Map<string, { programme: string; score: number }>();
  for (const s of scored) {
    for (const t of s.result.targets) {
      const current = targetBest.get(t.target);
      if (t.score > 0 && (!current || t.score > current.score || (t.score === current.score && s.id < current.programme))) {
        targetBest.set(t.target, { programme: s.id, score: t.score });
      }
    }
  }
  const targetGaps = GOAL_NUMBERS.filter((g) => expectedGoals.has(g)).map((goal) => ({
    goal,
    targets: allTargets
      .filter((t) => t.goal === goal)
      .filter((t) => (targetBest.get(t.id)?.score ?? 0) < targetThreshold)
      .map((t): TargetGap => ({ target: t.id, key: keyTargets.has(t.id), closest: targetBest.get(t.id) ?? null })),
  }));

  // Programmes.
  const programmes: ProgrammeSummary[] = scored.map((s) => {
    const scores = GOAL_NUMBERS.map((g) => scoreOf(s, g));
    const addressed = GOAL_NUMBERS.filter((g) => scoreOf(s, g) >= threshold).sort((a, b) => scoreOf(s, b) - scoreOf(s, a) || a - b);
    return { id: s.id, ...(s.title !== undefined ? { title: s.title } : {}), scores, goals: addressed };
  });
  const orphans = programmes
    .filter((p) => p.goals.length === 0)
    .map((p) => ({ id: p.id, score: Math.max(0, ...p.scores) }))
    .sort(byScoreThenId)
    .map((p) => p.id);

  const links: PlanTypeLink[] = planType
    ? [...planType.links]
    : [...expectedGoals].sort((a, b) => a - b).map((goal) => ({ goal: goal as GoalNumber, core: coreGoals.has(goal), provenance: 'custom', kind: 'custom' as const }));
  const linksWithCore = links.map((l) => (l.core === coreGoals.has(l.goal) ? l : { ...l, core: coreGoals.has(l.goal) }));

  const expectedCount = expectedGoals.size;
  return {
    schemaVersion: GAP_REPORT_SCHEMA_VERSION,
    generatedBy: 'sdg-align',
    ...(planType ? { planType: { id: planType.id, acronym: planType.acronym, name_fr: planType.name_fr, name_en: planType.name_en, custom: planType.custom } } : {}),
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
    concentration: concentration(programmes),
    coverage: expectedCount ? (covered.length + WEAK_CREDIT * weak.length) / expectedCount : 0,
    provenance: { note: PROVENANCE_NOTE, judgement: linksWithCore.filter((l) => l.kind === 'judgement').length, links: linksWithCore },
  };
}

/** `top2-share` and normalised Shannon entropy of the goal labels (see `Concentration`). */
export function concentration(programmes: readonly { goals: readonly GoalNumber[] }[]): Concentration {
  const counts = new Map<GoalNumber, number>();
  for (const p of programmes) for (const g of p.goals) counts.set(g, (counts.get(g) ?? 0) + 1);
  const labels = [...counts.values()].reduce((a, b) => a + b, 0);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (labels === 0) return { measure: 'top2-share', value: null, top: [], labels: 0, entropy: null, entropyMeasure: 'normalised-shannon' };
  const top = ranked.slice(0, 2);
  const entropy = -[...counts.values()].reduce((h, c) => h + (c / labels) * Math.log(c / labels), 0) / Math.log(17);
  return {
    measure: 'top2-share',
    value: top.reduce((a, [, c]) => a + c, 0) / labels,
    top: top.map(([g]) => g),
    labels,
    // `-0` and float dust below 0 would make JSON differ from 0; clamp.
    entropy: Math.max(0, entropy),
    entropyMeasure: 'normalised-shannon',
  };
}
