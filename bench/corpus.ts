// Corpus generator: cycles the project's real fixture texts into documents of about 600
// characters (consecutive texts of one language concatenated until >= 600 chars), half
// French, half English (even ids French, odd ids English), deterministic.
// Files are written as CSV (`id,text`) to os.tmpdir()/sdg-align-bench and reused while
// the fixtures and the generator version are unchanged.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvLine, parseCsvRecords } from './csv.js';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BENCH_DIR = join(tmpdir(), 'sdg-align-bench');
export const TARGET_CHARS = 600;
const GENERATOR_VERSION = 1;

export interface BenchDoc {
  readonly id: string;
  readonly text: string;
}

export interface SourceTexts {
  readonly fr: readonly string[];
  readonly en: readonly string[];
}

const FIXTURES = ['fixtures/programmes-fr.csv', 'fixtures/programmes-en.csv', 'fixtures/eval/fr-labelled.csv', 'fixtures/eval/non-sdg.csv'];

let sourceCache: SourceTexts | undefined;

/** The real texts, by language, in file order. Programmes contribute "title. description". */
export function loadSourceTexts(): SourceTexts {
  if (sourceCache) return sourceCache;
  const read = (p: string) => parseCsvRecords(readFileSync(join(ROOT, p), 'utf8'));
  const fr: string[] = [];
  const en: string[] = [];
  const programme = (r: Record<string, string>) => (r.title ? `${r.title}. ${r.description ?? ''}` : (r.description ?? ''));
  for (const r of read('fixtures/programmes-fr.csv')) fr.push(programme(r));
  for (const r of read('fixtures/programmes-en.csv')) en.push(programme(r));
  for (const r of read('fixtures/eval/fr-labelled.csv')) fr.push(r.text ?? '');
  for (const r of read('fixtures/eval/non-sdg.csv')) (r.language === 'en' ? en : fr).push(r.text ?? '');
  sourceCache = { fr: fr.filter((t) => t.trim()), en: en.filter((t) => t.trim()) };
  if (!sourceCache.fr.length || !sourceCache.en.length) throw new Error('corpus: no fixture texts found');
  return sourceCache;
}

/** Yields `n` documents, deterministically. Texts are joined with a blank line. */
export function* generateDocs(n: number): Generator<BenchDoc> {
  const src = loadSourceTexts();
  const cursor = { fr: 0, en: 0 };
  for (let i = 0; i < n; i++) {
    const lang = i % 2 === 0 ? 'fr' : 'en';
    const pool = src[lang];
    const parts: string[] = [];
    let length = 0;
    while (length < TARGET_CHARS) {
      const t = pool[cursor[lang] % pool.length]!;
      cursor[lang]++;
      parts.push(t);
      length += t.length + (parts.length > 1 ? 2 : 0);
    }
    yield { id: `D${String(i + 1).padStart(7, '0')}`, text: parts.join('\n\n') };
  }
}

export function docsArray(n: number): BenchDoc[] {
  return Array.from(generateDocs(n));
}

function fixturesHash(): string {
  const h = createHash('sha256');
  h.update(`v${GENERATOR_VERSION}`);
  for (const f of FIXTURES) h.update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 16);
}

export const corpusLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));

export interface CorpusFile {
  readonly path: string;
  readonly rows: number;
  readonly bytes: number;
  /** Characters of text (sum of the text fields). */
  readonly textChars: number;
  /** UTF-8 bytes of text (sum of the text fields). */
  readonly textBytes: number;
  readonly reused: boolean;
  readonly seconds: number;
}

/** Writes (or reuses) the `n`-row corpus CSV, streaming: memory stays flat even for 1M rows. */
export async function ensureCorpusFile(n: number): Promise<CorpusFile> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, `corpus-${corpusLabel(n)}.csv`);
  const metaPath = `${path}.meta.json`;
  const hash = fixturesHash();
  if (existsSync(path) && existsSync(metaPath)) {
    try {
      const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Omit<CorpusFile, 'reused' | 'seconds' | 'path'> & { hash: string };
      if (meta.hash === hash && meta.rows === n && statSync(path).size === meta.bytes) {
        return { path, rows: n, bytes: meta.bytes, textChars: meta.textChars, textBytes: meta.textBytes, reused: true, seconds: 0 };
      }
    } catch {
      // regenerate below
    }
  }
  const t0 = performance.now();
  const tmp = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(tmp, { highWaterMark: 1 << 20 });
  let bytes = 0;
  let textChars = 0;
  let textBytes = 0;
  let buffer = csvLine(['id', 'text']);
  const flush = async () => {
    bytes += Buffer.byteLength(buffer);
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  for (const doc of generateDocs(n)) {
    textChars += doc.text.length;
    textBytes += Buffer.byteLength(doc.text);
    buffer += csvLine([doc.id, doc.text]);
    if (buffer.length > 1 << 18) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  const { renameSync } = await import('node:fs');
  renameSync(tmp, path);
  writeFileSync(metaPath, JSON.stringify({ hash, rows: n, bytes, textChars, textBytes }));
  return { path, rows: n, bytes, textChars, textBytes, reused: false, seconds: (performance.now() - t0) / 1000 };
}

// `tsx bench/corpus.ts [N...]` writes the corpora and prints their sizes.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  for (const n of sizes.length ? sizes : [1000, 10_000, 100_000, 1_000_000]) {
    const f = await ensureCorpusFile(n);
    console.log(`${corpusLabel(n).padStart(5)}  ${(f.bytes / 1e6).toFixed(1).padStart(7)} MB  ${(f.textChars / n).toFixed(0)} chars/doc  ${f.reused ? 'reused' : `written in ${f.seconds.toFixed(1)} s`}  ${f.path}`);
  }
}
