/**
 * Regenerates docs/report-screenshot.png, the README's picture of the HTML gap report: the
 * French report of the twelve PCAET actions of fixtures/programmes-fr.csv (test/helpers/report.ts:
 * scored by the default engine, reviewed by a person, for a named collectivité and date),
 * photographed by headless Chromium over CDP at 1280 px wide.
 *
 *   npx tsx scripts/screenshot-report.ts [--out docs/report-screenshot.png] [--html rapport.html] [--height 1500]
 *
 * Needs /usr/bin/chromium (.ci/run installs it).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderHtml } from '../src/render/html.js';
import { launchBrowser } from '../test/helpers/cdp.js';
import { hasChromium, pngSize } from '../test/helpers/chromium.js';
import { frenchReport } from '../test/helpers/report.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const out = resolve(root, argument('--out') ?? 'docs/report-screenshot.png');
const htmlOut = argument('--html');
const height = Number(argument('--height') ?? 1500);

if (!hasChromium()) {
  console.error('screenshot-report: /usr/bin/chromium not found (apt-get install -y chromium).');
  process.exit(2);
}

const html = renderHtml(await frenchReport(), { locale: 'fr' });
const dir = mkdtempSync(join(tmpdir(), 'sdg-align-screenshot-'));
const browser = await launchBrowser();
try {
  const page = join(dir, 'rapport.html');
  writeFileSync(page, html);
  if (htmlOut) writeFileSync(resolve(htmlOut), html);
  mkdirSync(dirname(out), { recursive: true });
  const tab = await browser.newPage({ width: 1280, height });
  await tab.goto(pathToFileURL(page).href);
  await tab.screenshot(out);
  const { width, height: h } = pngSize(readFileSync(out));
  console.log(`wrote ${out} (${width}×${h})`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
