/**
 * Golden outputs: every command and format on the fixtures, byte for byte, so that moving code
 * (issue 12's refactor) is proven to change no output. When the scoring itself changes on purpose
 * (a new calibration, new entries), regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`
 * and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from './helpers/cli.js';

const CASES: Record<string, readonly string[]> = {
  'score.csv': ['score', 'fixtures/programmes-fr.csv', '--id-column', 'id', '--text-column', 'title', '--text-column', 'description'],
  'score-target.csv': ['score', 'fixtures/programmes-en.csv', '--id-column', 'id', '--level', 'target'],
  'score.json': ['score', 'fixtures/programmes-fr.cp1252.csv', '--id-column', 'id', '--format', 'json'],
  'score.ndjson': ['score', 'fixtures/programmes-en.csv', '--id-column', 'id', '--format', 'ndjson'],
  'gaps.md': ['gaps', 'fixtures/plans/pcaet-valdoise-2026.md', '--plan-type', 'pcaet', '--locale', 'fr'],
  'gaps-en.md': ['gaps', 'fixtures/plans/pcaet-valdoise-2027.md', '--plan-type', 'pcaet', '--locale', 'en'],
  'gaps.html': ['gaps', 'fixtures/plans/pcaet-valdoise-2026.md', '--plan-type', 'pcaet', '--format', 'html', '--locale', 'fr', '--author', "Communauté d'agglomération du Val", '--date', '2026-03-15'],
  'gaps.json': ['gaps', 'fixtures/plans/rapport-dd-example.txt', '--expect', '7,11,13', '--format', 'json'],
  'check.txt': ['check', 'fixtures/plans/pcaet-valdoise-2026.md', 'fixtures/plans/pcaet-valdoise-2027.md'],
  'check-github.txt': ['check', 'fixtures/plans/pcaet-valdoise-2026.md', '--format', 'github'],
  'check.json': ['check', 'fixtures/programmes-fr.csv', '--plan-type-column', 'plan_type', '--format', 'json'],
  'check-fr.txt': ['check', 'fixtures/plans/pcaet-valdoise-2026.md', 'fixtures/plans/pcaet-valdoise-2027.md', '--locale', 'fr'],
  'score-excel.csv': ['score', 'fixtures/programmes-fr.cp1252.csv', '--id-column', 'id', '--keep-columns', 'plan_type,title', '--excel'],
  'score-review.csv': ['score', 'fixtures/programmes-fr.csv', '--id-column', 'id', '--review', 'fixtures/review/revue.csv'],
  'review-template.csv': ['review-template', 'fixtures/review/scores.csv', '--locale', 'fr', '--excel'],
  'gaps-review.md': ['gaps', 'fixtures/programmes-fr.csv', '--plan-type', 'pcaet', '--locale', 'fr', '--review', 'fixtures/review/revue.csv', '--title', 'Plan climat 2026-2031', '--date', '2026-03'],
  'explain-fr.txt': ['explain', 'Créer 25 km de pistes cyclables et réduire les émissions de gaz à effet de serre du territoire.'],
  'explain-en.txt': ['explain', 'The council will extend access to safe drinking water and sanitation to every household.'],
  'plan-types.txt': ['plan-types'],
};

describe('golden outputs on the fixtures', () => {
  it.each(Object.entries(CASES))('%s', async (name, args) => {
    const result = await runInProcess(args, { cwd: ROOT });
    const path = join(ROOT, 'test', 'golden', name);
    const actual = `exit ${result.exit}\n${result.stdout}`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
