/** The offline page's modules that need no browser (app/src): links, strings, marks, files, packing. */
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../app/src/hash.js';
import { markedRuns } from '../app/src/highlight.js';
import { defaultLocale, t } from '../app/src/i18n.js';
import { fileKind } from '../app/src/input.js';
import { matchPlanTypes } from '../app/src/plan-type-ui.js';
import { excelCsv, excelScore, excelText } from '../app/src/excel-csv.js';
import { applyReview, indexDecisions, parseReview, reviewFile, unmatchedDecisions } from '../app/src/review-file.js';
import { compact, expand, pack, packProgrammes, scoreInSlices, unpack, unpackProgrammes, type Programme } from '../app/src/scoring.js';
import { STRINGS } from '../app/src/strings.js';
import { createEngine } from '../src/scoring/engine.js';

const engine = createEngine({ maxEvidence: 0 });
const TEXTS: Programme[] = [
  { id: 'A1', title: 'Vélo', text: 'Création de pistes cyclables et de stationnements vélo sécurisés.' },
  { id: 'A2', text: 'Rénovation énergétique des écoles : isolation et pompes à chaleur.' },
  { id: 'A3', title: '', text: '' },
];

describe('parseHash / formatHash', () => {
  it('round-trips the text (accents, &, +, #, line breaks) and the settings', () => {
    const state = { text: 'Eau potable & assainissement + 20 % #1\nligne 2 « é »', lang: 'fr', locale: 'en', plan: 'pcaet' } as const;
    const hash = formatHash(state);
    expect(hash).toMatch(/^#text=[^&]+&lang=fr&locale=en&plan=pcaet$/);
    expect(hash).not.toContain('+');
    expect(parseHash(hash)).toEqual(state);
  });
  it('reads a hand-written link (spaces as +), ignores bad values and hashes that are not ours', () => {
    expect(parseHash('#text=eau+potable&lang=de')).toEqual({ text: 'eau potable' });
    expect(parseHash('#provenance-note')).toBeUndefined();
    expect(parseHash('')).toBeUndefined();
    expect(formatHash({})).toBe('');
  });
});

describe('the interface strings', () => {
  it('every message exists in French and English; parameters are replaced', () => {
    for (const [id, m] of Object.entries(STRINGS)) {
      expect(m.fr, id).not.toBe('');
      expect(m.en, id).not.toBe('');
      expect(m.fr.match(/\{\w+\}/g)?.sort(), id).toEqual(m.en.match(/\{\w+\}/g)?.sort());
    }
    expect(t('fr', 'run.done', { n: '20 000', seconds: '3,4' })).toBe('20 000 textes notés en 3,4 s.');
    expect(t('en', 'plan.count', { n: 3, total: 50 })).toBe('3 plan types of 50');
  });
  it('French when the browser\'s first language is French', () => {
    expect(defaultLocale(['fr-CA', 'en'])).toBe('fr');
    expect(defaultLocale(['fr'])).toBe('fr');
    expect(defaultLocale(['en-GB', 'fr'])).toBe('en');
    expect(defaultLocale([])).toBe('en');
  });
});

describe('markedRuns', () => {
  it('merges overlapping evidence into one run, keeps the labels, drops spans outside the text', () => {
    const spans = [
      { start: 10, end: 20, label: 'ODD 7 · 7.3', goal: 7 },
      { start: 0, end: 5, label: 'ODD 11', goal: 11 },
      { start: 15, end: 25, label: 'ODD 13', goal: 13 },
      { start: 12, end: 18, label: 'ODD 7 · 7.3', goal: 7 },
      { start: 25, end: 30, label: 'ODD 4', goal: 4 },
      { start: 28, end: 99, label: 'out', goal: 1 },
    ];
    expect(markedRuns(spans, 40)).toEqual([
      { start: 0, end: 5, labels: ['ODD 11'], goal: 11 },
      { start: 10, end: 25, labels: ['ODD 7 · 7.3', 'ODD 13'], goal: 7 },
      { start: 25, end: 30, labels: ['ODD 4'], goal: 4 },
    ]);
  });
});

describe('fileKind and the plan-type search', () => {
  it('reads .csv/.tsv as tables and .md/.txt as documents, as the CLI does', () => {
    expect(['a.csv', 'B.TSV', 'plan.md', 'plan.markdown', 'notes.txt', 'x.xlsx', 'noext'].map(fileKind)).toEqual(['csv', 'csv', 'doc', 'doc', 'doc', undefined, undefined]);
  });
  it('finds plan types by acronym, name or alias, ignoring case and accents', () => {
    expect(matchPlanTypes('')).toHaveLength(50);
    expect(matchPlanTypes('pcaet').map((p) => p.id)).toEqual(['pcaet']);
    expect(matchPlanTypes('Plan Climat ÉNERGIE').map((p) => p.id)).toContain('pcaet');
    expect(matchPlanTypes('zzz')).toEqual([]);
  });
});

describe('the Excel CSV', () => {
  it('";", decimal comma, BOM, CRLF, formulas neutralised', () => {
    expect(excelScore(0.123456)).toBe('0,1235');
    expect(excelScore(1)).toBe('1,0000');
    expect(excelText('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(excelText('a;b')).toBe('"a;b"');
    expect(excelCsv([['id', 'sdg7'], ['A1', excelScore(0.5)]])).toBe('\uFEFFid;sdg7\r\nA1;0,5000\r\n');
  });
});

describe('the review file', () => {
  it('reads French headers and words, skips rows left blank, and says which line is wrong', async () => {
    const text = 'Identifiant;ODD;Décision;Commentaire\r\nA1;ODD 11;accepté;vu en commission\r\nA2;7;rejeter;\r\nA3;4;;\r\n';
    expect(await parseReview(text, 'revue.csv')).toEqual([
      { id: 'A1', goal: 11, decision: 'accept', note: 'vu en commission', line: 2 },
      { id: 'A2', goal: 7, decision: 'reject', line: 3 },
    ]);
    const bad = await parseReview('id,goal,decision\nA1,7,maybe\n', 'r.csv').catch((e: unknown) => e);
    expect((bad as Error).message).toBe('r.csv:2: invalid review row: decision "maybe" (accept or reject).');
    const goal = await parseReview('id,goal,decision\nA1,18,accept\n', 'r.csv').catch((e: unknown) => e);
    expect((goal as Error).message).toBe('r.csv:2: invalid review row: goal "18" (1 to 17, or "ODD 7").');
    await expect(parseReview('id;note\n', 'r.csv')).rejects.toMatchObject({ code: 'CSV_MISSING_COLUMN' });
  });
  it('a rejected goal scores 0 and loses its label; an accepted one counts at the threshold', () => {
    const result = engine.score(TEXTS[1]!);
    expect(result.labels).toContain(7);
    const decisions = indexDecisions([
      { id: 'A2', goal: 7, decision: 'reject' },
      { id: 'A2', goal: 4, decision: 'accept' },
    ]);
    const reviewed = applyReview(result, decisions, 0.5);
    expect(reviewed.labels).not.toContain(7);
    expect(reviewed.labels).toContain(4);
    expect(reviewed.goals[6]!.score).toBe(0);
    expect(reviewed.goals[3]!.score).toBeGreaterThanOrEqual(0.5);
    expect(reviewed.targets.some((t) => t.goal === 7)).toBe(false);
    expect(applyReview(result, new Map(), 0.5)).toBe(result);
  });
  it('writes one row per label (decided or not) and warns about what matches nothing', () => {
    const decisions = indexDecisions([{ id: 'A2', goal: 7, decision: 'reject', note: 'hors sujet' }]);
    expect(reviewFile([{ id: 'A2', labels: [7, 4] }, { id: 'A1', labels: [11] }], decisions)).toBe('\uFEFFid;goal;decision;note\r\nA2;7;reject;hors sujet\r\nA2;4;;\r\nA1;11;;\r\n');
    const list = [
      { id: 'Z9', goal: 7 as const, decision: 'accept' as const, line: 2 },
      { id: 'A2', goal: 3 as const, decision: 'reject' as const, line: 3 },
    ];
    expect(unmatchedDecisions(list, new Map([['A2', [7]]]), 'r.csv')).toEqual(['r.csv:2: id "Z9" matches no text.', 'r.csv:3: goal 3 is not a label of "A2".']);
  });
});

describe('compact results and packing for the worker', () => {
  it('compact → pack → unpack → expand keeps every goal and target score', () => {
    const results = TEXTS.map((p) => engine.score(p));
    const back = unpack(pack(results.map(compact))).map((c) => expand(c));
    back.forEach((r, i) => {
      expect(r.id).toBe(results[i]!.id);
      expect(r.labels).toEqual(results[i]!.labels);
      expect(r.goals.map((g) => g.score)).toEqual(results[i]!.goals.map((g) => g.score));
      expect(r.targets.map((t) => [t.target, t.goal, t.score])).toEqual(results[i]!.targets.map((t) => [t.target, t.goal, t.score]));
    });
  });
  it('programmes round-trip through one joined string (empty titles kept, absent ones absent)', () => {
    expect(unpackProgrammes(packProgrammes(TEXTS))).toEqual(TEXTS);
  });
  it('scoreInSlices scores rows as they arrive, reports progress, and stops when cancelled', async () => {
    const arriving: Programme[] = [TEXTS[0]!];
    const progress: number[] = [];
    const job = scoreInSlices(engine, arriving, { sliceMs: 1, onProgress: (done) => progress.push(done), cancelled: () => false }, 3);
    setTimeout(() => arriving.push(TEXTS[1]!, TEXTS[2]!), 20);
    const results = await job;
    expect(results!.map((r) => r.id)).toEqual(['A1', 'A2', 'A3']);
    expect(progress.at(-1)).toBe(3);
    expect(await scoreInSlices(engine, TEXTS, { sliceMs: 0, onProgress: () => {}, cancelled: () => true })).toBeUndefined();
  });
});
