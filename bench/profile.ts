// CPU profile of the library path (not part of `npm run bench`): scores the 10k corpus with
// the built dist/index.js under `node --cpu-prof`, then prints the top self-time functions.
//   npx tsx bench/profile.ts [N] [scoreAll] [--mix]    (after npm run build; --mix: the mix corpus)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsArray } from './corpus.js';
import { BENCH_DIR, fmt, printTable, ROOT } from './lib.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const mode = args.includes('scoreAll') ? 'scoreAll' : 'loop';
const kind = args.includes('--mix') ? 'mix' : 'fixtures';
const dir = join(BENCH_DIR, 'profile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const docsPath = join(dir, `docs-${kind}-${n}.json`);
writeFileSync(docsPath, JSON.stringify(docsArray(n, kind)));
const script = join(dir, 'run.mjs');
writeFileSync(
  script,
  `import { readFileSync } from 'node:fs';
import { createEngine } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)};
const docs = JSON.parse(readFileSync(${JSON.stringify(docsPath)}, 'utf8'));
const engine = createEngine();
engine.scoreAll(docs.slice(0, 500));
const t0 = performance.now();
let sink = 0;
${mode === 'scoreAll' ? 'sink += engine.scoreAll(docs).documents.length;' : 'for (const d of docs) sink += engine.score(d).labels.length;'}
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, sink }));
`,
);
const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, script], { encoding: 'utf8' });
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id)!;
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const f = node.callFrame;
  const key = `${f.functionName || '(anonymous)'}\t${f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : ''}`;
  self.set(key, (self.get(key) ?? 0) + dt);
});
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
const timing = JSON.parse(r.stdout.trim().split('\n').pop()!) as { seconds: number };
printTable(
  `Top self time: ${mode === 'loop' ? 'engine.score loop' : 'scoreAll'} on ${n} ${kind} docs (dist/index.js; ${fmt(timing.seconds, 2)} s scoring, ${fmt(total / 1e6, 2)} s profiled incl. load and warm-up)`,
  ['function', 'where', 'self ms', '% of profile'],
  top.map(([k, us]) => {
    const [name, where] = k.split('\t');
    return [name!, where!, fmt(us / 1000, 0), fmt((100 * us) / total, 1)];
  }),
  `profile: ${join(dir, file)} (open in Chrome DevTools / speedscope)`,
);
