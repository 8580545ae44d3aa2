import * as z from 'zod/mini';
import { lazy, type Validator } from '../validation.js';

/** A goal's record in the generated data. */
export interface GoalRecord {
  readonly goal: number;
  readonly colour: string;
  readonly en: { readonly short: string; readonly title: string };
  readonly fr: { readonly short: string; readonly title: string };
}

/** A target's record in the generated data. */
export interface TargetRecord {
  readonly id: string;
  readonly goal: number;
  readonly en: string;
  readonly fr: string;
}

/** Ids such as "6.2", "6.a", "17.19". */
export const TARGET_ID_PATTERN = /^(?:[1-9]|1[0-7])\.(?:[1-9]|1[0-9]|[a-e])$/;

const nfcText = () => z.string().check(z.minLength(1), z.refine((s) => s === s.normalize('NFC'), 'text must be in Unicode NFC'));
const goalNumber = () => z.int().check(z.gte(1), z.lte(17));

/** Schemas of the generated taxonomy data, built on first use (the tests check the data with them). */
const goalShape = lazy(() =>
  z.object({
    goal: goalNumber(),
    colour: z.string().check(z.regex(/^#[0-9A-F]{6}$/i)),
    en: z.object({ short: nfcText(), title: nfcText() }),
    fr: z.object({ short: nfcText(), title: nfcText() }),
  }),
);

const targetShape = lazy(() =>
  z.object({
    id: z.string().check(z.regex(TARGET_ID_PATTERN)),
    goal: goalNumber(),
    en: nfcText(),
    fr: nfcText(),
  }),
);

export const goalSchema: () => Validator<GoalRecord> = goalShape;
export const targetSchema: () => Validator<TargetRecord> = targetShape;

export const taxonomySchema: () => Validator<{ readonly goals: readonly GoalRecord[]; readonly targets: readonly TargetRecord[] }> = lazy(() =>
  z.object({
    goals: z.array(goalShape()).check(z.length(17)),
    targets: z.array(targetShape()).check(z.length(169)),
  }),
);
