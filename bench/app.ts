// The offline page (issue 13, "Size and speed"), in headless Chromium over the DevTools protocol
// (test/helpers/cdp.ts), from file://:
// - first score: a fresh page opened on `#text=…` (a 1,000-character French text), time from the
//   navigation's start to the page's `sdg-align:first-score` mark (the results drawn), median of N;
// - typing: 50 keystrokes at the end of that text, each waited for (the page debounces typing);
//   the scoring call as the page times it with performance.now(), and the redraw after it;
// - a 20,000-row CSV (the mix-20k corpus): file reading, then scoring in the Web Worker and on the
//   main thread (`?worker=0`), with the main thread's long tasks (> 50 ms) while it runs.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchBrowser, type Page } from '../test/helpers/cdp.js';
import { hasChromium } from '../test/helpers/chromium.js';
import { APP_PAGE, buildApp } from '../scripts/build-app.js';
import { ensureCorpusFile } from './corpus.js';
import { fmt, fmtInt, log, median, now, printTable, shared, writeJson, type BenchOptions, type Suite } from './lib.js';

const KEYSTROKES = 50;
const TYPED_CHARS = 1000;
const LARGE_ROWS = 20_000;

/** A French text of `n` characters, from the fixture's descriptions. */
function frenchText(n: number): string {
  const descriptions = readFileSync(new URL('../fixtures/programmes-fr.csv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(3, -1).join(',').replace(/^"|"$/g, ''))
    .filter(Boolean);
  let text = '';
  for (let i = 0; text.length < n; i++) text += `${descriptions[i % descriptions.length]} `;
  return text.slice(0, n);
}

const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

interface Probe {
  scoreMs: number[];
  renderMs: number[];
  readMs: number[];
  runs: { mode: string; rows: number; ms: number; start: number }[];
  mode?: string;
}
const probe = (page: Page) => page.evaluate<Probe>('globalThis.sdgAlign');

export interface AppBenchResults {
  readonly available: boolean;
  readonly reason?: string;
  readonly page?: { bytes: number; gzipBytes: number };
  readonly firstScoreMs?: { median: number; max: number; runs: number[] };
  readonly keystroke?: { chars: number; keystrokes: number; scoreMedianMs: number; scoreP95Ms: number; renderMedianMs: number; renderP95Ms: number };
  readonly large?: { rows: number; fileMB: number; readMs: number; worker?: LargeRun; main?: LargeRun };
}

interface LargeRun {
  readonly mode: string;
  readonly ms: number;
  readonly rowsPerSec: number;
  /** The main thread's long tasks while the rows were scored: count and the longest, in ms. */
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** The longest main-thread task while the file was read (decoded and parsed), in ms (0: none over 50 ms). */
  readonly longestReadTaskMs: number;
}

export const app: Suite = {
  name: 'app',
  title: 'The offline page in Chromium',
  needsCorpora: false,
  async run(opts: BenchOptions) {
    const out = await measure(opts).catch((error: Error): AppBenchResults => ({ available: false, reason: error.message.split('\n')[0] }));
    shared.set('app', out);
    writeJson('app', out);
    if (!out.available) console.log(`\nOffline page: not measured — ${out.reason}`);
    return out;
  },
};

async function measure(opts: BenchOptions): Promise<AppBenchResults> {
  if (!hasChromium()) return { available: false, reason: '/usr/bin/chromium not found (apt-get install -y chromium)' };
  if (!existsSync(APP_PAGE)) await buildApp();
  const html = readFileSync(APP_PAGE);
  const { gzipSync } = await import('node:zlib');
  const pageSize = { bytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length };
  const url = (hash: string, search = '') => `${pathToFileURL(APP_PAGE).href}${search}${hash}`;
  const text = frenchText(TYPED_CHARS);
  const browser = await launchBrowser({ args: ['--accept-lang=fr-FR,fr'] });
  try {
    // 1. First score after opening #text=…, each in a fresh page.
    const firstRuns: number[] = [];
    const runs = opts.quick ? 3 : 7;
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ width: 1280, height: 900 });
      await page.goto(url(`#text=${encodeURIComponent(text)}`));
      firstRuns.push(await page.waitFor<number>('performance.getEntriesByName("sdg-align:first-score")[0]?.startTime', { timeoutMs: 30_000 }));
      await page.close();
    }
    log(`app: first score ${firstRuns.map((ms) => fmt(ms, 0)).join(', ')} ms`);

    // 2. Typing: one keystroke at a time, each scored before the next.
    const page = await browser.newPage({ width: 1280, height: 900 });
    await page.goto(url(`#text=${encodeURIComponent(text)}`));
    await page.waitFor('globalThis.sdgAlign?.scoreMs.length === 1', { timeoutMs: 30_000 });
    for (let k = 0; k < KEYSTROKES; k++) {
      await page.type('#text', 'abcdefghij'[k % 10]!);
      await page.waitFor(`globalThis.sdgAlign.scoreMs.length === ${k + 2}`, { timeoutMs: 10_000, intervalMs: 10 });
    }
    const typed = await probe(page);
    const scoreMs = typed.scoreMs.slice(1); // the first call also built the engine
    const renderMs = typed.renderMs.slice(1);
    const keystroke = {
      chars: TYPED_CHARS,
      keystrokes: KEYSTROKES,
      scoreMedianMs: median(scoreMs),
      scoreP95Ms: percentile(scoreMs, 95),
      renderMedianMs: median(renderMs),
      renderP95Ms: percentile(renderMs, 95),
    };
    await page.close();

    // 3. A 20,000-row CSV, in the worker and on the main thread.
    const corpus = await ensureCorpusFile(LARGE_ROWS, 'mix');
    let readMs = NaN;
    const large = async (search: string): Promise<LargeRun> => {
      const p = await browser.newPage({ width: 1280, height: 900 });
      await p.goto(url('', search));
      await p.waitFor('globalThis.sdgAlign && document.querySelector("#plan-type option")');
      await p.evaluate(() => {
        const w = globalThis as unknown as { longTasks: [number, number][] };
        w.longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
      });
      const t0 = now();
      await p.setFileInput('#file', [corpus.path]);
      await p.waitFor('globalThis.sdgAlign.runs.length === 1', { timeoutMs: 600_000, intervalMs: 200 });
      const wall = now() - t0;
      const figures = await probe(p);
      readMs = figures.readMs[0] ?? NaN;
      const run = figures.runs[0]!;
      // Long tasks while scoring (from the run's start to its end), and before it (reading the file).
      const tasks = await p.evaluate<[number, number][]>('globalThis.longTasks');
      const during = tasks.filter(([start]) => start >= run.start && start <= run.start + run.ms).map(([, d]) => d);
      const reading = tasks.filter(([start]) => start < run.start).map(([, d]) => d);
      log(`app: ${LARGE_ROWS} rows ${run.mode}: ${fmt(run.ms / 1000, 1)} s scoring, ${fmt(wall / 1000, 1)} s from the file chosen`);
      await p.close();
      return { mode: run.mode, ms: run.ms, rowsPerSec: (run.rows / run.ms) * 1000, longTasks: during.length, longestTaskMs: Math.max(0, ...during), longestReadTaskMs: Math.max(0, ...reading) };
    };
    const worker = await large('');
    const main = await large('?worker=0');

    const result: AppBenchResults = {
      available: true,
      page: pageSize,
      firstScoreMs: { median: median(firstRuns), max: Math.max(...firstRuns), runs: firstRuns },
      keystroke,
      large: { rows: LARGE_ROWS, fileMB: corpus.bytes / 1e6, readMs, worker, main },
    };
    printTable(
      'The offline page in headless Chromium (dist/app/sdg-align.html from file://)',
      ['measure', 'figure', 'target'],
      [
        ['payload', `${fmt(pageSize.bytes / 1000, 0)} KB, ${fmt(pageSize.gzipBytes / 1000, 1)} KB gzipped`, '≤ 400 KB gzipped'],
        [`first score after opening #text=… (${TYPED_CHARS} chars)`, `${fmt(result.firstScoreMs!.median, 0)} ms median, ${fmt(result.firstScoreMs!.max, 0)} ms max (${runs} fresh pages)`, '≤ 1,000 ms'],
        [`scoring per keystroke (${TYPED_CHARS} chars, ${KEYSTROKES} keys)`, `${fmt(keystroke.scoreMedianMs, 1)} ms median, ${fmt(keystroke.scoreP95Ms, 1)} ms p95`, '≤ 50 ms'],
        ['redraw after each keystroke (report, text, marks)', `${fmt(keystroke.renderMedianMs, 1)} ms median, ${fmt(keystroke.renderP95Ms, 1)} ms p95`, '–'],
        [`reading the ${fmtInt(LARGE_ROWS)}-row CSV (${fmt(corpus.bytes / 1e6, 1)} MB: decode + parse, 1 MB at a time)`, `${fmt(readMs, 0)} ms; longest main-thread task ${fmt(Math.max(worker.longestReadTaskMs, main.longestReadTaskMs), 0)} ms`, '–'],
        ...[worker, main].map((r) => [
          `${fmtInt(LARGE_ROWS)} rows scored, ${r.mode === 'worker' ? 'Web Worker' : 'main thread (?worker=0)'}`,
          `${fmt(r.ms / 1000, 1)} s (${fmtInt(r.rowsPerSec)} rows/s); main thread: ${r.longTasks} long tasks, longest ${fmt(r.longestTaskMs, 0)} ms`,
          '–',
        ]),
      ],
      `corpus ${corpus.label} (${corpus.origin}); the page's own timings (performance.now()); long tasks: the main thread busy > 50 ms at once (PerformanceObserver "longtask").`,
    );
    return result;
  } finally {
    await browser.close();
  }
}
