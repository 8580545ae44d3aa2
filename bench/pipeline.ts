// Text pipeline throughput: tokenizing, normalising and stemming the project's fixture texts
// (`text.analyze` of the built package, in each text's language), against the regex floor
// (tokenizing only) on the same texts. MB/s of UTF-8 text.
import { library as built } from './built.js';
import { loadSourceTexts } from './corpus.js';
import { fmt, median, printTable, shared, timeIt, writeJson, type Suite } from './lib.js';

/** Fixture texts cycled to about this many bytes, so that a run lasts long enough to time. */
const TARGET_BYTES = 5e6;

export const pipeline: Suite = {
  name: 'pipeline',
  title: 'Text pipeline (tokenize + normalise + stem)',
  needsCorpora: false,
  async run() {
    const { fr, en } = loadSourceTexts();
    const texts: { text: string; language: 'fr' | 'en' }[] = [];
    let bytes = 0;
    for (let i = 0; bytes < TARGET_BYTES; i++) {
      const item = i % 2 ? { text: en[i % en.length]!, language: 'en' as const } : { text: fr[i % fr.length]!, language: 'fr' as const };
      texts.push(item);
      bytes += Buffer.byteLength(item.text);
    }
    const mb = bytes / 1e6;
    const analyze = () => {
      for (const t of texts) built.text.analyze(t.text, t.language);
    };
    const floor = () => {
      let n = 0;
      for (const t of texts) for (const _ of t.text.matchAll(/[\p{L}\p{N}]+/gu)) n++;
      return n;
    };
    analyze(); // warm-up: JIT and the stem memo, as in any long run
    const ours = median(timeIt(analyze, 5));
    const regex = median(timeIt(floor, 5));
    const rows = [
      ['text.analyze (fr/en)', fmt(mb, 1), fmt(ours, 3), fmt(mb / ours, 1), fmt(ours / regex, 2)],
      ['regex tokenize (floor)', fmt(mb, 1), fmt(regex, 3), fmt(mb / regex, 1), '1.00'],
    ];
    printTable(
      'Text pipeline on the fixture texts (in process, built package, median of 5 after a warm-up)',
      ['step', 'MB', 'seconds', 'MB/s', '÷ floor'],
      rows,
      `${texts.length} texts (fixtures cycled, half French, half English).`,
    );
    const out = { texts: texts.length, mb, analyzeSeconds: ours, analyzeMBps: mb / ours, floorSeconds: regex, floorMBps: mb / regex };
    shared.set('pipeline', out);
    writeJson('pipeline', out);
  },
};
