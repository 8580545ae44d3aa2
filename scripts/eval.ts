/**
 * `npm run eval`: accuracy of the engine on
 *   1. the SDG Classification Benchmark development split (../shared/data/dev, English), scored
 *      as the benchmark does: per goal accuracy, precision, recall, F1, and their means;
 *   2. the project's labelled French programme texts (fixtures/programmes-fr.csv and
 *      fixtures/eval/fr-labelled.csv): per goal precision, recall, F1 (multi-label);
 *   3. the project's non-SDG texts (fixtures/eval/non-sdg.csv): share given no goal at all.
 *
 * Options: --threshold X (score with another threshold), --sweep (accuracy at several thresholds),
 *          --sources a,b,c (seed sources), --json FILE (write the figures),
 *          --entries (curation aid: entries found on dev rows labelled False for their goal more often than on True ones).
 * Only this script and scripts/generate-data.mjs read ../shared.
 */
import { writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, DEFAULT_THRESHOLD, type EngineOptions, type ScoreResult } from '../src/index.js';
import { readCsv as readCsvTable } from '../src/node/index.js';

const root = resolve(import.meta.dirname, '..');
const shared = process.env.SDG_SHARED_DATA ?? join(root, '..', 'shared', 'data');

const { values: args } = parseArgs({
  options: {
    threshold: { type: 'string' },
    sweep: { type: 'boolean', default: false },
    sources: { type: 'string' },
    json: { type: 'string' },
    entries: { type: 'boolean', default: false },
  },
});

/** A CSV file as objects keyed by its header, read by the library's own Node layer. */
async function readCsv(path: string): Promise<Record<string, string>[]> {
  const table = await readCsvTable(path);
  return table.rows.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.values[i] ?? ''])));
}

const options: EngineOptions = {};
if (args.threshold) options.threshold = Number(args.threshold);
if (args.sources) options.sources = args.sources.split(',') as EngineOptions['sources'];
const engine = createEngine(options);
const threshold = engine.threshold;
const pct = (x: number) => `${(100 * x).toFixed(1)}`;
const f3 = (x: number) => x.toFixed(3);

interface Counts { tp: number; fp: number; tn: number; fn: number }
const metrics = ({ tp, fp, tn, fn }: Counts) => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    accuracy: (tp + tn) / Math.max(1, tp + fp + tn + fn),
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const report: Record<string, unknown> = { threshold, sources: engine.options.sources };

// --- 1. Benchmark development set --------------------------------------------------------------
const devPath = join(shared, 'dev', 'sdg-benchmark-dev.csv');
if (existsSync(devPath)) {
  const rows = await readCsv(devPath);
  const cache = new Map<string, ScoreResult>();
  const scoreOf = (text: string) => {
    let r = cache.get(text);
    if (!r) cache.set(text, (r = engine.score(text)));
    return r;
  };
  const evaluate = (t: number) => {
    const perGoal = Array.from({ length: 17 }, (): Counts => ({ tp: 0, fp: 0, tn: 0, fn: 0 }));
    for (const row of rows) {
      const goal = Number(row.sdg);
      const predicted = scoreOf(row.text!).goals[goal - 1]!.score >= t;
      const actual = row.label === 'True';
      const c = perGoal[goal - 1]!;
      if (predicted && actual) c.tp++;
      else if (predicted) c.fp++;
      else if (actual) c.fn++;
      else c.tn++;
    }
    return perGoal.map((c) => ({ ...c, ...metrics(c) }));
  };
  const perGoal = evaluate(threshold);
  console.log(`\nSDG Classification Benchmark, development split (${rows.length} rows, English), threshold ${threshold}`);
  console.log('SDG   n   acc%   prec   rec    F1');
  perGoal.forEach((m, i) => {
    const n = m.tp + m.fp + m.tn + m.fn;
    console.log(`${String(i + 1).padStart(3)} ${String(n).padStart(3)}  ${pct(m.accuracy).padStart(5)}  ${f3(m.precision)}  ${f3(m.recall)}  ${f3(m.f1)}`);
  });
  const meanAccuracy = mean(perGoal.map((m) => m.accuracy));
  const meanF1 = mean(perGoal.map((m) => m.f1));
  console.log(`mean  accuracy ${pct(meanAccuracy)} %   F1 ${f3(meanF1)}   (published on the full benchmark: text2sdg 83.0 % / 0.82, AFD SDG Prospector 87.8 % / 0.87, GPT-4o 87.2 % / 0.88)`);
  report.dev = { rows: rows.length, meanAccuracy, meanF1, perGoal };
  if (args.entries) {
    const full = createEngine({ ...options, maxEvidence: 1000 });
    const stats = new Map<string, { tp: number; fp: number }>();
    for (const row of rows) {
      const found = new Set(full.score(row.text!).goals[Number(row.sdg) - 1]!.evidence.map((e) => e.entry));
      for (const id of found) {
        const s = stats.get(id) ?? { tp: 0, fp: 0 };
        if (row.label === 'True') s.tp++;
        else s.fp++;
        stats.set(id, s);
      }
    }
    const suspicious = [...stats].filter(([, s]) => s.fp >= 2 && s.fp > s.tp).sort((a, b) => b[1].fp - a[1].fp || (a[0] < b[0] ? -1 : 1));
    console.log('\nentries found more often on False rows than on True rows of their goal (False/True):');
    for (const [id, s] of suspicious) console.log(`  ${s.fp}/${s.tp}  ${id}`);
  }
  if (args.sweep) {
    console.log('\nthreshold sweep (dev): threshold → mean accuracy / mean F1');
    for (let t = 0.1; t <= 0.9001; t += 0.05) {
      const m = evaluate(t);
      console.log(`  ${t.toFixed(2)}  ${pct(mean(m.map((x) => x.accuracy)))} %  ${f3(mean(m.map((x) => x.f1)))}`);
    }
  }
} else {
  console.log(`(development set not found at ${devPath}: skipped)`);
}

// --- 2. French labelled programmes ------------------------------------------------------------
const labelled = [
  ...(existsSync(join(root, 'fixtures/programmes-fr.csv')) ? (await readCsv(join(root, 'fixtures/programmes-fr.csv'))).map((r) => ({ id: r.id!, text: `${r.title}\n${r.description}`, goals: r.goals! })) : []),
  ...(existsSync(join(root, 'fixtures/eval/fr-labelled.csv')) ? (await readCsv(join(root, 'fixtures/eval/fr-labelled.csv'))).map((r) => ({ id: r.id!, text: r.text!, goals: r.goals! })) : []),
];
if (labelled.length) {
  const perGoal = Array.from({ length: 17 }, (): Counts => ({ tp: 0, fp: 0, tn: 0, fn: 0 }));
  let exact = 0;
  let firstCorrect = 0;
  for (const row of labelled) {
    const truth = new Set(row.goals.split('|').filter(Boolean).map(Number));
    const labels = engine.score(row.text).labels;
    // The strongest label is what a reader sees first: is it one of the text's goals?
    if (labels.length && truth.has(labels[0]!)) firstCorrect++;
    const predicted = new Set(labels);
    if (truth.size === predicted.size && [...truth].every((g) => predicted.has(g as never))) exact++;
    for (let g = 1; g <= 17; g++) {
      const c = perGoal[g - 1]!;
      const p = predicted.has(g as never);
      const a = truth.has(g);
      if (p && a) c.tp++;
      else if (p) c.fp++;
      else if (a) c.fn++;
      else c.tn++;
    }
  }
  const m = perGoal.map(metrics);
  const micro = metrics(perGoal.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, tn: a.tn + c.tn, fn: a.fn + c.fn }), { tp: 0, fp: 0, tn: 0, fn: 0 }));
  console.log(`\nFrench labelled programmes (${labelled.length} texts, multi-label)`);
  console.log('SDG  support  prec   rec    F1');
  m.forEach((x, i) => console.log(`${String(i + 1).padStart(3)}  ${String(perGoal[i]!.tp + perGoal[i]!.fn).padStart(7)}  ${f3(x.precision)}  ${f3(x.recall)}  ${f3(x.f1)}`));
  console.log(`micro P ${f3(micro.precision)} R ${f3(micro.recall)} F1 ${f3(micro.f1)}   macro F1 ${f3(mean(m.map((x) => x.f1)))}   mean per-goal accuracy ${pct(mean(m.map((x) => x.accuracy)))} %   exact label sets ${pct(exact / labelled.length)} %`);
  console.log(`first label is one of the text's goals: ${firstCorrect}/${labelled.length} (${pct(firstCorrect / labelled.length)} %; a text with no label counts as wrong)`);
  report.french = { texts: labelled.length, micro, macroF1: mean(m.map((x) => x.f1)), exact: exact / labelled.length, firstLabelCorrect: firstCorrect / labelled.length };
}

// --- 3. Non-SDG texts --------------------------------------------------------------------------
const nonPath = join(root, 'fixtures/eval/non-sdg.csv');
if (existsSync(nonPath)) {
  const rows = await readCsv(nonPath);
  const byLanguage: Record<string, { n: number; clean: number }> = {};
  const fired: string[] = [];
  for (const row of rows) {
    const r = engine.score(row.text!);
    const bucket = (byLanguage[row.language!] ??= { n: 0, clean: 0 });
    bucket.n++;
    if (r.labels.length === 0) bucket.clean++;
    else fired.push(`${row.id} → ${r.labels.join('|')} (${r.goals.filter((g) => r.labels.includes(g.goal)).flatMap((g) => g.evidence.slice(0, 2).map((e) => e.entry)).join(', ')})`);
  }
  const given = rows.length - Object.values(byLanguage).reduce((n, b) => n + b.clean, 0);
  console.log(`\nNon-SDG texts (${rows.length}): share given no goal (given any goal: ${given}/${rows.length}, ${pct(given / rows.length)} %)`);
  for (const [lang, b] of Object.entries(byLanguage)) console.log(`  ${lang}: ${b.clean}/${b.n} (${pct(b.clean / b.n)} %)`);
  if (fired.length) console.log(`  labelled by mistake:\n    ${fired.join('\n    ')}`);
  report.nonSdg = byLanguage;
}

if (args.json) writeFileSync(args.json, JSON.stringify(report, null, 2));
if (threshold !== DEFAULT_THRESHOLD) console.log(`\n(note: threshold ${threshold} differs from the default ${DEFAULT_THRESHOLD})`);
