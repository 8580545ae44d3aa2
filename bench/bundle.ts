// Bundle size (issue 6, "A light core"; issue 13, "Size and speed"): what a browser app pays for
// the package as users get it. Small virtual entry files import from the built `dist/index.js`
// and are bundled with esbuild's JS API (the copy tsup depends on), minified for the browser;
// sizes are the minified bytes and gzip -9 bytes, with the biggest inputs of esbuild's metafile.
// The same entries are also bundled from `src/index.ts`, for attribution only: dist/index.js is
// one pre-bundled file, so the sources show which module (the model, zod, a data table) pulls
// the bytes in. Then the package itself: `npm pack --dry-run --json` sizes, how many copies of
// the compiled model's big string and of each bundled dependency `dist/` holds, and the offline
// page `dist/app/sdg-align.html` when it exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { buildApp, loadEsbuild } from '../scripts/build-app.js';
import { fmt, fmtInt, log, now, printTable, ROOT, shared, writeJson, BENCH_DIR, type Suite } from './lib.js';

/** 1 KB = 1000 bytes (the stricter reading of the targets). */
const KB = 1000;
const DIST = join(ROOT, 'dist');
const DIST_INDEX = join(DIST, 'index.js');
const SRC_INDEX = join(ROOT, 'src', 'index.ts');
const PAGE = join(DIST, 'app', 'sdg-align.html');
const TOP_INPUTS = 8;

interface Entry {
  readonly id: string;
  readonly name: string;
  /** A user's module: `from` is the path of the package entry to import. */
  readonly code: (from: string) => string;
  /** Target, KB gzipped (issue 6). */
  readonly targetKB?: number;
}

const ENTRIES: readonly Entry[] = [
  {
    id: 'engine',
    name: 'whole engine: createEngine + score + gapReport + renderHtml',
    code: (from) => `import { createEngine, gapReport, renderHtml } from ${from};
export function run(programmes, planType) {
  const engine = createEngine();
  const scored = programmes.map((p) => ({ ...engine.score(p), id: p.id }));
  return renderHtml(gapReport(scored, { planType, threshold: engine.threshold }));
}`,
    targetKB: 250,
  },
  { id: 'goals', name: 'taxonomy alone: goals', code: (from) => `import { goals } from ${from};\nexport const titles = (lang) => goals.map((g) => g[lang].title);`, targetKB: 15 },
  { id: 'getTarget', name: 'taxonomy alone: getTarget', code: (from) => `import { getTarget } from ${from};\nexport const target = (id) => getTarget(id);`, targetKB: 15 },
  { id: 'report', name: 'gapReport + renderHtml alone', code: (from) => `import { gapReport, renderHtml } from ${from};\nexport const report = (scored, planType) => renderHtml(gapReport(scored, { planType }));`, targetKB: 40 },
  { id: 'createEngine', name: 'createEngine alone', code: (from) => `import { createEngine } from ${from};\nexport const engine = (options) => createEngine(options);` },
];

type Esbuild = Awaited<ReturnType<typeof loadEsbuild>>['esbuild'];

export interface BundleInput {
  readonly path: string;
  readonly bytes: number;
}

export interface BundleRow {
  readonly id: string;
  readonly name: string;
  readonly minBytes: number;
  readonly gzipBytes: number;
  readonly targetKB?: number;
  readonly status?: 'met' | 'missed';
  /** Whether the compiled model's string is in the bundle. */
  readonly model: boolean;
  /** Bytes of the output from each package (`dist` for the package's own files). */
  readonly byPackage: Record<string, number>;
  readonly topInputs: readonly BundleInput[];
  /** The same entry bundled from src/index.ts: attribution to source modules. */
  readonly fromSources?: { readonly minBytes: number; readonly gzipBytes: number; readonly topInputs: readonly BundleInput[] };
  readonly seconds: number;
  readonly error?: string;
}

const gzip = (b: Uint8Array | string) => gzipSync(b, { level: 9 }).length;

/** `node_modules/zod/v4/core/schemas.js` → `zod`; `dist/index.js` → `dist`; `src/…` → `src`. */
function packageOf(path: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return m ? m[1]! : path.split('/')[0] ?? path;
}

function topInputs(meta: Metafile): BundleInput[] {
  const out = Object.values(meta.outputs)[0];
  return Object.entries(out?.inputs ?? {})
    .map(([path, v]) => ({ path, bytes: v.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
}

async function bundleEntry(esbuild: Esbuild, entry: Entry, from: string) {
  const r = await esbuild.build({
    stdin: { contents: entry.code(JSON.stringify(from)), resolveDir: ROOT, sourcefile: `entry-${entry.id}.js`, loader: 'js' },
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    outfile: join(ROOT, `entry-${entry.id}.out.js`),
    logLevel: 'silent',
  });
  const file = r.outputFiles[0]!;
  return { bytes: file.contents, inputs: topInputs(r.metafile) };
}

// ---- The compiled model's string and the bundled dependencies in dist/ ---------------------

interface Needle {
  readonly label: string;
  readonly re: RegExp;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What identifies the compiled model in built files: its first three French leaves, one per line
 * (the line breaks written raw, as generated/model-data.cjs stores them, or escaped, as a bundle
 * may rewrite them; not its SHA-256, which the calibration records too), read from
 * generated/model-data.cjs (written by `npm run model`). Update them if the model's storage
 * changes (then the needle matches nothing and the bundle table says so).
 */
export function modelNeedles(): { needles: Needle[]; source: string } {
  const file = join(ROOT, 'generated', 'model-data.cjs');
  let leaves = ['grand pauvret', 'precar emploi', 'precar contractuel'];
  let source = 'fixed fallback (generated/model-data.cjs absent: run npm run model)';
  if (existsSync(file)) {
    leaves = (createRequire(import.meta.url)(file) as { languages: { fr: { leaves: string } } }).languages.fr.leaves.split('\n').slice(0, 3);
    source = 'generated/model-data.cjs';
  }
  return {
    needles: [{ label: `model leaves ${JSON.stringify(leaves.join(' / '))}`, re: new RegExp(leaves.map(escapeRe).join('(?:\\n|\\\\+n)'), 'g') }],
    source,
  };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

export interface DistCopies {
  readonly needleSource: string;
  readonly needles: readonly string[];
  /** Files holding the model's string, with the number of occurrences (the most of the needles) and the file size. */
  readonly modelFiles: readonly { file: string; copies: number; bytes: number }[];
  readonly modelCopies: number;
  /** Packages inlined in dist files (tsup's `// node_modules/PKG/…` module comments): file → modules inlined. */
  readonly inlined: Record<string, readonly { file: string; modules: number; bytes: number }[]>;
  /** Packages left external (imported or required by name). */
  readonly external: Record<string, readonly string[]>;
}

function distCopies(): DistCopies {
  const { needles, source } = modelNeedles();
  const modelFiles: { file: string; copies: number; bytes: number }[] = [];
  const inlined: Record<string, { file: string; modules: number; bytes: number }[]> = {};
  const external: Record<string, string[]> = {};
  // The offline page (dist/app/) carries its own copy by design (one self-contained file): it is sized on its own line.
  for (const path of filesUnder(DIST).filter((f) => /\.(c|m)?js$|\.html$/.test(f) && !relative(DIST, f).startsWith('app/'))) {
    const text = readFileSync(path, 'utf8');
    const file = relative(DIST, path);
    const bytes = statSync(path).size;
    const copies = Math.max(...needles.map((n) => text.match(n.re)?.length ?? 0));
    if (copies) modelFiles.push({ file, copies, bytes });
    const modules = new Map<string, number>();
    for (const m of text.matchAll(/^\/\/ node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)) modules.set(m[1]!, (modules.get(m[1]!) ?? 0) + 1);
    for (const [pkg, count] of modules) (inlined[pkg] ??= []).push({ file, modules: count, bytes });
    // Bare specifiers of import/export statements, require() and import().
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      const bare = /^((?:@[a-z0-9._-]+\/)?[a-z0-9][a-z0-9._-]*)/.exec(spec);
      if (!bare || spec.startsWith('node:') || builtinModules.includes(spec)) continue;
      const pkg = bare[1]!;
      const list = (external[pkg] ??= []);
      if (!list.includes(file)) list.push(file);
    }
  }
  return { needleSource: source, needles: needles.map((n) => n.label), modelFiles, modelCopies: modelFiles.reduce((s, f) => s + f.copies, 0), inlined, external };
}

// ---- npm pack ------------------------------------------------------------------------------

export interface PackInfo {
  readonly ok: boolean;
  readonly packedBytes?: number;
  readonly unpackedBytes?: number;
  readonly files?: number;
  readonly biggest?: readonly { path: string; bytes: number }[];
  readonly error?: string;
}

function packInfo(): PackInfo {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) return { ok: false, error: `npm pack exited with ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n')[0] ?? ''}` };
  try {
    const [info] = JSON.parse(r.stdout) as { size: number; unpackedSize: number; entryCount: number; files: { path: string; size: number }[] }[];
    if (!info) return { ok: false, error: 'npm pack printed no package' };
    const biggest = [...info.files].sort((a, b) => b.size - a.size).slice(0, 5).map((f) => ({ path: f.path, bytes: f.size }));
    return { ok: true, packedBytes: info.size, unpackedBytes: info.unpackedSize, files: info.entryCount, biggest };
  } catch (e) {
    return { ok: false, error: `npm pack output not JSON: ${(e as Error).message}` };
  }
}

// ---- The suite -----------------------------------------------------------------------------

const kb = (bytes: number | undefined, digits = 1) => (bytes === undefined ? '–' : fmt(bytes / KB, digits));
const inputLine = (i: BundleInput) => `${i.path} ${kb(i.bytes)}`;

export interface BundleResults {
  readonly available: boolean;
  readonly reason?: string;
  readonly esbuild?: { version: string; path: string };
  readonly entries: readonly BundleRow[];
  readonly pack: PackInfo;
  readonly dist?: DistCopies;
  readonly page: {
    exists: boolean;
    bytes?: number;
    gzipBytes?: number;
    targetKB: number;
    status?: 'met' | 'missed';
    note?: string;
    /** The script's biggest inputs (a fresh build's esbuild metafile), bytes in the minified output. */
    topInputs?: readonly BundleInput[];
  };
}

export const bundle: Suite = {
  name: 'bundle',
  title: 'Bundle and package size',
  needsCorpora: false,
  async run() {
    const pack = packInfo();
    const pageTargetKB = 400;
    const page: { -readonly [K in keyof BundleResults['page']]: BundleResults['page'][K] } = existsSync(PAGE)
      ? (() => {
          const b = readFileSync(PAGE);
          const g = gzip(b);
          return { exists: true, bytes: b.length, gzipBytes: g, targetKB: pageTargetKB, status: g <= pageTargetKB * KB ? ('met' as const) : ('missed' as const) };
        })()
      : { exists: false, targetKB: pageTargetKB, note: `${relative(ROOT, PAGE)} absent (the offline page of issue 13 is not built yet): skipped` };
    if (!existsSync(DIST_INDEX)) {
      const out: BundleResults = { available: false, reason: `${DIST_INDEX} not found (run npm run build)`, entries: [], pack, page };
      console.log(`\nBundle size: not measured — ${out.reason}`);
      shared.set('bundle', out);
      writeJson('bundle', out);
      return out;
    }
    const { esbuild, path: esbuildPath } = await loadEsbuild();
    const entries: BundleRow[] = [];
    const dist = distCopies();
    const modelRe = modelNeedles().needles.map((n) => new RegExp(n.re.source));
    try {
      for (const e of ENTRIES) {
        const t0 = now();
        try {
          const built = await bundleEntry(esbuild, e, DIST_INDEX);
          const text = new TextDecoder().decode(built.bytes);
          const gz = gzip(built.bytes);
          const byPackage: Record<string, number> = {};
          for (const i of built.inputs) if (!i.path.startsWith('entry-')) byPackage[packageOf(i.path)] = (byPackage[packageOf(i.path)] ?? 0) + i.bytes;
          let fromSources: BundleRow['fromSources'];
          try {
            const src = await bundleEntry(esbuild, e, SRC_INDEX);
            fromSources = { minBytes: src.bytes.length, gzipBytes: gzip(src.bytes), topInputs: src.inputs.slice(0, TOP_INPUTS) };
          } catch (err) {
            log(`bundle ${e.id} from sources failed: ${(err as Error).message.split('\n')[0]}`);
          }
          entries.push({
            id: e.id,
            name: e.name,
            minBytes: built.bytes.length,
            gzipBytes: gz,
            ...(e.targetKB !== undefined ? { targetKB: e.targetKB, status: gz <= e.targetKB * KB ? ('met' as const) : ('missed' as const) } : {}),
            model: modelRe.some((re) => re.test(text)),
            byPackage: Object.fromEntries(Object.entries(byPackage).sort((a, b) => b[1] - a[1])),
            topInputs: built.inputs.slice(0, TOP_INPUTS),
            ...(fromSources ? { fromSources } : {}),
            seconds: (now() - t0) / 1000,
          });
        } catch (err) {
          entries.push({ id: e.id, name: e.name, minBytes: NaN, gzipBytes: NaN, ...(e.targetKB !== undefined ? { targetKB: e.targetKB } : {}), model: false, byPackage: {}, topInputs: [], seconds: (now() - t0) / 1000, error: (err as Error).message.split('\n')[0] ?? String(err) });
        }
      }
    } finally {
      await esbuild.stop();
    }

    printTable(
      `Browser bundles of dist/index.js (esbuild ${esbuild.version}: bundle, minify, platform browser, ESM; gzip -9; 1 KB = 1000 bytes)`,
      ['entry', 'min KB', 'gzip KB', 'target gzip KB', 'status', 'model', 'by package (KB of output)'],
      entries.map((r) => [
        r.name,
        kb(r.minBytes),
        kb(r.gzipBytes),
        r.targetKB === undefined ? '–' : `≤ ${r.targetKB}`,
        r.error ? `FAILED: ${r.error}` : (r.status ?? '–'),
        r.model ? 'yes' : 'no',
        Object.entries(r.byPackage)
          .slice(0, 4)
          .map(([p, b]) => `${p} ${kb(b, 0)}`)
          .join(', '),
      ]),
      [
        `entries import from ${relative(ROOT, DIST_INDEX)} (as users get it); "model": the compiled model's string is in the bundle. esbuild: ${esbuildPath}.`,
        'The attribution column below bundles the same entry from src/: there, unused modules are dropped whole (package.json "sideEffects": false),',
        'while dist/index.js is one file whose module-level code (zod schemas built at load) stays: a gap between the two columns is what the build layout costs.',
      ].join('\n'),
    );
    for (const r of entries.filter((x) => !x.error)) {
      const src = r.fromSources?.topInputs ?? [];
      printTable(
        `Biggest inputs, ${r.name} (KB in the minified output)`,
        ['#', `bundled from dist (${kb(r.minBytes)} KB)`, `same entry from src, attribution (${kb(r.fromSources?.minBytes)} KB, gzip ${kb(r.fromSources?.gzipBytes)} KB)`],
        Array.from({ length: Math.max(r.topInputs.length, src.length) }, (_, i) => [String(i + 1), r.topInputs[i] ? inputLine(r.topInputs[i]!) : '', src[i] ? inputLine(src[i]!) : '']),
      );
    }

    const copies = Object.entries(dist.inlined).map(([pkg, files]) => [pkg, 'inlined', files.map((f) => `${f.file} (${f.modules} modules)`).join(', ')]);
    const ext = Object.entries(dist.external).map(([pkg, files]) => [pkg, 'imported by name', files.join(', ')]);
    printTable(
      'The package: npm pack --dry-run, and copies in dist/',
      ['item', 'figure', 'detail'],
      [
        ['npm pack', pack.ok ? `${kb(pack.packedBytes)} KB packed, ${kb(pack.unpackedBytes)} KB unpacked, ${fmtInt(pack.files)} files` : `FAILED: ${pack.error}`, (pack.biggest ?? []).map((f) => `${f.path} ${kb(f.bytes, 0)}`).join(', ')],
        ['compiled model in dist/', `${dist.modelCopies} copies`, dist.modelFiles.map((f) => `${f.file} ×${f.copies} (${kb(f.bytes, 0)} KB)`).join(', ') || 'not found (update the needles in bench/bundle.ts if the encoding changed)'],
        ...copies.map(([p, k, d]) => [`${p} in dist/`, k!, d!]),
        ...ext.map(([p, k, d]) => [`${p} in dist/`, k!, d!]),
        ['offline page', page.exists ? `${kb(page.bytes)} KB, gzip ${kb(page.gzipBytes)} KB (target ≤ ${page.targetKB}): ${page.status}` : 'skipped', page.exists ? relative(ROOT, PAGE) : page.note!],
      ],
      `model found by: ${dist.needles.join('; ')} (from ${dist.needleSource}); inlined packages: tsup's "// node_modules/PKG/…" module comments.`,
    );
    if (page.exists) {
      // What the page's script is made of: the same build into the bench folder, with its metafile.
      try {
        const fresh = await buildApp({ out: join(BENCH_DIR, 'sdg-align.html') });
        page.topInputs = fresh.inputs.slice(0, TOP_INPUTS);
        printTable(
          `Biggest inputs of the offline page's script (KB in the minified output; the page: ${kb(page.bytes)} KB, gzip ${kb(page.gzipBytes)} KB)`,
          ['#', 'input'],
          page.topInputs.map((input, i) => [String(i + 1), inputLine(input)]),
          fresh.gzipBytes === page.gzipBytes ? undefined : `note: a fresh build is ${kb(fresh.gzipBytes)} KB gzipped, ${relative(ROOT, PAGE)} ${kb(page.gzipBytes)} KB: rebuild it (npm run app).`,
        );
      } catch (err) {
        log(`bundle: building the offline page failed: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    const out: BundleResults = { available: true, esbuild: { version: esbuild.version, path: esbuildPath }, entries, pack, dist, page };
    shared.set('bundle', out);
    writeJson('bundle', out);
    return out;
  },
};
