// Startup: whole-process wall time of `node dist/cli.cjs --help`, `explain TEXT` and `score -`
// with one row on stdin, median of ~10 runs each (interleaved), with `node -e ''` as the floor.
import { CLI, cliStatus, fmt, log, median, plan, printTable, ratio, runProcess, shared, writeJson, type BenchOptions, type Suite } from './lib.js';

const TEXT = 'Rénovation énergétique des écoles';

export interface StartupRow {
  readonly name: string;
  readonly command: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly overFloor: number;
  readonly ok: boolean;
  readonly error?: string;
}

export const startup: Suite = {
  name: 'startup',
  title: 'Startup (whole processes)',
  needsCorpora: false,
  async run(opts: BenchOptions) {
    const p = plan(opts);
    const cases: { name: string; args: string[]; stdin?: string; display: string; cli: boolean }[] = [
      { name: 'node floor', args: ['-e', ''], display: "node -e ''", cli: false },
      { name: '--help', args: [CLI, '--help'], display: 'node dist/cli.cjs --help', cli: true },
      { name: 'explain (one text)', args: [CLI, 'explain', TEXT], display: `node dist/cli.cjs explain "${TEXT}"`, cli: true },
      { name: 'score - (one row)', args: [CLI, 'score', '-'], stdin: `id,text\n1,"${TEXT}"\n`, display: `printf 'id,text\\n1,"${TEXT}"\\n' | node dist/cli.cjs score -`, cli: true },
    ];
    const status = cliStatus();
    const active = status.ok ? cases : cases.filter((c) => !c.cli);
    if (!status.ok) console.log(`\nStartup: CLI not available — ${status.reason}; measuring the node floor only`);
    const times = new Map<string, number[]>(active.map((c) => [c.name, []]));
    const errors = new Map<string, string>();
    // One untimed round warms the file cache; then interleaved rounds spread machine noise evenly.
    for (let round = -1; round < p.startupRuns; round++) {
      for (const c of active) {
        const r = await runProcess(process.execPath, c.args, c.stdin !== undefined ? { stdin: c.stdin } : {});
        if (r.code !== 0) errors.set(c.name, r.stderr.trim().split('\n')[0] ?? `exit ${r.code}`);
        if (round >= 0) times.get(c.name)!.push(r.seconds * 1000);
      }
    }
    log(`startup: ${p.startupRuns} interleaved rounds`);
    const floorMs = median(times.get('node floor')!);
    const rows: StartupRow[] = active.map((c) => {
      const t = times.get(c.name)!;
      const err = errors.get(c.name);
      return { name: c.name, command: c.display, runs: t.length, medianMs: median(t), minMs: Math.min(...t), maxMs: Math.max(...t), overFloor: median(t) / floorMs, ok: !err, ...(err ? { error: err } : {}) };
    });
    shared.set('startup', rows);
    printTable(
      `Startup: whole-process wall time, ms (median of ${p.startupRuns} interleaved runs)`,
      ['case', 'median ms', 'min', 'max', '÷ node floor', 'command'],
      rows.map((r) => [r.name, fmt(r.medianMs, 0), fmt(r.minMs, 0), fmt(r.maxMs, 0), ratio(r.overFloor), r.ok ? r.command : `FAILED: ${r.error}`]),
    );
    const out = { rows };
    writeJson('startup', out);
    return out;
  },
};
