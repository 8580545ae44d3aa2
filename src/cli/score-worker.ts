/**
 * Worker thread of `sdg-align score --workers N`: builds its own engine, scores the batches of rows
 * the main thread sends (applying a person's review, when there is one), and answers with the
 * formatted output rows (strings are cheap to send back; score objects are not).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createReview } from '../review/index.js';
import { createEngine } from '../scoring/engine.js';
import { SCORE_FORMATS } from './formats.js';
import type { ScoreBatch, ScoreWorkerSetup } from './score-pool.js';

const setup = workerData as ScoreWorkerSetup;
const engine = createEngine(setup.engine);
const review = setup.decisions ? createReview(setup.decisions) : undefined;
// No top-level await: the built worker is CommonJS (see tsup.config.ts). Batches posted before
// the listener is attached wait on the port.
void SCORE_FORMATS[setup.format].load().then((format) => parentPort!.on('message', (batch: ScoreBatch) => {
  try {
    const lines = batch.rows.map(([id, text, kept]) => {
      const result = engine.score({ id, text });
      return format.row({ result: review ? review.apply(result) : result, kept }, setup.context);
    });
    parentPort!.postMessage({ seq: batch.seq, lines, unlabelled: review?.takeUnlabelled() ?? [] });
  } catch (error) {
    parentPort!.postMessage({ seq: batch.seq, error: error instanceof Error ? error.message : String(error) });
  }
}));
