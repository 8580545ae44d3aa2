/**
 * Worker thread of `sdg-align score --workers N`: builds its own engine, scores the batches of rows
 * the main thread sends (applying a person's review, when there is one), and answers with the
 * formatted output rows (strings are cheap to send back; score objects are not).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SCORE_FORMATS } from './formats.js';
import { batchScorer } from './score-batch.js';
import type { ScoreBatch, ScoreWorkerSetup } from './score-pool.js';

const setup = workerData as ScoreWorkerSetup;
// No top-level await: the built worker is CommonJS (see tsup.config.ts). Batches posted before
// the listener is attached wait on the port.
void SCORE_FORMATS[setup.format].load().then((format) => {
  const score = batchScorer(setup, format);
  parentPort!.on('message', (batch: ScoreBatch) => {
    try {
      const { lines, unlabelled } = score(batch.rows);
      parentPort!.postMessage({ seq: batch.seq, lines, unlabelled });
    } catch (error) {
      parentPort!.postMessage({ seq: batch.seq, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
