import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, type Page, type Viewport, waitUntil } from './helpers/cdp.js';
import { hasChromium, pngSize } from './helpers/chromium.js';
import { hasPdftoppm, pdfPageCount, pdfToPngs } from './helpers/pdf.js';

/** What the page's download button saves: non-ASCII on purpose, to compare bytes, not strings. */
const CSV = 'odd;score\n13;0,42\nQualité de l’air;✓\n';

/** A tiny stand-in for the offline app: a textarea that reacts, a file input, a Blob download, a Blob worker. */
const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>cdp test</title>
<style>body { margin: 0; font: 16px sans-serif } textarea { width: 100%; box-sizing: border-box } #tall { height: 2000px }</style>
</head><body>
<textarea id="text" rows="4"></textarea>
<p id="count">0 mots</p>
<input type="file" id="file">
<pre id="file-content"></pre>
<button id="download">Télécharger</button>
<button id="boom">Erreur</button>
<p id="worker"></p>
<p id="keys"></p>
<div id="tall"></div>
<script>
const $ = (id) => document.getElementById(id);
$('text').addEventListener('input', () => {
  $('count').textContent = $('text').value.trim().split(/\\s+/).filter(Boolean).length + ' mots';
});
$('file').addEventListener('change', () => {
  const file = $('file').files[0];
  const reader = new FileReader();
  reader.onload = () => { $('file-content').textContent = file.name + ':' + reader.result; };
  reader.readAsText(file);
});
$('download').addEventListener('click', () => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([${JSON.stringify(CSV)}], { type: 'text/csv;charset=utf-8' }));
  a.download = 'matrice.csv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
$('boom').addEventListener('click', () => { setTimeout(() => { throw new Error('sdg-boom'); }); });
document.addEventListener('keydown', (e) => { $('keys').textContent += e.key + ' '; });
const worker = new Worker(URL.createObjectURL(new Blob(['onmessage = (e) => postMessage(e.data * 2)'], { type: 'text/javascript' })));
worker.onmessage = (e) => { $('worker').textContent = 'worker:' + e.data; };
worker.onerror = () => { $('worker').textContent = 'worker-error'; };
worker.postMessage(21);
console.log('page ready', 42);
</script>
</body></html>`;

const text = (id: string) => `document.getElementById(${JSON.stringify(id)}).textContent`;

/** Processes whose process group is Chromium's (it leads its own group, see launchBrowser). */
function groupMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // /proc/PID/stat: "pid (comm) state ppid pgrp …"; comm may hold spaces, so split after ')'.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(pgrp) === pgid && state !== 'Z';
      } catch {
        return false; // exited while we looked
      }
    })
    .map(Number);
}

describe.skipIf(!hasChromium())('CDP client (headless Chromium over a pipe)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdg-align-cdp-test-'));
  const pageFile = join(dir, 'page.html');
  const pageUrl = pathToFileURL(pageFile).href;
  let browser: Browser;

  beforeAll(async () => {
    writeFileSync(pageFile, PAGE);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(viewport: Viewport = { width: 1280, height: 800 }): Promise<Page> {
    const page = await browser.newPage(viewport);
    await page.goto(pageUrl);
    return page;
  }

  it('opens a file:// page, runs its script and a Blob-URL worker, and collects console messages', async () => {
    const page = await open();
    expect(await page.evaluate('location.href')).toBe(pageUrl);
    expect(await page.waitFor(text('worker'))).toBe('worker:42');
    expect(page.consoleMessages()).toContainEqual({ type: 'log', text: 'page ready 42' });
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('types text and reads the DOM the page updated', async () => {
    const page = await open();
    await page.type('#text', 'Qualité de l’air près des écoles');
    expect(await page.waitFor(`${text('count')} === '6 mots' && ${text('count')}`)).toBe('6 mots');
    expect(await page.evaluate((id: string) => (document.getElementById(id) as HTMLTextAreaElement).value, 'text')).toBe('Qualité de l’air près des écoles');
    await page.close();
  });

  it('loads a file into <input type=file> that the page reads with FileReader', async () => {
    const page = await open();
    const file = join(dir, 'plan.txt');
    writeFileSync(file, 'Plan climat : rénovation énergétique');
    await page.setFileInput('#file', [file]);
    expect(await page.waitFor(text('file-content'))).toBe('plan.txt:Plan climat : rénovation énergétique');
    await page.close();
  });

  it('clicks a button that saves a Blob through <a download>, and reads the bytes', async () => {
    const page = await open();
    await page.click('#download');
    const download = await page.waitForDownload();
    expect(download.suggestedFilename).toBe('matrice.csv');
    expect(download.bytes.equals(Buffer.from(CSV, 'utf8'))).toBe(true);
    expect(readFileSync(download.path).equals(download.bytes)).toBe(true);
    expect(download.path.startsWith(browser.downloadDir)).toBe(true);
    await page.close();
  });

  it('moves focus with Tab / Shift+Tab and activates a button with Enter (keyboard only)', async () => {
    const page = await open();
    const active = 'document.activeElement.id';
    await page.type('#text', ''); // focuses the textarea
    expect(await page.evaluate(active)).toBe('text');
    await page.press('Tab');
    expect(await page.evaluate(active)).toBe('file');
    await page.press('Tab');
    expect(await page.evaluate(active)).toBe('download');
    await page.press('Shift+Tab');
    expect(await page.evaluate(active)).toBe('file');
    await page.press('Tab');
    await page.press('Enter');
    expect((await page.waitForDownload()).bytes.toString('utf8')).toBe(CSV);
    await page.press('Escape');
    expect(await page.evaluate(text('keys'))).toBe('Tab Tab Tab Tab Enter Escape ');
    await expect(page.press('F13')).rejects.toThrow(/unknown key F13/);
    await page.close();
  });

  it.each([390, 1280])('takes a %i px wide screenshot, of the viewport and of the full page', async (width) => {
    const page = await open({ width, height: 700 });
    const viewport = await page.screenshot(join(dir, `shot-${width}.png`));
    expect(pngSize(viewport)).toEqual({ width, height: 700 });
    expect(pngSize(readFileSync(join(dir, `shot-${width}.png`)))).toEqual({ width, height: 700 });
    const full = pngSize(await page.screenshot(join(dir, `full-${width}.png`), { fullPage: true }));
    expect(full.width).toBe(width);
    expect(full.height).toBeGreaterThan(2000); // the 2000 px block plus the controls
    expect(await page.evaluate('innerWidth')).toBe(width); // the layout saw that width too
    await page.close();
  });

  it('prints to an A4 PDF', async () => {
    const page = await open();
    const pdf = await page.pdf(join(dir, 'page.pdf'), { format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(join(dir, 'page.pdf')).equals(pdf)).toBe(true);
    await page.close();
  });

  it.skipIf(!hasPdftoppm())('turns the PDF into one PNG per A4 page with pdftoppm', async () => {
    const page = await open();
    const pdfPath = join(dir, 'pages.pdf');
    await page.pdf(pdfPath); // A4 by default; the 2000 px block needs more than one page
    const count = pdfPageCount(pdfPath);
    expect(count).toBeGreaterThan(1);
    const pngs = pdfToPngs(pdfPath, join(dir, 'pdf-pages'), 96);
    expect(pngs).toHaveLength(count);
    expect(pngs[0]).toMatch(/page-0?1\.png$/);
    for (const png of pngs) {
      const size = pngSize(readFileSync(png));
      expect(Math.abs(size.width - 794)).toBeLessThanOrEqual(1); // 8.27 in × 96 dpi
      expect(Math.abs(size.height - 1123)).toBeLessThanOrEqual(1); // 11.69 in × 96 dpi
    }
    expect(() => pdfPageCount(join(dir, 'missing.pdf'))).toThrow(/pdfinfo/);
    await page.close();
  });

  it('reports page errors: uncaught in the page, and thrown inside evaluate', async () => {
    const page = await open();
    await page.click('#boom');
    const error = await waitUntil(() => page.errors().find((e) => e.includes('sdg-boom')), { label: 'the sdg-boom page error' });
    expect(error).toMatch(/^Error: sdg-boom/);
    await expect(page.evaluate('nothing.here')).rejects.toThrow(/page threw: ReferenceError: nothing is not defined/);
    await expect(page.evaluate(async () => { throw new Error('async failure'); })).rejects.toThrow(/page threw: Error: async failure/);
    await expect(page.click('#absent')).rejects.toThrow(/no element matches #absent/);
    await page.close();
  });

  it('names what it waited for when a wait times out', async () => {
    const page = await open();
    await expect(page.waitFor('document.title === "never"', { timeoutMs: 300 })).rejects.toThrow(/timed out after 300 ms waiting for document\.title === "never"/);
    await expect(page.waitFor(() => false, { timeoutMs: 200, label: 'the results table' })).rejects.toThrow(/waiting for the results table/);
    await expect(page.waitForDownload({ timeoutMs: 200 })).rejects.toThrow(/waiting for a download to begin/);
    await page.close();
  });

  it('close() ends every Chromium process, removes the profile, and can be called twice', async () => {
    const own = await launchBrowser();
    const page = await own.newPage({ width: 390, height: 600 });
    await page.goto(pageUrl); // a renderer and a worker are running too
    expect(existsSync(own.profileDir)).toBe(true);
    expect(groupMembers(own.pid).length).toBeGreaterThan(1);
    await own.close();
    await own.close();
    expect(groupMembers(own.pid)).toEqual([]);
    expect(() => process.kill(own.pid, 0)).toThrow(/ESRCH/);
    expect(existsSync(own.profileDir)).toBe(false);
    await expect(page.evaluate('1')).rejects.toThrow(/Chromium exited/);
  });
});
