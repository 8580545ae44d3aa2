// Baselines, measured in the same run on the same corpora as the library and the CLI:
//  (a) the floor: read the CSV and only tokenize each text with /[\p{L}\p{N}]+/gu —
//      in process (tokenize only, to compare with the library) and as a whole process
//      (`node floor.mjs FILE`, to compare with the CLI end to end);
//  (b) the peer: natural's TfIdf with one document per goal (goal titles + target texts,
//      English and French) and tfidfs(text) for each text — what a JS developer would
//      write without this library. On the fixture corpora against scoreAll; on the mix
//      corpus (issue 14: 20k rows of real English and French texts) against a loop of
//      engine.score(doc), the target.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { library } from './built.js';
import { corpusLabel, corpusOrigin, docsArray, ensureCorpusFile, type BenchDoc } from './corpus.js';
import { countTokens } from './floor.js';
import { throughput, type ThroughputRow } from './library.js';
import { BENCH_DIR, fmt, fmtInt, log, now, plan, printTable, ratio, ROOT, runProcess, shared, timeIt, writeJson, type BenchOptions, type ProcessResult, type Suite } from './lib.js';

const { createEngine, goals, targets } = library;

/** Bundles bench/floor.ts (and its CSV parser) into a plain .mjs so that it starts like the CLI: no tsx. */
export async function floorScript(): Promise<{ command: string; args: string[] }> {
  const out = join(BENCH_DIR, 'floor.mjs');
  const src = join(ROOT, 'bench', 'floor.ts');
  try {
    if (!existsSync(out) || statSync(out).mtimeMs < Math.max(statSync(src).mtimeMs, statSync(join(ROOT, 'bench', 'csv.ts')).mtimeMs)) {
      mkdirSync(BENCH_DIR, { recursive: true });
      const esbuild = await import('esbuild');
      await esbuild.build({ entryPoints: [src], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
    }
    return { command: process.execPath, args: [out] };
  } catch (e) {
    // esbuild comes with tsup/tsx; if it cannot be loaded, run the TypeScript through tsx (slower start).
    log(`floor: esbuild unavailable (${(e as Error).message}); running floor.ts through tsx`);
    return { command: process.execPath, args: ['--import', 'tsx', src] };
  }
}

export function runFloorProcess(file: string): Promise<ProcessResult> {
  return floorScript().then((f) => runProcess(f.command, [...f.args, file], { memory: true, env: { SDG_BENCH_FLOOR_MAIN: '1' } }));
}

function naturalIndex(): { index: TfIdf; buildMs: number } {
  const t0 = now();
  const index = new TfIdf();
  for (const g of goals) {
    const own = targets.filter((t) => t.goal === g.goal);
    index.addDocument([g.en.title, g.fr.title, ...own.map((t) => t.en), ...own.map((t) => t.fr)].join('\n'), String(g.goal));
  }
  return { index, buildMs: now() - t0 };
}

/** Library scoreAll docs/s on a corpus: from the library suite when it ran in this process, else measured here. */
function oursOn(n: number, docs: readonly BenchDoc[], repeats: number): ThroughputRow {
  const rows = shared.get('library') as ThroughputRow[] | undefined;
  const found = rows?.find((r) => r.docs === n && r.mode === 'scoreAll');
  if (found) return found;
  const engine = createEngine();
  engine.scoreAll(docsArray(1000));
  return throughput(corpusLabel(n), docs, 'scoreAll', timeIt(() => engine.scoreAll(docs), repeats));
}

export interface BaselineRow {
  readonly baseline: string;
  readonly corpus: string;
  readonly docsPerSec: number;
  readonly mbPerSec: number;
  readonly oursDocsPerSec: number;
  /** ours docs/s ÷ baseline docs/s: > 1 when the library is faster. */
  readonly oursOverBaseline: number;
}

export const baselines: Suite = {
  name: 'baselines',
  title: 'Baselines (floor and natural TfIdf)',
  async run(opts: BenchOptions) {
    const p = plan(opts);
    const rows: BaselineRow[] = [];

    // (a) floor, in process: tokenize only (the library also gets its documents in memory).
    let sink = 0;
    for (const d of docsArray(1000)) sink += countTokens(d.text);
    for (const n of p.library) {
      const docs = docsArray(n);
      const t = throughput(corpusLabel(n), docs, 'scoreAll', timeIt(() => docs.forEach((d) => (sink += countTokens(d.text))), n <= 1000 ? p.repeatsSmall : 1));
      const ours = oursOn(n, docs, n <= 1000 ? p.repeatsSmall : 1);
      rows.push({ baseline: 'floor: regex tokenize', corpus: t.corpus, docsPerSec: t.docsPerSec, mbPerSec: t.mbPerSec, oursDocsPerSec: ours.docsPerSec, oursOverBaseline: ours.docsPerSec / t.docsPerSec });
    }

    // (b) natural TfIdf, one document per goal. On a noisy machine two runs minutes apart do
    // not compare, so ours and natural are timed in alternation on the same 1k-document chunks.
    const { index, buildMs } = naturalIndex();
    const engine = createEngine();
    for (const d of docsArray(500)) sink += index.tfidfs(d.text)[0] ?? 0; // warm-up
    engine.scoreAll(docsArray(1000));
    const interleaved: { corpus: string; chunks: number; oursSeconds: number; naturalSeconds: number }[] = [];
    for (const n of p.natural) {
      const docs = docsArray(n);
      const chunk = 1000;
      const rounds = n <= 1000 ? p.repeatsSmall : 1;
      let oursSeconds = 0;
      let naturalSeconds = 0;
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < docs.length; i += chunk) {
          const part = docs.slice(i, i + chunk);
          const first = (i / chunk + r) % 2 === 0;
          const runOurs = () => (oursSeconds += timeIt(() => (sink += engine.scoreAll(part).documents.length))[0]!);
          const runNatural = () => (naturalSeconds += timeIt(() => part.forEach((d) => (sink += index.tfidfs(d.text)[0] ?? 0)))[0]!);
          if (first) {
            runOurs();
            runNatural();
          } else {
            runNatural();
            runOurs();
          }
        }
      }
      const total = n * rounds;
      const mb = (docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0) * rounds) / 1e6;
      const naturalDps = total / naturalSeconds;
      const oursDps = total / oursSeconds;
      interleaved.push({ corpus: corpusLabel(n), chunks: Math.ceil(n / chunk) * rounds, oursSeconds, naturalSeconds });
      rows.push({ baseline: 'natural TfIdf (17 goal docs)', corpus: corpusLabel(n), docsPerSec: naturalDps, mbPerSec: mb / naturalSeconds, oursDocsPerSec: oursDps, oursOverBaseline: oursDps / naturalDps });
      log(`natural TfIdf ${corpusLabel(n)}: ${fmtInt(naturalDps)} docs/s; ours (alternating chunks of ${chunk}) ${fmtInt(oursDps)} docs/s`);
    }
    // (b') natural TfIdf vs a loop of engine.score(doc) on the mix corpus (issue 14), alternating chunks.
    const mixDocs = docsArray(p.naturalMix, 'mix');
    const mixLabel = corpusLabel(p.naturalMix, 'mix');
    {
      const chunk = 1000;
      let oursSeconds = 0;
      let naturalSeconds = 0;
      for (const d of mixDocs.slice(0, 500)) sink += engine.score(d).labels.length; // warm-up on these texts
      for (let i = 0; i < mixDocs.length; i += chunk) {
        const part = mixDocs.slice(i, i + chunk);
        const runOurs = () => (oursSeconds += timeIt(() => part.forEach((d) => (sink += engine.score(d).labels.length)))[0]!);
        const runNatural = () => (naturalSeconds += timeIt(() => part.forEach((d) => (sink += index.tfidfs(d.text)[0] ?? 0)))[0]!);
        if ((i / chunk) % 2 === 0) {
          runOurs();
          runNatural();
        } else {
          runNatural();
          runOurs();
        }
      }
      const mb = mixDocs.reduce((a, d) => a + Buffer.byteLength(d.text), 0) / 1e6;
      const naturalDps = mixDocs.length / naturalSeconds;
      const oursDps = mixDocs.length / oursSeconds;
      interleaved.push({ corpus: `${mixLabel} (score loop)`, chunks: Math.ceil(mixDocs.length / chunk), oursSeconds, naturalSeconds });
      rows.push({ baseline: 'natural TfIdf vs score loop (mix)', corpus: mixLabel, docsPerSec: naturalDps, mbPerSec: mb / naturalSeconds, oursDocsPerSec: oursDps, oursOverBaseline: oursDps / naturalDps });
      shared.set('natural-mix-loop', { corpus: mixLabel, naturalDocsPerSec: naturalDps, oursDocsPerSec: oursDps, ratio: oursDps / naturalDps });
      log(`natural TfIdf ${mixLabel}: ${fmtInt(naturalDps)} docs/s; ours, score loop (alternating chunks of ${chunk}) ${fmtInt(oursDps)} docs/s`);
    }
    if (sink === -1) console.log(sink);

    // (a) floor, whole process, on the CLI's file.
    const file = await ensureCorpusFile(p.cliFile);
    const floorRun = await runFloorProcess(file.path);
    const floorOk = floorRun.code === 0;
    if (!floorOk) log(`floor process failed (${floorRun.code}): ${floorRun.stderr.slice(0, 300)}`);
    const floorProcess = { corpus: corpusLabel(p.cliFile), file: file.path, ok: floorOk, seconds: floorRun.seconds, peakRssMB: floorRun.peakRssMB, docsPerSec: p.cliFile / floorRun.seconds, mbPerSec: file.bytes / 1e6 / floorRun.seconds };
    shared.set('floor-process', floorProcess);

    // The headline is the last fixture corpus against scoreAll (the mix row against the score loop has its own target).
    const natural = rows.filter((r) => r.baseline === 'natural TfIdf (17 goal docs)');
    const headline = natural[natural.length - 1];
    shared.set('natural', { corpus: headline?.corpus, naturalDocsPerSec: headline?.docsPerSec, oursDocsPerSec: headline?.oursDocsPerSec, ratio: headline?.oursOverBaseline });

    printTable(
      'Baselines in process, same corpora (ours = createEngine().scoreAll)',
      ['baseline', 'corpus', 'docs/s', 'MB/s', 'ours docs/s', 'ours ÷ baseline'],
      rows.map((r) => [r.baseline, r.corpus, fmtInt(r.docsPerSec), fmt(r.mbPerSec, 2), fmtInt(r.oursDocsPerSec), ratio(r.oursOverBaseline)]),
      [
        `natural TfIdf index built in ${fmt(buildMs, 0)} ms. "ours ÷ baseline" > 1 means the library is faster (for natural: peer time / our time).`,
        'floor rows: ours from the library suite. natural rows: ours and natural timed in alternation on the same 1k-document chunks (scoreAll per chunk; on the mix corpus, a loop of engine.score per chunk).',
        `${mixLabel}: ${corpusOrigin('mix')}`,
      ].join('\n'),
    );
    printTable(
      'Floor as a whole process (node floor.mjs FILE: stream-read, parse CSV, regex-tokenize)',
      ['corpus', 'file MB', 'seconds', 'docs/s', 'MB/s', 'peak RSS MB'],
      [[floorProcess.corpus, fmt(file.bytes / 1e6, 1), floorOk ? fmt(floorRun.seconds, 2) : 'failed', fmtInt(floorProcess.docsPerSec), fmt(floorProcess.mbPerSec, 1), fmt(floorRun.peakRssMB, 0)]],
    );
    const out = { naturalIndexBuildMs: buildMs, rows, interleaved, floorProcess };
    writeJson('baselines', out);
    return out;
  },
};

