/**
 * Builds the offline page: ONE self-contained file, dist/app/sdg-align.html. esbuild bundles
 * app/src/main.ts (which imports the library's own core from src/) for the browser as one classic
 * script; it and the minified app/src/style.css are inlined into app/index.html, under a
 * Content-Security-Policy that forbids every fetch and connection (the script is allowed by its
 * hash, the page's Web Worker by `worker-src blob:`). The worker runs the same script, started
 * from a Blob of its text, so the model ships once.
 *
 *   npx tsx scripts/build-app.ts [--out FILE] [--metafile FILE] [--quiet]
 *
 * Fails when the bundle pulls in what a browser page must not carry (a node: module, classic zod,
 * ml-matrix, the root of natural) or when the script could end its <script> element early.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const APP_PAGE = join(ROOT, 'dist', 'app', 'sdg-align.html');
const ENTRY = join(ROOT, 'app', 'src', 'main.ts');
const TEMPLATE = join(ROOT, 'app', 'index.html');
const STYLE = join(ROOT, 'app', 'src', 'style.css');

/** Inputs a browser page must not bundle: Node modules, classic zod (and its locales), the fitting maths, natural's root. */
const FORBIDDEN_INPUTS: readonly [RegExp, string][] = [
  [/^node:|(^|\/)node_modules\/@types\/node\//, 'a Node module'],
  [/node_modules\/zod\/v4\/classic\//, "classic zod (use 'zod/mini')"],
  [/node_modules\/ml-matrix\//, 'ml-matrix (build-time fitting)'],
  [/node_modules\/natural\/(index\.js|lib\/natural\/index\.js)$/, "natural's root (databases, WordNet)"],
  [/(^|\/)src\/(cli|node)\//, 'the CLI or the Node layer'],
];

export type Esbuild = typeof import('esbuild');

/**
 * The catalogue's `cli` section (the CLI's help, progress and error lines, about 8 KB gzipped)
 * is never read by the page: the build leaves it out of `src/locales/{fr,en}.ts`, as bundlers
 * prune unused locales, and puts in its place an object that throws if anything ever reads it
 * (the browser tests would see that page error). The build fails if the section is not found.
 */
const CLI_SECTION = /\n(export )?const (fr|en)Cli: CliMessages = \{\n[\s\S]*?\n\};\n/;
const pruneCliMessages: import('esbuild').Plugin = {
  name: 'prune-cli-messages',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]locales[\\/](fr|en)\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const found = CLI_SECTION.exec(source);
      if (!found) throw new Error(`build-app: no "const ${/fr\.ts$/.test(args.path) ? 'fr' : 'en'}Cli: CliMessages = {…};" in ${relative(ROOT, args.path)}: update pruneCliMessages`);
      const stub = `\n${found[1] ?? ''}const ${found[2]}Cli = new Proxy({}, { get(_, key) { throw new Error('the offline page has no CLI message ' + String(key)); } }) as CliMessages;\n`;
      return { contents: source.replace(CLI_SECTION, stub), loader: 'ts' };
    });
  },
};

/** esbuild as tsup resolves it (the copy tsup depends on: no dependency of our own to keep in step). */
export async function loadEsbuild(): Promise<{ esbuild: Esbuild; path: string }> {
  const fromTsup = createRequire(join(ROOT, 'node_modules', 'tsup', 'package.json'));
  const path = fromTsup.resolve('esbuild');
  return { esbuild: (await import(pathToFileURL(path).href)) as Esbuild, path: relative(ROOT, path) };
}

/**
 * The page's policy. Nothing is fetched: `default-src 'none'` covers connect, font, frame, media,
 * object and manifest loads; the one script is allowed by its SHA-256; styles inline (the report's
 * cells carry `style` attributes); images only as data: URLs; the worker only from a Blob URL.
 */
export const pageCsp = (scriptHash: string): string =>
  `default-src 'none'; script-src '${scriptHash}'; style-src 'unsafe-inline'; img-src data:; worker-src blob:; base-uri 'none'; form-action 'none'`;

export interface AppBuild {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly scriptBytes: number;
  readonly cssBytes: number;
  /** Inputs of the script, biggest first (bytes in the minified output). */
  readonly inputs: readonly { path: string; bytes: number }[];
  readonly metafile: Metafile;
}

export async function buildApp(options: { out?: string; metafile?: string } = {}): Promise<AppBuild> {
  const out = options.out ?? APP_PAGE;
  const { esbuild } = await loadEsbuild();
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  try {
    const built = await esbuild.build({
      entryPoints: [ENTRY],
      absWorkingDir: ROOT,
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: ['es2022', 'chrome100', 'firefox100', 'safari15.4'],
      charset: 'utf8',
      legalComments: 'none',
      define: { __SDG_ALIGN_VERSION__: JSON.stringify(version) },
      plugins: [pruneCliMessages],
      write: false,
      metafile: true,
      outfile: join(ROOT, 'dist', 'app', 'main.js'),
      logLevel: 'warning',
    });
    const script = built.outputFiles[0]!.text.trimEnd();
    const inputs = Object.entries(Object.values(built.metafile.outputs)[0]!.inputs)
      .map(([path, v]) => ({ path, bytes: v.bytesInOutput }))
      .filter((i) => i.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes);
    const bad = inputs.flatMap((i) => FORBIDDEN_INPUTS.filter(([re]) => re.test(i.path)).map(([, what]) => `${i.path}: ${what}`));
    if (bad.length) throw new Error(`build-app: the page must not bundle:\n  ${bad.join('\n  ')}`);
    // Inside <script>, only "</script" and "<!--" change how the HTML parser reads the text.
    if (/<\/script|<!--/i.test(script)) throw new Error('build-app: the bundle holds "</script" or "<!--", which would end or confuse its <script> element');

    const css = (await esbuild.transform(readFileSync(STYLE, 'utf8'), { loader: 'css', minify: true, target: ['chrome100', 'firefox100', 'safari15.4'] })).code.trimEnd();
    const hash = `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
    const template = readFileSync(TEMPLATE, 'utf8');
    // Function replacers: `$` sequences in the script must stay as they are.
    const html = template
      .replace('%CSP%', () => pageCsp(hash))
      .replace('%VERSION%', () => version)
      .replace('%CSS%', () => css)
      .replace('%JS%', () => script);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
    if (options.metafile) writeFileSync(options.metafile, JSON.stringify(built.metafile));
    const bytes = Buffer.byteLength(html);
    return { file: out, bytes, gzipBytes: gzipSync(html, { level: 9 }).length, scriptBytes: Buffer.byteLength(script), cssBytes: Buffer.byteLength(css), inputs, metafile: built.metafile };
  } finally {
    await esbuild.stop();
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const quiet = process.argv.includes('--quiet');
  const outArg = arg('--out');
  const metaArg = arg('--metafile');
  buildApp({ ...(outArg ? { out: resolve(outArg) } : {}), ...(metaArg ? { metafile: resolve(metaArg) } : {}) }).then(
    (b) => {
      if (quiet) return;
      const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
      console.log(`${relative(process.cwd(), b.file)}: ${kb(b.bytes)}, ${kb(b.gzipBytes)} gzipped (script ${kb(b.scriptBytes)}, CSS ${kb(b.cssBytes)})`);
      for (const i of b.inputs.slice(0, 8)) console.log(`  ${kb(i.bytes).padStart(9)}  ${i.path}`);
    },
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
