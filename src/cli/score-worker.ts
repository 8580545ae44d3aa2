/**
 * Worker thread of `sdg-align score --workers N`: builds its own engine, scores the batches of rows
 * the main thread sends, and answers with the formatted output lines (strings are cheap to send back;
 * score objects are not).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../scoring/engine.js';
import { formatScoredRow, type RowFormat, type ScoreBatch, type ScoreWorkerSetup } from './score-format.js';

const setup = workerData as ScoreWorkerSetup;
const engine = createEngine(setup.engine);
const format: RowFormat = { level: setup.level, format: setup.format };

parentPort!.on('message', (batch: ScoreBatch) => {
  try {
    const lines = batch.rows.map(([id, text]) => formatScoredRow(engine.score({ id, text }), format));
    parentPort!.postMessage({ seq: batch.seq, lines });
  } catch (error) {
    parentPort!.postMessage({ seq: batch.seq, error: error instanceof Error ? error.message : String(error) });
  }
});
