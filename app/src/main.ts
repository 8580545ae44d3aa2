/**
 * The offline page, `dist/app/sdg-align.html` (scripts/build-app.ts inlines this bundle and its
 * CSS into app/index.html). The same script runs twice: in the page, and in the Web Worker that
 * the page starts from a Blob of its own text (so the model ships once). This module wires the
 * page: the inputs, the state, the scorer and the views.
 */
import { formatError } from '../../src/locales/index.js';
import { programmeReader } from '../../src/csv/programmes.js';
import { detectPlanType, findPlanType } from '../../src/plans/index.js';
import type { Engine } from '../../src/scoring/engine.js';
import { DEFAULT_THRESHOLD } from '../../src/scoring/options.js';
import type { ScoreResult } from '../../src/scoring/types.js';
import type { GoalNumber } from '../../src/taxonomy/index.js';
import { readColumns, renderColumns, type ColumnElements } from './columns-ui.js';
import { byId } from './dom.js';
import { download, reportHtml, reportJson, scoreTable } from './downloads.js';
import { formatHash, MAX_SHARED_TEXT, parseHash, type HashState } from './hash.js';
import { applyStrings, defaultLocale, formatCount, formatElapsed, isLocale, t, type Locale } from './i18n.js';
import { fileKind, readSource, TYPING_DEBOUNCE_MS, wireInput, type Source } from './input.js';
import { renderPlanTypes, wirePlanTypes, type PlanTypeElements } from './plan-type-ui.js';
import { prepareEvidence, readPlan } from './report.js';
import { MAX_INLINE_REPORT, renderReport, renderTexts, textElements, TEXTS_PER_PAGE } from './results.js';
import { readReviewFile, reviewFileText, reviewOf, setDecision, type ReviewVerdict as Decision } from './review.js';
import { compact, engineFor, engineOptions, pause, readingOf, type Programme, type TextLanguage } from './scoring.js';
import { baseName, state } from './state.js';
import { startScorer, type Scorer } from './worker-client.js';
import { runWorker } from './worker.js';

/** Evidence kept per goal and target for the texts shown: enough to mark every match of a long text. */
const DETAIL_EVIDENCE = 50;
const SCRIPT_ID = 'sdg-align-script';
/** The worker starts this long after the page: its script's parse does not compete with the first score. */
const WORKER_START_DELAY_MS = 1500;

/** Figures the bench reads (bench/app.ts), in ms: each typed text's scoring call and redraw, each file's reading, each run. */
interface PageProbe {
  readonly scoreMs: number[];
  readonly renderMs: number[];
  readonly readMs: number[];
  readonly runs: { mode: string; rows: number; ms: number; start: number }[];
  mode?: string;
}

if (typeof document === 'undefined') runWorker(self as unknown as Parameters<typeof runWorker>[0]);
else startPage();

function startPage(): void {
  const probe: PageProbe = { scoreMs: [], renderMs: [], readMs: [], runs: [] };
  (globalThis as { sdgAlign?: PageProbe }).sdgAlign = probe;
  const threshold = DEFAULT_THRESHOLD;

  const el = {
    locale: byId<HTMLSelectElement>('locale'),
    text: byId<HTMLTextAreaElement>('text'),
    file: byId<HTMLInputElement>('file'),
    drop: byId('drop'),
    closeFile: byId<HTMLButtonElement>('close-file'),
    lang: byId<HTMLSelectElement>('lang'),
    inputStatus: byId('input-status'),
    error: byId('error'),
    columnsSection: byId('columns'),
    planDetected: byId('plan-detected'),
    resultsEmpty: byId('results-empty'),
    run: byId('run'),
    runMode: byId('run-mode'),
    progress: byId<HTMLProgressElement>('progress'),
    progressText: byId('progress-text'),
    cancel: byId<HTMLButtonElement>('cancel'),
    runStatus: byId('run-status'),
    outputs: byId('outputs'),
    dlCsv: byId<HTMLButtonElement>('dl-csv'),
    dlHtml: byId<HTMLButtonElement>('dl-html'),
    dlJson: byId<HTMLButtonElement>('dl-json'),
    dlReview: byId<HTMLButtonElement>('dl-review'),
    share: byId('share-button').parentElement!,
    shareButton: byId<HTMLButtonElement>('share-button'),
    shareLink: byId<HTMLInputElement>('share-link'),
    shareStatus: byId('share-status'),
    reviewMode: byId<HTMLInputElement>('review-mode'),
    reviewFile: byId<HTMLInputElement>('review-file'),
    reviewStatus: byId('review-status'),
    planNote: byId('plan-note'),
    report: byId('report'),
    footer: byId('footer'),
  };
  const columnEls: ColumnElements = { id: byId('col-id'), title: byId('col-title'), text: byId('col-text') };
  const planEls: PlanTypeElements = { search: byId('plan-search'), list: byId('plan-type'), count: byId('plan-count') };
  const texts = textElements();
  const docEls = { title: byId<HTMLInputElement>('doc-title'), author: byId<HTMLInputElement>('doc-author'), date: byId<HTMLInputElement>('doc-date') };

  // Workers are refused with ?worker=0 (the bench times the main-thread path that way).
  const allowWorker = !/[?&]worker=(0|off|no)\b/.test(location.search);
  // Started once the page has shown itself (or by the first file): a typed text never waits for it.
  let scorerStarted: Promise<Scorer> | undefined;
  const scorer = (): Promise<Scorer> => {
    if (!scorerStarted) {
      scorerStarted = startScorer(document.getElementById(SCRIPT_ID)?.textContent ?? undefined, allowWorker);
      void scorerStarted.then((s) => (probe.mode = s.mode));
    }
    return scorerStarted;
  };
  setTimeout(scorer, WORKER_START_DELAY_MS);

  // ---- The engine of the texts shown, with their evidence ----
  const detailEngine = (): Engine => engineFor(engineOptions(state.languages, { maxEvidence: DETAIL_EVIDENCE }));
  const details = new Map<number, ScoreResult>();
  const detail = (i: number): ScoreResult => {
    if (state.live && state.source?.kind === 'text') return state.live;
    let result = details.get(i);
    if (!result) {
      const p = state.programmes[i]!;
      details.set(i, (result = detailEngine().score(p)));
    }
    return result;
  };

  // ---- Messages ----
  const showError = (heading: string | undefined, error?: unknown) => {
    el.error.hidden = !heading;
    el.error.replaceChildren();
    if (!heading) return;
    // The library's sentence for the error, in the page's language (the CLI's message in English).
    const message = error === undefined ? '' : formatError(error, state.locale);
    const strong = document.createElement('strong');
    strong.textContent = heading;
    const code = document.createElement('code');
    code.textContent = message;
    el.error.append(strong, ' ', code);
  };

  // ---- Views ----
  const renderRun = () => {
    const run = state.run;
    el.run.hidden = !run && !state.runStatus;
    el.runMode.textContent = state.mode ? t(state.locale, state.mode === 'worker' ? 'app.runWorker' : 'app.runMain') : '';
    el.progress.max = Math.max(1, run?.total ?? 1);
    el.progress.value = run ? run.done : el.progress.max;
    el.progressText.textContent = run ? t(state.locale, 'app.runProgressText', { done: formatCount(run.done, state.locale), total: formatCount(run.total, state.locale) }) : '';
    el.cancel.hidden = !run;
    el.progress.parentElement!.hidden = !run;
    el.runStatus.textContent = state.runStatus;
  };

  let firstShown = false;
  const render = () => {
    const { locale, results, reading, source } = state;
    el.columnsSection.hidden = source?.kind !== 'csv';
    el.closeFile.hidden = !source || source.kind === 'text';
    el.resultsEmpty.hidden = Boolean(results?.length) || Boolean(state.run);
    el.outputs.hidden = !results?.length;
    el.dlHtml.disabled = el.dlJson.disabled = !reading;
    el.share.hidden = source?.kind !== 'text';
    const note = !results?.length ? undefined : !state.planTypeId ? t(locale, 'app.resultsNoPlan') : reading && reading.report.programmes.length > MAX_INLINE_REPORT ? t(locale, 'app.resultsBigPlan', { n: formatCount(reading.report.programmes.length, locale) }) : undefined;
    el.planNote.hidden = !note;
    el.planNote.textContent = note ?? '';
    const review = reviewOf(state.decisions);
    if (state.decisions.size && !el.reviewStatus.dataset.keep) el.reviewStatus.textContent = t(locale, 'app.reviewSummary', review.counts);
    renderRun();
    // A typed text is read first, then the report; a plan's report comes before its list of texts.
    if (source?.kind === 'text') el.planNote.before(texts.section);
    else el.report.after(texts.section);
    renderReport(el.report, reading, locale);
    renderTexts(texts, state.programmes, results, state.firstText, {
      locale,
      threshold,
      reviewMode: state.reviewMode,
      decisions: state.decisions,
      review,
      detail,
      onDecision: decide,
      open: source?.kind === 'text',
    });
    if (results?.length && !firstShown) {
      firstShown = true;
      performance.mark('sdg-align:first-score');
    }
  };

  const renderPlanList = () => renderPlanTypes(planEls, state.locale, state.planTypeId);
  const renderDetected = () => {
    const planType = state.planSetBy === 'detected' && state.planTypeId ? findPlanType(state.planTypeId) : undefined;
    el.planDetected.textContent = planType && state.detectedFrom ? t(state.locale, 'app.planDetected', { title: state.detectedFrom, plan: planType.acronym }) : '';
  };

  const applyLocale = (locale: Locale) => {
    state.locale = locale;
    document.documentElement.lang = locale;
    el.locale.value = locale;
    applyStrings(document, locale);
    document.title = t(locale, 'app.appTitle');
    el.footer.textContent = t(locale, 'app.appFooter', { version: __SDG_ALIGN_VERSION__ });
    if (state.source?.kind === 'csv' && state.columns) renderColumns(columnEls, state.source.header, state.columns, locale);
    renderPlanList();
    renderDetected();
    render();
  };

  // ---- The gap report ----
  /** What the report says of the document: as typed, else the title of a .md/.txt plan (as the CLI's --title, --author, --date). */
  const reportDocument = () => {
    const typed = (input: HTMLInputElement) => input.value.trim();
    const title = typed(docEls.title) || (state.source?.kind === 'doc' ? (state.source.title ?? '') : '');
    const document = { ...(title ? { title } : {}), ...(typed(docEls.author) ? { author: typed(docEls.author) } : {}), ...(typed(docEls.date) ? { date: typed(docEls.date) } : {}) };
    return Object.keys(document).length ? document : undefined;
  };

  /**
   * The gap report, once the programmes it quotes have their evidence (prepared in slices after a
   * file is scored), then the page redrawn. A newer file or text in between makes it give up.
   */
  const updateReading = (): Promise<void> => {
    const { programmes } = state;
    return state.evidenceReady.then(() => {
      if (state.programmes !== programmes) return;
      const document = reportDocument();
      state.reading = state.planTypeId && state.results?.length ? readPlan(state.planTypeId, programmes, state.results, state.decisions, state.languages, state.evidence, document) : undefined;
      render();
    });
  };

  const choosePlan = (id: string | undefined, by: NonNullable<typeof state.planSetBy>, from?: string) => {
    state.planTypeId = id;
    state.planSetBy = id ? by : undefined;
    state.detectedFrom = from;
    renderPlanList();
    renderDetected();
  };

  /** Detection from a title, unless a person (or a link) chose the plan type. */
  const detectFrom = (title: string | undefined) => {
    if (!title || state.planSetBy === 'user' || state.planSetBy === 'link') return;
    const found = detectPlanType(title);
    if (found) choosePlan(found.id, 'detected', title);
    else if (state.planSetBy === 'detected') choosePlan(undefined, 'detected');
  };

  // ---- Scoring ----
  const stopRun = () => {
    state.run?.job.cancel();
    state.run = undefined;
  };

  const resetResults = (programmes: readonly Programme[]) => {
    state.programmes = programmes;
    state.results = undefined;
    state.live = undefined;
    state.reading = undefined;
    state.firstText = 0;
    state.evidence = new Map();
    state.evidenceReady = Promise.resolve();
    details.clear();
  };

  /** A typed text: scored at once on the main thread, with its evidence. */
  const scoreTyped = (text: string) => {
    stopRun();
    state.source = { kind: 'text', text };
    state.runStatus = '';
    el.shareLink.hidden = true;
    el.shareStatus.textContent = '';
    if (!text.trim()) {
      resetResults([]);
      render();
      return;
    }
    const programme: Programme = { id: '1', text };
    resetResults([programme]);
    state.languages = { language: state.lang }; // one text: no file to take a language from
    const started = performance.now();
    const result = detailEngine().score(programme);
    const scored = performance.now();
    probe.scoreMs.push(scored - started);
    state.live = result;
    state.results = [compact(result)];
    detectFrom(text.split(/\r\n|\n|\r/).find((line) => line.trim())?.trim());
    void updateReading();
    render();
    probe.renderMs.push(performance.now() - scored);
  };

  /** A file's programmes: scored by the worker (or the main thread in slices), with progress. */
  const scoreFile = async () => {
    stopRun();
    // Each step its own task (the file's last rows were parsed in the one before): the page stays responsive.
    await pause();
    const programmes = programmesOfFile(state.source);
    resetResults(programmes);
    await pause();
    state.languages = readingOf(state.lang, programmes);
    const s = await scorer();
    state.mode = s.mode;
    const job = s.score(programmes, state.languages, (done, total) => {
      if (state.run?.job !== job) return;
      state.run.done = done;
      state.run.total = total;
      renderRun();
    });
    const run = (state.run = { job, started: performance.now(), done: 0, total: programmes.length });
    state.runStatus = '';
    render();
    try {
      const results = await job.done;
      if (state.run !== run) return; // replaced by a newer run
      const elapsed = performance.now() - run.started;
      state.run = undefined;
      if (results) probe.runs.push({ mode: s.mode, rows: results.length, ms: elapsed, start: run.started });
      if (!results) {
        state.runStatus = t(state.locale, 'app.runCancelled');
        render();
        return;
      }
      state.results = results;
      state.evidenceReady = prepareEvidence(programmes, state.languages, state.evidence, () => state.programmes === programmes);
      state.runStatus = t(state.locale, 'app.runDone', { n: formatCount(results.length, state.locale), duration: formatElapsed(elapsed, state.locale) });
      void updateReading();
      render();
    } catch (error) {
      if (state.run === run) state.run = undefined;
      showError(t(state.locale, 'app.errorScoring'), error);
      render();
    }
  };

  const programmesOfFile = (source: Source | undefined): Programme[] => {
    if (source?.kind === 'doc') return source.sections.map((s) => ({ id: s.id, text: s.text, ...(s.title ? { title: s.title } : {}) }));
    if (source?.kind !== 'csv' || !state.columns) return [];
    const read = programmeReader(state.columns);
    return source.rows.map((row) => {
      const p = read(row);
      return { id: p.id, text: p.text, ...(p.title ? { title: p.title } : {}) };
    });
  };

  const onFile = async (file: File) => {
    showError(undefined);
    if (!fileKind(file.name)) {
      showError(t(state.locale, 'app.errorKind', { file: file.name }));
      return;
    }
    el.inputStatus.textContent = t(state.locale, 'app.inputReading', { file: file.name });
    let source: Source;
    try {
      const started = performance.now();
      source = await readSource(file);
      probe.readMs.push(performance.now() - started);
    } catch (error) {
      el.inputStatus.textContent = '';
      showError(t(state.locale, 'app.errorFile', { file: file.name }), error);
      return;
    }
    state.source = source;
    if (source.kind === 'csv') {
      state.columns = source.columns;
      renderColumns(columnEls, source.header, state.columns, state.locale);
      el.inputStatus.textContent = t(state.locale, 'app.inputLoadedCsv', { file: source.file, rows: formatCount(source.rows.length, state.locale), delimiter: source.delimiter === '\t' ? 'tab' : source.delimiter, encoding: source.encoding });
      detectFrom(source.file.replace(/\.[^.]*$/, '').replace(/[_.-]+/g, ' '));
    }
    docEls.title.placeholder = source.kind === 'doc' ? (source.title ?? '') : '';
    if (source.kind === 'doc') {
      el.inputStatus.textContent = t(state.locale, 'app.inputLoadedDoc', { file: source.file, sections: source.sections.length });
      detectFrom(source.title);
    }
    await scoreFile();
  };

  // ---- Review ----
  const decide = (id: string, goal: GoalNumber, decision: Decision | undefined, clicked: Decision) => {
    setDecision(state.decisions, id, goal, decision);
    delete el.reviewStatus.dataset.keep;
    const refocus = () => texts.list.querySelector<HTMLButtonElement>(`details[data-id="${CSS.escape(id)}"] li[data-goal="${goal}"] button[data-decision="${clicked}"]`)?.focus();
    render();
    refocus();
    // Keep the keyboard where it was: the same button of the text drawn again with the new report.
    void updateReading().then(refocus);
  };

  const loadReview = async (file: File) => {
    try {
      const { decisions, count, warnings } = await readReviewFile(file, state.results ?? [], state.locale);
      state.decisions = decisions;
      el.reviewStatus.textContent = [t(state.locale, 'app.reviewLoaded', { file: file.name, n: count }), ...warnings].join(' ');
      el.reviewStatus.dataset.keep = '1';
      showError(undefined);
      state.reviewMode = el.reviewMode.checked = true;
      void updateReading();
      render();
    } catch (error) {
      showError(t(state.locale, 'app.errorFile', { file: file.name }), error);
    }
  };

  // ---- The address: #text=…&lang=…&locale=…&plan=… ----
  const applyHash = (hash: HashState | undefined) => {
    if (!hash) return;
    if (hash.locale && hash.locale !== state.locale) applyLocale(hash.locale);
    if (hash.lang) state.lang = el.lang.value = hash.lang as TextLanguage;
    const planType = hash.plan ? findPlanType(hash.plan) : undefined;
    if (planType) choosePlan(planType.id, 'link');
    if (hash.text !== undefined) {
      el.text.value = hash.text;
      scoreTyped(hash.text);
    } else if (planType && state.results) {
      void updateReading();
      render();
    }
  };

  // ---- Wiring ----
  wireInput(el, { onText: (text) => { showError(undefined); el.inputStatus.textContent = ''; scoreTyped(text); }, onFile: (file) => void onFile(file) });
  el.closeFile.addEventListener('click', () => {
    el.inputStatus.textContent = '';
    scoreTyped(el.text.value);
    el.text.focus();
  });
  el.locale.addEventListener('change', () => isLocale(el.locale.value) && applyLocale(el.locale.value));
  el.lang.addEventListener('change', () => {
    state.lang = el.lang.value as TextLanguage;
    if (state.source?.kind === 'text') scoreTyped(state.source.text);
    else if (state.source) void scoreFile();
  });
  for (const select of [columnEls.id, columnEls.title, columnEls.text]) {
    select.addEventListener('change', () => {
      state.columns = readColumns(columnEls);
      void scoreFile();
    });
  }
  wirePlanTypes(planEls, renderPlanList, (id) => {
    choosePlan(id, 'user');
    void updateReading();
    render();
  });
  el.cancel.addEventListener('click', () => state.run?.job.cancel());
  let documentTimer: ReturnType<typeof setTimeout> | undefined;
  for (const input of Object.values(docEls)) {
    input.addEventListener('input', () => {
      clearTimeout(documentTimer);
      documentTimer = setTimeout(() => void updateReading(), TYPING_DEBOUNCE_MS);
    });
  }
  texts.previous.addEventListener('click', () => {
    state.firstText = Math.max(0, state.firstText - TEXTS_PER_PAGE);
    render();
    texts.section.scrollIntoView({ block: 'start' });
  });
  texts.next.addEventListener('click', () => {
    state.firstText = Math.min(state.firstText + TEXTS_PER_PAGE, Math.max(0, state.programmes.length - 1));
    render();
    texts.section.scrollIntoView({ block: 'start' });
  });
  el.dlCsv.addEventListener('click', () => state.results && download(`${baseName(state.source)}.scores.csv`, scoreTable(state.source, state.results, state.decisions), 'text/csv;charset=utf-8'));
  el.dlHtml.addEventListener('click', () => state.reading && download(`${baseName(state.source)}.report.html`, reportHtml(state.reading.report, state.locale), 'text/html;charset=utf-8'));
  el.dlJson.addEventListener('click', () => state.reading && download(`${baseName(state.source)}.report.json`, reportJson(state.reading.report), 'application/json'));
  el.dlReview.addEventListener('click', () => state.results && download(`${baseName(state.source)}.review.csv`, reviewFileText(state.results, state.decisions, state.locale), 'text/csv;charset=utf-8'));
  el.reviewMode.addEventListener('change', () => {
    state.reviewMode = el.reviewMode.checked;
    render();
  });
  el.reviewFile.addEventListener('change', () => {
    const file = el.reviewFile.files?.[0];
    if (file) void loadReview(file);
    el.reviewFile.value = '';
  });
  el.shareButton.addEventListener('click', () => {
    if (state.source?.kind !== 'text') return;
    const text = state.source.text;
    if (text.length > MAX_SHARED_TEXT) {
      el.shareStatus.textContent = t(state.locale, 'app.shareTooLong', { n: formatCount(MAX_SHARED_TEXT, state.locale) });
      return;
    }
    const hash = formatHash({ text, ...(state.lang !== 'auto' ? { lang: state.lang } : {}), locale: state.locale, ...(state.planTypeId ? { plan: state.planTypeId } : {}) });
    el.shareLink.value = `${location.href.split('#')[0]}${hash}`;
    el.shareLink.hidden = false;
    el.shareLink.focus();
    el.shareLink.select();
    history.replaceState(null, '', hash);
    void navigator.clipboard?.writeText(el.shareLink.value).catch(() => {});
  });
  window.addEventListener('hashchange', () => applyHash(parseHash(location.hash)));

  const hash = parseHash(location.hash);
  applyLocale(hash?.locale ?? defaultLocale(navigator.languages?.length ? navigator.languages : [navigator.language]));
  applyHash(hash);
}
