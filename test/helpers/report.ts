/**
 * The French report shown in the README and photographed by the browser tests: the twelve PCAET
 * actions of fixtures/programmes-fr.csv, scored by the default engine, reviewed by a person
 * (fixtures/review/revue.csv), for a named collectivité and date.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gapReport, scorePlan, type GapReport } from '../../src/report/index.js';
import { applyReview, parseReview } from '../../src/review/index.js';
import { createEngine } from '../../src/scoring/engine.js';
import { asProgramme, frenchProgrammes } from './fixtures.js';

export async function frenchReport(): Promise<GapReport> {
  const programmes = frenchProgrammes()
    .filter((row) => row.plan_type === 'pcaet')
    .map(asProgramme);
  const review = await parseReview(readFileSync(fileURLToPath(new URL('../../fixtures/review/revue.csv', import.meta.url)), 'utf8'), { file: 'revue.csv' });
  const scored = applyReview(scorePlan(createEngine(), programmes), review.decisions);
  return gapReport(scored, {
    planType: 'pcaet',
    document: { title: 'Plan climat-air-énergie territorial 2026-2031', author: 'Communauté d’agglomération du Val de Sorgelle', date: '2026-03-15' },
  });
}
