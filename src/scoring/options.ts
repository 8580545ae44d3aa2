import { z } from 'zod';
import { SdgAlignError } from '../errors.js';
import { formatPath } from '../validation.js';
import { TARGET_ID_PATTERN } from '../taxonomy/schema.js';
import { SEED_SOURCES } from '../lexicon/sources.js';

/**
 * Decision threshold on the goal probability: 0.5 means what it says, a goal is labelled when the
 * calibrated model finds it more likely than not (scores are probabilities, see calibration.ts).
 */
export const DEFAULT_THRESHOLD = 0.5;
/** Seed sources used by default: all of them (the calibration weighs each family). */
export const DEFAULT_SOURCES = SEED_SOURCES;
/** Evidence items kept per target and per goal (strongest first): enough to explain, bounded on huge texts. */
export const DEFAULT_MAX_EVIDENCE = 10;

export const customEntrySchema = z
  .object({
    id: z.string().min(1),
    goal: z.number().int().min(1).max(17).optional(),
    target: z.string().regex(TARGET_ID_PATTERN, 'a target id such as "6.2" or "6.a"').optional(),
    language: z.enum(['fr', 'en', 'both']).default('both'),
    query: z.string().min(1),
    weight: z.number().positive().max(10).default(1),
    exclusions: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((e) => e.goal !== undefined || e.target !== undefined, { message: 'give a goal or a target', path: ['goal'] });

export const engineOptionsSchema = z
  .object({
    language: z.enum(['auto', 'fr', 'en']).default('auto'),
    threshold: z.number().min(0).max(1).default(DEFAULT_THRESHOLD),
    level: z.enum(['goal', 'target']).default('target'),
    sources: z.array(z.enum(SEED_SOURCES)).default([...DEFAULT_SOURCES]),
    customEntries: z.array(customEntrySchema).default([]),
    maxEvidence: z.number().int().min(0).max(1000).default(DEFAULT_MAX_EVIDENCE),
    fallbackLanguage: z.enum(['fr', 'en']).optional(),
    features: z.boolean().default(false),
  })
  .strict();

export type EngineOptions = z.input<typeof engineOptionsSchema>;
export type ResolvedEngineOptions = z.output<typeof engineOptionsSchema>;
export type CustomEntry = z.input<typeof customEntrySchema>;

/** Validates options; throws `INVALID_OPTIONS` naming the first bad field (`threshold`, `customEntries[2].query`…). */
export function resolveEngineOptions(options: unknown = {}): ResolvedEngineOptions {
  const parsed = engineOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const at = formatPath(issue.path);
  const key = issue.code === 'unrecognized_keys' ? `${at ? `${at}.` : ''}${issue.keys.join(', ')}` : at || '(options)';
  throw new SdgAlignError('INVALID_OPTIONS', `Invalid engine option "${key}": ${issue.message}.`, {
    field: key,
    issues: parsed.error.issues,
  });
}
