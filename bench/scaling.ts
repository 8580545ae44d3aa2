// Scaling: time per document at 1k, 10k and 100k documents (should be flat). Uses the
// library suite's measurements when it ran in the same process; else measures scoreAll.
import { createEngine } from '../src/index.js';
import { corpusLabel, docsArray } from './corpus.js';
import { throughput, type ThroughputRow } from './library.js';
import { fmtInt, log, plan, printTable, ratio, shared, timeIt, writeJson, type BenchOptions, type Suite } from './lib.js';

export const scaling: Suite = {
  name: 'scaling',
  title: 'Scaling (time per document by corpus size)',
  async run(opts: BenchOptions) {
    const p = plan(opts);
    let rows = shared.get('library') as ThroughputRow[] | undefined;
    const source = rows ? 'library suite (same run)' : 'measured here (scoreAll)';
    if (!rows) {
      const engine = createEngine();
      engine.scoreAll(docsArray(1000));
      rows = p.library.map((n) => {
        const docs = docsArray(n);
        log(`scaling: scoreAll ${corpusLabel(n)}`);
        return throughput(corpusLabel(n), docs, 'scoreAll', timeIt(() => engine.scoreAll(docs), n <= 1000 ? p.repeatsSmall : 1));
      });
    }
    const modes = [...new Set(rows.map((r) => r.mode))];
    const table: string[][] = [];
    const flatness: Record<string, number> = {};
    for (const mode of modes) {
      const mine = rows.filter((r) => r.mode === mode).sort((a, b) => a.docs - b.docs);
      const base = mine[0]!.usPerDoc;
      for (const r of mine) table.push([mode, r.corpus, fmtInt(r.usPerDoc), ratio(r.usPerDoc / base)]);
      const us = mine.map((r) => r.usPerDoc);
      flatness[mode] = Math.max(...us) / Math.min(...us);
    }
    printTable(
      `Scaling: µs per document (source: ${source})`,
      ['mode', 'corpus', 'µs/doc', 'vs smallest'],
      table,
      Object.entries(flatness)
        .map(([m, f]) => `${m}: slowest/fastest per-document time = ${ratio(f)} (flat if close to 1×)`)
        .join('\n'),
    );
    shared.set('scaling', flatness);
    const out = { source, rows, flatness };
    writeJson('scaling', out);
    return out;
  },
};
