/**
 * The scoring threads of `score --workers N` (src/cli/score-pool.ts): the built worker script
 * scores beside this thread, which takes a batch itself only when every worker is busy enough.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../src/cli/rows/csv.js';
import { batchScorer, type BatchScorer } from '../src/cli/score-batch.js';
import { QUEUED_PER_WORKER, ScorePool, type ScoreBatchRow, type ScoreWorkerSetup } from '../src/cli/score-pool.js';
import { dialectOf } from '../src/cli/csv-output.js';
import { ensureBuilt, ROOT } from './helpers/cli.js';

const setup: ScoreWorkerSetup = { engine: { maxEvidence: 0, level: 'goal', fallbackLanguage: 'fr' }, format: 'csv', context: { level: 'goal', dialect: dialectOf({}), kept: [], reviewed: false } };
const TEXTS = ['Accès à l’eau potable pour tous les foyers', 'Rénovation énergétique des écoles', 'Fête du village', 'Circuits courts et restauration collective bio'];
const batch = (b: number): ScoreBatchRow[] => [[`r${b}`, TEXTS[b % TEXTS.length]!, []]];

describe('ScorePool', () => {
  it('sends batches to its worker until it has QUEUED_PER_WORKER of them, then scores here; the rows come back in order, the same bytes either way', async () => {
    ensureBuilt();
    const here = batchScorer(setup, csvRows);
    const scoredHere: number[] = [];
    const counting: BatchScorer = (rows) => (scoredHere.push(Number(rows[0]![0].slice(1))), here(rows));
    const pool = await ScorePool.start(pathToFileURL(join(ROOT, 'dist', 'score-worker.cjs')), 2, setup, counting);
    try {
      expect(pool.size).toBe(2);
      // submit() is synchronous: the worker cannot answer in between, so its load only grows.
      for (let b = 0; b < 6; b++) pool.submit(batch(b));
      expect(scoredHere).toEqual(Array.from({ length: 6 - QUEUED_PER_WORKER }, (_, k) => QUEUED_PER_WORKER + k));
      const lines: string[] = [];
      for (let b = 0; b < 6; b++) lines.push(...(await pool.next()).lines);
      expect(lines).toEqual(Array.from({ length: 6 }, (_, b) => here(batch(b)).lines[0]));
      expect(lines.map((l) => l.split(',')[0])).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
      // Once the worker has answered, it takes the next batch again.
      pool.submit(batch(6));
      expect(scoredHere).toHaveLength(6 - QUEUED_PER_WORKER);
      expect((await pool.next()).lines).toEqual(here(batch(6)).lines);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('reports a batch this thread failed to score as a worker does, when it is taken back', async () => {
    ensureBuilt();
    const failing: BatchScorer = () => {
      throw new Error('no engine here');
    };
    const pool = await ScorePool.start(pathToFileURL(join(ROOT, 'dist', 'score-worker.cjs')), 2, setup, failing);
    try {
      for (let b = 0; b <= QUEUED_PER_WORKER; b++) pool.submit(batch(b));
      for (let b = 0; b < QUEUED_PER_WORKER; b++) expect((await pool.next()).lines).toHaveLength(1);
      await expect(pool.next()).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'no engine here' });
    } finally {
      await pool.close();
    }
  }, 30_000);
});
