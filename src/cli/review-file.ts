/** `--review FILE`: a person's decisions, read once, applied as rows are scored, unmatched ones reported at the end. */
import { readTextFile } from '../node/input.js';
import { createReview, formatReviewWarning, parseReview, type ReviewDecision, type Review } from '../review/index.js';
import { catalogue } from '../locales/index.js';
import { inputName, inputSource, type CommandContext } from './io.js';

export interface LoadedReview {
  readonly file: string;
  readonly decisions: readonly ReviewDecision[];
  readonly review: Review;
}

export async function loadReview(ctx: CommandContext, path: string | undefined): Promise<LoadedReview | undefined> {
  if (path === undefined) return undefined;
  const file = inputName(path);
  const { text } = await readTextFile(inputSource(ctx, path), { file });
  const parsed = await parseReview(text, { file });
  for (const warning of parsed.warnings) ctx.warn(formatReviewWarning(warning, ctx.locale));
  const review = createReview(parsed.decisions);
  if (ctx.verbose) ctx.info(catalogue(ctx.locale).cli.reviewSummary({ file, decisions: parsed.decisions.length, ...review.counts, skipped: parsed.skipped }));
  return { file, decisions: parsed.decisions, review };
}

/** The decisions that matched nothing, as warnings naming their line. */
export function reportReview(ctx: CommandContext, loaded: LoadedReview | undefined): void {
  if (!loaded) return;
  for (const warning of loaded.review.warnings(loaded.file)) ctx.warn(formatReviewWarning(warning, ctx.locale));
}
