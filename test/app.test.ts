/** The offline page's modules that need no browser (app/src): links, strings, marks, files, packing. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../app/src/hash.js';
import { markedRuns } from '../app/src/highlight.js';
import { defaultLocale, t } from '../app/src/i18n.js';
import { fileKind, readSource } from '../app/src/input.js';
import { matchPlanTypes } from '../app/src/plan-type-ui.js';
import { scoreTable } from '../app/src/downloads.js';
import { reviewFileText, setDecision, type DecisionMap } from '../app/src/review.js';
import { compact, expand, pack, packProgrammes, scoreInSlices, unpack, unpackProgrammes, type Programme } from '../app/src/scoring.js';
import { en, fr } from '../src/locales/index.js';
import { parseReview } from '../src/review/index.js';
import { ROOT, runInProcess, tempDir } from './helpers/cli.js';
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

describe('the interface strings (the app section of the catalogue)', () => {
  it('every text the page names exists in French and English; parameters are replaced', () => {
    const html = readFileSync(join(ROOT, 'app', 'index.html'), 'utf8');
    const ids = [...html.matchAll(/data-i18n(?:-attr="[^"]*?:|=")(app\.\w+)/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(30);
    const sentence = t as (locale: 'fr' | 'en', id: string) => string;
    for (const id of ids) for (const locale of ['fr', 'en'] as const) expect(sentence(locale, id), `${locale} ${id}`).not.toBe('');
    expect(Object.keys(fr.app).sort()).toEqual(Object.keys(en.app).sort());
    expect(t('fr', 'app.runDone', { n: '20 000', duration: '3,4\u00a0s' })).toBe('20 000 textes notés en 3,4\u00a0s.');
    expect(t('en', 'app.planCount', { n: 3, total: 50 })).toBe('3 plan types of 50');
    // French typography: a no-break space before the colon.
    expect(t('fr', 'app.inputText')).toContain('texte\u00a0: ');
  });
  it('French when the browser puts French first', () => {
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

describe('the score table and the review file, as French Excel opens them', () => {
  const results = TEXTS.map((p) => compact(engine.score(p)));
  it('";", decimal comma, BOM, CRLF; the reviewed column once a person has decided', () => {
    const table = scoreTable(undefined, results, new Map());
    expect(table.startsWith('\uFEFFid;language;goals;sdg1;')).toBe(true);
    expect(table.split('\r\n')).toHaveLength(results.length + 2);
    expect(table.split('\r\n')[1]).toMatch(/^A1;fr;[\d|]*;0,\d{4};/);
    const decisions: DecisionMap = new Map();
    setDecision(decisions, 'A2', 7, 'reject');
    setDecision(decisions, 'A2', 4, 'accept');
    const reviewed = scoreTable(undefined, results, decisions).split('\r\n');
    expect(reviewed[0]!.endsWith(';sdg17;reviewed')).toBe(true);
    const labels = reviewed[2]!.split(';')[2]!.split('|');
    expect(labels).not.toContain('7');
    expect(labels).toContain('4');
    expect(reviewed[2]!.endsWith(';4')).toBe(true);
    setDecision(decisions, 'A2', 4, undefined);
    setDecision(decisions, 'A2', 7, undefined);
    expect(decisions.size).toBe(0);
  });
  it('is, byte for byte, what the CLI writes for the same file (score --keep-columns all --excel), and with the page\'s review file (--review)', async () => {
    const csv = [
      'id,text,service',
      'P1,"Créer 25 km de pistes cyclables sécurisées entre les bourgs et la gare pour développer les mobilités douces.",Mobilités',
      'P2,"Accompagner la rénovation énergétique des logements du parc privé et isoler les combles des écoles.",Habitat',
      'P3,"Introduire des produits bio et locaux dans la restauration collective, avec les maraîchers du territoire.",Alimentation',
      'P4,"Le comité des fêtes organise le feu d\'artifice et le repas champêtre du village.",Animation',
    ].join('\n');
    const source = await readSource(new File([csv], 'plan.csv'));
    const scored = source.kind === 'csv' ? source.rows.map((row) => compact(engine.score({ id: row.values[0]!, text: row.values[1]! }))) : [];
    const dir = tempDir({ 'plan.csv': `${csv}\n` });
    const cli = (...extra: string[]) => runInProcess(['score', 'plan.csv', '--id-column', 'id', '--text-column', 'text', '--keep-columns', 'all', '--excel', ...extra], { cwd: dir });
    const plain = await cli();
    expect(plain.stderr).toBe('');
    expect(scoreTable(source, scored, new Map())).toBe(plain.stdout);
    const decisions: DecisionMap = new Map();
    setDecision(decisions, 'P1', 11, 'accept');
    setDecision(decisions, 'P2', scored[1]!.labels[0]!, 'reject');
    writeFileSync(join(dir, 'revue.csv'), reviewFileText(scored, decisions, 'fr'));
    const reviewed = await cli('--review', 'revue.csv');
    expect(reviewed.stderr).toBe('');
    expect(reviewed.stdout.split('\r\n')[0]).toMatch(/;service;id;language;goals;sdg1;.*;sdg17;reviewed$/);
    expect(reviewed.stdout.split('\r\n')[2]!.split(';')[3]).not.toContain(String(scored[1]!.labels[0]));
    expect(scoreTable(source, scored, decisions)).toBe(reviewed.stdout);
  });

  it('the review file carries the decisions and reads back with the library (the CLI\'s --review)', async () => {
    const decisions: DecisionMap = new Map();
    setDecision(decisions, 'A2', 7, 'reject');
    const file = reviewFileText(results, decisions, 'fr');
    const lines = file.split('\r\n');
    expect(lines[0]).toBe('\uFEFFidentifiant;ODD;intitulé;score;décision;note');
    const line = lines.findIndex((l) => l.startsWith('A2;7;')) + 1;
    expect(lines[line - 1]).toMatch(/^A2;7;Énergie propre et d'un coût abordable;0,\d{4};reject;$/);
    const parsed = await parseReview(file, { file: 'revue.csv' });
    expect(parsed.decisions).toEqual([{ id: 'A2', goal: 7, decision: 'reject', line }]);
    expect(parsed.skipped).toBe(results.reduce((n, r) => n + r.labels.length, 0) - 1);
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
