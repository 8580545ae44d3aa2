import { z } from 'zod';

/** Ids such as "6.2", "6.a", "17.19". */
export const TARGET_ID_PATTERN = /^(?:[1-9]|1[0-7])\.(?:[1-9]|1[0-9]|[a-e])$/;

const nfcText = z
  .string()
  .min(1)
  .refine((s) => s === s.normalize('NFC'), 'text must be in Unicode NFC');

export const goalSchema = z.object({
  goal: z.number().int().min(1).max(17),
  colour: z.string().regex(/^#[0-9A-F]{6}$/i),
  en: z.object({ short: nfcText, title: nfcText }),
  fr: z.object({ short: nfcText, title: nfcText }),
});

export const targetSchema = z.object({
  id: z.string().regex(TARGET_ID_PATTERN),
  goal: z.number().int().min(1).max(17),
  en: nfcText,
  fr: nfcText,
});

export const taxonomySchema = z.object({
  goals: z.array(goalSchema).length(17),
  targets: z.array(targetSchema).length(169),
});
