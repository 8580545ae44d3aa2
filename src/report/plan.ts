/** Scoring a plan: its programmes' texts through an engine, for the gap report (which never scores). */
import * as z from 'zod/mini';
import { SdgAlignError } from '../errors.js';
import type { Engine } from '../scoring/engine.js';
import { documentText } from '../scoring/document.js';
import { formatIssues, lazy } from '../validation.js';
import { carriedFramework, carryFramework } from '../frameworks/carry.js';
import type { ScoredPlan, ScoredProgramme } from './gaps.js';

/** A programme of a plan, to be scored. Other fields (a CSV row's `plan_type`…) are ignored. */
export interface ProgrammeInput {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  /** Forces the scoring language of this programme, a code of the engine's languages (default: the engine's, then the plan's). */
  readonly language?: string;
}

const programmeSchema = lazy(() =>
  z.object({ id: z.string().check(z.minLength(1)), text: z.string(), title: z.optional(z.string()), language: z.optional(z.string().check(z.minLength(1))) }),
);

/**
 * Scores a plan's programmes with an engine, as one collection (short rows are read in the
 * plan's language: see `Engine.scoreAll`), keeping each one's title and scored text so that the
 * report can quote evidence; the plan carries the engine's framework (`plan.framework`, not
 * serialised) to `gapReport`. Throws `INVALID_INPUT` naming the first bad programme.
 */
export function scorePlan(engine: Pick<Engine, 'scoreAll'>, programmes: readonly ProgrammeInput[]): ScoredPlan {
  if (!Array.isArray(programmes)) throw new SdgAlignError('INVALID_INPUT', 'A plan is an array of programmes ({ id, text, title? }).', {});
  const checked = programmes.map((item, i) => {
    const parsed = programmeSchema().safeParse(item);
    if (!parsed.success) throw new SdgAlignError('INVALID_INPUT', `Invalid programme: ${formatIssues(parsed.error, [i], item)}`, { index: i, issues: parsed.error.issues });
    return parsed.data;
  });
  const { documents } = engine.scoreAll(
    checked.map((p) => ({ id: p.id, text: p.text, ...(p.title !== undefined ? { title: p.title } : {}), ...(p.language ? { language: p.language } : {}) })),
  );
  const plan = documents.map((result, i): ScoredProgramme => {
    const p = checked[i]!;
    return { ...result, ...(p.title !== undefined ? { title: p.title } : {}), text: documentText(p) };
  });
  // The plan carries the engine's framework to the gap report (frameworks/carry.ts).
  const framework = carriedFramework(documents);
  return framework ? carryFramework(plan, framework) : plan;
}
