import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// natural is a devDependency: its stemmers and stopword lists are bundled by deep path
// (never its root, which loads databases and a 34 MB WordNet).
const bundleNatural = [/^natural\//];

/**
 * The compiled model (generated/model-data.cjs, written by `npm run model`) is not bundled into
 * each output: it is one file, dist/model-data.cjs, that the ESM modules (their code is in chunks at
 * the root of dist/), the CJS entry and the CLI share (ESM imports a CommonJS module's exports as its default).
 */
const MODEL_DATA = /(^|\/)generated\/model-data\.cjs$/;
const MODEL_OUT = 'dist/model-data.cjs';
const sharedModel: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'shared-model-data',
  setup(build) {
    build.onResolve({ filter: MODEL_DATA }, () => ({ path: './model-data.cjs', external: true }));
  },
};
const copyModel = async () => {
  mkdirSync('dist', { recursive: true });
  copyFileSync('generated/model-data.cjs', MODEL_OUT);
};

/**
 * The ESM build keeps one file per source module of the browser-safe core, so that a bundler
 * (with the package's `sideEffects: false`) drops the modules an app does not use: importing the
 * taxonomy alone does not pull the engine, the model or the report. Build-time modules (the seed
 * lexicons, the model builder) are left out: the compiled model replaces them.
 */
const BUILD_TIME = [/^src\/cli\//, /^src\/node\//, /^src\/lexicon\/(?!sources\.ts$)/, /^src\/scoring\/model-build\.ts$/, /\.d\.ts$/];
function coreModules(dir = 'src'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, coreModules(path));
    else if (path.endsWith('.ts') && !BUILD_TIME.some((p) => p.test(path))) out[relative('src', path).replace(/\.ts$/, '')] = path;
  }
  return out;
}

/**
 * tsup turns split ESM chunks into CommonJS with sucrase, which also rewrites every `?.` and `??`
 * into a call of a helper taking closures (`_optionalChain`, `_nullishCoalesce`), in the hot loops
 * of the matcher and the CSV parser too. esbuild lowers those operators to plain conditionals
 * first (nothing else: private fields stay native), so that sucrase has nothing left to rewrite.
 * Measured on the mix-20k corpus, the two builds score at the same speed (5.1–7.1 s either way,
 * 3 interleaved runs): V8 inlines the helpers; this keeps the output what the source says.
 */
const lowerForSucrase: Options['esbuildOptions'] = (options) => {
  options.supported = { ...options.supported, 'optional-chain': false, 'nullish-coalescing': false, 'logical-assignment': false };
};

const common: Options = { sourcemap: false, target: 'es2022', platform: 'neutral', noExternal: bundleNatural, external: ['zod', /^zod\//, /^node:/] };

export default defineConfig([
  {
    ...common,
    // ESM: the core module by module, and the Node layer; declarations for the two entries.
    entry: { ...coreModules(), node: 'src/node/index.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
    clean: true,
    splitting: true,
    esbuildPlugins: [sharedModel],
    onSuccess: copyModel,
  },
  {
    ...common,
    // CJS: one file per entry (require() users do not tree-shake).
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['cjs'],
    esbuildOptions: lowerForSucrase,
    dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
    clean: false,
    splitting: true,
    esbuildPlugins: [sharedModel],
    onSuccess: copyModel,
  },
  {
    // The CLI: one file per command, loaded lazily so that `--help` stays fast, and the worker
    // script of `score --workers`. CommonJS (dist/cli.cjs): Node starts no ES-module loader for
    // it and requires the model without lexing its megabyte for export names, 15 ms of `--help`
    // and 25 ms of a one-text `explain` here (bench/startup.ts). tsup splits CommonJS output
    // too; `shims` gives `import.meta.url` (the worker script's location) its value there.
    entry: { cli: 'src/cli/bin.ts', 'score-worker': 'src/cli/score-worker.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    // zod is bundled into the CLI too: one file to load instead of a hundred modules to resolve,
    // a good share of a short run's start-up.
    noExternal: [...bundleNatural, 'zod'],
    splitting: true,
    shims: true,
    esbuildOptions: lowerForSucrase,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [sharedModel],
    onSuccess: copyModel,
  },
]);
