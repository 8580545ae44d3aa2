import * as z from 'zod/mini';
import { lazy, type Validator } from '../validation.js';
import { TARGET_ID_PATTERN } from '../taxonomy/schema.js';

/** Who holds a plan (see /work/shared/data/cerema/README.md §3). */
export const PLAN_LEVELS = ['commune', 'epci', 'syndicat', 'departement', 'region', 'etat'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];

export const PLAN_CONFIDENCE = ['high', 'medium', 'low'] as const;
export type PlanConfidence = (typeof PLAN_CONFIDENCE)[number];

/** Stable slugs such as `pcaet`, `contrat-de-ville`. */
export const PLAN_TYPE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const goalNumber = () => z.int().check(z.gte(1), z.lte(17));
const goalList = (min = 0) =>
  z.array(goalNumber()).check(...(min ? [z.minLength(min)] : []), z.refine((list) => new Set(list).size === list.length, 'goals must not repeat'));
const targetId = () => z.string().check(z.regex(TARGET_ID_PATTERN, 'target ids look like "6.2" or "6.a"'));
const text = () => z.string().check(z.minLength(1));
/** `"judgement"`, `"cited: <source>"` or `"cited-generic: <source>"`. */
const provenance = () => z.string().check(z.regex(/^(?:judgement|cited: .+|cited-generic: .+)$/s, 'provenance is "judgement", "cited: …" or "cited-generic: …"'));

/** Goals and targets must agree: core goals and target goals among the goals. Shared by built-in records and custom types, each with its own field names. */
type Issue = { code: 'custom'; path: (string | number)[]; message: string; input: unknown };
interface LinkFields {
  readonly goals: string;
  readonly core: string;
}
const RECORD_FIELDS: LinkFields = { goals: 'sdgs', core: 'sdgs_core' };
const INPUT_FIELDS: LinkFields = { goals: 'goals', core: 'coreGoals' };

function checkLinks(
  goals: readonly number[],
  core: readonly number[] | undefined,
  targets: readonly string[] | undefined,
  fields: LinkFields,
  add: (issue: Issue) => void,
): void {
  const expected = new Set(goals);
  (core ?? []).forEach((goal, i) => {
    if (!expected.has(goal)) add({ code: 'custom', path: [fields.core, i], message: `core goal ${goal} is not in ${fields.goals}`, input: goal });
  });
  (targets ?? []).forEach((target, i) => {
    if (!TARGET_ID_PATTERN.test(target)) return; // already reported by the field's own check
    const goal = Number(target.split('.')[0]);
    if (!expected.has(goal)) add({ code: 'custom', path: ['targets', i], message: `target ${target} belongs to goal ${goal}, which is not in ${fields.goals}`, input: target });
  });
}

/**
 * One record of `plan-types.json` (field reference: /work/shared/data/cerema/README.md §3).
 * The generated data is checked against it in test/plans.test.ts rather than at every import:
 * the data is a committed generated module (regenerated only by scripts/generate-data.mjs and
 * tested in CI), so re-validating 50 records in every browser that imports the package would
 * only cost start-up time.
 */
const recordShape = () =>
  z.strictObject({
    id: z.string().check(z.regex(PLAN_TYPE_ID_PATTERN)),
    acronym: text(),
    name_fr: text(),
    name_en: text(),
    level: z.array(z.enum(PLAN_LEVELS)).check(z.minLength(1)),
    legal_basis: text(),
    mandatory: text(),
    sdgs: goalList(1),
    sdgs_core: goalList(),
    targets: z.array(targetId()),
    link_source: text(),
    sdg_provenance: z.record(z.string().check(z.regex(/^(?:[1-9]|1[0-7])$/)), provenance()),
    listed_by_cerema: z.boolean(),
    confidence: z.enum(PLAN_CONFIDENCE),
    aliases: z.array(text()),
    notes: z.string(),
  });

export const planTypeRecordSchema: () => Validator<PlanTypeRecord> = lazy(() =>
  recordShape().check(
    z.superRefine((record, ctx) => {
      checkLinks(record.sdgs, record.sdgs_core, record.targets, RECORD_FIELDS, (issue) => ctx.issues.push(issue));
      const keys = Object.keys(record.sdg_provenance).map(Number).sort((a, b) => a - b);
      const goals = [...record.sdgs].sort((a, b) => a - b);
      if (keys.join() !== goals.join()) {
        ctx.issues.push({ code: 'custom', path: ['sdg_provenance'], message: `provenance must name exactly the goals of sdgs (${goals.join(', ')})`, input: record.sdg_provenance });
      }
    }),
  ),
);

/** One record of the plan-type data file (`plan-types.json`), in the file's own snake_case; the library's view of it is `PlanType`. */
export interface PlanTypeRecord {
  /** Stable slug: `pcaet`, `contrat-de-ville`. */
  id: string;
  acronym: string;
  name_fr: string;
  name_en: string;
  /** Who holds such a plan. */
  level: PlanLevel[];
  legal_basis: string;
  mandatory: string;
  /** Goals the plan type is expected to serve. */
  sdgs: number[];
  /** Among them, the core ones (`check` fails when one is missing). */
  sdgs_core: number[];
  /** Key targets of the plan type. */
  targets: string[];
  link_source: string;
  /** Per goal: `judgement`, `cited: <source>` or `cited-generic: <source>`. */
  sdg_provenance: Record<string, string>;
  listed_by_cerema: boolean;
  confidence: PlanConfidence;
  aliases: string[];
  notes: string;
}

/** The shape's output and the interface agree (checked by the compiler, not at run time). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const recordAgrees: Same<z.infer<ReturnType<typeof recordShape>>, PlanTypeRecord> = true;
void recordAgrees;

/**
 * A caller's own plan type (`createPlanTypeRegistry`), in the library's casing (camelCase, as
 * `PlanType`). Only `id` and `goals` are required; every link of a custom type has provenance
 * `"custom"`. Unknown fields are rejected so a typo such as `coreGoal` (or the data file's
 * `sdgs_core`) fails with its path instead of being silently ignored.
 */
const inputShape = () =>
  z.strictObject({
    id: z.string().check(z.regex(PLAN_TYPE_ID_PATTERN, 'ids are lower-case slugs such as "pcaet" or "contrat-de-ville"')),
    acronym: z.optional(text()),
    nameFr: z.optional(text()),
    nameEn: z.optional(text()),
    levels: z.optional(z.array(z.enum(PLAN_LEVELS))),
    legalBasis: z.optional(z.string()),
    mandatory: z.optional(z.string()),
    goals: goalList(1),
    coreGoals: z.optional(goalList()),
    targets: z.optional(z.array(targetId())),
    confidence: z.optional(z.enum(PLAN_CONFIDENCE)),
    aliases: z.optional(z.array(text())),
    notes: z.optional(z.string()),
  });

/** The input schema as zod builds it (for the registry, which words its issues). */
export const planTypeInputZod = lazy(() =>
  inputShape().check(z.superRefine((input, ctx) => checkLinks(input.goals, input.coreGoals, input.targets, INPUT_FIELDS, (issue) => ctx.issues.push(issue)))),
);

/** A caller's own plan type; only `id` and `goals` are required (see `createPlanTypeRegistry`). */
export interface PlanTypeInput {
  /** Lower-case slug: `pcaet`, `contrat-de-ville`. */
  id: string;
  /** Default: the id in capitals. */
  acronym?: string | undefined;
  nameFr?: string | undefined;
  nameEn?: string | undefined;
  /** Who holds such a plan. */
  levels?: PlanLevel[] | undefined;
  legalBasis?: string | undefined;
  mandatory?: string | undefined;
  /** Goals it is expected to serve (1–17, at least one). */
  goals: number[];
  /** Core goals, among `goals`. */
  coreGoals?: number[] | undefined;
  /** Key targets, of goals in `goals`. */
  targets?: string[] | undefined;
  confidence?: PlanConfidence | undefined;
  aliases?: string[] | undefined;
  notes?: string | undefined;
}

const inputAgrees: Same<z.input<ReturnType<typeof inputShape>>, PlanTypeInput> = true;
void inputAgrees;

export const planTypeRegistryOptionsSchema = lazy(() =>
  z.strictObject({
    /** `true`: the registry holds only the custom types. Default `false`: custom types extend the built-in ones and replace those with the same id. */
    replace: z.optional(z.boolean()),
  }),
);
