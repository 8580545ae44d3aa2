// Memory: peak RSS of the CLI process scoring the 100k-row file and the 1M-row file.
// GNU time (`/usr/bin/time -v`) gives the exact peak when available; else /proc/<pid>/status
// VmHWM is polled every 100 ms. A full 1M-row run takes longer than the whole benchmark budget
// (~7 min here), so by default it runs for a fixed time (15 s) while RSS is sampled: the peak
// and the RSS trend over the rows done show whether memory stays flat. `--full-memory` runs it to the end.
import { corpusLabel, ensureCorpusFile } from './corpus.js';
import { runCliScore, type CliRun } from './cli.js';
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
  /** A run with non-default flags, shown for comparison (not a target). */
  readonly extra?: boolean;
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

    const big = await ensureCorpusFile(bigN);
    if (!big.reused) log(`memory: wrote ${corpusLabel(bigN)} corpus (${fmt(big.bytes / 1e6, 0)} MB) in ${fmt(big.seconds, 1)} s`);
    if (opts.fullMemory) {
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
    const out = { available: true, rows };
    writeJson('memory', out);
    return out;
  },
};
