import { describe, expect, it } from 'vitest';
import { EXCEL_DIALECT, writeCsvRow } from '../src/csv/write.js';
import { SdgAlignError } from '../src/errors.js';
import { formatError } from '../src/locales/index.js';
import { applyReview, createReview, formatReviewWarning, parseGoalCell, parseReview, reviewTemplate } from '../src/review/index.js';
import { encodeWindows1252, unencodableIndex } from '../src/text/encoding.js';
import { decodeWindows1252 } from '../src/text/encoding.js';
import type { ScoreResult } from '../src/scoring/types.js';

/** A result with the given goal scores (others 0) and labels at 0.5. */
function result(id: string, scores: Record<number, number>): ScoreResult {
  const goals = Array.from({ length: 17 }, (_, i) => ({ goal: (i + 1) as never, score: scores[i + 1] ?? 0, keyword: 0, similarity: 0, evidence: [] }));
  const labels = goals.filter((g) => g.score >= 0.5).sort((a, b) => b.score - a.score).map((g) => g.goal);
  return { id, language: 'fr', labels, goals, targets: [] };
}

async function caught(promise: Promise<unknown>): Promise<SdgAlignError> {
  try {
    await promise;
  } catch (error) {
    return error as SdgAlignError;
  }
  throw new Error('did not throw');
}

describe('parseReview', () => {
  it('reads English and French headers, any delimiter, a BOM and CRLF', async () => {
    const en = await parseReview('id,goal,decision,note\nA1,7,accept,ok\nA1,13,reject,\nA2,ODD 11,,\n', { file: 'r.csv' });
    expect(en.decisions).toEqual([
      { id: 'A1', goal: 7, decision: 'accept', note: 'ok', line: 2 },
      { id: 'A1', goal: 13, decision: 'reject', line: 3 },
    ]);
    expect(en.skipped).toBe(1);
    const fr = await parseReview('\uFEFFIdentifiant;ODD;Intitulé;Décision;Commentaire\r\nA1;7;Énergie;Accepté;\r\nA2;13;Climat;rejeter;non pertinent\r\n', { file: 'revue.csv' });
    expect(fr.decisions.map((d) => [d.id, d.goal, d.decision, d.note])).toEqual([
      ['A1', 7, 'accept', undefined],
      ['A2', 13, 'reject', 'non pertinent'],
    ]);
  });

  it('names file, line and column of a bad goal or decision, in either language', async () => {
    const goal = await caught(parseReview('id,goal,decision\nA1,7,accept\nA2,"ODD 18",reject\n', { file: 'r.csv' }));
    expect(goal.message).toBe('r.csv:3:4: "ODD 18" is not a goal (1 to 17, such as 7 or ODD 7).');
    expect(goal.details).toMatchObject({ line: 3, column: 4 });
    const decision = await caught(parseReview('identifiant;ODD;décision\nA1;7;peut-être\n', { file: 'revue.csv' }));
    expect(decision.message).toMatch(/^revue\.csv:2:6: decision "peut-être": expected accept or reject/);
    expect(formatError(decision, 'fr')).toMatch(/^revue\.csv:2:6\u00a0: décision «\u00a0peut-être\u00a0»\u00a0: accepter ou rejeter est attendu/);
    const missing = await caught(parseReview('id,score\nA1,1\n', { file: 'r.csv' }));
    expect(missing.code).toBe('REVIEW_FORMAT');
    expect(missing.message).toMatch(/^r\.csv: no goal column/);
    const empty = await caught(parseReview('id,goal,decision\n,7,accept\n', { file: 'r.csv' }));
    expect(empty.message).toBe('r.csv:2:1: the id is empty.');
  });

  it('keeps the last of two decisions for the same label, with a warning naming both lines', async () => {
    const parsed = await parseReview('id,goal,decision\nA1,7,accept\nA1,7,reject\n', { file: 'r.csv' });
    expect(parsed.decisions).toEqual([{ id: 'A1', goal: 7, decision: 'reject', line: 3 }]);
    expect(parsed.warnings.map((w) => formatReviewWarning(w, 'en'))).toEqual(['r.csv:3: a second decision for "A1" and goal 7 (first on line 2); the last one counts.']);
  });

  it('reads goals written the usual ways', () => {
    expect(['7', '07', 'ODD 7', 'sdg7', 'Objectif 7', 'ODD 7 — Énergie propre'].map(parseGoalCell)).toEqual([7, 7, 7, 7, 7, 7]);
    expect(['0', '18', '7.2', 'x', ''].map(parseGoalCell)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('applyReview', () => {
  const results = [result('A1', { 7: 0.9, 13: 0.6, 11: 0.2 }), result('A2', { 6: 0.7 })];

  it('removes rejected labels, keeps accepted ones whatever the score, and says which a person confirmed', () => {
    const [a1, a2] = applyReview(results, [
      { id: 'A1', goal: 13, decision: 'reject', line: 2 },
      { id: 'A1', goal: 11, decision: 'accept', line: 3 },
      { id: 'A1', goal: 7, decision: 'accept', line: 4 },
    ]);
    expect(a1!.labels).toEqual([7, 11]);
    expect(a1!.review).toEqual({ confirmed: [7, 11], rejected: [13] });
    expect(a2!.labels).toEqual([6]);
    expect(a2!.review).toEqual({ confirmed: [], rejected: [] });
  });

  it('lists the decisions that matched nothing', () => {
    const review = createReview([
      { id: 'A9', goal: 7, decision: 'accept', line: 2 },
      { id: 'A2', goal: 13, decision: 'reject', line: 3 },
    ]);
    results.forEach((r) => review.apply(r));
    expect(review.warnings('r.csv').map((w) => formatReviewWarning(w, 'fr'))).toEqual([
      'r.csv:2\u00a0: aucune ligne n’a l’identifiant «\u00a0A9\u00a0»\u00a0; la décision est ignorée.',
      'r.csv:3\u00a0: «\u00a0A2\u00a0» n’a pas l’étiquette ODD 13\u00a0: rien à rejeter.',
    ]);
  });
});

describe('reviewTemplate', () => {
  it('writes one row per label, decision empty, in French Excel form when asked', async () => {
    const text = reviewTemplate([result('A1', { 7: 0.9, 13: 0.6 })], { locale: 'fr', dialect: EXCEL_DIALECT });
    expect(text).toBe(`\uFEFFidentifiant;ODD;intitulé;score;décision;note\r\nA1;7;Énergie propre et d'un coût abordable;0,9000;;\r\nA1;13;Mesures relatives à la lutte contre les changements climatiques;0,6000;;\r\n`);
    // Read back once filled in.
    const filled = text.replace('0,9000;;', '0,9000;accepter;');
    expect((await parseReview(filled, { file: 't.csv' })).decisions).toEqual([{ id: 'A1', goal: 7, decision: 'accept', line: 2 }]);
  });

  it('fills in the decisions already taken, with a row for a goal decided that is not a label, and reads back to them', async () => {
    const decided = new Map([['A1', new Map([[13, { decision: 'reject' as const, note: 'hors sujet; voir p. 3' }], [4, { decision: 'accept' as const }]])]]);
    const text = reviewTemplate([result('A1', { 7: 0.9, 13: 0.6, 4: 0.2 }), result('B2', { 6: 0.8 })], { locale: 'en', decided });
    expect(text.split('\n')).toEqual([
      'id,goal,title,score,decision,note',
      'A1,7,Affordable and clean energy,0.9000,,',
      'A1,13,Climate action,0.6000,reject,"hors sujet; voir p. 3"',
      'A1,4,Quality education,0.2000,accept,',
      'B2,6,Clean water and sanitation,0.8000,,',
      '',
    ]);
    const back = await parseReview(text, { file: 't.csv' });
    expect(back.decisions.map(({ id, goal, decision, note }) => ({ id, goal, decision, ...(note ? { note } : {}) }))).toEqual([
      { id: 'A1', goal: 13, decision: 'reject', note: 'hors sujet; voir p. 3' },
      { id: 'A1', goal: 4, decision: 'accept' },
    ]);
  });
});

describe('CSV dialects and Windows-1252', () => {
  it('writes numbers with a decimal comma, quoted when the delimiter is a comma', () => {
    expect(writeCsvRow(['=1+1', 0.42314], EXCEL_DIALECT)).toBe("'=1+1;0,4231\r\n");
    expect(writeCsvRow(['a', 0.42314], { ...EXCEL_DIALECT, delimiter: ',' })).toBe('a,"0,4231"\r\n');
  });

  it('encodes Windows-1252 and refuses what it lacks, naming the character', () => {
    const bytes = encodeWindows1252('œuvre € ’ é');
    expect(decodeWindows1252(bytes)).toBe('œuvre € ’ é');
    expect(unencodableIndex('Île-de-France ā')).toBe(14);
    let error: SdgAlignError | undefined;
    try {
      encodeWindows1252('Saint-Étienne ≥ 3', { file: 'out.csv', line: 4, column: 'titre' });
    } catch (e) {
      error = e as SdgAlignError;
    }
    expect(error?.message).toBe('out.csv:4, column "titre": "≥" (U+2265) has no Windows-1252 form; write UTF-8 instead (--excel without --encoding windows-1252: Excel reads UTF-8 with a BOM).');
  });
});
