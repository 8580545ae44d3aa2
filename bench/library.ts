// Library throughput: createEngine().scoreAll(docs) and a loop of engine.score(doc), in
// process, on the 1k / 10k / 100k corpora after a warm-up. Documents/s and MB/s of text.
import { library as built } from './built.js';

const { createEngine } = built;
import { corpusLabel, docsArray, type BenchDoc } from './corpus.js';
import { fmt, fmtInt, log, median, now, plan, printTable, shared, timeIt, writeJson, type BenchOptions, type Suite } from './lib.js';

export interface ThroughputRow {
  readonly corpus: string;
  readonly docs: number;
  readonly mode: 'scoreAll' | 'score loop';
  readonly runs: number;
  readonly seconds: number;
  readonly docsPerSec: number;
  readonly mbPerSec: number;
  readonly usPerDoc: number;
  /** Process RSS (MB) right after the run, while its result is still referenced (scoreAll keeps every result). */
  readonly rssAfterMB?: number;
}

const textMB = (docs: readonly BenchDoc[]) => docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1e6;

export function throughput(corpus: string, docs: readonly BenchDoc[], mode: ThroughputRow['mode'], times: number[]): ThroughputRow {
  const seconds = median(times);
  return { corpus, docs: docs.length, mode, runs: times.length, seconds, docsPerSec: docs.length / seconds, mbPerSec: textMB(docs) / seconds, usPerDoc: (seconds / docs.length) * 1e6 };
}

export const library: Suite = {
  name: 'library',
  title: 'Library throughput (in process)',
  async run(opts: BenchOptions) {
    const p = plan(opts);
    const t0 = now();
    const engine = createEngine();
    const createMs = now() - t0;
    // Warm-up: JIT, stem memos, lazily built indexes.
    const warm = docsArray(1000);
    const warmT0 = now();
    engine.scoreAll(warm);
    for (const d of warm.slice(0, 500)) engine.score(d);
    const warmMs = now() - warmT0;
    log(`createEngine() ${fmt(createMs, 0)} ms, warm-up (1.5k docs) ${fmt(warmMs, 0)} ms`);

    const rows: ThroughputRow[] = [];
    for (const n of p.library) {
      const docs = docsArray(n);
      const label = corpusLabel(n);
      const repeats = n <= 1000 ? p.repeatsSmall : 1;
      let sink = 0;
      let rssAfterMB = 0;
      const all = timeIt(() => {
        const result = engine.scoreAll(docs);
        rssAfterMB = Math.max(rssAfterMB, process.memoryUsage().rss / 2 ** 20);
        sink += result.documents.length;
      }, repeats);
      rows.push({ ...throughput(label, docs, 'scoreAll', all), rssAfterMB });
      log(`scoreAll ${label}: ${fmt(median(all), 2)} s`);
      if (p.loop.includes(n)) {
        const loop = timeIt(() => {
          for (const d of docs) sink += engine.score(d).labels.length;
        }, repeats);
        rows.push(throughput(label, docs, 'score loop', loop));
        log(`score loop ${label}: ${fmt(median(loop), 2)} s`);
      }
      if (sink < 0) console.log(sink);
    }
    shared.set('library', rows);
    printTable(
      'Library throughput (in process, after warm-up; median of runs)',
      ['corpus', 'mode', 'runs', 'seconds', 'docs/s', 'MB/s', 'µs/doc', 'RSS after MB'],
      rows.map((r) => [r.corpus, r.mode, String(r.runs), fmt(r.seconds, 3), fmtInt(r.docsPerSec), fmt(r.mbPerSec, 2), fmtInt(r.usPerDoc), fmt(r.rssAfterMB, 0)]),
      `createEngine(): ${fmt(createMs, 0)} ms (first call: model load). Documents average ${fmtInt(textMB(warm) * 1e6 / warm.length)} bytes of UTF-8 text. RSS after: this process's RSS while the scoreAll result is held.`,
    );
    const out = { createEngineMs: createMs, warmupMs: warmMs, rows };
    writeJson('library', out);
    return out;
  },
};
