import { z } from 'zod';
import { SdgAlignError } from '../errors.js';
import { formatPath } from '../validation.js';
import { TARGET_ID_PATTERN } from '../taxonomy/schema.js';
import { SEED_SOURCES } from '../lexicon/sources.js';

/**
 * Decision threshold on the combined goal score, chosen on the development set
 * (`npm run eval`: the value that maximises the mean per-goal accuracy there; see README).
 */
export const DEFAULT_THRESHOLD = 0.35;
/** Seed sources used by default: the ones that improved the development-set accuracy. */
export const DEFAULT_SOURCES = ['lexicon', 'keywords', 'aurora', 'sdgo'] as const;
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
