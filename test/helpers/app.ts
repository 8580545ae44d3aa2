/** The offline page for the browser tests: built when missing or older than its sources (as cli.ts builds dist/). */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_PAGE, buildApp } from '../../scripts/build-app.js';
import { newest, ROOT } from './cli.js';

export { APP_PAGE };

/** Builds dist/app/sdg-align.html when it is missing or older than app/, src/, package.json or the build script. */
export async function ensureAppBuilt(): Promise<string> {
  const sources = Math.max(newest(join(ROOT, 'app')), newest(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs, statSync(join(ROOT, 'scripts', 'build-app.ts')).mtimeMs);
  if (!existsSync(APP_PAGE) || statSync(APP_PAGE).mtimeMs < sources) await buildApp();
  return APP_PAGE;
}

/** The page's file:// address, with `hash` (`#text=…`) and `search` (`?worker=0`). */
export const appUrl = (hash = '', search = ''): string => `${pathToFileURL(APP_PAGE).href}${search}${hash}`;
