/**
 * The offline page (dist/app/sdg-align.html, issue 13) in headless Chromium, driven over the
 * DevTools protocol from file://: typing, a Windows-1252 CSV, #text= links, errors, the keyboard,
 * screenshots. Expected values come from the library itself. No timing is asserted.
 *
 * `UPDATE_DOCS=1 npx vitest run test/app-browser.test.ts` also refreshes docs/app-1280.png and
 * docs/app-390.png, the README's pictures.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCsvText, readCsvText } from '../src/csv/table.js';
import { formatError, t } from '../src/locales/index.js';
import { chooseColumns, programmeReader } from '../src/csv/programmes.js';
import type { GapReport } from '../src/report/gaps.js';
import { createEngine } from '../src/scoring/engine.js';
import { decodeBytes } from '../src/text/encoding.js';
import { APP_PAGE, appUrl, ensureAppBuilt } from './helpers/app.js';
import { launchBrowser, type Browser, type Page } from './helpers/cdp.js';
import { hasChromium, pngSize } from './helpers/chromium.js';
import { ROOT, runInProcess } from './helpers/cli.js';

const FIXTURE = join(ROOT, 'fixtures', 'programmes-fr.cp1252.csv');
const SCREENSHOTS = join(ROOT, '.tmp', 'app-screenshots');
const FRENCH =
  "Rénovation énergétique des écoles et des logements sociaux : isolation des combles, pompes à chaleur et panneaux photovoltaïques. Création de pistes cyclables entre les quartiers prioritaires et la gare.";

/** What the page shows of each text's goal scores: [goal, score] from the « 17 scores » table. */
const shownScores = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('details.text .all-scores tr[data-goal]')].map((tr) => [Number(tr.dataset.goal), Number(tr.dataset.score)] as const));

/** The programmes of a CSV as the CLI's `gaps` reads them (same columns, same ids). */
async function cliProgrammes(file: string) {
  const { text } = decodeBytes(readFileSync(file), { file });
  const table = await openCsvText(
    (async function* () {
      yield text;
    })(),
    { file },
  );
  const columns = await chooseColumns(table, { guess: true });
  const read = programmeReader(columns);
  const out = [];
  for await (const row of columns.rows()) out.push(read(row));
  return out;
}

/** Deep equality, numbers to 12 significant digits. */
function expectSameJson(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', path).toBe(true);
    expect(Object.keys(actual as object), path).toEqual(Object.keys(expected));
    for (const key of Object.keys(expected)) expectSameJson((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
  } else expect(actual, path).toEqual(expected);
}

describe.skipIf(!hasChromium())('the offline page in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'sdg-align-app-'));
  const opened: Page[] = [];

  beforeAll(async () => {
    await ensureAppBuilt();
    // A French browser: the page must speak French without being told.
    browser = await launchBrowser({ args: ['--accept-lang=fr-FR,fr'] });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(hash = '', width = 1280, height = 1000, search = ''): Promise<Page> {
    const page = await browser.newPage({ width, height });
    opened.push(page);
    await page.goto(appUrl(hash, search));
    await page.waitFor('document.documentElement.lang && document.querySelector("#plan-type option")');
    return page;
  }

  /** Loads a file through the file chooser and waits until its texts are scored (or an error shows). */
  async function loadFile(page: Page, file: string): Promise<void> {
    await page.setFileInput('#file', [file]);
    await page.waitFor('!document.querySelector("#error").hidden || (document.querySelector("#run").hidden === false && !document.querySelector("#cancel").offsetParent && document.querySelector("#texts-list details") !== null)', {
      timeoutMs: 60_000,
      label: 'the file scored',
    });
  }

  async function choosePlanType(page: Page, query: string): Promise<void> {
    await page.type('#plan-search', query);
    await page.press('Enter');
    await page.waitFor('document.querySelector("#report").shadowRoot?.querySelector(".sdg-wheel")', { label: 'the report' });
  }

  it('opens from file:// in French, with nothing fetched and no error', async () => {
    const page = await open();
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr');
    expect(await page.evaluate('document.querySelector("#input-heading").textContent')).toBe('1. Votre texte ou votre fichier');
    expect(await page.evaluate('document.querySelectorAll("#plan-type option").length')).toBe(51); // (none) + the 50 plan types
    const csp = await page.evaluate<string>('document.querySelector("meta[http-equiv=Content-Security-Policy]").content');
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; /);
    expect(csp).toContain('worker-src blob:');
    // The catalogue's CLI section is left out of the page (the build prunes it): no help or progress line.
    const html = readFileSync(APP_PAGE, 'utf8');
    expect(html).toContain(t('fr', 'app.inputHeading'));
    expect(html).not.toContain('internal error');
    expect(html).not.toContain('erreur interne');
    // The policy is enforced: a fetch fails, whatever the address.
    expect(await page.evaluate('fetch("data:text/plain,x").then(() => "fetched", () => "refused")')).toBe('refused');
    // The interface switches to English, and back.
    await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#locale')!;
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
    });
    expect(await page.evaluate('[document.documentElement.lang, document.querySelector("#input-heading").textContent]')).toEqual(['en', '1. Your text or your file']);
    expect(page.errors()).toEqual([]);
  });

  it('reads a Markdown plan: the plan type detected from its title, the report the CLI\'s byte for byte', async () => {
    const page = await open();
    await loadFile(page, join(ROOT, 'fixtures', 'plans', 'pcaet-valdoise-2026.md'));
    expect(await page.evaluate('document.querySelector("#plan-type").value')).toBe('pcaet');
    expect(await page.evaluate('document.querySelector("#plan-detected").textContent')).toMatch(/^Détecté d’après «\s.+\s»\s: PCAET\.$/);
    await page.waitFor('document.querySelector("#report").shadowRoot?.querySelector(".sdg-wheel")');
    await page.click('#dl-html');
    // The CLI's report of the same file (its title from the first heading, as the page takes it).
    const cli = await runInProcess(['gaps', join(ROOT, 'fixtures', 'plans', 'pcaet-valdoise-2026.md'), '--plan-type', 'pcaet', '--format', 'html', '--locale', 'fr'], { cwd: ROOT });
    expect(cli.exit, cli.stderr).toBe(0);
    expect((await page.waitForDownload()).bytes.toString('utf8')).toBe(cli.stdout);
    // With the collectivité and the date typed in, it is test/golden/gaps.html (--author, --date).
    await page.click('#document > summary');
    await page.type('#doc-author', "Communauté d'agglomération du Val");
    await page.type('#doc-date', '2026-03-15');
    await page.waitFor('document.querySelector("#report").shadowRoot.querySelector(".byline")?.textContent.includes("2026")', { label: 'the byline' });
    await page.click('#dl-html');
    const golden = readFileSync(join(ROOT, 'test', 'golden', 'gaps.html'), 'utf8').replace(/^exit 0\n/, '');
    expect((await page.waitForDownload()).bytes.toString('utf8')).toBe(golden);
  });

  it('scores a pasted French text as you type: goals as « ODD n », the matched words in <mark>', async () => {
    const page = await open();
    await page.type('#text', FRENCH);
    await page.waitFor('document.querySelector("details.text li.goal")', { label: 'the goals of the text' });
    const expected = createEngine({ maxEvidence: 50 }).score({ id: '1', text: FRENCH });
    const shown = await page.evaluate(() => ({
      labels: document.querySelector('details.text .labels')!.textContent,
      goals: [...document.querySelectorAll<HTMLElement>('details.text li.goal')].map((li) => Number(li.dataset.goal)),
      targets: [...document.querySelectorAll<HTMLElement>('details.text li[data-target]')].map((li) => li.dataset.target!),
      indicators: document.querySelectorAll('details.text li[data-indicator]').length,
      marks: [...document.querySelectorAll<HTMLElement>('details.text p.source mark')].map((m) => ({ start: Number(m.dataset.start), end: Number(m.dataset.end), text: m.textContent })),
    }));
    expect(expected.labels).toContain(7);
    expect(shown.labels).toBe(expected.labels.map((g) => `ODD ${g}`).join(', '));
    expect(shown.goals).toEqual(expected.labels);
    expect(shown.targets.length).toBeGreaterThan(0);
    for (const target of shown.targets) expect(expected.targets.map((t) => t.target)).toContain(target);
    expect(shown.indicators).toBeGreaterThan(0);
    // Each <mark> is a run of the text at the evidence's offsets; every evidence of a label is inside one.
    expect(shown.marks.length).toBeGreaterThan(0);
    for (const m of shown.marks) expect(FRENCH.slice(m.start, m.end)).toBe(m.text);
    for (const g of expected.labels) {
      for (const e of expected.goals[g - 1]!.evidence) expect(shown.marks.some((m) => m.start <= e.start && e.end <= m.end)).toBe(true);
    }
    expect(shown.marks.map((m) => m.text)).toContain('pistes cyclables');
    // A link that opens the page on this reading.
    await page.click('#share-button');
    expect(await page.evaluate<string>('document.querySelector("#share-link").value')).toBe(appUrl(`#text=${encodeURIComponent(FRENCH)}&locale=fr`));
    expect(page.errors()).toEqual([]);
  });

  it('opens #text=… with that text scored: the scores of createEngine().score()', async () => {
    const text = 'Plan alimentaire territorial : circuits courts, cantines bio et lutte contre le gaspillage alimentaire.';
    const page = await open(`#text=${encodeURIComponent(text)}&locale=en`);
    await page.waitFor('document.querySelectorAll("details.text .all-scores tr[data-goal]").length === 17', { label: 'the 17 scores' });
    const expected = createEngine().score(text);
    const shown = await shownScores(page);
    expect(shown.map(([g]) => g)).toEqual(expected.goals.map((g) => g.goal));
    shown.forEach(([, score], i) => expect(score).toBeCloseTo(expected.goals[i]!.score, 12));
    // #locale=en: the interface in English, goals as "SDG n"; the plan type detected from the text.
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await page.evaluate('document.querySelector("details.text .labels").textContent')).toBe(expected.labels.map((g) => `SDG ${g}`).join(', '));
    expect(await page.evaluate('document.querySelector("#plan-type").value')).toBe('pat');
  });

  it('reads the Windows-1252 ";" Excel export: worker, plan type, wheel, missing goals, the CLI\'s report, an Excel CSV', async () => {
    const page = await open();
    await loadFile(page, FIXTURE);
    expect(await page.evaluate('document.querySelector("#error").hidden')).toBe(true);
    const programmes = await cliProgrammes(FIXTURE);
    expect(await page.evaluate('document.querySelector("#input-status").textContent')).toBe(
      t('fr', 'app.inputLoadedCsv', { file: 'programmes-fr.cp1252.csv', rows: programmes.length, delimiter: ';', encoding: 'windows-1252' }),
    );
    expect(await page.evaluate('document.querySelector("#run-mode").textContent')).toContain('Web Worker');
    // Columns pre-selected as the CLI chooses them.
    expect(await page.evaluate('["col-id", "col-title", "col-text"].map((id) => document.getElementById(id).selectedOptions[0].textContent)')).toEqual(['id', 'title', 'description']);

    // A CRTE: this plan misses two of its goals and has a weak one (whose evidence the report quotes).
    await choosePlanType(page, 'crte');
    const cli = async (...args: string[]) => {
      const run = await runInProcess([...args], { cwd: ROOT });
      expect(run.exit, run.stderr).toBe(0);
      return run.stdout;
    };
    const html = await cli('gaps', FIXTURE, '--plan-type', 'crte', '--format', 'html', '--locale', 'fr');
    const report = JSON.parse(await cli('gaps', FIXTURE, '--plan-type', 'crte', '--format', 'json')) as GapReport;
    const wheel = await page.evaluate(() => {
      const root = document.querySelector('#report')!.shadowRoot!;
      return {
        segments: root.querySelectorAll('.sdg-wheel .sdg-segment').length,
        missing: [...root.querySelectorAll<SVGElement>('.sdg-segment[data-status="missing"]')].map((s) => Number(s.dataset.goal)),
        heatmapRows: root.querySelectorAll('table.heatmap tbody tr').length,
      };
    });
    expect(wheel).toEqual({ segments: 17, missing: report.expected.missing, heatmapRows: programmes.length });
    expect(report.expected.missing.length).toBeGreaterThan(0);
    expect(report.expected.weak.length).toBeGreaterThan(0);
    // The five finalités, in the report (the library's section).
    expect(await page.evaluate('document.querySelector("#report").shadowRoot.querySelectorAll("table.finalites tbody tr").length')).toBe(5);

    // The HTML report is the CLI's `gaps` output for the same file, byte for byte.
    await page.click('#dl-html');
    expect((await page.waitForDownload()).bytes.toString('utf8')).toBe(html);
    // JSON: the same report, numbers equal to 12 digits (Chromium's V8 and Node's may differ in the last bit of Math.exp or Math.log).
    await page.click('#dl-json');
    const json = (await page.waitForDownload()).bytes.toString('utf8');
    expect(json.endsWith('}\n')).toBe(true);
    expectSameJson(JSON.parse(json), report);

    // The score table, as French Excel opens it: BOM, ";", decimal comma, CRLF, the input columns kept.
    await page.click('#dl-csv');
    const csv = await page.waitForDownload();
    expect(csv.suggestedFilename).toBe('programmes-fr.cp1252.scores.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8').slice(1);
    // Outside quoted cells (which may hold the input's own line breaks), every line ends with CRLF.
    const lines = text.replace(/"(?:[^"]|"")*"/g, '""').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(programmes.length + 1);
    expect(lines.some((l) => /[\r\n]/.test(l))).toBe(false);
    expect(text.split('\r\n')[0]).toBe(['id', 'plan_type', 'title', 'description', 'goals', 'id', 'language', 'goals', ...Array.from({ length: 17 }, (_, i) => `sdg${i + 1}`)].join(';'));
    // Byte for byte, the CLI's `score --excel --keep-columns all` for the same file and columns.
    const excel = await cli('score', FIXTURE, '--excel', '--keep-columns', 'all', '--id-column', 'id', '--text-column', 'title', '--text-column', 'description');
    expect(csv.bytes.toString('utf8')).toBe(excel);
    const { rows } = await readCsvText(text, { file: 'scores.csv' });
    expect(rows[0]!.values.slice(0, 3)).toEqual(['PCAET-01', 'pcaet', 'Rénovation performante des maisons individuelles']);
    expect(page.errors()).toEqual([]);
  });

  it('shows the CLI\'s error, with its line, for a malformed CSV (in English as the CLI writes it, and in French)', async () => {
    const file = join(dir, 'bad.csv');
    const bytes = 'id;titre;description\r\n1;Vélo;"Pistes cyclables\r\n2;Bus;Lignes\r\n';
    writeFileSync(file, bytes);
    const cli = await runInProcess(['score', 'bad.csv'], { cwd: dir });
    expect(cli.exit).toBe(2);
    const message = cli.stderr.trim().replace(/^sdg-align: error: /, '');
    expect(message).toMatch(/^bad\.csv:2:\d+: malformed CSV: unclosed quoted field/);
    const english = await open('#locale=en');
    await loadFile(english, file);
    expect(await english.evaluate('document.querySelector("#error strong").textContent')).toBe('bad.csv could not be read:');
    expect(await english.evaluate('document.querySelector("#error code").textContent')).toBe(message);
    // In French: the catalogue's sentence for the same error, with the same place.
    const error = await readCsvText(bytes, { file: 'bad.csv' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(message);
    const french = await open();
    await loadFile(french, file);
    expect(await french.evaluate('document.querySelector("#error code").textContent')).toBe(formatError(error, 'fr'));
    expect(formatError(error, 'fr')).toMatch(/^bad\.csv:2:\d+/);
  });

  it('review mode: a rejected goal leaves the text, and the review file says so', async () => {
    const page = await open(`#text=${encodeURIComponent(FRENCH)}`);
    await page.waitFor('document.querySelector("details.text li.goal")');
    await page.click('#review-mode');
    const goal = await page.evaluate<number>('Number(document.querySelector("details.text li.goal").dataset.goal)');
    await page.click(`details.text li.goal[data-goal="${goal}"] button[data-decision="reject"]`);
    await page.waitFor(`!document.querySelector("details.text .labels").textContent.includes("ODD ${goal},") && document.querySelector("details.text li.goal.rejected")`, { label: 'the goal rejected' });
    await page.click('#dl-review');
    const review = (await page.waitForDownload()).bytes.toString('utf8');
    expect(review.startsWith('\uFEFFidentifiant;ODD;intitulé;score;décision;note\r\n')).toBe(true);
    expect(review).toMatch(new RegExp(`\r\n1;${goal};[^;\r\n]+;[01],\\d{4};reject;\r\n`));
    // Loading it again (as the CLI's --review would) gives the same decision.
    const file = join(dir, 'review.csv');
    writeFileSync(file, review);
    const fresh = await open(`#text=${encodeURIComponent(FRENCH)}`);
    await fresh.waitFor('document.querySelector("details.text li.goal")');
    await fresh.setFileInput('#review-file', [file]);
    await fresh.waitFor(`document.querySelector("details.text li.goal.rejected[data-goal='${goal}']")`, { label: 'the review file applied' });
    expect(await fresh.evaluate('document.querySelector("#review-mode").checked')).toBe(true);
  });

  it('scores a large CSV with progress, and cancels', async () => {
    const file = join(dir, 'large.csv');
    const row = (i: number) => `${i};Action ${i};"Rénovation énergétique des écoles, pistes cyclables et jardins partagés dans le quartier ${i}."`;
    writeFileSync(file, `id;titre;description\n${Array.from({ length: 6000 }, (_, i) => row(i + 1)).join('\n')}\n`);
    const page = await open();
    await page.setFileInput('#file', [file]);
    await page.waitFor('Number(document.querySelector("#progress").value) > 0 && !document.querySelector("#cancel").hidden', { timeoutMs: 60_000, label: 'progress' });
    await page.click('#cancel');
    await page.waitFor('document.querySelector("#run-status").textContent === "Notation annulée."', { timeoutMs: 30_000, label: 'cancelled' });
    expect(await page.evaluate('document.querySelector("#texts").hidden')).toBe(true);
    expect(page.errors()).toEqual([]);
  });

  it('scores on the main thread when no worker may start, and says so', async () => {
    const page = await open('', 1280, 1000, '?worker=0');
    await loadFile(page, FIXTURE);
    expect(await page.evaluate('document.querySelector("#run-mode").textContent')).toContain('fil principal');
    expect(await page.evaluate('document.querySelectorAll("#texts-list details.text").length')).toBe(20);
  });

  it('is usable with the keyboard alone: Tab reaches every control, in order, each with a label', async () => {
    const page = await open(`#text=${encodeURIComponent(FRENCH)}&plan=pcaet`);
    await page.waitFor('document.querySelector("#report").shadowRoot?.querySelector(".sdg-wheel")');
    // Every control the page shows, in tree order (shadow roots included), and its label.
    const controls = await page.evaluate(() => {
      const out: { key: string; label: string }[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const node of root.querySelectorAll<HTMLElement>('*')) {
          const focusable = node.matches('a[href], button, input, select, textarea, summary, [tabindex]') && !(node as HTMLButtonElement).disabled && node.tabIndex >= 0;
          if (focusable && node.getClientRects().length > 0 && !node.closest('[hidden]') && !node.closest('details:not([open]) > :not(summary)')) {
            const labels = (node as HTMLInputElement).labels;
            const label = node.getAttribute('aria-label') ?? (labels && labels.length ? labels[0]!.textContent! : node.textContent!);
            out.push({ key: node.id || `${node.tagName.toLowerCase()}:${(node.textContent ?? '').trim().slice(0, 40)}`, label: label.trim() });
          }
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(document);
      return out;
    });
    const reached: string[] = [];
    for (let i = 0; i < controls.length; i++) {
      await page.press('Tab');
      reached.push(
        await page.evaluate(() => {
          let el = document.activeElement as HTMLElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
          return el.id || `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`;
        }),
      );
    }
    expect(reached).toEqual(controls.map((c) => c.key));
    expect(controls.length).toBeGreaterThan(15);
    for (const c of controls) expect(c.label.length, `${c.key}: "${c.label}"`).toBeGreaterThan(1);
  });

  it('passes WCAG AA contrast: every text of the page against its background', async () => {
    const page = await open(`#text=${encodeURIComponent(FRENCH)}&plan=pcaet`);
    await page.waitFor('document.querySelector("details.text li.goal")');
    await page.click('#review-mode');
    const failures = await page.evaluate(() => {
      const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const background = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const c = rgb(getComputedStyle(el).backgroundColor);
          if (c.length === 3 || (c[3] ?? 1) > 0) return c;
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
        const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (!text || !el.getClientRects().length || el.closest('[hidden]') || (el as HTMLButtonElement).disabled) continue;
        const style = getComputedStyle(el);
        const [a, b] = [luminance(rgb(style.color)), luminance(background(el))];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5)) out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
      }
      return out;
    });
    expect(failures).toEqual([]);
  });

  it('takes screenshots at 1280 and 390 px', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [width, height] of [[1280, 1800], [390, 1500]] as const) {
      const page = await open('', width, height);
      await loadFile(page, FIXTURE);
      await choosePlanType(page, 'crte');
      // Phones see the results first, as they would after scrolling.
      await page.evaluate((w: number) => (w < 600 ? document.querySelector('#results')!.scrollIntoView() : window.scrollTo(0, 0)), width);
      expect(await page.evaluate('document.documentElement.scrollWidth - innerWidth')).toBe(0); // nothing wider than the screen
      const file = join(SCREENSHOTS, `app-${width}.png`);
      expect(pngSize(await page.screenshot(file))).toEqual({ width, height });
      if (process.env.UPDATE_DOCS) copyFileSync(file, join(ROOT, 'docs', `app-${width}.png`));
    }
  });
});
