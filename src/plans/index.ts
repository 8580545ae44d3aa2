import { SdgAlignError } from '../errors.js';
import type { GoalNumber } from '../taxonomy/index.js';
import { normalizeText, stripAccents } from '../text/normalize.js';
import { PLAN_TYPE_DATA } from './plan-types.generated.js';
import { formatIssues } from '../validation.js';
import {
  planTypeInputZod,
  planTypeRegistryOptionsSchema,
  type PlanConfidence,
  type PlanLevel,
  type PlanTypeInput,
  type PlanTypeRecord,
} from './schema.js';

export {
  planTypeRecordSchema,
  PLAN_LEVELS,
  PLAN_CONFIDENCE,
  PLAN_TYPE_ID_PATTERN,
  type PlanLevel,
  type PlanConfidence,
  type PlanTypeInput,
  type PlanTypeRecord,
} from './schema.js';

/** Where a goal link comes from: `judgement` (reasoned, no source), a citation, or the caller (`custom`). */
export type LinkKind = 'judgement' | 'cited' | 'cited-generic' | 'custom';

/** One expected goal of a plan type. */
export interface PlanTypeLink {
  readonly goal: GoalNumber;
  /** A core goal: the plan type *should* address it; other links are secondary. */
  readonly core: boolean;
  /** `"judgement"`, `"custom"`, or the citation text (`"cited: Comité 21, …"`, `"cited-generic: …"`). */
  readonly provenance: 'judgement' | 'custom' | (string & {});
  readonly kind: LinkKind;
}

/**
 * A plan type. Its goals are held once, in `links` (one per expected goal, in goal order, with
 * whether it is core and where the link comes from); `goals` and `coreGoals` are views of them.
 */
export interface PlanType {
  /** Stable slug: `pcaet`, `contrat-de-ville`. */
  readonly id: string;
  readonly acronym: string;
  readonly nameFr: string;
  readonly nameEn: string;
  /** Who holds such a plan. */
  readonly levels: readonly PlanLevel[];
  readonly legalBasis: string;
  readonly mandatory: string;
  /** One per expected goal, in goal order. */
  readonly links: readonly PlanTypeLink[];
  /** Every goal the plan type plausibly addresses, in goal order (the goals of `links`). */
  readonly goals: readonly GoalNumber[];
  /** The goals it should address (the core `links`; the set for "missing goal" checks). */
  readonly coreGoals: readonly GoalNumber[];
  /** Key UN target ids, chosen by judgement. */
  readonly targets: readonly string[];
  /** The sources of the links, as one sentence (`"custom"` for a custom type). */
  readonly linkSource: string;
  readonly listedByCerema: boolean;
  readonly confidence: PlanConfidence;
  readonly aliases: readonly string[];
  readonly notes: string;
  /** True for a type given to `createPlanTypeRegistry`. */
  readonly custom: boolean;
}

export interface PlanTypeRegistry {
  /** All plan types: built-in ones in data order, then custom ones in the order given. */
  readonly planTypes: readonly PlanType[];
  /** By id, acronym, French or English name or alias; case-, accent-, hyphen- and space-insensitive. Throws `UNKNOWN_PLAN_TYPE`. */
  getPlanType(idOrAcronymOrAlias: string): PlanType;
  /** As `getPlanType`, `undefined` when unknown. */
  findPlanType(idOrAcronymOrAlias: string): PlanType | undefined;
  /** The plan type a document title names (longest alias found as whole words), or `undefined`. */
  detectPlanType(title: string): PlanType | undefined;
}

const byGoal = (a: number, b: number): number => a - b;

function linkKind(provenance: string): LinkKind {
  if (provenance === 'custom') return 'custom';
  if (provenance.startsWith('cited-generic:')) return 'cited-generic';
  if (provenance.startsWith('cited:')) return 'cited';
  return 'judgement';
}

/**
 * The library's view of a record. `goals` and `coreGoals` are getters over `links` (computed
 * once, on first read, and not enumerable), so that the goal list is stored once and a spread or
 * `JSON.stringify` of a plan type does not repeat it.
 */
function fromRecord(record: PlanTypeRecord, custom: boolean): PlanType {
  const core = new Set(record.sdgs_core);
  const links = Object.freeze(
    ([...record.sdgs].sort(byGoal) as GoalNumber[]).map((goal): PlanTypeLink => {
      const provenance = record.sdg_provenance[String(goal)] ?? 'judgement';
      return Object.freeze({ goal, core: core.has(goal), provenance, kind: linkKind(provenance) });
    }),
  );
  let goals: readonly GoalNumber[] | undefined;
  let coreGoals: readonly GoalNumber[] | undefined;
  const view = {
    id: record.id,
    acronym: record.acronym,
    nameFr: record.name_fr,
    nameEn: record.name_en,
    levels: Object.freeze([...record.level]),
    legalBasis: record.legal_basis,
    mandatory: record.mandatory,
    links,
    targets: Object.freeze([...record.targets]),
    linkSource: record.link_source,
    listedByCerema: record.listed_by_cerema,
    confidence: record.confidence,
    aliases: Object.freeze([...record.aliases]),
    notes: record.notes,
    custom,
  };
  return Object.freeze(
    Object.defineProperties(view, {
      goals: { get: () => (goals ??= Object.freeze(links.map((l) => l.goal))), enumerable: false },
      coreGoals: { get: () => (coreGoals ??= Object.freeze(links.filter((l) => l.core).map((l) => l.goal))), enumerable: false },
    }),
  ) as PlanType;
}

function fromInput(input: PlanTypeInput): PlanType {
  const acronym = input.acronym ?? input.id.toUpperCase();
  return fromRecord(
    {
      id: input.id,
      acronym,
      name_fr: input.nameFr ?? input.nameEn ?? acronym,
      name_en: input.nameEn ?? input.nameFr ?? acronym,
      level: input.levels ?? [],
      legal_basis: input.legalBasis ?? '',
      mandatory: input.mandatory ?? '',
      sdgs: input.goals,
      sdgs_core: input.coreGoals ?? [],
      targets: input.targets ?? [],
      link_source: 'custom',
      sdg_provenance: Object.fromEntries(input.goals.map((g) => [String(g), 'custom'])),
      listed_by_cerema: false,
      confidence: input.confidence ?? 'medium',
      aliases: input.aliases ?? [],
      notes: input.notes ?? '',
    },
    true,
  );
}

/**
 * Lookup key: NFC, lower case, no accents, `œ` → `oe`, every run of other characters than
 * letters, digits and `%` → one space. So "Plan climat-air-énergie territorial",
 * "plan climat air energie territorial" and " PLAN  CLIMAT–AIR…" meet.
 */
export function planTypeKey(value: string): string {
  return stripAccents(normalizeText(value).toLowerCase())
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** As `planTypeKey`, letter case kept: acronyms are matched case-sensitively in titles. */
const caseKey = (value: string): string =>
  stripAccents(normalizeText(value))
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();

/**
 * An alias that is an acronym (one word with two capitals or more: "PAS", "PLUi", "PdM") only
 * matches a title in its own case or all in capitals: "PAS" (the SCoT's *projet d'aménagement
 * stratégique*) must not fire on the French word "pas", nor "CLE" on "clé".
 */
const isAcronym = (alias: string): boolean => !/\s/.test(alias.trim()) && (alias.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

/** Levenshtein distance (two rows). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Suggestions listed in an `UNKNOWN_PLAN_TYPE` message. */
const MAX_SUGGESTIONS = 3;

interface DetectionPattern {
  /** Space-padded key to look for in the space-padded title key. */
  readonly needles: readonly string[];
  readonly caseSensitive: boolean;
  /** Length of the key: the longest matching alias wins. */
  readonly length: number;
  readonly type: PlanType;
}

/** Lookup indexes of a registry, built on first use: importing the library should not pay for them. */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

function buildRegistry(types: readonly PlanType[]): PlanTypeRegistry {
  const keyIndex = lazy(() => {
    const byKey = new Map<string, PlanType>();
    const names = (t: PlanType): string[] => [t.id, t.acronym, t.nameFr, t.nameEn, ...t.aliases];
    for (const type of types) {
      for (const name of names(type)) {
        const key = planTypeKey(name);
        // Later types (custom ones come last) take a key over: an override must win.
        if (key) byKey.set(key, type);
      }
    }
    return byKey;
  });
  const detectionPatterns = lazy(() => buildPatterns(types));

  const findPlanType = (value: string): PlanType | undefined =>
    typeof value === 'string' ? keyIndex().get(planTypeKey(value)) : undefined;

  const getPlanType = (value: string): PlanType => {
    const found = findPlanType(value);
    if (found) return found;
    const key = typeof value === 'string' ? planTypeKey(value) : '';
    const suggestions = suggest(key, types);
    const hint = suggestions.length
      ? ` Did you mean ${suggestions.map((t) => `"${t.id}" (${t.acronym})`).join(', ')}?`
      : '';
    throw new SdgAlignError(
      'UNKNOWN_PLAN_TYPE',
      `Unknown plan type ${JSON.stringify(value)}.${hint} Plan types are found by id, acronym, name or alias (${types.length} types, see planTypes).`,
      { planType: value, suggestions: suggestions.map((t) => t.id) },
    );
  };

  const detectPlanType = (title: string): PlanType | undefined => {
    if (typeof title !== 'string') return undefined;
    const folded = ` ${planTypeKey(title)} `;
    const cased = ` ${caseKey(title)} `;
    for (const pattern of detectionPatterns()) {
      const haystack = pattern.caseSensitive ? cased : folded;
      if (pattern.needles.some((needle) => haystack.includes(needle))) return pattern.type;
    }
    return undefined;
  };

  return { planTypes: Object.freeze([...types]), getPlanType, findPlanType, detectPlanType };
}

/** Title patterns of each alias: acronyms case-sensitive, names folded. */
function buildPatterns(types: readonly PlanType[]): DetectionPattern[] {
  const patterns: DetectionPattern[] = [];
  for (const type of types) {
    for (const alias of new Set([type.acronym, type.nameFr, type.nameEn, ...type.aliases])) {
      if (isAcronym(alias)) {
        const key = caseKey(alias);
        patterns.push({ needles: [...new Set([key, key.toUpperCase()])].map((k) => ` ${k} `), caseSensitive: true, length: key.length, type });
      } else {
        const key = planTypeKey(alias);
        if (key) patterns.push({ needles: [` ${key} `], caseSensitive: false, length: key.length, type });
      }
    }
  }
  // Longest first; on a tie custom types first, then data order (stable sort): deterministic.
  return patterns.sort((a, b) => b.length - a.length || Number(b.type.custom) - Number(a.type.custom));
}

/**
 * Closest plan types to a misspelt key by edit distance to their id, acronym and aliases,
 * within a third of the key's length (at least 2 edits): "pcaett" → pcaet, "plui-h" → plui.
 */
function suggest(key: string, types: readonly PlanType[]): PlanType[] {
  if (!key) return [];
  const limit = Math.max(2, Math.ceil(key.length / 3));
  const scored: { type: PlanType; distance: number; own: number }[] = [];
  for (const type of types) {
    // `own`: distance to the id or acronym, the tie-break, so "PLUX" suggests plh before npnru (alias PRU).
    const own = Math.min(editDistance(key, planTypeKey(type.id)), editDistance(key, planTypeKey(type.acronym)));
    let best = own;
    for (const alias of type.aliases) best = Math.min(best, editDistance(key, planTypeKey(alias)));
    if (best <= limit) scored.push({ type, distance: best, own });
  }
  scored.sort((a, b) => a.distance - b.distance || a.own - b.own || (a.type.id < b.type.id ? -1 : a.type.id > b.type.id ? 1 : 0));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.type);
}

/** The 50 built-in plan types (validated against `planTypeRecordSchema` in the tests). */
const BUILT_IN: readonly PlanType[] = (PLAN_TYPE_DATA as unknown as PlanTypeRecord[]).map((r) => fromRecord(r, false));

const defaultRegistry = buildRegistry(BUILT_IN);

/**
 * The built-in plan types with their expected goals. Most goal links are **judgement**
 * reconstructed from public sources, not a transcription of the CEREMA (March 2019) figure:
 * read `links[i].provenance`.
 */
export const planTypes: readonly PlanType[] = defaultRegistry.planTypes;
export const getPlanType = defaultRegistry.getPlanType;
export const findPlanType = defaultRegistry.findPlanType;
export const detectPlanType = defaultRegistry.detectPlanType;

/**
 * A registry with the caller's plan types. By default they extend the built-in types (a custom
 * type with a built-in id replaces it); with `{ replace: true }` only the custom types exist.
 * Entries are validated; an invalid one throws `INVALID_OPTIONS` naming the field path
 * (`custom[0].coreGoals[1]: …`). Custom links have provenance `"custom"`.
 */
export function createPlanTypeRegistry(custom: readonly PlanTypeInput[], options: { replace?: boolean } = {}): PlanTypeRegistry {
  const opts = planTypeRegistryOptionsSchema().safeParse(options ?? {});
  if (!opts.success) {
    throw new SdgAlignError('INVALID_OPTIONS', `Invalid plan-type registry options: ${formatIssues(opts.error, ['options'], options)}`, {
      issues: opts.error.issues,
    });
  }
  if (!Array.isArray(custom)) {
    throw new SdgAlignError('INVALID_OPTIONS', 'custom: expected an array of plan types', { custom });
  }
  const parsed: PlanType[] = [];
  const seen = new Set<string>();
  custom.forEach((entry, i) => {
    const result = planTypeInputZod().safeParse(entry);
    if (!result.success) {
      throw new SdgAlignError('INVALID_OPTIONS', `Invalid custom plan type: ${formatIssues(result.error, ['custom', i], entry)}`, {
        index: i,
        issues: result.error.issues,
      });
    }
    if (seen.has(result.data.id)) {
      throw new SdgAlignError('INVALID_OPTIONS', `Invalid custom plan type: custom[${i}].id: duplicate id "${result.data.id}"`, { index: i });
    }
    seen.add(result.data.id);
    parsed.push(fromInput(result.data));
  });
  const base = opts.data.replace ? [] : BUILT_IN.filter((t) => !seen.has(t.id));
  return buildRegistry([...base, ...parsed]);
}
