// Corpus generator: cycles real texts into documents of about 600 characters (consecutive
// texts of one language concatenated until >= 600 chars), half French, half English (even
// ids French, odd ids English), deterministic. Two kinds of corpora:
//  - `fixtures` (corpus-1k … corpus-1M): the project's own fixture texts;
//  - `mix` (corpus-mix-20k, corpus-mix-100k; issue 14): English benchmark paragraphs and
//    SwissText abstracts from ../shared/data/dev, French UN target and indicator texts (the
//    generated taxonomy modules) and the French pages of ../shared/data/dev; when ../shared is
//    absent, the fixtures stand in for the ../shared texts (the corpus table says so).
// Files are written as CSV (`id,text`) to os.tmpdir()/sdg-align-bench (never into the
// repository: the ../shared texts must not be committed) and reused while their inputs and
// the generator version are unchanged.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDICATOR_DATA } from '../src/taxonomy/indicators.generated.js';
import { TARGET_DATA } from '../src/taxonomy/sdg-data.generated.js';
import { csvLine, parseCsvRecords } from './csv.js';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BENCH_DIR = join(tmpdir(), 'sdg-align-bench');
export const TARGET_CHARS = 600;
const GENERATOR_VERSION = 1;
/** Bumped when the mix corpus's sources or their order change. */
const MIX_VERSION = 1;

/** `fixtures`: the project's fixture texts; `mix`: real texts of ../shared and the UN French texts (issue 14). */
export type CorpusKind = 'fixtures' | 'mix';

export interface BenchDoc {
  readonly id: string;
  readonly text: string;
}

export interface SourceTexts {
  readonly fr: readonly string[];
  readonly en: readonly string[];
}

export interface MixSourceTexts extends SourceTexts {
  /** `shared` when ../shared/data/dev was read; `fixtures` when it was absent (fixtures stand in). */
  readonly origin: 'shared' | 'fixtures';
  /** Where the texts come from, with counts, for the corpus table. */
  readonly description: string;
  /** Files whose contents decide the corpus (for the reuse hash). */
  readonly files: readonly string[];
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

export const SHARED_DEV = resolve(ROOT, '..', 'shared', 'data', 'dev');
const SHARED_FILES = ['sdg-benchmark-dev.csv', 'swisstext-train.csv', 'fr-pages-dev.csv'];
const TAXONOMY_FILES = ['src/taxonomy/sdg-data.generated.ts', 'src/taxonomy/indicators.generated.ts'];

/** Round-robin over several lists (a, b, c, a, b, c, … then the longer ones alone), so that every stretch mixes the sources. */
function interleave(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

/** Drops empty texts and exact duplicates, keeping the first occurrence. */
const distinct = (texts: readonly string[]) => [...new Set(texts.map((t) => t.trim()).filter(Boolean))];

let mixCache: MixSourceTexts | undefined;

/**
 * The mix corpus's texts (issue 14: "half English benchmark paragraphs, half French UN texts").
 * English: the SDG benchmark's paragraphs (`text`) and the SwissText abstracts (title + ". " +
 * abstract), interleaved. French: the UN French target texts, the UN French indicator texts and
 * the French pages (`text`), interleaved. Without ../shared/data/dev, the fixtures' English and
 * French texts stand in for the ../shared files (the UN French texts are always there).
 */
export function loadMixTexts(): MixSourceTexts {
  if (mixCache) return mixCache;
  const targetsFr = distinct(TARGET_DATA.map((t) => t.fr));
  const indicatorsFr = distinct(INDICATOR_DATA.map((i) => i.fr ?? ''));
  const haveShared = SHARED_FILES.every((f) => existsSync(join(SHARED_DEV, f)));
  if (haveShared) {
    const read = (f: string) => parseCsvRecords(readFileSync(join(SHARED_DEV, f), 'utf8'));
    const bench = distinct(read('sdg-benchmark-dev.csv').map((r) => r.text ?? ''));
    const swiss = distinct(read('swisstext-train.csv').map((r) => (r.title ? `${r.title}. ${r.abstract ?? ''}` : (r.abstract ?? ''))));
    const pages = distinct(read('fr-pages-dev.csv').map((r) => r.text ?? ''));
    mixCache = {
      origin: 'shared',
      en: interleave([bench, swiss]),
      fr: interleave([targetsFr, indicatorsFr, pages]),
      description: `../shared/data/dev: EN ${bench.length} benchmark paragraphs + ${swiss.length} SwissText abstracts; FR ${targetsFr.length} UN targets + ${indicatorsFr.length} UN indicators + ${pages.length} fr-pages`,
      files: [...SHARED_FILES.map((f) => join(SHARED_DEV, f)), ...TAXONOMY_FILES.map((f) => join(ROOT, f))],
    };
  } else {
    const fixtures = loadSourceTexts();
    mixCache = {
      origin: 'fixtures',
      en: [...fixtures.en],
      fr: interleave([targetsFr, indicatorsFr, [...fixtures.fr]]),
      description: `FALLBACK: ${SHARED_DEV} absent, fixtures stand in: EN ${fixtures.en.length} fixture texts; FR ${targetsFr.length} UN targets + ${indicatorsFr.length} UN indicators + ${fixtures.fr.length} fixture texts`,
      files: [...FIXTURES.map((f) => join(ROOT, f)), ...TAXONOMY_FILES.map((f) => join(ROOT, f))],
    };
  }
  if (!mixCache.fr.length || !mixCache.en.length) throw new Error('corpus: no texts for the mix corpus');
  return mixCache;
}

/** Yields `n` documents of a kind, deterministically. Texts are joined with a blank line. */
export function* generateDocs(n: number, kind: CorpusKind = 'fixtures'): Generator<BenchDoc> {
  const src = kind === 'mix' ? loadMixTexts() : loadSourceTexts();
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

export function docsArray(n: number, kind: CorpusKind = 'fixtures'): BenchDoc[] {
  return Array.from(generateDocs(n, kind));
}

/** Hash of everything that decides a corpus's bytes: the generator version and the input files. */
function inputsHash(kind: CorpusKind): string {
  const h = createHash('sha256');
  h.update(`v${GENERATOR_VERSION}`);
  if (kind === 'mix') {
    h.update(`mix${MIX_VERSION}`);
    for (const f of loadMixTexts().files) h.update(readFileSync(f));
  } else for (const f of FIXTURES) h.update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 16);
}

const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));
/** `100k` for the fixture corpora, `mix-20k` for the mix corpora. */
export const corpusLabel = (n: number, kind: CorpusKind = 'fixtures') => (kind === 'mix' ? `mix-${sizeLabel(n)}` : sizeLabel(n));

/** Where a kind of corpus comes from, in one line (the mix says whether ../shared was found). */
export function corpusOrigin(kind: CorpusKind): string {
  return kind === 'mix' ? loadMixTexts().description : 'fixtures (programmes-fr/en, eval/fr-labelled, eval/non-sdg)';
}

export interface CorpusFile {
  readonly path: string;
  readonly kind: CorpusKind;
  /** corpusLabel(rows, kind): `100k`, `mix-20k`. */
  readonly label: string;
  /** For the mix: `shared` or `fixtures` (../shared absent). */
  readonly origin: 'fixtures' | 'shared';
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
export async function ensureCorpusFile(n: number, kind: CorpusKind = 'fixtures'): Promise<CorpusFile> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const label = corpusLabel(n, kind);
  const origin = kind === 'mix' ? loadMixTexts().origin : 'fixtures';
  const path = join(BENCH_DIR, `corpus-${label}.csv`);
  const metaPath = `${path}.meta.json`;
  const hash = inputsHash(kind);
  const id = { path, kind, label, origin, rows: n } as const;
  if (existsSync(path) && existsSync(metaPath)) {
    try {
      const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Pick<CorpusFile, 'rows' | 'bytes' | 'textChars' | 'textBytes'> & { hash: string };
      if (meta.hash === hash && meta.rows === n && statSync(path).size === meta.bytes) {
        return { ...id, bytes: meta.bytes, textChars: meta.textChars, textBytes: meta.textBytes, reused: true, seconds: 0 };
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
  for (const doc of generateDocs(n, kind)) {
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
  writeFileSync(metaPath, JSON.stringify({ hash, kind, origin, rows: n, bytes, textChars, textBytes }));
  return { ...id, bytes, textChars, textBytes, reused: false, seconds: (performance.now() - t0) / 1000 };
}

// `tsx bench/corpus.ts [N...] [mix:N...]` writes the corpora and prints their sizes
// (default: 1k, 10k, 100k, 1M and mix-20k, mix-100k).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const wanted: [number, CorpusKind][] = args.length
    ? args.map((a): [number, CorpusKind] => (a.startsWith('mix:') ? [Number(a.slice(4)), 'mix'] : [Number(a), 'fixtures'])).filter(([n]) => n > 0)
    : [[1000, 'fixtures'], [10_000, 'fixtures'], [100_000, 'fixtures'], [1_000_000, 'fixtures'], [20_000, 'mix'], [100_000, 'mix']];
  for (const [n, kind] of wanted) {
    const f = await ensureCorpusFile(n, kind);
    console.log(`${f.label.padStart(8)}  ${(f.bytes / 1e6).toFixed(1).padStart(7)} MB  ${(f.textChars / n).toFixed(0)} chars/doc  ${f.reused ? 'reused' : `written in ${f.seconds.toFixed(1)} s`}  ${f.path}`);
  }
  if (wanted.some(([, k]) => k === 'mix')) console.log(`mix: ${corpusOrigin('mix')}`);
}
