/**
 * Reading a framework: validation, goals by number, targets by id, the text of a goal or a target
 * in a language. Nothing here imports the SDG data (`sdg.ts` does): the gap report and the
 * renderings use these on the framework a scored plan carries.
 */
import { SdgAlignError } from '../errors.js';
import type { LanguageCode } from '../languages/types.js';
import type { Framework, FrameworkGoal, FrameworkGoalName, FrameworkIndicator, FrameworkTarget } from './types.js';

export type * from './types.js';

/** Whether `n` is a goal number of the framework: an integer 1…N. */
export const isGoal = (framework: Framework, n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= framework.goals.length;

/** Its goal numbers, 1…N. */
export const goalNumbersOf = (framework: Framework): readonly number[] => lookups(framework).numbers;

/** The goal `n`, or `undefined`. */
export const findFrameworkGoal = (framework: Framework, n: number): FrameworkGoal | undefined => (isGoal(framework, n) ? framework.goals[n - 1] : undefined);

/** The goal `n`; throws `UNKNOWN_GOAL` otherwise. */
export function frameworkGoal(framework: Framework, n: number): FrameworkGoal {
  const goal = findFrameworkGoal(framework, n);
  if (!goal) throw new SdgAlignError('UNKNOWN_GOAL', `Unknown goal ${JSON.stringify(n)}: goals are numbered 1 to ${framework.goals.length}.`, { goal: n });
  return goal;
}

/** The target with this id (trimmed, lower case), or `undefined`. */
export const findFrameworkTarget = (framework: Framework, id: string): FrameworkTarget | undefined =>
  typeof id === 'string' ? lookups(framework).byId.get(id.trim().toLowerCase()) : undefined;

/** The position of a target in `framework.targets`, or -1. */
export const targetPositionOf = (framework: Framework, id: string): number => lookups(framework).position.get(id) ?? -1;

/** The targets of goal `n`, in order. */
export const targetsOfGoal = (framework: Framework, n: number): readonly FrameworkTarget[] => lookups(framework).byGoal[n - 1] ?? [];

/** A text in `language`, else in the first language that has one. */
function inLanguage<T>(texts: Readonly<Record<LanguageCode, T>>, language: LanguageCode): T {
  return language in texts ? texts[language]! : Object.values(texts)[0]!;
}

/** A goal's name in a language. */
export const goalNameIn = (goal: FrameworkGoal, language: LanguageCode): FrameworkGoalName => inLanguage(goal.names, language);
/** A goal's short label in a language ("ODD 7"). */
export const goalCodeIn = (goal: FrameworkGoal, language: LanguageCode): string => inLanguage(goal.code, language);
/** A target's text in a language. */
export const targetTextIn = (target: FrameworkTarget, language: LanguageCode): string => inLanguage(target.texts, language);
/** An indicator's text in a language, or `null` when it has none in that language. */
export const indicatorTextIn = (indicator: FrameworkIndicator, language: LanguageCode): string | null => indicator.texts[language] ?? null;

interface Lookups {
  readonly numbers: readonly number[];
  readonly byId: ReadonlyMap<string, FrameworkTarget>;
  readonly position: ReadonlyMap<string, number>;
  readonly byGoal: readonly FrameworkTarget[][];
}

const built = new WeakMap<Framework, Lookups>();

function lookups(framework: Framework): Lookups {
  let l = built.get(framework);
  if (!l) {
    const byGoal = framework.goals.map((): FrameworkTarget[] => []);
    framework.targets.forEach((t) => byGoal[t.goal - 1]?.push(t));
    l = {
      numbers: framework.goals.map((g) => g.goal),
      byId: new Map(framework.targets.map((t) => [t.id, t])),
      position: new Map(framework.targets.map((t, i) => [t.id, i])),
      byGoal,
    };
    built.set(framework, l);
  }
  return l;
}

const COLOUR = /^#[0-9A-F]{6}$/i;

/**
 * Checks a framework's shape and numbering (goals 1…N in order, colours, unique target ids of
 * known goals, lexicon entries of known goals and targets); throws `INVALID_OPTIONS` naming the
 * first problem. Returns the framework.
 */
export function checkFramework(framework: Framework): Framework {
  const bad = (where: string, problem: string): never => {
    throw new SdgAlignError('INVALID_OPTIONS', `Invalid engine option "framework": ${where}: ${problem}.`, { field: `framework.${where}` });
  };
  if (!framework || typeof framework !== 'object') bad('(framework)', 'expected a framework object');
  if (typeof framework.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(framework.id)) bad('id', 'expected a lower-case id');
  if (!Array.isArray(framework.goals) || framework.goals.length === 0) bad('goals', 'expected at least one goal');
  framework.goals.forEach((g, i) => {
    if (g?.goal !== i + 1) bad(`goals[${i}].goal`, `expected ${i + 1} (goals are numbered 1…N in order)`);
    if (typeof g.colour !== 'string' || !COLOUR.test(g.colour)) bad(`goals[${i}].colour`, 'expected "#RRGGBB"');
    if (!g.names || Object.keys(g.names).length === 0) bad(`goals[${i}].names`, 'expected a name in at least one language');
    if (!g.code || Object.keys(g.code).length === 0) bad(`goals[${i}].code`, 'expected a short label in at least one language');
  });
  if (!Array.isArray(framework.targets)) bad('targets', 'expected an array');
  const ids = new Set<string>();
  framework.targets.forEach((t, i) => {
    if (typeof t?.id !== 'string' || t.id !== t.id.trim().toLowerCase() || ids.has(t.id)) bad(`targets[${i}].id`, 'expected a unique lower-case id');
    ids.add(t.id);
    if (!isGoal(framework, t.goal)) bad(`targets[${i}].goal`, `expected a goal number 1–${framework.goals.length}`);
  });
  if (!Array.isArray(framework.languages) || framework.languages.length === 0) bad('languages', 'expected at least one language code');
  (framework.lexicon ?? []).forEach((e, i) => {
    if (typeof e?.id !== 'string' || e.id === '') bad(`lexicon[${i}].id`, 'expected an id');
    if (e.target !== undefined && !ids.has(e.target)) bad(`lexicon[${i}].target`, `unknown target "${e.target}"`);
    if (e.target === undefined && !isGoal(framework, e.goal)) bad(`lexicon[${i}].goal`, `expected a goal number 1–${framework.goals.length}`);
    if (typeof e.query !== 'string' || e.query === '') bad(`lexicon[${i}].query`, 'expected a query');
  });
  const offsets = framework.calibration?.goalOffsets;
  if (offsets && offsets.length !== framework.goals.length) bad('calibration.goalOffsets', `expected ${framework.goals.length} numbers`);
  return framework;
}
