// Shared helpers for the benchmark suites: options, timing, tables, JSON output,
// child processes with wall time and peak RSS, machine info.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR, ROOT } from './corpus.js';

export { BENCH_DIR, ROOT };
export const CLI = join(ROOT, 'dist', 'cli.cjs');

export interface BenchOptions {
  /** Smaller corpora and fewer repeats (a couple of minutes less). */
  readonly quick: boolean;
  /** Run the 1M-row memory measurement to the end instead of for a fixed time. */
  readonly fullMemory: boolean;
}

export function parseOptions(argv: readonly string[] = process.argv.slice(2)): BenchOptions & { only: string[]; json?: string } {
  const only: string[] = [];
  let json: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--only') only.push(...(argv[++i] ?? '').split(',').filter(Boolean));
    else if (a.startsWith('--only=')) only.push(...a.slice(7).split(',').filter(Boolean));
    else if (a === '--json') json = argv[++i];
    else if (a.startsWith('--json=')) json = a.slice(7);
  }
  if (argv.includes('--json') && !json) throw new Error('--json needs a file name: --json FILE');
  return { quick: argv.includes('--quick'), fullMemory: argv.includes('--full-memory'), only, ...(json ? { json } : {}) };
}

/** Results shared between suites run in the same process (so that no measurement is taken twice). */
export const shared = new Map<string, unknown>();

export const now = () => performance.now();

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function fmt(x: number | undefined | null, digits = 1): string {
  if (x === undefined || x === null || !Number.isFinite(x)) return '–';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const fmtInt = (x: number | undefined | null) => fmt(x, 0);
export const ratio = (x: number | undefined | null) => (x === undefined || x === null || !Number.isFinite(x) ? '–' : `${fmt(x, x >= 10 ? 1 : 2)}×`);

/** Prints an aligned text table; numeric-looking cells are right-aligned. */
export function printTable(title: string, headers: readonly string[], rows: readonly (readonly string[])[], note?: string): void {
  const widths = headers.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length)));
  const numeric = (s: string) => /^[-–+]?[\d,.]+\s*(×|%|ms|s|MB|k|M)?$|^–$/.test(s.trim());
  // A column is right-aligned when all its cells look like numbers (figures with units included).
  const right = headers.map((_, j) => j > 0 && rows.length > 0 && rows.every((r) => numeric(r[j] ?? '')));
  const line = (cells: readonly string[]) => '  ' + cells.map((c, j) => (right[j] ? c.padStart(widths[j]!) : c.padEnd(widths[j]!))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  if (note) console.log(note.replace(/^/gm, '  '));
}

/** Everything written by writeJson in this process, by name: `--json FILE` gathers it into one file. */
export const results = new Map<string, unknown>();

export function writeJson(name: string, data: unknown): string {
  results.set(name, data);
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, `${name}.json`);
  writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
  return path;
}

export function log(msg: string): void {
  process.stderr.write(`  · ${msg}\n`);
}

/** Whether the built CLI exists and answers `--help`; the reason when not. */
export function cliStatus(): { ok: true } | { ok: false; reason: string } {
  const cached = shared.get('cli-status') as ReturnType<typeof cliStatus> | undefined;
  if (cached) return cached;
  let status: ReturnType<typeof cliStatus>;
  if (!existsSync(CLI)) status = { ok: false, reason: `${CLI} not found (run npm run build)` };
  else {
    const r = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8', timeout: 20_000 });
    status = r.status === 0 ? { ok: true } : { ok: false, reason: `\`sdg-align --help\` exited with ${r.status ?? r.signal}: ${(r.stderr || r.stdout || '').trim().split('\n')[0] ?? ''}` };
  }
  shared.set('cli-status', status);
  return status;
}

let gnuTime: boolean | undefined;
/** GNU time (`/usr/bin/time -v`) reports the exact peak RSS of a child. */
export function hasGnuTime(): boolean {
  if (gnuTime === undefined) {
    gnuTime = existsSync('/usr/bin/time') && /Maximum resident set size/.test(spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr ?? '');
  }
  return gnuTime;
}

export interface ProcessResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Wall time measured by this process, spawn to exit. */
  readonly seconds: number;
  /** Peak resident set size in MB: from GNU time when used, else the last VmHWM polled from /proc. */
  readonly peakRssMB: number | undefined;
  readonly rssMethod: 'gnu-time' | 'proc-vmhwm' | 'none';
  /** User + system CPU seconds (GNU time only): with workers, CPU ÷ wall shows how many cores the run really got. */
  readonly cpuSeconds: number | undefined;
  readonly stdoutBytes: number;
  readonly stdoutLines: number;
  readonly stderr: string;
  /** Samples [seconds since start, VmRSS MB, VmHWM MB] when polling. */
  readonly samples: readonly (readonly [number, number, number])[];
  readonly killedAfterCap: boolean;
}

export interface RunOptions {
  readonly stdin?: string;
  readonly cwd?: string;
  /** Measure the peak RSS (GNU time if available, else /proc polling). */
  readonly memory?: boolean;
  /** Force /proc polling even when GNU time exists (for time-capped runs and RSS over time). */
  readonly poll?: boolean;
  /** Kill the process (SIGTERM) after this many seconds. */
  readonly capSeconds?: number;
  /** Extra environment variables. */
  readonly env?: Record<string, string>;
}

function readProcStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(s);
    const hwm = /VmHWM:\s+(\d+)/.exec(s);
    return rss && hwm ? { rss: Number(rss[1]) / 1024, hwm: Number(hwm[1]) / 1024 } : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `node ARGS` (or any command) as a whole process, measuring wall time and optionally peak RSS. */
export function runProcess(command: string, args: readonly string[], opts: RunOptions = {}): Promise<ProcessResult> {
  const useTime = !!opts.memory && !opts.poll && !opts.capSeconds && hasGnuTime();
  const poll = !!(opts.memory || opts.poll) && !useTime && existsSync('/proc/self/status');
  const [cmd, argv] = useTime ? ['/usr/bin/time', ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolvePromise, reject) => {
    const t0 = now();
    const child = spawn(cmd, argv as string[], { cwd: opts.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    let stdoutBytes = 0;
    let stdoutLines = 0;
    let stderr = '';
    const samples: [number, number, number][] = [];
    let hwm = 0;
    let killedAfterCap = false;
    child.stdout.on('data', (b: Buffer) => {
      stdoutBytes += b.length;
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) stdoutLines++;
    });
    child.stderr.on('data', (b: Buffer) => {
      if (stderr.length < 200_000) stderr += b.toString('utf8');
    });
    child.stdin.on('error', () => {});
    if (opts.stdin !== undefined) child.stdin.end(opts.stdin);
    else child.stdin.end();
    const timer = poll
      ? setInterval(() => {
          const s = child.pid ? readProcStatus(child.pid) : undefined;
          if (s) {
            hwm = Math.max(hwm, s.hwm);
            samples.push([(now() - t0) / 1000, s.rss, s.hwm]);
          }
        }, 100)
      : undefined;
    const cap = opts.capSeconds
      ? setTimeout(() => {
          const s = child.pid ? readProcStatus(child.pid) : undefined;
          if (s) {
            hwm = Math.max(hwm, s.hwm);
            samples.push([(now() - t0) / 1000, s.rss, s.hwm]);
          }
          killedAfterCap = true;
          child.kill('SIGTERM');
          setTimeout(() => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          }, 3000).unref();
        }, opts.capSeconds * 1000)
      : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const seconds = (now() - t0) / 1000;
      if (timer) clearInterval(timer);
      if (cap) clearTimeout(cap);
      let peakRssMB: number | undefined = poll && hwm > 0 ? hwm : undefined;
      let rssMethod: ProcessResult['rssMethod'] = peakRssMB ? 'proc-vmhwm' : 'none';
      let code2 = code;
      let cpuSeconds: number | undefined;
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (m) {
          peakRssMB = Number(m[1]) / 1024;
          rssMethod = 'gnu-time';
        }
        const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
        const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
        if (user && sys) cpuSeconds = Number(user[1]) + Number(sys[1]);
        const e = /Exit status: (\d+)/.exec(stderr);
        if (e) code2 = Number(e[1]);
        stderr = stderr.replace(/\n?\s*Command being timed:[\s\S]*$/, '');
      }
      resolvePromise({ code: code2, signal, seconds, peakRssMB, rssMethod, cpuSeconds, stdoutBytes, stdoutLines, stderr, samples, killedAfterCap });
    });
  });
}

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly platform: string;
  readonly memoryGB: number;
  readonly loadavg?: string;
}

export function machineInfo(): MachineInfo {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1]!.trim();
  } catch {
    // not Linux
  }
  let loadavg: string | undefined;
  try {
    loadavg = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    loadavg = undefined;
  }
  return { cpu, cores: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}`, memoryGB: Math.round(totalmem() / 2 ** 30), ...(loadavg ? { loadavg } : {}) };
}

/** Runs a CPU-bound function `repeats` times; returns each time in seconds. */
export function timeIt(fn: () => unknown, repeats = 1): number[] {
  const out: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = now();
    fn();
    out.push((now() - t0) / 1000);
  }
  return out;
}

export const MB = 1e6;

/** What every suite exports. */
export interface Suite {
  readonly name: string;
  readonly title: string;
  /** False for suites that read no corpus file (the driver then skips writing the corpora when only such suites run). */
  readonly needsCorpora?: boolean;
  run(opts: BenchOptions): Promise<unknown>;
}

/**
 * Corpus sizes per suite: the full run and the --quick run. The fixture corpora are given by
 * their row count; the mix corpora (issue 14: real texts of ../shared and UN French texts) by
 * `mix*` fields: `mixCli` (CLI vs floor, each with its alternating rounds), `naturalMix` (the
 * `score` loop vs natural's TfIdf). `workersMemoryFile`: the fixture corpus on which the memory
 * suite compares the peak RSS of `--workers 1`, `2` and the default (the cli suite's runs are
 * reused when they scored the same file).
 */
export function plan(opts: BenchOptions) {
  return opts.quick
    ? { library: [1000, 10_000], loop: [1000, 10_000], natural: [1000], cliFile: 10_000, workersFile: 100_000, workersRounds: 1, memory: [10_000, 100_000], memoryCapSeconds: 10, startupRuns: 5, repeatsSmall: 3, mixCli: [{ rows: 20_000, rounds: 1 }], naturalMix: 20_000, workersMemoryFile: 100_000 }
    : { library: [1000, 10_000, 100_000], loop: [1000, 10_000], natural: [1000, 10_000], cliFile: 100_000, workersFile: 100_000, workersRounds: 1, memory: [100_000, 1_000_000], memoryCapSeconds: 15, startupRuns: 10, repeatsSmall: 5, mixCli: [{ rows: 20_000, rounds: 3 }, { rows: 100_000, rounds: 1 }], naturalMix: 20_000, workersMemoryFile: 100_000 };
}
