/**
 * A goal framework as a value: its goals (numbered 1…N, with colours and names), its targets and
 * their indicators, the words its TF-IDF descriptors and its lexicon are made of, its plan types.
 * The engine, the matrices, the gap report and the renderings read counts, numbering, names and
 * colours from it; the SDGs (`sdgFramework`) are one such value, the default.
 *
 * Types only: a module that needs the shape of a framework, not the SDG data, imports this file.
 */
import type { FinaliteCoverage } from '../finalites/index.js';
import type { LanguageCode } from '../languages/types.js';
import type { PlanTypeRegistry } from '../plans/index.js';

/** A goal's name in one language. */
export interface FrameworkGoalName {
  /** Short title, e.g. "Clean water and sanitation". */
  readonly short: string;
  /** Full title. */
  readonly title: string;
}

export interface FrameworkGoal {
  /** Its number: goals are numbered 1…N, in order (`framework.goals[n - 1].goal === n`). */
  readonly goal: number;
  /** Its colour, "#RRGGBB" (the wheel's segment, the heatmap's column). */
  readonly colour: string;
  /** Its short label per language, e.g. `{ fr: 'ODD 7', en: 'SDG 7' }` (renderings prefix names with it). */
  readonly code: Readonly<Record<LanguageCode, string>>;
  /** Its names per language (a rendering in a language the goal has no name in uses the first one given). */
  readonly names: Readonly<Record<LanguageCode, FrameworkGoalName>>;
}

export interface FrameworkIndicator {
  /** "6.1.1". */
  readonly id: string;
  /** Its text per language; `null` where it has none (the English one is then shown, said so). */
  readonly texts: Readonly<Record<LanguageCode, string | null>>;
}

export interface FrameworkTarget {
  /** "6.2", "6.a", or any id unique in the framework. */
  readonly id: string;
  /** The goal it belongs to. */
  readonly goal: number;
  /** Its text per language (also the start of its TF-IDF descriptor in that language). */
  readonly texts: Readonly<Record<LanguageCode, string>>;
  readonly indicators: readonly FrameworkIndicator[];
}

/** An entry of a framework's lexicon: a query that adds evidence for a goal or a target. */
export interface FrameworkEntry {
  /** Unique in the framework; evidence shows `<framework id>:<id>`. */
  readonly id: string;
  /** The goal it serves (or give `target`). */
  readonly goal?: number;
  /** The target it serves. */
  readonly target?: string;
  /** The language its query is written in (a registered module's code). */
  readonly language: LanguageCode;
  /** The query, in the syntax of `parseQuery`. */
  readonly query: string;
  /** Weight of a match: 0.5 weak, 1 normal (default), 2 unambiguous. */
  readonly weight?: number;
  /** Phrases inside which a match does not count. */
  readonly exclusions?: readonly string[];
}

/** Extra words of the TF-IDF descriptors, per goal number or target id, per language. */
export interface FrameworkDescriptors {
  readonly goals?: Readonly<Record<string, Readonly<Record<LanguageCode, readonly string[]>>>>;
  readonly targets?: Readonly<Record<string, Readonly<Record<LanguageCode, readonly string[]>>>>;
}

/** The per-goal offsets of the calibrated model (index 0 = goal 1); the feature coefficients are shared. */
export interface FrameworkCalibration {
  readonly goalOffsets: readonly number[];
}

export interface Framework {
  /** Short id, e.g. "sdg". */
  readonly id: string;
  /** Its name per language. */
  readonly names: Readonly<Record<LanguageCode, string>>;
  /** Its goals, numbered 1…N in order. */
  readonly goals: readonly FrameworkGoal[];
  /** Its targets, goal by goal. */
  readonly targets: readonly FrameworkTarget[];
  /** The languages its texts, descriptors and lexicon are written in. */
  readonly languages: readonly LanguageCode[];
  /**
   * Its lexicon. A framework other than the SDGs is compiled when the first engine over it is
   * created (the SDGs' own lexicon is compiled at build time: `npm run model`).
   */
  readonly lexicon?: readonly FrameworkEntry[];
  /** Words added to the descriptors (besides goal names, target and indicator texts). */
  readonly descriptors?: FrameworkDescriptors;
  /**
   * Per-goal offsets of the calibrated model. Default: zeros, i.e. the SDG fit's intercept and
   * feature coefficients alone (a goal's base rate is the SDGs' average one).
   */
  readonly calibration?: FrameworkCalibration;
  /** Its plan types (the gap report resolves a plan-type name with it; an opaque registry). */
  readonly planTypes?: PlanTypeRegistry;
  /** Its grouping of goals for the report's « finalités » section (the SDGs: article L110-1). */
  readonly finalites?: {
    coverage(addressed: readonly number[]): readonly FinaliteCoverage[];
    /** A finalité's name in a language. */
    name(number: number, language: LanguageCode): string | undefined;
  };
}
