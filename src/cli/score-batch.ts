/**
 * Scoring a batch of `score` rows into output rows: what a worker thread does with each batch it
 * is sent, and what the main thread does with the batches it keeps (score-pool.ts). One function,
 * so that a row comes out the same bytes whichever thread scored it.
 */
import { createReview } from '../review/index.js';
import { createEngine } from '../scoring/engine.js';
import type { RowFormat } from './rows/types.js';
import type { ScoreBatchRow, ScoredBatch, ScoreWorkerSetup } from './score-pool.js';

/** Scores a batch: its output rows in order, and the review decisions it found nothing for. */
export type BatchScorer = (rows: readonly ScoreBatchRow[]) => ScoredBatch;

/** A scorer with its own engine (and its own copy of the review), built from what a worker is started with. */
export function batchScorer(setup: ScoreWorkerSetup, format: RowFormat): BatchScorer {
  const engine = createEngine(setup.engine);
  const review = setup.decisions ? createReview(setup.decisions) : undefined;
  return (rows) => ({
    lines: rows.map(([id, text, kept]) => {
      const result = engine.score({ id, text });
      return format.row({ result: review ? review.apply(result) : result, kept }, setup.context);
    }),
    unlabelled: review?.takeUnlabelled() ?? [],
  });
}
