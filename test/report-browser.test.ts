/**
 * The French HTML report in headless Chromium (Debian's, driven over CDP): photographed at 1280 and
 * 390 px, and printed on A4 to PDF, whose pages are turned into PNG (poppler-utils) and whose text
 * shows that no table row is cut across two pages. Skipped without /usr/bin/chromium or pdftoppm.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render/html.js';
import { launchBrowser, type Browser } from './helpers/cdp.js';
import { hasChromium, pngSize } from './helpers/chromium.js';
import { hasPdftoppm, pdfPageCount, pdfToPngs } from './helpers/pdf.js';
import { frenchReport } from './helpers/report.js';

const PDFTOTEXT = '/usr/bin/pdftotext';

/** The text of each page of a PDF (pdftotext separates pages with a form feed). */
function pagesText(pdf: string): string[] {
  const run = spawnSync(PDFTOTEXT, ['-layout', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.split('\f').slice(0, -1);
}

const ready = hasChromium() && hasPdftoppm();

describe.skipIf(!ready)('the French report in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdg-align-report-'));
  const page = join(dir, 'rapport.html');
  let browser: Browser;

  beforeAll(async () => {
    writeFileSync(page, renderHtml(await frenchReport(), { locale: 'fr' }));
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([1280, 390])('is photographed at %i px wide, with no page-wide horizontal scroll', async (width) => {
    const tab = await browser.newPage({ width, height: 900 });
    await tab.goto(pathToFileURL(page).href);
    const overflow = await tab.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBe(0);
    const png = join(dir, `rapport-${width}.png`);
    await tab.screenshot(png, { fullPage: true });
    expect(pngSize(readFileSync(png)).width).toBe(width);
    expect(statSync(png).size).toBeGreaterThan(50_000);
    expect(tab.errors()).toEqual([]);
    await tab.close();
  }, 60_000);

  it('prints on A4: pages as PNG, every table row on one page', async () => {
    const tab = await browser.newPage({ width: 1280, height: 900 });
    await tab.goto(pathToFileURL(page).href);
    // Under print media, rows, cards and figures ask not to be broken.
    await tab.send('Emulation.setEmulatedMedia', { media: 'print' });
    const breaks = await tab.evaluate(`[...document.querySelectorAll('tr')].map((tr) => getComputedStyle(tr).breakInside)`);
    expect(new Set(breaks as string[])).toEqual(new Set(['avoid']));
    await tab.send('Emulation.setEmulatedMedia', { media: '' });

    const pdf = join(dir, 'rapport.pdf');
    await tab.pdf(pdf);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(20);
    const pngs = pdfToPngs(pdf, join(dir, 'pages'));
    expect(pngs).toHaveLength(pages);
    // A4 at 96 dpi: 8.27 × 11.69 in, 794 × 1123 px (±1 px of rounding).
    for (const png of pngs) {
      const { width, height } = pngSize(readFileSync(png));
      expect(Math.abs(width - 794)).toBeLessThanOrEqual(1);
      expect(Math.abs(height - 1123)).toBeLessThanOrEqual(1);
    }

    // Each cell of body row k starts with «Rk<» and ends with «>Rk»: a row cut by a page break has
    // its markers on two pages (header rows repeat on each page of their table, by design).
    await tab.evaluate(`document.querySelectorAll('tbody tr').forEach((tr, k) => tr.querySelectorAll('th, td').forEach((cell) => {
      cell.insertAdjacentText('afterbegin', 'R' + k + '<');
      cell.insertAdjacentText('beforeend', '>R' + k);
    }))`);
    const marked = join(dir, 'marked.pdf');
    await tab.pdf(marked);
    const rowPages = new Map<number, Set<number>>();
    pagesText(marked).forEach((text, p) => {
      for (const m of text.matchAll(/R(\d+)[<>]|>R(\d+)/g)) {
        const row = Number(m[1] ?? m[2]);
        (rowPages.get(row) ?? rowPages.set(row, new Set()).get(row)!).add(p);
      }
    });
    const rows = Number(await tab.evaluate(`document.querySelectorAll('tbody tr').length`));
    expect(rowPages.size).toBe(rows);
    const cut = [...rowPages].filter(([, pages]) => pages.size > 1).map(([row]) => row);
    expect(cut).toEqual([]);
    // The check sees page breaks at all: the rows spread over several pages.
    expect(new Set([...rowPages.values()].flatMap((p) => [...p])).size).toBeGreaterThan(1);
    await tab.close();
  }, 120_000);
});
