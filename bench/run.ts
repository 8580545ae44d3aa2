// Benchmark driver: `npm run bench` (= tsx bench/run.ts). Builds the package (npm run build)
// unless --no-build, writes the corpora, runs the suites and prints a summary of the targets.
//   --quick          smaller corpora and fewer repeats
//   --only a,b       run only these suites (pipeline, library, baselines, cli, scaling, memory, startup, bundle, app)
//   --full-memory    score the whole 1M-row file in the memory suite (~7 min more)
//   --no-build       use the existing dist/
//   --json FILE      also write every figure of the run (machine, each suite's results, the
//                    targets with met/missed) into FILE, relative to the folder npm was run from
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { corpusLabel, corpusOrigin, ensureCorpusFile, type CorpusFile, type CorpusKind } from './corpus.js';
import { baselines } from './baselines.js';
import { app, type AppBenchResults } from './app.js';
import { bundle, type BundleResults } from './bundle.js';
import { cli, type CliRun, type MixCliRow } from './cli.js';
import { library } from './library.js';
import { pipeline } from './pipeline.js';
import { BENCH_DIR, cliStatus, fmt, fmtInt, machineInfo, median, now, parseOptions, plan, printTable, ratio, results, ROOT, shared, writeJson, type Suite } from './lib.js';
import { memory, type MemoryRow, type WorkerMemory } from './memory.js';
import { scaling } from './scaling.js';
import { startup, type StartupRow } from './startup.js';

const SUITES: Suite[] = [pipeline, library, baselines, cli, scaling, memory, startup, bundle, app];
const t0 = now();
const startedAt = new Date().toISOString();
let opts: ReturnType<typeof parseOptions>;
try {
  opts = parseOptions();
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
// npm runs scripts from the package root; a relative --json path is taken from where npm was run.
const jsonPath = opts.json ? resolve(process.env.INIT_CWD ?? process.cwd(), opts.json) : undefined;
const argv = process.argv.slice(2);
const unknown = opts.only.filter((n) => !SUITES.some((s) => s.name === n));
if (unknown.length) {
  console.error(`unknown suite(s): ${unknown.join(', ')}; suites: ${SUITES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const selected = opts.only.length ? SUITES.filter((s) => opts.only.includes(s.name)) : SUITES;
const machine = machineInfo();
console.log(`sdg-align benchmarks${opts.quick ? ' (--quick)' : ''}: ${selected.map((s) => s.name).join(', ')}`);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}${machine.loadavg ? `, load ${machine.loadavg}` : ''}`);
console.log(`temp folder: ${BENCH_DIR}`);

const timings: Record<string, number> = {};
if (!argv.includes('--no-build')) {
  const b0 = now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  timings.build = (now() - b0) / 1000;
  if (r.status !== 0) {
    console.log(`build FAILED (exit ${r.status}); CLI suites will report the CLI as unavailable.\n${(r.stderr || r.stdout || '').trim().split('\n').slice(-15).join('\n')}`);
  } else console.log(`build: npm run build in ${fmt(timings.build, 1)} s`);
}

const p = plan(opts);
const corpora: CorpusFile[] = [];
if (selected.some((s) => s.needsCorpora !== false)) {
  const c0 = now();
  const wanted: [number, CorpusKind][] = [
    ...[...new Set([...p.library, p.cliFile, p.workersFile, 1000])].map((n): [number, CorpusKind] => [n, 'fixtures']),
    ...[...new Set([...p.mixCli.map((m) => m.rows), p.naturalMix])].map((n): [number, CorpusKind] => [n, 'mix']),
  ];
  for (const [n, kind] of wanted) corpora.push(await ensureCorpusFile(n, kind));
  timings.corpora = (now() - c0) / 1000;
  printTable(
    'Corpora (real texts cycled; even ids French, odd ids English)',
    ['corpus', 'rows', 'file MB', 'chars/doc', 'UTF-8 bytes/doc', 'texts', 'status'],
    corpora.map((c) => [c.label, fmtInt(c.rows), fmt(c.bytes / 1e6, 1), fmtInt(c.textChars / c.rows), fmtInt(c.textBytes / c.rows), c.kind === 'mix' ? `mix (${c.origin === 'shared' ? '../shared' : 'FALLBACK: fixtures'})` : 'fixtures', c.reused ? 'reused' : `written in ${fmt(c.seconds, 1)} s`]),
    `fixtures: ${corpusOrigin('fixtures')}.\nmix: ${corpusOrigin('mix')}.`,
  );
}

const failures: Record<string, string> = {};
for (const suite of selected) {
  const s0 = now();
  try {
    await suite.run(opts);
  } catch (e) {
    failures[suite.name] = (e as Error).stack ?? String(e);
    console.log(`\n${suite.title}: FAILED — ${(e as Error).message}`);
  }
  timings[suite.name] = (now() - s0) / 1000;
}

// ---- Summary of the targets --------------------------------------------------------------
type Status = 'met' | 'missed' | 'not measured';
// `value` is the number the status was decided on (a ratio, MB, ms, KB: as the target says), for comparing runs.
const targets: { target: string; status: Status; figure: string; value?: number }[] = [];
const add = (target: string, value: number | undefined, pass: (v: number) => boolean, figure: string, why = 'not measured') =>
  targets.push(value === undefined || !Number.isFinite(value) ? { target, status: 'not measured', figure: why } : { target, status: pass(value) ? 'met' : 'missed', figure, value });

const natural = shared.get('natural') as { corpus: string; naturalDocsPerSec: number; oursDocsPerSec: number; ratio: number } | undefined;
add('library ≥ 10× natural TfIdf (peer time / our time)', natural?.ratio, (v) => v >= 10, natural ? `${ratio(natural.ratio)} (ours ${fmtInt(natural.oursDocsPerSec)} vs natural ${fmtInt(natural.naturalDocsPerSec)} docs/s, ${natural.corpus})` : '', selected.includes(baselines) ? 'baselines failed' : 'baselines suite not run');

const cliAvailable = cliStatus();
const cliWhy = cliAvailable.ok ? 'suite not run' : 'CLI not available';
const cliMain = shared.get('cli-main') as CliRun | undefined;
const floor = shared.get('floor-process') as { seconds: number; ok: boolean; corpus: string } | undefined;
const e2e = cliMain?.ok && floor?.ok && floor.corpus === cliMain.corpus ? cliMain.seconds / floor.seconds : undefined;
add('CLI end to end ≤ 2× floor', e2e, (v) => v <= 2, cliMain && floor ? `${ratio(e2e)} (CLI ${fmt(cliMain.seconds, 1)} s vs floor ${fmt(floor.seconds, 1)} s, ${cliMain.corpus} rows)` : '', cliMain && !cliMain.ok ? `CLI run failed: ${cliMain.error}` : !cliMain ? cliWhy : 'floor not measured (baselines suite)');

const mem = shared.get('memory') as MemoryRow[] | undefined;
// The --workers runs of the cli suite are appended to the first RSS target, for comparison.
const extraRss = (m: MemoryRow) => {
  const first = (mem ?? []).find((x) => !x.extra);
  const others = (mem ?? []).filter((x) => x.extra && x.peakRssMB !== undefined);
  return m === first && others.length ? `; ${others.map((x) => `${x.corpus}: ${fmt(x.peakRssMB, 0)} MB`).join(', ')}` : '';
};
for (const m of (mem ?? []).filter((x) => !x.extra)) {
  add(`peak RSS ≤ 150 MB (${m.corpus} rows; issue 14)`, m.ok ? m.peakRssMB : undefined, (v) => v <= 150, `${fmt(m.peakRssMB, 0)} MB, default flags${m.complete ? '' : ` (${m.source}: ${fmtInt(m.rowsDone)} of ${fmtInt(m.rows)} rows; RSS ${m.rssTrend?.map((x) => fmt(x, 0)).join('→')} MB)`}${extraRss(m)}`, m.error ?? 'failed');
}
if (!mem) add('peak RSS ≤ 150 MB (both files)', undefined, () => false, '', cliAvailable.ok ? 'memory suite not run' : 'CLI not available');

const st = shared.get('startup') as StartupRow[] | undefined;
const help = st?.find((r) => r.name === '--help');
add('--help ≤ 1.3× bare node (issue 14)', help?.ok ? help.overFloor : undefined, (v) => v <= 1.3, `${ratio(help?.overFloor)}: ${fmt(help?.medianMs, 0)} ms median (node floor ${fmt(st?.find((r) => r.name === 'node floor')?.medianMs, 0)} ms)`, st ? (help?.error ?? cliWhy) : 'startup suite not run');
const one = st?.find((r) => r.name === 'explain (one text)');
const oneStdin = st?.find((r) => r.name === 'score - (one row)');
add('single-text score ≤ 200 ms (explain; issue 14)', one?.ok ? one.medianMs : undefined, (v) => v <= 200, `${fmt(one?.medianMs, 0)} ms median (node floor ${fmt(st?.find((r) => r.name === 'node floor')?.medianMs, 0)} ms)`, st ? (one?.error ?? cliWhy) : 'startup suite not run');
add('single-row score ≤ 200 ms (score -; issue 14)', oneStdin?.ok ? oneStdin.medianMs : undefined, (v) => v <= 200, `${fmt(oneStdin?.medianMs, 0)} ms median`, st ? (oneStdin?.error ?? cliWhy) : 'startup suite not run');

const workers = shared.get('cli-workers') as { speedup?: number; note: string; runs: CliRun[] } | undefined;
const workerFigure = (w: string) => {
  const runs = (workers?.runs ?? []).filter((r) => r.label === `workers-${w}` && r.ok);
  const cores = runs.filter((r) => r.cpuSeconds !== undefined).map((r) => r.cpuSeconds! / r.seconds);
  return runs.length ? `w${w} ${fmt(median(runs.map((r) => r.seconds)), 1)} s${cores.length ? ` on ${fmt(median(cores), 2)} cores` : ''}` : '';
};
add(
  '--workers 2 speed-up on 2 cores (≥ 1.3×)',
  workers?.speedup,
  (v) => v >= 1.3,
  `${ratio(workers?.speedup)} (--workers 1 time / --workers 2 time, ${corpusLabel(p.workersFile)} rows: ${workerFigure('1')}, ${workerFigure('2')})`,
  workers?.note || cliWhy,
);

// Issue 14: CLI vs floor on the mix corpora, the score loop vs natural, memory per worker.
const mix = shared.get('cli-mix') as MixCliRow[] | undefined;
for (const m of p.mixCli) {
  const label = corpusLabel(m.rows, 'mix');
  const row = mix?.find((x) => x.corpus === label);
  add(
    `CLI end to end ≤ 2× floor (${label}, default flags)`,
    row?.overFloor,
    (v) => v <= 2,
    row ? `${ratio(row.overFloor)} (CLI ${fmt(row.cliSeconds, 2)} s vs floor ${fmt(row.floorSeconds, 2)} s, median of ${row.rounds}; ${row.cli.find((r) => r.ok)?.workers ?? '?'} workers${row.origin === 'shared' ? '' : '; FALLBACK texts'})` : '',
    row?.error ?? (mix ? 'not measured' : cliWhy),
  );
}
const mixLoop = shared.get('natural-mix-loop') as { corpus: string; naturalDocsPerSec: number; oursDocsPerSec: number; ratio: number } | undefined;
add('library score loop ≥ 5× natural TfIdf (mix, goal 10×)', mixLoop?.ratio, (v) => v >= 5, mixLoop ? `${ratio(mixLoop.ratio)} (ours ${fmtInt(mixLoop.oursDocsPerSec)} vs natural ${fmtInt(mixLoop.naturalDocsPerSec)} docs/s, ${mixLoop.corpus})` : '', selected.includes(baselines) ? 'baselines failed' : 'baselines suite not run');
const perWorker = shared.get('worker-memory') as WorkerMemory | undefined;
const rssOf = (flags: string) => fmt(perWorker?.rows.find((r) => r.flags === flags)?.peakRssMB, 0);
add(
  `memory per extra worker ≤ 15 MB (${perWorker?.corpus ?? corpusLabel(p.workersMemoryFile)} rows)`,
  perWorker?.perWorkerMB,
  (v) => v <= 15,
  perWorker ? `${fmt(perWorker.perWorkerMB, 1)} MB (--workers 1 ${rssOf('--workers 1')} MB, --workers 2 ${rssOf('--workers 2')} MB, default ${rssOf('default')} MB with ${perWorker.defaultWorkers ?? '?'} workers)` : '',
  mem ? 'failed' : cliAvailable.ok ? 'memory suite not run' : 'CLI not available',
);
// Where the default chose one worker it is `--workers 1` itself (the same code path): the two
// single runs then only show this machine's noise, and cannot make the default slower.
const defaultIsOne = perWorker?.defaultWorkers === 1;
add(
  `default flags not slower than --workers 1 (${perWorker?.corpus ?? corpusLabel(p.workersMemoryFile)} rows)`,
  perWorker?.defaultOverOne,
  (v) => defaultIsOne || v <= 1,
  perWorker
    ? defaultIsOne
      ? `the default chose one thread: it is --workers 1 (default time ÷ --workers 1 time = ${ratio(perWorker.defaultOverOne)} between two single runs of the same setting: noise)`
      : `default time ÷ --workers 1 time = ${ratio(perWorker.defaultOverOne)} (single runs; default = ${perWorker.defaultWorkers ?? '?'} workers)`
    : '',
  mem ? 'failed' : cliAvailable.ok ? 'memory suite not run' : 'CLI not available',
);

const flat = shared.get('scaling') as Record<string, number> | undefined;
add('scaling flat (µs/doc spread ≤ 1.10×, scoreAll; issue 14)', flat?.scoreAll, (v) => v <= 1.1, Object.entries(flat ?? {}).map(([m, f]) => `${m} ${ratio(f)}`).join(', '), 'scaling suite not run');

// Issue 6 / 13: bundle sizes.
const bundles = shared.get('bundle') as BundleResults | undefined;
for (const e of bundles?.entries.filter((x) => x.targetKB !== undefined) ?? []) {
  add(`${e.name} ≤ ${e.targetKB} KB gzipped`, e.error ? undefined : e.gzipBytes / 1000, (v) => v <= e.targetKB!, `${fmt(e.gzipBytes / 1000, 1)} KB gzip -9 (${fmt(e.minBytes / 1000, 0)} KB minified)`, e.error ?? 'failed');
}
if (bundles && !bundles.available) add('bundle sizes', undefined, () => false, '', bundles.reason);
if (bundles?.dist) add('compiled model shipped once in dist/', bundles.dist.modelCopies, (v) => v === 1, `${bundles.dist.modelCopies} copies: ${bundles.dist.modelFiles.map((f) => f.file).join(', ')}`);
if (bundles?.page) add(`offline page ≤ ${bundles.page.targetKB} KB gzipped`, bundles.page.gzipBytes === undefined ? undefined : bundles.page.gzipBytes / 1000, (v) => v <= bundles.page.targetKB, `${fmt((bundles.page.gzipBytes ?? NaN) / 1000, 1)} KB gzip -9`, bundles.page.note ?? 'not measured');
if (!bundles) add('bundle sizes (issue 6)', undefined, () => false, '', 'bundle suite not run');

// Issue 13: the offline page in Chromium.
const page = shared.get('app') as AppBenchResults | undefined;
const pageMissing = page ? (page.reason ?? 'failed') : 'app suite not run';
add('offline page: first score ≤ 1,000 ms after opening #text=…', page?.firstScoreMs?.median, (v) => v <= 1000, page?.firstScoreMs ? `${fmt(page.firstScoreMs.median, 0)} ms median, ${fmt(page.firstScoreMs.max, 0)} ms max` : '', pageMissing);
add(
  'offline page: scoring ≤ 50 ms per keystroke (1,000 chars)',
  page?.keystroke?.scoreP95Ms,
  (v) => v <= 50,
  page?.keystroke ? `${fmt(page.keystroke.scoreMedianMs, 1)} ms median, ${fmt(page.keystroke.scoreP95Ms, 1)} ms p95 (redraw ${fmt(page.keystroke.renderMedianMs, 1)} ms)` : '',
  pageMissing,
);
if (page?.large?.worker && page.large.main) {
  const { worker, main } = page.large;
  add(`offline page never freezes: ${fmtInt(page.large.rows)} rows in the Web Worker, longest main-thread task ≤ 100 ms`, worker.longestTaskMs, (v) => v <= 100, `worker ${fmt(worker.ms / 1000, 1)} s (longest main-thread task ${fmt(worker.longestTaskMs, 0)} ms), main thread ${fmt(main.ms / 1000, 1)} s (longest ${fmt(main.longestTaskMs, 0)} ms)`);
}

const total = (now() - t0) / 1000;
const loadEnd = machineInfo().loadavg;
printTable(
  `Summary of targets (${machine.cpu}, ${machine.cores} cores, Node ${machine.node})`,
  ['target', 'status', 'figure'],
  targets.map((t) => [t.target, t.status, t.figure]),
);
printTable(
  'Wall time per step',
  ['step', 'seconds'],
  [...Object.entries(timings).map(([k, v]) => [k, fmt(v, 1)]), ['total', fmt(total, 1)]],
  `total ${fmt(total, 1)} s (budget 300 s)${opts.quick ? ' — quick run' : ''}. Load average at start ${machine.loadavg ?? '?'}, at end ${loadEnd ?? '?'} (${machine.cores} cores).\nJSON results in ${BENCH_DIR}`,
);
if (Object.keys(failures).length) console.log(`\nFailed suites: ${Object.keys(failures).join(', ')}`);
const summary = { machine, loadavgEnd: loadEnd, startedAt, options: { ...opts }, plan: p, targets, timings, totalSeconds: total, failures };
// Every figure of the run in one file: the per-suite JSON files (written before the summary) and the summary.
const suiteResults = Object.fromEntries(results);
writeJson('summary', summary);
if (jsonPath) {
  const all = {
    tool: 'sdg-align bench',
    version: 1,
    ...summary,
    argv,
    suites: selected.map((s) => s.name),
    corpora: corpora.map((c) => ({ ...c, path: c.path.replace(BENCH_DIR, '$BENCH') })),
    results: suiteResults,
  };
  try {
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, JSON.stringify(all, null, 2) + '\n');
    console.log(`\nAll figures of this run: ${jsonPath}`);
  } catch (e) {
    console.log(`\n--json ${jsonPath}: could not write (${(e as Error).message})`);
    process.exitCode = 1;
  }
}
process.exitCode = Object.keys(failures).length ? 1 : (process.exitCode ?? 0);
