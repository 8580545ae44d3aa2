// Memory: peak RSS of the CLI process scoring the 100k-row file and the 1M-row file.
// GNU time (`/usr/bin/time -v`) gives the exact peak when available; else /proc/<pid>/status
// VmHWM is polled every 100 ms. A full 1M-row run takes longer than the whole benchmark budget
// (~7 min here), so by default it runs for a fixed time (15 s) while RSS is sampled: the peak
// and the RSS trend over the rows done show whether memory stays flat. `--full-memory` runs it to the end.
// Per worker (issue 14): the peak RSS of `--workers 1`, `--workers 2` and the default on the
// 100k-row file, as MB per extra worker (the cli suite's runs reused when they scored that file).
// The cli suite's runs on the mix corpora (20k, 100k) are listed for comparison.
// `gaps` (issue 10, item 12): its peak RSS on the smaller file, beside `score`'s.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, corpusLabel, ensureCorpusFile } from './corpus.js';
import { runCliScore, type CliRun, type MixCliRow } from './cli.js';
import { CLI, cliStatus, fmt, fmtInt, hasGnuTime, log, plan, printTable, runProcess, shared, writeJson, type BenchOptions, type Suite } from './lib.js';

export interface MemoryRow {
  readonly corpus: string;
  readonly rows: number;
  readonly complete: boolean;
  readonly rowsDone: number | undefined;
  readonly seconds: number;
  readonly peakRssMB: number | undefined;
  readonly method: string;
  readonly source: string;
  /** RSS (MB) at 25, 50, 75 and 100 % of a capped run. */
  readonly rssTrend?: readonly number[];
  readonly ok: boolean;
  readonly error?: string;
  /** A run with non-default flags or on another corpus, shown for comparison (not a target). */
  readonly extra?: boolean;
}

/** One run of the per-worker comparison. */
export interface WorkerMemoryRow {
  readonly flags: string;
  readonly workers: number | undefined;
  readonly seconds: number;
  readonly peakRssMB: number | undefined;
  /** peak RSS − the `--workers 1` peak RSS. */
  readonly overOneWorkerMB: number | undefined;
  /** (peak RSS − `--workers 1` peak RSS) ÷ (workers − 1). */
  readonly perExtraWorkerMB: number | undefined;
  readonly source: string;
  readonly ok: boolean;
  readonly error?: string;
}

export interface WorkerMemory {
  readonly corpus: string;
  readonly rows: readonly WorkerMemoryRow[];
  /** MB per extra worker from `--workers 2` vs `--workers 1` (the figure of the target). */
  readonly perWorkerMB: number | undefined;
  /** default time ÷ `--workers 1` time (≤ 1: the default is not slower than one worker). */
  readonly defaultOverOne: number | undefined;
  readonly defaultWorkers: number | undefined;
  /** The default-flags run itself (reused as the big file's figure when it is the same file). */
  readonly defaultRun?: CliRun;
}

export const memory: Suite = {
  name: 'memory',
  title: 'Memory (peak RSS of the CLI)',
  async run(opts: BenchOptions) {
    const status = cliStatus();
    if (!status.ok) {
      console.log(`\nMemory: CLI not available — ${status.reason}`);
      const out = { available: false, reason: status.reason };
      writeJson('memory', out);
      return out;
    }
    const p = plan(opts);
    const rows: MemoryRow[] = [];
    const [smallN, bigN] = p.memory as [number, number];

    // The smaller file: reuse the CLI suite's run when it measured the same file.
    const cliMain = shared.get('cli-main') as CliRun | undefined;
    if (cliMain && cliMain.corpus === corpusLabel(smallN) && cliMain.peakRssMB !== undefined) {
      rows.push({ corpus: cliMain.corpus, rows: smallN, complete: true, rowsDone: cliMain.outputRows, seconds: cliMain.seconds, peakRssMB: cliMain.peakRssMB, method: cliMain.rssMethod, source: 'cli suite run (same process)', ok: cliMain.ok, ...(cliMain.error ? { error: cliMain.error } : {}) });
    } else {
      const file = await ensureCorpusFile(smallN);
      log(`memory: CLI score ${corpusLabel(smallN)}…`);
      const r = await runCliScore(file, `memory-${corpusLabel(smallN)}`);
      rows.push({ corpus: r.corpus, rows: smallN, complete: true, rowsDone: r.outputRows, seconds: r.seconds, peakRssMB: r.peakRssMB, method: r.rssMethod, source: 'full run', ok: r.ok, ...(r.error ? { error: r.error } : {}) });
    }

    // The cli suite's --workers runs (same process) measured their peak RSS too: shown for comparison.
    const workers = shared.get('cli-workers') as { runs: CliRun[] } | undefined;
    const seen = new Set<string>();
    for (const w of workers?.runs ?? []) {
      // One row per flag setting (the first run of each).
      if (w.peakRssMB === undefined || seen.has(w.label)) continue;
      seen.add(w.label);
      rows.push({ corpus: `${w.corpus} ${w.args.slice(-2).join(' ')}`, rows: w.outputRows ?? 0, complete: true, rowsDone: w.outputRows, seconds: w.seconds, peakRssMB: w.peakRssMB, method: w.rssMethod, source: 'cli suite run (same process)', ok: w.ok, ...(w.error ? { error: w.error } : {}), extra: true });
    }

    // The cli suite's default runs on the mix corpora (first run of each).
    for (const m of (shared.get('cli-mix') as MixCliRow[] | undefined) ?? []) {
      const r = m.cli.find((x) => x.peakRssMB !== undefined);
      if (r) rows.push({ corpus: `${r.corpus} (default: ${r.workers ?? '?'} workers)`, rows: m.rows, complete: true, rowsDone: r.outputRows, seconds: r.seconds, peakRssMB: r.peakRssMB, method: r.rssMethod, source: 'cli suite run (same process)', ok: r.ok, ...(r.error ? { error: r.error } : {}), extra: true });
    }

    // Issue 10 (item 12): `gaps` on the same file as the first row, against that row's `score`.
    const gaps = await gapsMemory(smallN, rows[0]);
    shared.set('gaps-memory', gaps);

    const perWorker = await workerMemory(p.workersMemoryFile);
    shared.set('worker-memory', perWorker);

    const big = await ensureCorpusFile(bigN);
    if (!big.reused) log(`memory: wrote ${corpusLabel(bigN)} corpus (${fmt(big.bytes / 1e6, 0)} MB) in ${fmt(big.seconds, 1)} s`);
    // With --quick the big file is the per-worker file: its full default run is the figure (no capped run).
    const defaultRun = perWorker.corpus === corpusLabel(bigN) ? perWorker.defaultRun : undefined;
    if (defaultRun?.ok) {
      rows.push({ corpus: defaultRun.corpus, rows: bigN, complete: true, rowsDone: defaultRun.outputRows, seconds: defaultRun.seconds, peakRssMB: defaultRun.peakRssMB, method: defaultRun.rssMethod, source: 'full run (the per-worker default run)', ok: true });
    } else if (opts.fullMemory) {
      log(`memory: CLI score ${corpusLabel(bigN)} to the end (--full-memory)…`);
      const r = await runCliScore(big, `memory-${corpusLabel(bigN)}`);
      rows.push({ corpus: r.corpus, rows: bigN, complete: true, rowsDone: r.outputRows, seconds: r.seconds, peakRssMB: r.peakRssMB, method: r.rssMethod, source: 'full run', ok: r.ok, ...(r.error ? { error: r.error } : {}) });
    } else {
      log(`memory: CLI score ${corpusLabel(bigN)} for ${p.memoryCapSeconds} s, sampling RSS…`);
      // Output to stdout (counted here) so that the rows done so far are known when it is stopped.
      const r = await runProcess(process.execPath, [CLI, 'score', big.path], { poll: true, capSeconds: p.memoryCapSeconds });
      const rowsDone = Math.max(0, r.stdoutLines - 1);
      const at = (f: number) => {
        const t = r.seconds * f;
        const s = r.samples.filter((x) => x[0] <= t);
        return s.length ? s[s.length - 1]![1] : NaN;
      };
      const failed = !r.killedAfterCap && r.code !== 0;
      rows.push({
        corpus: corpusLabel(bigN),
        rows: bigN,
        complete: !r.killedAfterCap,
        rowsDone,
        seconds: r.seconds,
        peakRssMB: r.peakRssMB,
        method: r.rssMethod,
        source: r.killedAfterCap ? `stopped after ${p.memoryCapSeconds} s` : 'full run',
        rssTrend: [0.25, 0.5, 0.75, 1].map(at),
        ok: !failed && rowsDone > 0,
        ...(failed ? { error: r.stderr.trim().split('\n')[0] ?? `exit ${r.code}` } : rowsDone === 0 ? { error: 'no output rows seen on stdout' } : {}),
      });
    }
    shared.set('memory', rows);
    printTable(
      'Memory: peak RSS of `sdg-align score FILE`',
      ['corpus', 'file rows', 'rows scored', 'seconds', 'peak RSS MB', 'RSS at 25/50/75/100 % MB', 'method', 'run'],
      rows.map((r) => [r.corpus, fmtInt(r.rows), r.rowsDone === undefined ? '–' : fmtInt(r.rowsDone), fmt(r.seconds, 1), fmt(r.peakRssMB, 0), r.rssTrend ? r.rssTrend.map((x) => fmt(x, 0)).join(' / ') : '–', r.method, r.ok ? r.source : `FAILED: ${r.error}`]),
      `peak RSS from ${hasGnuTime() ? '/usr/bin/time -v (exact) or ' : ''}/proc/<pid>/status VmHWM (polled every 100 ms).`,
    );
    printTable(
      `Memory per worker: peak RSS of \`sdg-align score\` on the ${perWorker.corpus}-row file`,
      ['flags', 'workers', 'seconds', 'peak RSS MB', '− workers 1 MB', 'MB per extra worker', 'run'],
      perWorker.rows.map((r) => [r.flags, r.workers === undefined ? '–' : String(r.workers), fmt(r.seconds, 1), fmt(r.peakRssMB, 0), fmt(r.overOneWorkerMB, 0), fmt(r.perExtraWorkerMB, 1), r.ok ? r.source : `FAILED: ${r.error}`]),
      [
        `MB per extra worker (--workers 2 vs 1): ${fmt(perWorker.perWorkerMB, 1)} MB (issue 14 target ≤ 15 MB).`,
        `default ÷ --workers 1 wall time: ${perWorker.defaultOverOne === undefined ? '–' : fmt(perWorker.defaultOverOne, 2)} (single runs; the default chose ${perWorker.defaultWorkers ?? '?'} worker(s), from its --verbose line).`,
      ].join('\n'),
    );
    console.log(
      gaps.ok
        ? `\ngaps (JSON report) on the ${gaps.corpus}-row file: peak RSS ${fmt(gaps.peakRssMB, 0)} MB in ${fmt(gaps.seconds, 1)} s; score on the same file: ${fmt(gaps.scorePeakRssMB, 0)} MB (gaps ÷ score ${fmt(gaps.overScore, 2)}; issue 10 target: no more than score).`
        : `\ngaps on the ${gaps.corpus}-row file FAILED: ${gaps.error}`,
    );
    const out = { available: true, rows, perWorker, gaps };
    writeJson('memory', out);
    return out;
  },
};

/** Peak RSS of `gaps FILE --plan-type pcaet --format json` (default flags), beside `score`'s on the same file. */
export interface GapsMemory {
  readonly corpus: string;
  readonly seconds: number;
  readonly peakRssMB: number | undefined;
  readonly scorePeakRssMB: number | undefined;
  /** gaps peak ÷ score peak (≤ 1: the target). */
  readonly overScore: number | undefined;
  readonly ok: boolean;
  readonly error?: string;
}

async function gapsMemory(n: number, score: MemoryRow | undefined): Promise<GapsMemory> {
  const file = await ensureCorpusFile(n);
  const out = join(BENCH_DIR, `out-gaps-${process.pid}.json`);
  log(`memory: CLI gaps ${corpusLabel(n)}…`);
  const r = await runProcess(process.execPath, [CLI, 'gaps', file.path, '--plan-type', 'pcaet', '--format', 'json', '--output', out], { memory: true });
  let programmes: number | undefined;
  try {
    programmes = r.code === 0 ? (JSON.parse(readFileSync(out, 'utf8')) as { programmes: unknown[] }).programmes.length : undefined;
  } catch {
    programmes = undefined;
  }
  rmSync(out, { force: true });
  const ok = r.code === 0 && programmes === file.rows;
  const scorePeak = score?.ok ? score.peakRssMB : undefined;
  return {
    corpus: file.label,
    seconds: r.seconds,
    peakRssMB: r.peakRssMB,
    scorePeakRssMB: scorePeak,
    overScore: r.peakRssMB !== undefined && scorePeak ? r.peakRssMB / scorePeak : undefined,
    ok,
    ...(ok ? {} : { error: r.code !== 0 ? r.stderr.trim().split('\n')[0] || `exit ${r.code}` : `report has ${programmes} programmes, expected ${file.rows}` }),
  };
}

/**
 * Peak RSS of `--workers 1`, `--workers 2` and the default flags on the `n`-row fixture corpus.
 * Reuses the cli suite's runs of the same process when they scored this file (its `--workers`
 * runs, its main run with default flags), else runs them here (one run each).
 */
async function workerMemory(n: number): Promise<WorkerMemory> {
  const file = await ensureCorpusFile(n);
  const label = corpusLabel(n);
  const cliWorkers = shared.get('cli-workers') as { runs: CliRun[] } | undefined;
  const cliMain = shared.get('cli-main') as CliRun | undefined;
  const runs: { flags: string; run: CliRun; source: string }[] = [];
  for (const [flags, extra] of [
    ['--workers 1', ['--workers', '1']],
    ['--workers 2', ['--workers', '2']],
    ['default', ['--verbose']],
  ] as const) {
    const reused =
      flags === 'default'
        ? cliMain && cliMain.corpus === label && cliMain.workers !== undefined ? cliMain : undefined
        : cliWorkers?.runs.find((r) => r.label === `workers-${extra[1]}` && r.corpus === label && r.ok && r.peakRssMB !== undefined);
    if (reused) runs.push({ flags, run: reused, source: 'cli suite run (same process)' });
    else {
      log(`memory: CLI score ${label} ${flags}…`);
      runs.push({ flags, run: await runCliScore(file, `memory-${label}-${flags.replace(/\W+/g, '')}`, [...extra]), source: 'run here' });
    }
  }
  const one = runs[0]!.run;
  const base = one.ok ? one.peakRssMB : undefined;
  const rows: WorkerMemoryRow[] = runs.map(({ flags, run, source }) => {
    const over = base !== undefined && run.ok && run.peakRssMB !== undefined ? run.peakRssMB - base : undefined;
    const extraWorkers = run.workers === undefined ? undefined : run.workers - 1;
    return {
      flags,
      workers: run.workers,
      seconds: run.seconds,
      peakRssMB: run.peakRssMB,
      overOneWorkerMB: flags === '--workers 1' ? undefined : over,
      perExtraWorkerMB: over !== undefined && extraWorkers ? over / extraWorkers : undefined,
      source,
      ok: run.ok,
      ...(run.error ? { error: run.error } : {}),
    };
  });
  const two = rows[1]!;
  const def = runs[2]!.run;
  return {
    corpus: label,
    rows,
    perWorkerMB: two.perExtraWorkerMB,
    defaultOverOne: one.ok && def.ok ? def.seconds / one.seconds : undefined,
    defaultWorkers: def.workers,
    defaultRun: { ...def, raw: undefined } as CliRun,
  };
}
