import * as z from 'zod/mini';
import { SdgAlignError } from '../errors.js';
import { describeIssue, formatPath, lazy } from '../validation.js';
import { TARGET_ID_PATTERN } from '../taxonomy/schema.js';
import { SEED_SOURCES, type EntrySource } from '../lexicon/sources.js';

/**
 * Decision threshold on the goal probability: 0.5 means what it says, a goal is labelled when the
 * calibrated model finds it more likely than not (scores are probabilities, see calibration.ts).
 */
export const DEFAULT_THRESHOLD = 0.5;
/** Seed sources used by default: all of them (the calibration weighs each family). */
export const DEFAULT_SOURCES = SEED_SOURCES;
/** Evidence items kept per target and per goal (strongest first): enough to explain, bounded on huge texts. */
export const DEFAULT_MAX_EVIDENCE = 10;

/** A caller's own entry: a query that adds evidence for a goal or a target. */
export interface CustomEntry {
  /** Stable id, shown in evidence as `custom:<id>`. */
  readonly id: string;
  /** The goal (1–17) the entry serves; give this or `target`. */
  readonly goal?: number;
  /** The target the entry serves ("6.2", "6.a"); its goal must be `goal` when both are given. */
  readonly target?: string;
  /** The language the query is written in; `both` (default) compiles it for French and English texts. */
  readonly language?: 'fr' | 'en' | 'both';
  /** The query, in the syntax of `parseQuery` (terms, "phrases", `agri*`, AND/OR/AND NOT, W/n). */
  readonly query: string;
  /** Weight of a match: 0.5 weak, 1 normal (default), 2 unambiguous; at most 10. */
  readonly weight?: number;
  /** Phrases inside which a match does not count (`eau de toilette` for `eau`). */
  readonly exclusions?: readonly string[];
}

/** Options of `createEngine`; every field has a default. */
export interface EngineOptions {
  /** Language of the texts: `auto` (default: detected per text), `fr` or `en`. */
  readonly language?: 'auto' | 'fr' | 'en';
  /**
   * Language for texts too short to tell (`und`), instead of reading them both ways. `scoreAll`
   * sets it from the collection when 80 % of the texts whose language is known share one.
   */
  readonly fallbackLanguage?: 'fr' | 'en';
  /** A goal is labelled when its probability reaches this (0–1). Default 0.5: more likely than not. */
  readonly threshold?: number;
  /** `target` (default) also scores the 169 targets; `goal` scores goals only (faster). */
  readonly level?: 'goal' | 'target';
  /** Seed sources to match (default: all of `SEED_SOURCES`). */
  readonly sources?: readonly EntrySource[];
  /** Your own entries, compiled when the engine is created (a malformed one throws `QUERY_SYNTAX`). */
  readonly customEntries?: readonly CustomEntry[];
  /** Evidence items kept per goal and per target, strongest first (0–1000, default 10; 0 keeps none: fastest). */
  readonly maxEvidence?: number;
  /** Adds each goal's model features to the result (`GoalScore.features`), as `explain` shows them. Default false. */
  readonly features?: boolean;
}

/** The options with their defaults filled in. */
export interface ResolvedEngineOptions {
  readonly language: 'auto' | 'fr' | 'en';
  readonly fallbackLanguage?: 'fr' | 'en';
  readonly threshold: number;
  readonly level: 'goal' | 'target';
  readonly sources: readonly EntrySource[];
  readonly customEntries: readonly ResolvedCustomEntry[];
  readonly maxEvidence: number;
  readonly features: boolean;
}

export interface ResolvedCustomEntry extends CustomEntry {
  readonly language: 'fr' | 'en' | 'both';
  readonly weight: number;
  readonly exclusions: readonly string[];
}

const goalNumber = () => z.int().check(z.gte(1), z.lte(17));

/** The schemas, built on first use. */
export const customEntrySchema = lazy(() =>
  z
    .strictObject({
      id: z.string().check(z.minLength(1)),
      goal: z.optional(goalNumber()),
      target: z.optional(z.string().check(z.regex(TARGET_ID_PATTERN, 'a target id such as "6.2" or "6.a"'))),
      language: z._default(z.enum(['fr', 'en', 'both']), 'both'),
      query: z.string().check(z.minLength(1)),
      weight: z._default(z.number().check(z.gt(0), z.lte(10)), 1),
      exclusions: z._default(z.array(z.string().check(z.minLength(1))), []),
    })
    .check(
      z.refine((e) => e.goal !== undefined || e.target !== undefined, { message: 'give a goal or a target', path: ['goal'] }),
      z.refine((e) => e.goal === undefined || e.target === undefined || Number(e.target.split('.')[0]) === e.goal, {
        message: 'the target is not a target of this goal',
        path: ['target'],
      }),
    ),
);

export const engineOptionsSchema = lazy(() =>
  z.strictObject({
    language: z._default(z.enum(['auto', 'fr', 'en']), 'auto'),
    threshold: z._default(z.number().check(z.gte(0), z.lte(1)), DEFAULT_THRESHOLD),
    level: z._default(z.enum(['goal', 'target']), 'target'),
    sources: z._default(z.array(z.enum(SEED_SOURCES)), [...DEFAULT_SOURCES]),
    customEntries: z._default(z.array(customEntrySchema()), []),
    maxEvidence: z._default(z.int().check(z.gte(0), z.lte(1000)), DEFAULT_MAX_EVIDENCE),
    fallbackLanguage: z.optional(z.enum(['fr', 'en'])),
    features: z._default(z.boolean(), false),
  }),
);

/** Validates options; throws `INVALID_OPTIONS` naming the first bad field (`threshold`, `customEntries[2].query`…). */
export function resolveEngineOptions(options: unknown = {}): ResolvedEngineOptions {
  const parsed = engineOptionsSchema().safeParse(options ?? {});
  if (parsed.success) return parsed.data as ResolvedEngineOptions;
  const issue = parsed.error.issues[0]!;
  const at = formatPath(issue.path);
  const key = issue.code === 'unrecognized_keys' ? `${at ? `${at}.` : ''}${issue.keys.join(', ')}` : at || '(options)';
  const problem = issue.code === 'unrecognized_keys' ? 'unknown option' : describeIssue(issue, options);
  throw new SdgAlignError('INVALID_OPTIONS', `Invalid engine option "${key}": ${problem}.`, {
    field: key,
    issues: parsed.error.issues,
  });
}
