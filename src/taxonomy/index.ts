import { SdgAlignError } from '../errors.js';
import { lazy } from '../validation.js';
import { INDICATOR_DATA } from './indicators.generated.js';
import { GOAL_DATA, TARGET_DATA } from './sdg-data.generated.js';

export type GoalNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
/** The built-in languages (declared with the language modules: src/languages). */
export type { Language } from '../languages/types.js';

export interface LocalisedGoalText {
  /** Short title, e.g. "Clean water and sanitation" / "Eau propre et assainissement". */
  readonly short: string;
  /** Full goal title as adopted by the UN General Assembly. */
  readonly title: string;
}

export interface Goal {
  readonly goal: GoalNumber;
  /** Official UN colour, "#RRGGBB". */
  readonly colour: string;
  readonly en: LocalisedGoalText;
  readonly fr: LocalisedGoalText;
}

/** A UN global indicator (2023 framework; obsolete ones are not shipped). */
export interface Indicator {
  /** "6.1.1", "6.a.1"… */
  readonly id: string;
  /** The target it measures. */
  readonly target: string;
  readonly en: string;
  /** UN French text; `null` for 11.5.3, which exists only in English. */
  readonly fr: string | null;
  /** The French text predates the latest English revision. */
  readonly frOutdated?: true;
}

export interface Target {
  /** "6.2", "6.a"… */
  readonly id: string;
  readonly goal: GoalNumber;
  readonly en: string;
  readonly fr: string;
  /** The UN indicators of this target (most targets have one to three). */
  readonly indicators: readonly Indicator[];
}

/** The 17 goals, in order. The data was validated against `taxonomySchema` when generated and in the tests. */
export const goals: readonly Goal[] = GOAL_DATA as readonly Goal[];
export const indicators: readonly Indicator[] = INDICATOR_DATA;

/** Items grouped by a key, in their order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

const NO_INDICATORS: readonly Indicator[] = [];

// Module-level values are built by calls marked pure, so that a bundle importing only `goals`
// drops the targets, the indicators and their lookups.

/** The 169 targets, goal by goal, numbered targets before lettered ones (UN order), each with its indicators. */
export const targets: readonly Target[] = /* @__PURE__ */ (() => {
  const byTarget = groupBy(INDICATOR_DATA, (i) => i.target);
  return TARGET_DATA.map((t) => ({ ...t, indicators: byTarget.get(t.id) ?? NO_INDICATORS }) as Target);
})();

export const GOAL_NUMBERS: readonly GoalNumber[] = /* @__PURE__ */ goals.map((g) => g.goal);

const targetsById = /* @__PURE__ */ lazy(() => new Map(targets.map((t) => [t.id, t])));
const targetsByGoal = /* @__PURE__ */ lazy(() => groupBy(targets, (t) => t.goal as number));

export const isGoalNumber = (n: unknown): n is GoalNumber =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 17;

/** The goal `n` (1–17), or `undefined`. Accepts "7" as well as 7. */
export function findGoal(n: number | string): Goal | undefined {
  const num = typeof n === 'string' && /^\s*\d+\s*$/.test(n) ? Number(n) : n;
  return isGoalNumber(num) ? goals[num - 1] : undefined;
}

/** The goal `n` (1–17); throws `SdgAlignError` with code `UNKNOWN_GOAL` otherwise. */
export function getGoal(n: number | string): Goal {
  const goal = findGoal(n);
  if (!goal) {
    throw new SdgAlignError('UNKNOWN_GOAL', `Unknown goal ${JSON.stringify(n)}: goals are numbered 1 to 17.`, { goal: n });
  }
  return goal;
}

/** The target with this id ("6.a", also " 6.A "), or `undefined`. */
export function findTarget(id: string): Target | undefined {
  return typeof id === 'string' ? targetsById().get(id.trim().toLowerCase()) : undefined;
}

/** The target with this id; throws `SdgAlignError` with code `UNKNOWN_TARGET` otherwise. */
export function getTarget(id: string): Target {
  const target = findTarget(id);
  if (!target) {
    throw new SdgAlignError(
      'UNKNOWN_TARGET',
      `Unknown target ${JSON.stringify(id)}: target ids look like "6.2" or "6.a" (169 targets).`,
      { target: id },
    );
  }
  return target;
}

/** The targets of goal `n`, in UN order; throws `UNKNOWN_GOAL` for a bad goal. */
export function targetsOf(n: number | string): readonly Target[] {
  return targetsByGoal().get(getGoal(n).goal) ?? [];
}

/** Goal number of a target id, e.g. "6.a" → 6. */
export const goalOfTarget = (id: string): GoalNumber => getTarget(id).goal;

/** The indicator with this id ("6.1.1"), or `undefined`. */
export const findIndicator = (id: string): Indicator | undefined => (typeof id === 'string' ? indicators.find((i) => i.id === id.trim().toLowerCase()) : undefined);
