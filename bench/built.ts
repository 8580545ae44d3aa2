// The library as users get it: the built dist/index.js (`npm run bench` builds first), not the
// TypeScript sources through tsx. Imported by path at run time, so that the type check (which runs
// before any build) does not need dist/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './corpus.js';

type Library = typeof import('../src/index.js');

const DIST = join(ROOT, 'dist', 'index.js');
if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run build (npm run bench does it).`);

export const library: Library = (await import(pathToFileURL(DIST).href)) as Library;
