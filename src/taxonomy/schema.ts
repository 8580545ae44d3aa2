import * as z from 'zod/mini';
import { lazy } from '../validation.js';

/** Ids such as "6.2", "6.a", "17.19". */
export const TARGET_ID_PATTERN = /^(?:[1-9]|1[0-7])\.(?:[1-9]|1[0-9]|[a-e])$/;

const nfcText = () => z.string().check(z.minLength(1), z.refine((s) => s === s.normalize('NFC'), 'text must be in Unicode NFC'));
const goalNumber = () => z.int().check(z.gte(1), z.lte(17));

/** Schemas of the generated taxonomy data, built on first use (the tests check the data with them). */
export const goalSchema = lazy(() =>
  z.object({
    goal: goalNumber(),
    colour: z.string().check(z.regex(/^#[0-9A-F]{6}$/i)),
    en: z.object({ short: nfcText(), title: nfcText() }),
    fr: z.object({ short: nfcText(), title: nfcText() }),
  }),
);

export const targetSchema = lazy(() =>
  z.object({
    id: z.string().check(z.regex(TARGET_ID_PATTERN)),
    goal: goalNumber(),
    en: nfcText(),
    fr: nfcText(),
  }),
);

export const taxonomySchema = lazy(() =>
  z.object({
    goals: z.array(goalSchema()).check(z.length(17)),
    targets: z.array(targetSchema()).check(z.length(169)),
  }),
);
