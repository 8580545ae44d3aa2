/**
 * Regenerates docs/report-screenshot.png, the README's picture of an HTML gap report: the
 * twelve PCAET actions of fixtures/programmes-fr.csv, scored by the default engine, rendered
 * in French and photographed by headless Chromium.
 *
 *   npx tsx scripts/screenshot-report.ts [--out docs/report-screenshot.png] [--html report.html]
 *
 * Needs /usr/bin/chromium (.ci/run installs it).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderHtml } from '../src/render/html.js';
import { gapReport, scorePlan } from '../src/report/index.js';
import { createEngine } from '../src/scoring/engine.js';
import { hasChromium, pngSize, screenshot } from '../test/helpers/chromium.js';
import { asProgramme, frenchProgrammes } from '../test/helpers/fixtures.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const out = resolve(root, argument('--out') ?? 'docs/report-screenshot.png');
const htmlOut = argument('--html');

if (!hasChromium()) {
  console.error('screenshot-report: /usr/bin/chromium not found (apt-get install -y chromium).');
  process.exit(2);
}

const programmes = frenchProgrammes()
  .filter((row) => row.plan_type === 'pcaet')
  .map(asProgramme);
const report = gapReport(scorePlan(createEngine(), programmes), { planType: 'pcaet' });
const html = renderHtml(report, { locale: 'fr' });

const dir = mkdtempSync(join(tmpdir(), 'sdg-align-screenshot-'));
try {
  const page = join(dir, 'report.html');
  writeFileSync(page, html);
  if (htmlOut) writeFileSync(resolve(htmlOut), html);
  mkdirSync(dirname(out), { recursive: true });
  const run = screenshot(page, out, 1200, 1600);
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const { width, height } = pngSize(readFileSync(out));
  console.log(`wrote ${out} (${width}×${height})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
