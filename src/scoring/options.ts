import * as z from 'zod/mini';
import { SdgAlignError } from '../errors.js';
import { describeIssue, formatPath, lazy } from '../validation.js';
import { SEED_SOURCES, type EntrySource } from '../lexicon/sources.js';
import { checkFramework, findFrameworkTarget, isGoal } from '../frameworks/index.js';
import { sdgFramework } from '../frameworks/sdg.js';
import type { Framework } from '../frameworks/types.js';
import { BUILT_IN_LANGUAGES, registerLanguages } from '../languages/index.js';
import type { LanguageCode, LanguageModule } from '../languages/types.js';

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
  /** The goal (1–17 for the SDGs: a goal of the engine's framework) the entry serves; give this or `target`. */
  readonly goal?: number;
  /** The target the entry serves ("6.2", "6.a"); its goal must be `goal` when both are given. */
  readonly target?: string;
  /** The language the query is written in; `both` (default) compiles it for every language of the engine (French and English by default). */
  readonly language?: LanguageCode | 'both';
  /** The query, in the syntax of `parseQuery` (terms, "phrases", `agri*`, AND/OR/AND NOT, W/n). */
  readonly query: string;
  /** Weight of a match: 0.5 weak, 1 normal (default), 2 unambiguous; at most 10. */
  readonly weight?: number;
  /** Phrases inside which a match does not count (`eau de toilette` for `eau`). */
  readonly exclusions?: readonly string[];
}

/** Options of `createEngine`; every field has a default. */
export interface EngineOptions {
  /** Language of the texts: `auto` (default: detected per text among `languages`), or one of their codes (`fr`, `en`). */
  readonly language?: 'auto' | LanguageCode;
  /**
   * Language for texts too short to tell (`und`), instead of reading them in every language. `scoreAll`
   * sets it from the collection when 80 % of the texts whose language is known share one.
   */
  readonly fallbackLanguage?: LanguageCode;
  /** The goals, targets, lexicon and descriptors to score against (default: `sdgFramework`, the SDGs). */
  readonly framework?: Framework;
  /**
   * The languages texts are detected among and analysed in (default: French and English, the
   * modules of src/languages). An undetermined text is read in each, in this order.
   */
  readonly languages?: readonly LanguageModule[];
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
  readonly language: 'auto' | LanguageCode;
  readonly fallbackLanguage?: LanguageCode;
  readonly framework: Framework;
  readonly languages: readonly LanguageModule[];
  readonly threshold: number;
  readonly level: 'goal' | 'target';
  readonly sources: readonly EntrySource[];
  readonly customEntries: readonly ResolvedCustomEntry[];
  readonly maxEvidence: number;
  readonly features: boolean;
}

export interface ResolvedCustomEntry extends CustomEntry {
  readonly language: LanguageCode | 'both';
  readonly weight: number;
  readonly exclusions: readonly string[];
}

/** Goal numbers are checked against the framework once the shape is (`checkAgainstFramework`). */
const goalNumber = () => z.int().check(z.gte(1));
const languageCode = () => z.string().check(z.regex(/^[a-z]{2,8}$/, 'a language code such as "fr" or "en"'));

/** The schemas, built on first use. */
export const customEntrySchema = lazy(() =>
  z
    .strictObject({
      id: z.string().check(z.minLength(1)),
      goal: z.optional(goalNumber()),
      target: z.optional(z.string().check(z.minLength(1))),
      language: z._default(z.union([z.literal('both'), languageCode()]), 'both'),
      query: z.string().check(z.minLength(1)),
      weight: z._default(z.number().check(z.gt(0), z.lte(10)), 1),
      exclusions: z._default(z.array(z.string().check(z.minLength(1))), []),
    })
    .check(
      z.refine((e) => e.goal !== undefined || e.target !== undefined, { message: 'give a goal or a target', path: ['goal'] }),
    ),
);

export const engineOptionsSchema = lazy(() =>
  z.strictObject({
    language: z._default(z.union([z.literal('auto'), languageCode()]), 'auto'),
    threshold: z._default(z.number().check(z.gte(0), z.lte(1)), DEFAULT_THRESHOLD),
    level: z._default(z.enum(['goal', 'target']), 'target'),
    sources: z._default(z.array(z.enum(SEED_SOURCES)), [...DEFAULT_SOURCES]),
    customEntries: z._default(z.array(customEntrySchema()), []),
    maxEvidence: z._default(z.int().check(z.gte(0), z.lte(1000)), DEFAULT_MAX_EVIDENCE),
    fallbackLanguage: z.optional(languageCode()),
    features: z._default(z.boolean(), false),
    // Defaults filled in after parsing: zod copies a default object, and the SDGs are known by identity.
    framework: z.optional(z.custom<Framework>((v) => typeof v === 'object' && v !== null, 'a Framework (sdgFramework, or your own)')),
    languages: z.optional(z.array(z.custom<LanguageModule>((v) => typeof v === 'object' && v !== null, 'a LanguageModule')).check(z.minLength(1))),
  }),
);

/** Validates options; throws `INVALID_OPTIONS` naming the first bad field (`threshold`, `customEntries[2].query`…). */
export function resolveEngineOptions(options: unknown = {}): ResolvedEngineOptions {
  const parsed = engineOptionsSchema().safeParse(options ?? {});
  if (parsed.success) return checkAgainstFramework({ ...parsed.data, framework: parsed.data.framework ?? sdgFramework, languages: parsed.data.languages ?? BUILT_IN_LANGUAGES } as ResolvedEngineOptions);
  const issue = parsed.error.issues[0]!;
  const at = formatPath(issue.path);
  const key = issue.code === 'unrecognized_keys' ? `${at ? `${at}.` : ''}${issue.keys.join(', ')}` : at || '(options)';
  const problem = issue.code === 'unrecognized_keys' ? 'unknown option' : describeIssue(issue, options);
  throw new SdgAlignError('INVALID_OPTIONS', `Invalid engine option "${key}": ${problem}.`, {
    field: key,
    issues: parsed.error.issues,
  });
}

function invalid(field: string, problem: string): never {
  throw new SdgAlignError('INVALID_OPTIONS', `Invalid engine option "${field}": ${problem}.`, { field });
}

/**
 * What the shape cannot say: goals and targets exist in the framework, languages are among the
 * engine's (whose modules are registered here, see src/languages). Same `INVALID_OPTIONS` errors.
 */
function checkAgainstFramework(options: ResolvedEngineOptions): ResolvedEngineOptions {
  const { framework, languages } = options;
  if (framework !== sdgFramework) checkFramework(framework);
  registerLanguages(languages);
  const codes = languages.map((l) => l.code);
  if (new Set(codes).size !== codes.length) invalid('languages', `a language is given twice (${codes.join(', ')})`);
  const known = (code: string) => codes.includes(code);
  const among = `one of ${codes.map((c) => JSON.stringify(c)).join(', ')}`;
  if (options.language !== 'auto' && !known(options.language)) invalid('language', `expected "auto" or ${among}, got ${JSON.stringify(options.language)}`);
  if (options.fallbackLanguage !== undefined && !known(options.fallbackLanguage)) invalid('fallbackLanguage', `expected ${among}, got ${JSON.stringify(options.fallbackLanguage)}`);
  (framework.lexicon ?? []).forEach((e, i) => {
    if (!known(e.language)) invalid(`framework.lexicon[${i}].language`, `"${e.language}" is not a language of the engine (${among}): give its module in languages`);
  });
  options.customEntries.forEach((e, i) => {
    if (e.language !== 'both' && !known(e.language)) invalid(`customEntries[${i}].language`, `expected "both" or ${among}`);
    if (e.goal !== undefined && !isGoal(framework, e.goal)) invalid(`customEntries[${i}].goal`, `expected a goal number 1–${framework.goals.length}`);
    if (e.target === undefined) return;
    const target = findFrameworkTarget(framework, e.target);
    if (!target) invalid('customEntries', `entry "${e.id}" names the unknown target "${e.target}"`);
    if (e.goal !== undefined && target.goal !== e.goal) invalid(`customEntries[${i}].target`, 'the target is not a target of this goal');
  });
  return options;
}
