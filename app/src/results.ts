/**
 * The results views: the run (progress, where it runs), the gap report of the core's renderer
 * (its HTML inside a shadow root, with its own style sheet), the five finalités, and the texts,
 * each with its goals, targets, indicators and matched words marked in the text.
 */
import { renderHtmlParts } from '../../src/render/html.js';
import { formatScore, goalName } from '../../src/render/locale.js';
import { sdgFramework } from '../../src/frameworks/sdg.js';
import { renderWheel } from '../../src/render/wheel.js';
import type { ScoreResult } from '../../src/scoring/types.js';
import { getGoal, getTarget, type GoalNumber } from '../../src/taxonomy/index.js';
import { byId, h, swatch } from './dom.js';
import { renderMarked, type Span } from './highlight.js';
import { formatCount, goalShort, t, type Locale } from './i18n.js';
import type { PlanReading } from './report.js';
import type { Review } from '../../src/review/index.js';
import type { DecisionMap, ReviewVerdict as Decision } from './review.js';
import { expand, type CompactResult, type Programme } from './scoring.js';

/** Above this many texts the report is not drawn in the page (its heat map would be a table of every text): the wheel is, and the HTML report holds the rest. */
export const MAX_INLINE_REPORT = 300;
export const TEXTS_PER_PAGE = 20;
/** Targets listed under a goal, strongest first. */
const MAX_TARGETS = 3;
/** Distinct matched words listed for a goal or a target. */
const MAX_WORDS = 8;

// ---- The gap report ------------------------------------------------------------------------

/** The report's style sheet, scoped to the shadow root (it styles `body` and `:root`). */
const scoped = (css: string): string => css.replace(/:root\b/g, ':host').replace(/\bbody\b/g, ':host');

const SHADOW_EXTRA = ':host { display: block; max-width: none; padding: 0; margin: 1rem 0; } header h1 { font-size: 1.3rem; }';

/** Draws the report (or, for a large plan, its wheel) into `host`'s shadow root; clears it without a reading. */
export function renderReport(host: HTMLElement, reading: PlanReading | undefined, locale: Locale): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (!reading) {
    root.replaceChildren();
    return;
  }
  const parts = renderHtmlParts(reading.report, { locale });
  const big = reading.report.programmes.length > MAX_INLINE_REPORT;
  const body = big ? `<figure class="wheel">${renderWheel(reading.report, { locale })}</figure>` : parts.body;
  root.innerHTML = `<style>${scoped(parts.css)}\n${SHADOW_EXTRA}</style><div lang="${parts.locale}">${body}</div>`;
  // In-page links of the report (its footnote) scroll inside the shadow root; the address keeps our #text=….
  root.querySelectorAll<HTMLAnchorElement>('a[href^="#"]').forEach((a) => {
    // The footnote's link is a bare "*": give it words for a screen reader.
    if (a.textContent!.trim().length <= 1) a.setAttribute('aria-label', t(locale, 'app.reportFootnote'));
    a.addEventListener('click', (event) => {
      event.preventDefault();
      const target = root.getElementById(a.getAttribute('href')!.slice(1));
      target?.scrollIntoView({ block: 'center' });
      if (target) {
        target.tabIndex = -1;
        target.focus();
      }
    });
  });
}

// ---- The texts -----------------------------------------------------------------------------

export interface TextsContext {
  readonly locale: Locale;
  readonly threshold: number;
  readonly reviewMode: boolean;
  readonly decisions: DecisionMap;
  /** The library's review of `decisions` (labels as the person decided them). */
  readonly review: Review;
  /** The full result (with evidence) of programme `i`: computed on demand. */
  readonly detail: (i: number) => ScoreResult;
  /** `decision` is the new one (undefined: none), `clicked` the button pressed. */
  readonly onDecision: (id: string, goal: GoalNumber, decision: Decision | undefined, clicked: Decision) => void;
  /** Open every text's details (a single typed text). */
  readonly open: boolean;
}

const LANGUAGE_NAME = { fr: 'app.langFr', en: 'app.langEn', und: 'app.langUnd' } as const;

const words = (evidence: readonly { matched: string }[]): string[] => [...new Set(evidence.map((e) => e.matched))].slice(0, MAX_WORDS);

const quoted = (list: readonly string[], locale: Locale): string => list.map((w) => (locale === 'fr' ? `« ${w} »` : `“${w}”`)).join(', ');

function scoreText(score: number, locale: Locale): string {
  return `${t(locale, 'app.textScore')} ${formatScore(score, locale)}`;
}

function reviewButtons(id: string, goal: GoalNumber, current: Decision | undefined, ctx: TextsContext): HTMLElement {
  const label = goalShort(goal, ctx.locale);
  const button = (decision: Decision) => {
    const b = h(
      'button',
      { type: 'button', class: `decide ${decision}`, 'aria-pressed': current === decision ? 'true' : 'false', 'aria-label': t(ctx.locale, decision === 'accept' ? 'app.reviewAcceptGoal' : 'app.reviewRejectGoal', { goal: label, id }), 'data-decision': decision },
      t(ctx.locale, decision === 'accept' ? 'app.reviewAccept' : 'app.reviewReject'),
    );
    b.addEventListener('click', () => ctx.onDecision(id, goal, current === decision ? undefined : decision, decision));
    return b;
  };
  return h('span', { class: 'decisions' }, button('accept'), button('reject'));
}

/** One goal of a text: name, score, review state, matched words, its strongest targets with their indicators. */
function goalItem(result: ScoreResult, goal: GoalNumber, ctx: TextsContext): HTMLLIElement {
  const { locale } = ctx;
  const g = result.goals[goal - 1]!;
  const decision = ctx.decisions.get(result.id)?.get(goal)?.decision;
  const item = h(
    'li',
    { class: `goal${decision ? ` ${decision}ed` : ''}`, 'data-goal': goal, 'data-score': g.score },
    swatch(getGoal(goal).colour),
    h('strong', {}, `${goalShort(goal, locale)} — ${goalName(sdgFramework, goal, locale)}`),
    ' ',
    h('span', { class: 'score' }, scoreText(g.score, locale)),
    decision && h('span', { class: 'badge' }, t(locale, decision === 'accept' ? 'app.reviewAccepted' : 'app.reviewRejected')),
    ctx.reviewMode && reviewButtons(result.id, goal, decision, ctx),
  );
  const matched = words(g.evidence);
  if (matched.length) item.append(h('p', { class: 'matched' }, `${t(locale, 'app.textMatched')}${locale === 'fr' ? '\u00a0: ' : ': '}${quoted(matched, locale)}`));
  const targets = result.targets.filter((tg) => tg.goal === goal).slice(0, MAX_TARGETS);
  if (targets.length) {
    const list = h('ul', { class: 'targets', 'aria-label': `${t(locale, 'app.textTargets')} ${goalShort(goal, locale)}` });
    for (const tg of targets) {
      const target = getTarget(tg.target);
      const tw = words(tg.evidence);
      const indicators = target.indicators.length
        ? h('ul', { class: 'indicators', 'aria-label': t(locale, 'app.textIndicators') }, ...target.indicators.map((i) => h('li', { 'data-indicator': i.id }, `${i.id} ${locale === 'fr' ? (i.fr ?? i.en) : i.en}`)))
        : null;
      list.append(
        h(
          'li',
          { 'data-target': tg.target },
          h('span', { class: 'target-id' }, tg.target),
          ` ${target[locale]} `,
          h('span', { class: 'score' }, `(${formatScore(tg.score, locale)})`),
          tw.length ? h('p', { class: 'matched' }, quoted(tw, locale)) : null,
          indicators,
        ),
      );
    }
    item.append(list);
  }
  return item;
}

/** The evidence of the goals a text is (still) counted for, as spans to mark. */
function spansOf(result: ScoreResult, goals: readonly GoalNumber[], locale: Locale): Span[] {
  return goals.flatMap((goal) =>
    result.goals[goal - 1]!.evidence.map((e) => ({ start: e.start, end: e.end, goal, label: e.target.includes('.') ? `${goalShort(goal, locale)} · ${e.target}` : goalShort(goal, locale) })),
  );
}

/** The body of a text's details: language, goals, the marked text, the 17 scores. */
function textBody(programme: Programme, result: ScoreResult, ctx: TextsContext): HTMLElement {
  const { locale } = ctx;
  const reviewed = ctx.review.apply(result);
  const decided = [...(ctx.decisions.get(result.id)?.keys() ?? [])];
  const shown = [...reviewed.labels, ...[...result.labels, ...decided].filter((g, i, all) => !reviewed.labels.includes(g) && all.indexOf(g) === i)];
  const body = h('div', { class: 'text-body' }, h('p', { class: 'hint' }, t(locale, 'app.textLanguage', { language: t(locale, LANGUAGE_NAME[result.language as keyof typeof LANGUAGE_NAME]) })));
  if (shown.length) {
    body.append(h('h4', {}, t(locale, 'app.textGoals')), h('ul', { class: 'goals' }, ...shown.map((g) => goalItem(result, g, ctx))));
  } else body.append(h('p', { class: 'no-goal' }, t(locale, 'app.textNoGoal', { threshold: formatScore(ctx.threshold, locale) })));
  const source = programme.title !== undefined && programme.title.trim() ? `${programme.title}\n${programme.text}` : programme.text;
  const marked = h('p', { class: 'source', lang: result.language === 'und' ? undefined : result.language });
  renderMarked(marked, source, spansOf(result, reviewed.labels, locale));
  body.append(h('h4', {}, t(locale, 'app.textSource')), marked);
  const rows = result.goals.map((g) =>
    h('tr', { 'data-goal': g.goal, 'data-score': g.score }, h('th', { scope: 'row' }, `${goalShort(g.goal, locale)} — ${goalName(sdgFramework, g.goal, locale)}`), h('td', { class: 'num' }, formatScore(g.score, locale))),
  );
  body.append(h('details', { class: 'all-scores' }, h('summary', {}, t(locale, 'app.textAllScores')), h('div', { class: 'scroll' }, h('table', {}, h('tbody', {}, ...rows)))));
  return body;
}

/** One text: a `<details>` whose body is built when opened. */
function textItem(programme: Programme, index: number, result: CompactResult, ctx: TextsContext): HTMLDetailsElement {
  const { locale } = ctx;
  const labels = ctx.decisions.size ? ctx.review.apply(expand(result)).labels : result.labels;
  const name = programme.id === '1' && programme.title === undefined && ctx.open ? t(locale, 'app.textPasted') : programme.id;
  const summary = h(
    'summary',
    {},
    h('span', { class: 'text-id' }, name),
    programme.title ? ` — ${programme.title}` : '',
    ' ',
    h('span', { class: 'labels' }, labels.length ? labels.map((g) => goalShort(g, locale)).join(', ') : '—'),
  );
  const details = h('details', { class: 'text', 'data-id': programme.id }, summary);
  const fill = () => {
    if (details.open && details.childElementCount === 1) details.append(textBody(programme, ctx.detail(index), ctx));
  };
  details.addEventListener('toggle', fill);
  if (ctx.open) {
    details.open = true;
    fill();
  }
  return details;
}

export interface TextElements {
  readonly section: HTMLElement;
  readonly range: HTMLElement;
  readonly list: HTMLElement;
  readonly previous: HTMLButtonElement;
  readonly next: HTMLButtonElement;
}

/** The page of texts from `first`, and the pager; the open texts stay open. */
export function renderTexts(el: TextElements, programmes: readonly Programme[], results: readonly CompactResult[] | undefined, first: number, ctx: TextsContext): void {
  el.section.hidden = !results || results.length === 0;
  if (!results || !results.length) {
    el.list.replaceChildren();
    return;
  }
  const open = new Set([...el.list.querySelectorAll<HTMLDetailsElement>('details.text[open]')].map((d) => d.dataset.id));
  const last = Math.min(results.length, first + TEXTS_PER_PAGE);
  const items = [];
  for (let i = first; i < last; i++) {
    const item = textItem(programmes[i]!, i, results[i]!, ctx);
    if (open.has(programmes[i]!.id) && !item.open) item.open = true;
    items.push(item);
  }
  el.list.replaceChildren(...items);
  el.range.textContent = t(ctx.locale, 'app.textsRange', { from: formatCount(first + 1, ctx.locale), to: formatCount(last, ctx.locale), total: formatCount(results.length, ctx.locale) });
  el.range.hidden = results.length <= TEXTS_PER_PAGE;
  el.previous.hidden = el.next.hidden = results.length <= TEXTS_PER_PAGE;
  el.previous.disabled = first === 0;
  el.next.disabled = last >= results.length;
}

export const textElements = (): TextElements => ({
  section: byId('texts'),
  range: byId('texts-range'),
  list: byId('texts-list'),
  previous: byId<HTMLButtonElement>('texts-previous'),
  next: byId<HTMLButtonElement>('texts-next'),
});
