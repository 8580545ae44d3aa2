// The five finalités of sustainable development (Code de l'environnement, art. L. 110-1, III) and the
// ODD → finalités crosswalk: typed lookups and the per-finalité coverage of a plan. Browser-safe.
// Sources, licence and what is judgement: see the header of `./data.ts`.

import { SdgAlignError } from '../errors.js';
import { GOAL_NUMBERS, getGoal, isGoalNumber, type GoalNumber } from '../taxonomy/index.js';
import {
  FINALITE_DATA,
  FINALITE_IDS,
  FINALITE_LINK_DATA,
  LINK_STRENGTHS,
  type FinaliteEarlierWording,
  type FinaliteId,
  type FinaliteRecord,
  type LinkProvenance,
  type LinkStrength,
} from './data.js';

export { FINALITE_IDS, LINK_STRENGTHS, type FinaliteEarlierWording, type FinaliteId, type LinkProvenance, type LinkStrength };

/** One of the five finalités of article L. 110-1, III of the Code de l'environnement (fields documented on `FinaliteRecord`). */
export type Finalite = FinaliteRecord;

/** A link of the crosswalk: goal `goal` serves finalité `finalite`. */
export interface FinaliteLink {
  /** The goal (ODD), 1–17. */
  readonly goal: GoalNumber;
  /** The finalité it serves. */
  readonly finalite: FinaliteId;
  /**
   * `primary`: the finalité most of the goal's targets serve (every goal has at least one);
   * `secondary`: a finalité served by one or two of its targets.
   */
  readonly strength: LinkStrength;
  /** The UN targets of the goal that carry the link, in UN order ("6.1", "11.b"). */
  readonly targets: readonly string[];
  /**
   * Where the link comes from: `kind` is `published` (transcribed, `source` says from where) or
   * `judgement` (reasoned for the project); `note` explains it in plain French.
   */
  readonly provenance: LinkProvenance;
}

/** Per finalité, what a plan covers: one entry of a « Couverture par finalité » section. */
export interface FinaliteCoverage {
  /** The finalité's slug. */
  readonly finalite: FinaliteId;
  /** Its rank in article L. 110-1, III (1–5). */
  readonly number: 1 | 2 | 3 | 4 | 5;
  /** Its short French label. */
  readonly fr: string;
  /**
   * The goals the finalité groups, in goal order: those linked to it with the strengths asked for
   * and, when `expectedGoals` was given, among the expected goals.
   */
  readonly goals: readonly GoalNumber[];
  /** Among `goals`, those linked to the finalité as `primary`, in goal order. */
  readonly primary: readonly GoalNumber[];
  /** Among `goals`, those the plan covers, in goal order. */
  readonly covered: readonly GoalNumber[];
  /** Among `goals`, those the plan does not cover, in goal order. */
  readonly missing: readonly GoalNumber[];
  /** `covered.length / goals.length`, 0–1; `null` when the finalité groups no goal (nothing expected of it). */
  readonly share: number | null;
}

/** Options of `goalsOfFinalite` and `coverageByFinalite`. */
export interface FinaliteLinkOptions {
  /** Keep only the links of this strength (default: both `primary` and `secondary`). */
  readonly strength?: LinkStrength;
}

/** The five finalités, in legal order (1° to 5°). */
export const finalites: readonly Finalite[] = Object.freeze(
  FINALITE_DATA.map((f: FinaliteRecord): Finalite => Object.freeze({ ...f, earlier: Object.freeze([...f.earlier]) })),
);

/** Every link of the crosswalk, in goal order; within a goal, primary links first, then by finalité number. */
export const finaliteLinks: readonly FinaliteLink[] = Object.freeze(
  FINALITE_LINK_DATA.map((l) => Object.freeze({ ...l, goal: l.goal as GoalNumber, targets: Object.freeze([...l.targets]) }) as FinaliteLink).sort(
    (a, b) => a.goal - b.goal || rank(a.strength) - rank(b.strength) || numberOf(a.finalite) - numberOf(b.finalite),
  ),
);

function rank(strength: LinkStrength): number {
  return LINK_STRENGTHS.indexOf(strength);
}

function numberOf(id: FinaliteId): number {
  return FINALITE_IDS.indexOf(id) + 1;
}

const byId = new Map<string, Finalite>(finalites.map((f) => [f.id, f]));

/**
 * The finalité with this slug (`"climat"`, also `" Climat "`) or number (1–5, also `"3"`), or
 * `undefined`.
 */
export function findFinalite(idOrNumber: string | number): Finalite | undefined {
  if (typeof idOrNumber === 'number') return Number.isInteger(idOrNumber) ? finalites[idOrNumber - 1] : undefined;
  if (typeof idOrNumber !== 'string') return undefined;
  const key = idOrNumber.trim().toLowerCase();
  return /^[1-5]$/.test(key) ? finalites[Number(key) - 1] : byId.get(key);
}

/** As `findFinalite`; throws `SdgAlignError` with code `UNKNOWN_FINALITE` when there is no such finalité. */
export function getFinalite(idOrNumber: string | number): Finalite {
  const found = findFinalite(idOrNumber);
  if (found) return found;
  throw new SdgAlignError(
    'UNKNOWN_FINALITE',
    `Unknown finalité ${JSON.stringify(idOrNumber)}: finalités are ${FINALITE_IDS.map((id) => `"${id}"`).join(', ')} or their numbers 1 to 5.`,
    { finalite: idOrNumber, known: [...FINALITE_IDS] },
  );
}

/**
 * The links of goal `goal` (1–17, also `"7"`): primary first, then by finalité number. Every goal
 * has at least one primary link. Throws `UNKNOWN_GOAL` for a bad goal.
 */
export function finalitesOfGoal(goal: number | string): readonly FinaliteLink[] {
  const n = getGoal(goal).goal;
  return finaliteLinks.filter((l) => l.goal === n);
}

function checkStrength(options: FinaliteLinkOptions | undefined): LinkStrength | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) {
    throw new SdgAlignError('INVALID_OPTIONS', 'Invalid finalité options: expected an object such as { strength: "primary" }.', { options });
  }
  const { strength } = options;
  if (strength !== undefined && !LINK_STRENGTHS.includes(strength)) {
    throw new SdgAlignError('INVALID_OPTIONS', `Invalid finalité options: strength: expected "primary" or "secondary", got ${JSON.stringify(strength)}.`, {
      strength,
    });
  }
  return strength;
}

/**
 * The goals grouped under a finalité (slug or number), in goal order; `{ strength }` keeps the
 * primary or the secondary links only. Throws `UNKNOWN_FINALITE`, or `INVALID_OPTIONS` for a bad strength.
 */
export function goalsOfFinalite(idOrNumber: string | number, options?: FinaliteLinkOptions): readonly GoalNumber[] {
  const { id } = getFinalite(idOrNumber);
  const strength = checkStrength(options);
  return finaliteLinks.filter((l) => l.finalite === id && (strength === undefined || l.strength === strength)).map((l) => l.goal).sort((a, b) => a - b);
}

function goalSet(goals: readonly number[], name: string): Set<GoalNumber> {
  if (!Array.isArray(goals)) throw new SdgAlignError('INVALID_INPUT', `${name}: expected an array of goal numbers (1–17).`, { [name]: goals });
  const set = new Set<GoalNumber>();
  goals.forEach((goal, i) => {
    if (!isGoalNumber(goal)) {
      throw new SdgAlignError('UNKNOWN_GOAL', `${name}[${i}]: unknown goal ${JSON.stringify(goal)}: goals are numbered 1 to 17.`, { goal, index: i });
    }
    set.add(goal);
  });
  return set;
}

/**
 * Coverage of a plan per finalité: for each of the five finalités (legal order), the goals it
 * groups, which of them the plan covers, and the share covered. Pure: the same input gives the
 * same output.
 *
 * - `coveredGoals`: the goals the plan addresses (e.g. a gap report's covered goals); order and
 *   repeats do not matter.
 * - `expectedGoals`: when given, only these goals count (e.g. the goals a plan type is expected to
 *   serve); a finalité none of whose goals is expected gets `goals: []` and `share: null`. Default:
 *   all 17 goals.
 * - `options.strength`: count only primary (or only secondary) links. Default: both, so a goal
 *   linked to several finalités counts in each (the shares do not add up to a whole).
 *
 * Throws `UNKNOWN_GOAL` for a number outside 1–17, `INVALID_INPUT` for a non-array, `INVALID_OPTIONS`
 * for a bad strength.
 */
export function coverageByFinalite(
  coveredGoals: readonly number[],
  expectedGoals?: readonly number[],
  options?: FinaliteLinkOptions,
): readonly FinaliteCoverage[] {
  const covered = goalSet(coveredGoals, 'coveredGoals');
  const expected = expectedGoals === undefined ? new Set<GoalNumber>(GOAL_NUMBERS) : goalSet(expectedGoals, 'expectedGoals');
  const strength = checkStrength(options);
  return finalites.map((f): FinaliteCoverage => {
    const links = finaliteLinks.filter((l) => l.finalite === f.id && expected.has(l.goal) && (strength === undefined || l.strength === strength));
    const goals = GOAL_NUMBERS.filter((g) => links.some((l) => l.goal === g));
    const primary = goals.filter((g) => links.some((l) => l.goal === g && l.strength === 'primary'));
    const coveredHere = goals.filter((g) => covered.has(g));
    return {
      finalite: f.id,
      number: f.number,
      fr: f.fr,
      goals,
      primary,
      covered: coveredHere,
      missing: goals.filter((g) => !covered.has(g)),
      share: goals.length ? coveredHere.length / goals.length : null,
    };
  });
}
