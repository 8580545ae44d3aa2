import { z } from 'zod';
import { TARGET_ID_PATTERN } from '../taxonomy/schema.js';

/** Who holds a plan (see /work/shared/data/cerema/README.md §3). */
export const PLAN_LEVELS = ['commune', 'epci', 'syndicat', 'departement', 'region', 'etat'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];

export const PLAN_CONFIDENCE = ['high', 'medium', 'low'] as const;
export type PlanConfidence = (typeof PLAN_CONFIDENCE)[number];

/** Stable slugs such as `pcaet`, `contrat-de-ville`. */
export const PLAN_TYPE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const goalNumber = z.number().int().min(1).max(17);
const goalList = z.array(goalNumber).refine((list) => new Set(list).size === list.length, 'goals must not repeat');
const targetId = z.string().regex(TARGET_ID_PATTERN, 'target ids look like "6.2" or "6.a"');
const text = z.string().min(1);
/** `"judgement"`, `"cited: <source>"` or `"cited-generic: <source>"`. */
const provenance = z.string().regex(/^(?:judgement|cited: .+|cited-generic: .+)$/s, 'provenance is "judgement", "cited: …" or "cited-generic: …"');

/** Goals and targets must agree: core goals and target goals among `sdgs`. Shared by built-in and custom records. */
function checkLinks(
  record: { sdgs: readonly number[]; sdgs_core?: readonly number[]; targets?: readonly string[] },
  ctx: z.RefinementCtx,
): void {
  const expected = new Set(record.sdgs);
  (record.sdgs_core ?? []).forEach((goal, i) => {
    if (!expected.has(goal)) ctx.addIssue({ code: 'custom', path: ['sdgs_core', i], message: `core goal ${goal} is not in sdgs` });
  });
  (record.targets ?? []).forEach((target, i) => {
    if (!TARGET_ID_PATTERN.test(target)) return; // already reported by the field's own check
    const goal = Number(target.split('.')[0]);
    if (!expected.has(goal)) ctx.addIssue({ code: 'custom', path: ['targets', i], message: `target ${target} belongs to goal ${goal}, which is not in sdgs` });
  });
}

/**
 * One record of `plan-types.json` (field reference: /work/shared/data/cerema/README.md §3).
 * The generated data is checked against it in test/plans.test.ts rather than at every import:
 * the data is a committed generated module (regenerated only by scripts/generate-data.mjs and
 * tested in CI), so re-validating 50 records in every browser that imports the package would
 * only cost start-up time.
 */
export const planTypeRecordSchema = z
  .strictObject({
    id: z.string().regex(PLAN_TYPE_ID_PATTERN),
    acronym: text,
    name_fr: text,
    name_en: text,
    level: z.array(z.enum(PLAN_LEVELS)).min(1),
    legal_basis: text,
    mandatory: text,
    sdgs: goalList.min(1),
    sdgs_core: goalList,
    targets: z.array(targetId),
    link_source: text,
    sdg_provenance: z.record(z.string().regex(/^(?:[1-9]|1[0-7])$/), provenance),
    listed_by_cerema: z.boolean(),
    confidence: z.enum(PLAN_CONFIDENCE),
    aliases: z.array(text),
    notes: z.string(),
  })
  .superRefine((record, ctx) => {
    checkLinks(record, ctx);
    const keys = Object.keys(record.sdg_provenance).map(Number).sort((a, b) => a - b);
    const goals = [...record.sdgs].sort((a, b) => a - b);
    if (keys.join() !== goals.join()) {
      ctx.addIssue({ code: 'custom', path: ['sdg_provenance'], message: `provenance must name exactly the goals of sdgs (${goals.join(', ')})` });
    }
  });

export type PlanTypeRecord = z.infer<typeof planTypeRecordSchema>;

/**
 * A caller's own plan type (`createPlanTypeRegistry`). Only `id` and `sdgs` are required; every
 * link of a custom type has provenance `"custom"`. Unknown fields are rejected so a typo such as
 * `sdg_core` fails with its path instead of being silently ignored.
 */
export const planTypeInputSchema = z
  .strictObject({
    id: z.string().regex(PLAN_TYPE_ID_PATTERN, 'ids are lower-case slugs such as "pcaet" or "contrat-de-ville"'),
    acronym: text.optional(),
    name_fr: text.optional(),
    name_en: text.optional(),
    level: z.array(z.enum(PLAN_LEVELS)).optional(),
    legal_basis: z.string().optional(),
    mandatory: z.string().optional(),
    sdgs: goalList.min(1),
    sdgs_core: goalList.optional(),
    targets: z.array(targetId).optional(),
    confidence: z.enum(PLAN_CONFIDENCE).optional(),
    aliases: z.array(text).optional(),
    notes: z.string().optional(),
  })
  .superRefine(checkLinks);

export type PlanTypeInput = z.input<typeof planTypeInputSchema>;

export const planTypeRegistryOptionsSchema = z.strictObject({
  /** `true`: the registry holds only the custom types. Default `false`: custom types extend the built-in ones and replace those with the same id. */
  replace: z.boolean().optional(),
});
