/**
 * `npm run eval`: accuracy of the calibrated engine on real text nobody on the team wrote, in
 * sample and out of fold, and on the project's own fixtures:
 *   benchmark  SDG Classification Benchmark, development split (English UN/OECD paragraphs):
 *              per-goal accuracy and F1, and their means, as the benchmark scores them;
 *   frpages    French passages labelled by their own pages, rows naming their goal left out:
 *              share whose first label is one of the page's goals, micro P/R/F1;
 *   swisstext  English scientific abstracts, a third about no SDG: micro P/R/F1, share of
 *              not-SDG abstracts given a goal;
 *   fixtures   the project's texts (never fitted on): first label correct, micro P/R/F1, non-SDG given a goal;
 * and the labels per text beside the gold labels per text.
 *
 * Out of fold: the coefficients are refitted on four folds and predict the fifth (folds grouped by
 * page url / text / abstract), as `npm run calibrate` fits them; in sample: the committed
 * coefficients' fit, predicting the rows it was fitted on. Operating points are chosen on the
 * out-of-fold figures.
 *
 * Options: --threshold X (labels at another threshold), --sweep (out-of-fold figures at several
 *          thresholds), --sources a,b (seed sources), --json FILE (every figure),
 *          --entries (curation aid: entries found on benchmark rows labelled False for their goal
 *          more often than on True ones).
 * Only this script, scripts/calibrate.ts and scripts/generate-data.mjs read ../shared.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createEngine, DEFAULT_THRESHOLD, type EngineOptions } from '../src/index.js';
import { figuresAt, runAccuracy } from './lib/accuracy.js';
import { formatFigures, labelsOf, rates, setFigures } from './lib/metrics.js';

const { values: args } = parseArgs({
  options: {
    threshold: { type: 'string' },
    sweep: { type: 'boolean', default: false },
    sources: { type: 'string' },
    json: { type: 'string' },
    entries: { type: 'boolean', default: false },
  },
});

const options: { -readonly [K in keyof EngineOptions]: EngineOptions[K] } = {};
if (args.sources) options.sources = args.sources.split(',') as EngineOptions['sources'];
const threshold = args.threshold ? Number(args.threshold) : DEFAULT_THRESHOLD;
const run = await runAccuracy(options);
const figures = figuresAt(run, threshold);
const pct = (x: number) => `${(100 * x).toFixed(1)}`;
const f3 = (x: number) => x.toFixed(3);

console.log(`Threshold ${threshold}; ${run.calibration.pairs} training pairs; coefficients refitted per fold for the out-of-fold figures.\n`);
console.log('Development sets (real text):');
figures.inSample.forEach((f, i) => {
  console.log(`  in sample    ${formatFigures(f)}`);
  console.log(`  out of fold  ${formatFigures(figures.outOfFold[i]!)}`);
});
console.log('\nProject fixtures (written for the project, never fitted on):');
for (const f of figures.fixtures) console.log(`  ${formatFigures(f)}`);

// The benchmark's own table, out of fold.
const bench = run.dev.map((t, i) => ({ t, p: run.outOfFold[i]! })).filter(({ t }) => t.set === 'benchmark');
console.log(`\nSDG Classification Benchmark, development split, out of fold (${bench.length} rows):`);
console.log('SDG   n   acc%   prec   rec    F1');
for (let g = 1; g <= 17; g++) {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const { t, p } of bench) {
    if (t.question!.goal !== g) continue;
    const predicted = labelsOf(p, threshold).includes(g);
    if (predicted && t.question!.label) c.tp++;
    else if (predicted) c.fp++;
    else if (t.question!.label) c.fn++;
    else c.tn++;
  }
  const m = rates(c);
  console.log(`${String(g).padStart(3)} ${String(c.tp + c.fp + c.tn + c.fn).padStart(3)}  ${pct(m.accuracy).padStart(5)}  ${f3(m.precision)}  ${f3(m.recall)}  ${f3(m.f1)}`);
}
console.log('(published on the full benchmark: text2sdg 83.0 % / 0.82, AFD SDG Prospector 87.8 % / 0.87, GPT-4o 87.2 % / 0.88)');

if (args.sweep) {
  console.log('\nThreshold sweep, out of fold:');
  for (let t = 0.3; t <= 0.7001; t += 0.05) {
    const line = (['benchmark', 'frpages', 'swisstext'] as const).map((s) => formatFigures(setFigures(s, run.dev, run.outOfFold, t)).replace(/\s+n=\s*\d+/, ''));
    console.log(`  ${t.toFixed(2)}  ${line.join('\n        ')}`);
  }
}

if (args.entries) {
  const engine = createEngine({ ...options, maxEvidence: 1000, level: 'goal' });
  const stats = new Map<string, { tp: number; fp: number }>();
  for (const t of run.dev) {
    if (t.set !== 'benchmark') continue;
    const found = new Set(engine.score(t.text).goals[t.question!.goal - 1]!.evidence.map((e) => e.entry));
    for (const id of found) {
      const s = stats.get(id) ?? { tp: 0, fp: 0 };
      if (t.question!.label) s.tp++;
      else s.fp++;
      stats.set(id, s);
    }
  }
  const suspicious = [...stats].filter(([, s]) => s.fp >= 2 && s.fp > s.tp).sort((a, b) => b[1].fp - a[1].fp || (a[0] < b[0] ? -1 : 1));
  console.log('\nentries found more often on False rows than on True rows of their goal (False/True):');
  for (const [id, s] of suspicious) console.log(`  ${s.fp}/${s.tp}  ${id}`);
}

if (args.json) writeFileSync(args.json, `${JSON.stringify({ ...figures, coefficients: run.calibration }, null, 2)}\n`);
