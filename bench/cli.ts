// CLI end to end: `node dist/cli.cjs score <corpus.csv> --output <tmp>` as a whole process
// (wall time, and peak RSS, reused by the memory suite), `--workers 1` vs `--workers 2`
// when the flag is accepted, and the CLI against the floor process on the mix corpora
// (issue 14: 20k and 100k rows of real English and French texts), timed in alternation.
import { spawnSync } from 'node:child_process';
import { createReadStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runFloorProcess } from './baselines.js';
import { corpusLabel, corpusOrigin, ensureCorpusFile, type CorpusFile } from './corpus.js';
import { BENCH_DIR, CLI, cliStatus, fmt, fmtInt, log, median, plan, printTable, ratio, runProcess, shared, writeJson, type BenchOptions, type ProcessResult, type Suite } from './lib.js';
import type { ThroughputRow } from './library.js';

async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(path)) {
    const b = chunk as Buffer;
    for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) n++;
  }
  return n;
}

export interface CliRun {
  readonly label: string;
  readonly corpus: string;
  readonly args: readonly string[];
  readonly ok: boolean;
  readonly code: number | null;
  readonly seconds: number;
  readonly docsPerSec: number;
  readonly mbPerSec: number;
  readonly peakRssMB: number | undefined;
  readonly rssMethod: string;
  readonly cpuSeconds: number | undefined;
  readonly outputRows: number | undefined;
  /** Scoring threads of the run: the `--workers` flag, else what `--verbose` reported ("scoring on N threads"; none = 1). */
  readonly workers: number | undefined;
  readonly error?: string;
}

/** Worker threads a run used: from its `--workers N`, else from the `--verbose` line on stderr. */
function workersOf(args: readonly string[], stderr: string): number | undefined {
  const flag = args.indexOf('--workers');
  if (flag >= 0) return Number(args[flag + 1]);
  const m = /scoring on (\d+) threads/.exec(stderr);
  if (m) return Number(m[1]);
  return args.includes('--verbose') ? 1 : undefined;
}

/** One mix corpus: the floor process and the CLI (default flags) timed in alternation. */
export interface MixCliRow {
  readonly corpus: string;
  readonly rows: number;
  readonly fileMB: number;
  readonly origin: string;
  readonly rounds: number;
  readonly floorSeconds: number | undefined;
  readonly cliSeconds: number | undefined;
  /** median CLI time ÷ median floor time. */
  readonly overFloor: number | undefined;
  readonly cli: readonly CliRun[];
  readonly floorRuns: readonly { seconds: number; ok: boolean; peakRssMB: number | undefined }[];
  readonly error?: string;
}

/** Runs `sdg-align score FILE --output TMP [extra]`, checks the output row count, removes the output. */
export async function runCliScore(file: CorpusFile, label: string, extra: readonly string[] = [], memory = true): Promise<CliRun & { raw: ProcessResult }> {
  const out = join(BENCH_DIR, `out-${label.replace(/\W+/g, '-')}-${process.pid}.csv`);
  const args = ['score', file.path, '--output', out, ...extra];
  const r = await runProcess(process.execPath, [CLI, ...args], { memory });
  let outputRows: number | undefined;
  try {
    outputRows = r.code === 0 ? (await countLines(out)) - 1 : undefined;
  } catch {
    outputRows = undefined;
  }
  rmSync(out, { force: true });
  const ok = r.code === 0 && outputRows === file.rows;
  const error = r.code !== 0 ? r.stderr.trim().split('\n').slice(0, 3).join(' | ') : outputRows !== file.rows ? `output has ${outputRows} rows, expected ${file.rows}` : undefined;
  return {
    label,
    corpus: file.label,
    args: ['dist/cli.cjs', ...args.map((a) => a.replace(BENCH_DIR, '$BENCH'))],
    ok,
    code: r.code,
    seconds: r.seconds,
    docsPerSec: file.rows / r.seconds,
    mbPerSec: file.bytes / 1e6 / r.seconds,
    peakRssMB: r.peakRssMB,
    rssMethod: r.rssMethod,
    cpuSeconds: r.cpuSeconds,
    outputRows,
    workers: workersOf(args, r.stderr),
    ...(error ? { error } : {}),
    raw: r,
  };
}

export const cli: Suite = {
  name: 'cli',
  title: 'CLI end to end',
  async run(opts: BenchOptions) {
    const status = cliStatus();
    if (!status.ok) {
      console.log(`\nCLI end to end: CLI not available — ${status.reason}`);
      const out = { available: false, reason: status.reason };
      writeJson('cli', out);
      return out;
    }
    const p = plan(opts);
    const file = await ensureCorpusFile(p.cliFile);
    log(`CLI score ${corpusLabel(p.cliFile)} (${fmt(file.bytes / 1e6, 1)} MB)…`);
    // --verbose only adds three lines on stderr, one of which tells how many workers the default chose.
    const main = await runCliScore(file, `cli-${corpusLabel(p.cliFile)}`, ['--verbose']);
    if (!main.ok) log(`CLI run failed: ${main.error}`);
    shared.set('cli-main', main);

    // Workers: only when the flag is accepted (a quick probe on the 1k corpus).
    const small = await ensureCorpusFile(1000);
    const probe = await runCliScore(small, 'workers-probe', ['--workers', '2'], false);
    const workersHelp = spawnSync(process.execPath, [CLI, 'score', '--help'], { encoding: 'utf8' }).stdout?.match(/--workers[^\n]*/)?.[0]?.replace(/\s+/g, ' ').trim();
    const workers: CliRun[] = [];
    let workersNote: string;
    let speedup: number | undefined;
    if (!probe.ok) {
      workersNote = `--workers not accepted: ${probe.error ?? `exit ${probe.code}`}`;
    } else {
      // Alternating pairs (1, 2, 2, 1, 1, 2…) so that a burst of load on the shared machine hits both.
      const wfile = await ensureCorpusFile(p.workersFile);
      const times: Record<string, number[]> = { '1': [], '2': [] };
      for (let round = 0; round < p.workersRounds; round++) {
        for (const w of round % 2 === 0 ? ['1', '2'] : ['2', '1']) {
          log(`CLI score ${corpusLabel(p.workersFile)} --workers ${w} (round ${round + 1}/${p.workersRounds})…`);
          const r = await runCliScore(wfile, `workers-${w}`, ['--workers', w]);
          workers.push(r);
          if (r.ok) times[w]!.push(r.seconds);
        }
      }
      if (times['1']!.length && times['2']!.length) speedup = median(times['1']!) / median(times['2']!);
      workersNote = workersHelp ? `help says: ${workersHelp}` : '';
    }
    shared.set('cli-workers', { speedup, runs: workers, note: workersNote, corpus: corpusLabel(p.workersFile) });

    // Mix corpora (issue 14): the floor process and the CLI with default flags, in alternation
    // (floor, CLI, CLI, floor, …) so that a burst of load hits both; median of each.
    const mix: MixCliRow[] = [];
    for (const { rows: n, rounds } of p.mixCli) {
      const mfile = await ensureCorpusFile(n, 'mix');
      const cliRuns: CliRun[] = [];
      const floorRuns: { seconds: number; ok: boolean; peakRssMB: number | undefined }[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const what of round % 2 === 0 ? ['floor', 'cli'] : ['cli', 'floor']) {
          if (what === 'floor') {
            log(`floor process ${mfile.label} (round ${round + 1}/${rounds})…`);
            const f = await runFloorProcess(mfile.path);
            floorRuns.push({ seconds: f.seconds, ok: f.code === 0, peakRssMB: f.peakRssMB });
            if (f.code !== 0) log(`floor process failed (${f.code}): ${f.stderr.slice(0, 300)}`);
          } else {
            log(`CLI score ${mfile.label} (${fmt(mfile.bytes / 1e6, 1)} MB, round ${round + 1}/${rounds})…`);
            const r = await runCliScore(mfile, `cli-${mfile.label}`, ['--verbose']);
            if (!r.ok) log(`CLI run failed: ${r.error}`);
            cliRuns.push({ ...r, raw: undefined } as CliRun);
          }
        }
      }
      const okFloor = floorRuns.filter((f) => f.ok).map((f) => f.seconds);
      const okCli = cliRuns.filter((r) => r.ok).map((r) => r.seconds);
      const floorSeconds = okFloor.length ? median(okFloor) : undefined;
      const cliSeconds = okCli.length ? median(okCli) : undefined;
      const failed = cliRuns.find((r) => !r.ok)?.error ?? (floorRuns.some((f) => !f.ok) ? 'floor process failed' : undefined);
      mix.push({
        corpus: mfile.label,
        rows: n,
        fileMB: mfile.bytes / 1e6,
        origin: mfile.origin,
        rounds,
        floorSeconds,
        cliSeconds,
        overFloor: floorSeconds && cliSeconds ? cliSeconds / floorSeconds : undefined,
        cli: cliRuns,
        floorRuns,
        ...(failed ? { error: failed } : {}),
      });
    }
    shared.set('cli-mix', mix);

    const floor = shared.get('floor-process') as { seconds: number; ok: boolean; corpus: string } | undefined;
    const lib = (shared.get('library') as ThroughputRow[] | undefined)?.find((r) => r.docs === p.cliFile && r.mode === 'scoreAll');
    const rows = [main, ...workers].map((r) => [
      r.label,
      r.corpus,
      r.workers === undefined ? '–' : String(r.workers),
      r.ok ? fmt(r.seconds, 2) : `failed`,
      fmtInt(r.docsPerSec),
      fmt(r.mbPerSec, 2),
      fmt(r.peakRssMB, 0),
      r.cpuSeconds === undefined ? '–' : fmt(r.cpuSeconds, 1),
      r.cpuSeconds === undefined ? '–' : fmt(r.cpuSeconds / r.seconds, 2),
      floor?.ok && floor.corpus === r.corpus && r.ok ? ratio(r.seconds / floor.seconds) : '–',
    ]);
    printTable(
      'CLI end to end (whole process, wall time)',
      ['run', 'corpus', 'workers', 'seconds', 'docs/s', 'MB/s', 'peak RSS MB', 'CPU s', 'cores used', '÷ floor process'],
      rows,
      [
        `command: node ${main.args.join(' ')}`,
        lib ? `library scoreAll on the same corpus: ${fmtInt(lib.docsPerSec)} docs/s in process → CLI overhead ${ratio(lib.docsPerSec / main.docsPerSec)} per document` : '',
        speedup !== undefined
          ? `workers: median --workers 1 time / median --workers 2 time = ${ratio(speedup)} (${corpusLabel(p.workersFile)} corpus, ${p.workersRounds} alternating rounds). ${workersNote}`
          : workersNote,
        'cores used = CPU seconds (user + system, GNU time) ÷ wall seconds: below 2 with 2 workers, the run did not get two cores (other load, or a serial reader/writer).',
        'workers: the --workers flag, or for the default run the count its --verbose line reports.',
        main.error ? `error: ${main.error}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    if (mix.length) {
      const cores = (r: CliRun) => (r.cpuSeconds === undefined ? undefined : r.cpuSeconds / r.seconds);
      printTable(
        'CLI vs floor process on the mix corpora (issue 14; default flags; alternating, median of rounds)',
        ['corpus', 'file MB', 'rounds', 'floor s', 'CLI s', 'CLI ÷ floor', 'CLI docs/s', 'workers', 'cores used', 'CLI peak RSS MB'],
        mix.map((m) => {
          const first = m.cli.find((r) => r.ok);
          return [
            m.corpus,
            fmt(m.fileMB, 1),
            String(m.rounds),
            fmt(m.floorSeconds, 2),
            m.cliSeconds === undefined ? 'failed' : fmt(m.cliSeconds, 2),
            ratio(m.overFloor),
            m.cliSeconds ? fmtInt(m.rows / m.cliSeconds) : '–',
            first?.workers === undefined ? '–' : String(first.workers),
            first && cores(first) !== undefined ? fmt(median(m.cli.filter((r) => r.ok && r.cpuSeconds !== undefined).map((r) => cores(r)!)), 2) : '–',
            fmt(Math.max(...m.cli.map((r) => r.peakRssMB ?? 0)) || undefined, 0),
          ];
        }),
        [`texts: ${corpusOrigin('mix')}`, ...mix.filter((m) => m.error).map((m) => `${m.corpus}: ${m.error}`)].join('\n'),
      );
    }
    const out = { available: true, main: { ...main, raw: undefined }, workers, workersSpeedup: speedup, workersNote, mix };
    writeJson('cli', out);
    return out;
  },
};
