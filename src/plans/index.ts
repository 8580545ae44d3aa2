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
  planTypeInputSchema,
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
  /** A core goal: the plan type *should* address it (`sdgs_core`); other links are secondary. */
  readonly core: boolean;
  /** `"judgement"`, `"custom"`, or the citation text (`"cited: Comité 21, …"`, `"cited-generic: …"`). */
  readonly provenance: 'judgement' | 'custom' | (string & {});
  readonly kind: LinkKind;
}

/** A plan type: the data record plus a `links` view, one entry per expected goal in goal order. */
export interface PlanType {
  readonly id: string;
  readonly acronym: string;
  readonly name_fr: string;
  readonly name_en: string;
  readonly level: readonly PlanLevel[];
  readonly legal_basis: string;
  readonly mandatory: string;
  /** Every goal the plan type plausibly addresses, in goal order. */
  readonly sdgs: readonly GoalNumber[];
  /** The goals it should address (the set for "missing goal" checks). */
  readonly sdgs_core: readonly GoalNumber[];
  /** Key UN target ids, chosen by judgement. */
  readonly targets: readonly string[];
  readonly link_source: string;
  readonly sdg_provenance: Readonly<Record<string, string>>;
  readonly listed_by_cerema: boolean;
  readonly confidence: PlanConfidence;
  readonly aliases: readonly string[];
  readonly notes: string;
  readonly links: readonly PlanTypeLink[];
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

function fromRecord(record: PlanTypeRecord, custom: boolean): PlanType {
  const core = new Set(record.sdgs_core);
  const sdgs = [...record.sdgs].sort(byGoal) as GoalNumber[];
  const links = sdgs.map((goal): PlanTypeLink => {
    const provenance = record.sdg_provenance[String(goal)] ?? 'judgement';
    return Object.freeze({ goal, core: core.has(goal), provenance, kind: linkKind(provenance) });
  });
  return Object.freeze({
    ...record,
    sdgs,
    sdgs_core: [...record.sdgs_core].sort(byGoal) as GoalNumber[],
    links: Object.freeze(links),
    custom,
  });
}

function fromInput(input: PlanTypeInput): PlanType {
  const acronym = input.acronym ?? input.id.toUpperCase();
  return fromRecord(
    {
      id: input.id,
      acronym,
      name_fr: input.name_fr ?? input.name_en ?? acronym,
      name_en: input.name_en ?? input.name_fr ?? acronym,
      level: input.level ?? [],
      legal_basis: input.legal_basis ?? '',
      mandatory: input.mandatory ?? '',
      sdgs: input.sdgs,
      sdgs_core: input.sdgs_core ?? [],
      targets: input.targets ?? [],
      link_source: 'custom',
      sdg_provenance: Object.fromEntries(input.sdgs.map((g) => [String(g), 'custom'])),
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
    const names = (t: PlanType): string[] => [t.id, t.acronym, t.name_fr, t.name_en, ...t.aliases];
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
    for (const alias of new Set([type.acronym, type.name_fr, type.name_en, ...type.aliases])) {
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
 * (`custom[0].sdgs_core[1]: …`). Custom links have provenance `"custom"`.
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
