import { copyFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * The compiled model (generated/model-data.cjs, written by `npm run model`) is not bundled into
 * each output: every import of it becomes `./model-data.cjs`, one file in dist/ that the ESM entry,
 * the CJS entry and the CLI share (ESM imports a CommonJS module's exports as its default).
 */
const MODEL_DATA = /(^|\/)generated\/model-data\.cjs$/;
const sharedModel: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'shared-model-data',
  setup(build) {
    build.onResolve({ filter: MODEL_DATA }, () => ({ path: './model-data.cjs', external: true }));
  },
};
const copyModel = async () => copyFileSync('generated/model-data.cjs', 'dist/model-data.cjs');

// natural is a devDependency: its stemmers and stopword lists are bundled by deep path
// (never its root, which loads databases and a 34 MB WordNet).
const bundleNatural = [/^natural\//];

export default defineConfig([
  {
    // Library entries: the browser-safe core and the Node layer, ESM + CJS with declarations.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundleNatural,
    external: ['zod', /^node:/],
    splitting: true,
    treeshake: true,
    esbuildPlugins: [sharedModel],
    onSuccess: copyModel,
  },
  {
    // The CLI: one ESM file per command, loaded lazily so that `--help` stays fast, and the
    // worker script of `score --workers`.
    entry: { cli: 'src/cli/bin.ts', 'score-worker': 'src/cli/score-worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    // zod is bundled into the CLI too: one file to load instead of a hundred
    // modules to resolve, a good share of a short run's start-up.
    noExternal: [...bundleNatural, 'zod'],
    splitting: true,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [sharedModel],
    onSuccess: copyModel,
  },
]);
