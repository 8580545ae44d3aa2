import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render/html.js';
import { gapReport, scorePlan } from '../src/report/index.js';
import { createEngine } from '../src/scoring/engine.js';
import { dumpDom, hasChromium, pngSize, runChromium, screenshot } from './helpers/chromium.js';
import { asProgramme, frenchProgrammes } from './helpers/fixtures.js';

/**
 * The harness copy gets one inline script (the shipped page has none, and its CSP would block
 * it, so the copy drops the CSP meta): after load it measures the page and writes the figures
 * into document.title, which `--dump-dom` then shows.
 */
const PROBE = `<script>
window.__errors = 0;
window.addEventListener('error', function () { window.__errors++; });
window.addEventListener('load', function () {
  var segments = document.querySelectorAll('.sdg-segment');
  var drawn = 0;
  segments.forEach(function (s) { var b = s.getBBox(); if (b.width > 1 && b.height > 1) drawn++; });
  var wheel = document.querySelector('.sdg-wheel').getBoundingClientRect();
  window.parent.document.title = 'PROBE segments=' + segments.length + ' drawn=' + drawn + ' scripts=' + document.scripts.length +
    ' imgs=' + document.images.length + ' errors=' + window.__errors +
    ' overflow=' + (document.documentElement.scrollWidth - window.innerWidth) + ' wheel=' + Math.round(wheel.width) + ' viewport=' + window.innerWidth;
});
</script>`;

function probe(html: string): string {
  return html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '').replace('</body>', `${PROBE}\n</body>`);
}

/**
 * Headless Chromium will not make a window narrower than 500 px (screenshots are cropped
 * instead), so the phone layout is measured in a 360 px wide `srcdoc` iframe: its media queries
 * see a 360 px viewport, and being same-origin it can write into the outer page's title.
 */
function inPhoneFrame(html: string): string {
  const srcdoc = html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html><head><meta charset="utf-8"><title>frame</title></head><body style="margin:0"><iframe style="width:360px;height:1600px;border:0" srcdoc="${srcdoc}"></iframe></body></html>`;
}

const probeFigures = (dom: string): Record<string, number> => {
  const title = /<title>PROBE ([^<]*)<\/title>/.exec(dom)?.[1];
  if (!title) throw new Error(`no probe result in the DOM:\n${dom.slice(0, 500)}`);
  return Object.fromEntries(title.split(' ').map((pair) => pair.split('=')).map(([k, v]) => [k!, Number(v)]));
};

if (!hasChromium()) {
  describe('renderHtml in Chromium', () => {
    it.skip('needs /usr/bin/chromium (not installed here; .ci/run installs it)', () => {});
  });
} else {
  describe('renderHtml in Chromium', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdg-align-html-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    // A real report: the fixture PCAET scored by the engine, plus a programme whose title is markup.
    const programmes = frenchProgrammes().filter((row) => row.plan_type === 'pcaet').map(asProgramme);
    programmes.push({ id: 'PCAET-XSS', title: '<script>alert(1)</script>', text: '<img src=x onerror="alert(2)"> Qualité de l’air : capteurs de particules fines près des écoles.' });
    const report = gapReport(scorePlan(createEngine(), programmes), { planType: 'pcaet' });
    const html = renderHtml(report, { locale: 'fr' });
    const page = join(dir, 'report.html');
    writeFileSync(page, html);

    it('loads the shipped page with 17 wheel segments and no console message', () => {
      const run = dumpDom(page);
      expect(run.status).toBe(0);
      expect(run.stdout.match(/<path class="sdg-segment"/g)).toHaveLength(17);
      expect(run.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(run.stdout).not.toContain('<script');
      // A CSP violation (something trying to load) or a script error would be logged here.
      expect(run.console).toEqual([]);
    });

    it('notices console errors (the check above can fail)', () => {
      const bad = join(dir, 'bad.html');
      writeFileSync(bad, '<!doctype html><title>x</title><script>console.error("sdg-align-probe-error")</script>');
      const run = runChromium(bad, ['--dump-dom']);
      expect(run.console.join('\n')).toContain('sdg-align-probe-error');
    });

    it('draws all 17 segments, runs no user script and fits a 1200 px window', () => {
      const harness = join(dir, 'probe.html');
      writeFileSync(harness, probe(html));
      const figures = probeFigures(runChromium(harness, ['--dump-dom', '--virtual-time-budget=2000', '--window-size=1200,1600']).stdout);
      expect(figures).toMatchObject({ segments: 17, drawn: 17, scripts: 1, imgs: 0, errors: 0, overflow: 0 });
      expect(figures.wheel).toBeGreaterThan(250);
    });

    it('fits a 360 px phone: no page-wide horizontal scroll, the wheel shrinks', () => {
      const harness = join(dir, 'probe-360.html');
      writeFileSync(harness, inPhoneFrame(probe(html)));
      const figures = probeFigures(runChromium(harness, ['--dump-dom', '--virtual-time-budget=2000', '--window-size=800,1600']).stdout);
      expect(figures).toMatchObject({ segments: 17, drawn: 17, errors: 0, overflow: 0, viewport: 360 });
      expect(figures.wheel).toBeLessThanOrEqual(360);
      expect(figures.wheel).toBeGreaterThan(200);
    });

    it.each([
      [1200, 1600],
      [360, 1600],
    ])('takes a non-trivial %i×%i screenshot', (width, height) => {
      const png = join(dir, `report-${width}.png`);
      const run = screenshot(page, png, width, height);
      expect(run.status).toBe(0);
      expect(existsSync(png)).toBe(true);
      expect(statSync(png).size).toBeGreaterThan(20_000);
      expect(pngSize(readFileSync(png))).toEqual({ width, height });
    });
  });
}
