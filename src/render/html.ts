import type { GapReport, GoalGap, LazyGapReport } from '../report/gaps.js';
import type { Framework } from '../frameworks/types.js';
import type { GoalNumber } from '../taxonomy/index.js';
import { escapeHtml } from './escape.js';
import { frenchPunctuation } from '../locales/format.js';
import {
  bylineOf,
  citationSources,
  formatPercent,
  formatScore,
  goalCode,
  goalName,
  headingOf,
  indicatorText,
  messages,
  planTypeName,
  reportFramework,
  resolveLocale,
  targetOf,
  targetText,
  type RenderLocale,
  type RenderMessages,
} from './locale.js';
import { finaliteName, goalsInReadingOrder, STATUS_MARK } from './markdown.js';
import { renderWheel } from './wheel.js';

export interface HtmlRenderOptions {
  /** Language of the page: `fr` (default) or `en`. */
  locale?: RenderLocale;
  /** The framework of the report's goals (default: the one the report carries). */
  framework?: Framework;
}

/**
 * Nothing may be fetched: no script, font, image, frame or form target. Inline CSS only.
 * The policy makes a browser refuse any external load that a future change might slip in.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Inline CSS: readable on a 360 px phone (the wheel scales, tables scroll sideways) and on paper. */
const CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #d8d8d8; --bg-soft: #f5f5f3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1120px; padding: 16px; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.55rem; line-height: 1.2; margin: 0.2em 0 0.3em; }
h2 { font-size: 1.2rem; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid var(--line); }
h3 { font-size: 1rem; margin: 1em 0 0.3em; }
p, li { overflow-wrap: anywhere; }
a { color: inherit; }
.meta { color: var(--muted); margin: 0; }
.kicker { font-weight: 600; margin: 0 0 0.2em; }
.overview { display: flex; flex-wrap: wrap; gap: 16px 32px; align-items: center; }
.wheel { flex: 1 1 260px; max-width: 400px; margin: 0; }
.wheel svg { display: block; width: 100%; height: auto; }
.wheel figcaption { color: var(--muted); font-size: 0.85rem; text-align: center; }
.figures { flex: 1 1 280px; }
.figures dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0 0 12px; }
.figures dt { color: var(--muted); }
.figures dd { margin: 0; font-weight: 600; }
.figures dd small { font-weight: 400; }
.chip { white-space: nowrap; margin-right: 0.4em; }
.big { font-size: 2rem; font-weight: 700; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--bg-soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.mark { text-align: center; font-weight: 700; width: 2em; }
tr.missing .mark { color: #b00020; }
tr.weak .mark { color: #a15c00; }
tr.covered .mark { color: #1b7a2e; }
tr.not-expected { color: var(--muted); }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px; vertical-align: -0.1em; margin-right: 0.35em; }
.heatmap th.goal { color: #fff; text-align: center; min-width: 2.6em; padding: 4px 2px; }
.heatmap td.cell { text-align: center; font-size: 0.78rem; font-variant-numeric: tabular-nums; padding: 4px 2px; }
.heatmap td.cell.on { font-weight: 700; }
.heatmap th.programme { min-width: 12em; max-width: 22em; font-weight: 400; }
.heatmap .pid { font-weight: 600; }
.heatmap .ptitle { display: block; color: var(--muted); font-size: 0.85em; }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; color: var(--muted); font-size: 0.85rem; margin: 0 0 8px; }
.ramp { display: inline-flex; border: 1px solid var(--line); }
.ramp span { display: inline-block; width: 1.6em; height: 1em; }
.core { font-size: 0.75rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; padding: 0 4px; border: 1px solid currentColor; border-radius: 3px; margin-left: 4px; }
.confirmed { white-space: nowrap; font-size: 0.75rem; font-weight: 600; padding: 0 4px; border-radius: 3px; margin-left: 4px; background: #e4f2e7; color: #1b5e2b; }
blockquote { margin: 4px 0 8px; padding: 4px 10px; border-left: 3px solid var(--line); color: var(--muted); }
.targets { font-variant-numeric: tabular-nums; }
.targets .un { display: block; }
.targets .ind { display: block; color: var(--muted); font-size: 0.85em; }
.programme-card { border-top: 1px solid var(--line); padding: 6px 0 2px; }
.programme-card h3 { margin-top: 0.4em; }
.back { font-size: 0.8rem; color: var(--muted); }
.note { color: var(--muted); font-size: 0.9rem; }
.footnote { margin-top: 2em; padding: 10px 12px; background: var(--bg-soft); border-left: 4px solid #a15c00; font-size: 0.9rem; }
footer { margin-top: 2em; color: var(--muted); font-size: 0.8rem; }
@media (max-width: 480px) {
  body { padding: 10px; font-size: 14px; }
  h1 { font-size: 1.3rem; }
  .wheel { max-width: 100%; }
}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  .scroll { overflow: visible; }
  .wheel { max-width: 7cm; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  h2 { margin-top: 1.2em; }
  table { width: 100%; font-size: 7.5pt; }
  thead { display: table-header-group; }
  tr, figure, blockquote, .programme-card, .legend, dl { break-inside: avoid; page-break-inside: avoid; }
  .heatmap th.goal { min-width: 0; }
  .heatmap th.programme { min-width: 9em; }
  .back { display: none; }
  a { text-decoration: none; }
}
`.trim();

/** `#RRGGBB` blended with white at `alpha` (0–1), as `#rrggbb`: solid, so it prints as shown. */
function tint(colour: string, alpha: number): string {
  const channel = (i: number): string => {
    const c = parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(255 + (c - 255) * alpha)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** Black or white, whichever reads better on `background` (WCAG relative luminance). */
function inkOn(background: string): string {
  const lin = (i: number): number => {
    const c = parseInt(background.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * lin(0) + 0.7152 * lin(1) + 0.0722 * lin(2);
  return luminance > 0.36 ? '#1b1b1b' : '#ffffff';
}

function statusLabel(g: GoalGap, m: RenderMessages): string {
  return g.status === 'not-expected' && g.addressed ? m.notExpectedAddressed : m.status[g.status];
}

/** The pieces of the HTML report, for a page that shows it inside its own (the offline page of `app/`). */
export interface HtmlReportParts {
  /** The `lang` of the report: `fr` or `en`. */
  readonly locale: RenderLocale;
  /** The document title (plain text, not escaped). */
  readonly title: string;
  /** The report's style sheet (it styles `body` and bare elements: scope it, e.g. in a shadow root). */
  readonly css: string;
  /** What goes inside `<body>`: from the header to the footer. */
  readonly body: string;
}

/**
 * The gap report as ONE self-contained HTML page: inline CSS, an inline SVG wheel, no script
 * and nothing to fetch (a Content-Security-Policy forbids it). Every piece of user text is
 * escaped. It prints on A4: a table row is never cut across two pages, table headers repeat.
 * Pure: same report and locale, same string.
 */
export function renderHtml(report: GapReport, options: HtmlRenderOptions = {}): string {
  const { locale, title, css, body } = renderHtmlParts(report, options);
  return `${[
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="generator" content="sdg-align">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}

/** The report's title, style sheet and body content, as `renderHtml` assembles them into a page. */
export function renderHtmlParts(report: GapReport, options: HtmlRenderOptions = {}): HtmlReportParts {
  const locale = resolveLocale(options);
  const m = messages(locale);
  const e = escapeHtml;
  const typography = (text: string) => (locale === 'fr' ? frenchPunctuation(text) : text);
  const score = (v: number): string => formatScore(v, locale);
  const framework = reportFramework(report, options);
  const allGoals = framework.goals;
  const goalLabel = (g: number): string => `${goalCode(framework, g, locale)} — ${goalName(framework, g, locale)}`;
  const swatch = (g: number): string => `<span class="swatch" style="background:${allGoals[g - 1]!.colour}" aria-hidden="true"></span>`;
  const core = `<span class="core">${e(m.core)}</span>`;
  const confirmedMark = `<span class="confirmed">✔ ${e(m.confirmedMark)}</span>`;
  const colon = m.colon;
  const threshold = report.thresholds.threshold;
  const titleById = new Map(report.programmes.map((p) => [p.id, p.title]));
  /** Each programme's anchor, by id: `#p-3` (ids may hold any character). */
  const anchorOf = new Map(report.programmes.map((p, i) => [p.id, `p-${i + 1}`]));
  const withEvidence = new Set(report.programmes.filter((p) => p.evidence?.length).map((p) => p.id));
  const programme = (id: string): string => {
    const title = titleById.get(id);
    const label = `<strong>${e(id)}</strong>${title && title !== id ? ` — ${e(title)}` : ''}`;
    return withEvidence.has(id) ? `<a href="#${anchorOf.get(id)}">${label}</a>` : label;
  };
  const builtInType = report.planType && !report.planType.custom;
  const heading = headingOf(report, locale);
  const byline = bylineOf(report, locale);
  const out: string[] = [];

  out.push(
    '<header>',
    ...(heading.subtitle ? [`<p class="kicker">${e(heading.subtitle)}</p>`] : []),
    `<h1>${e(heading.title)}</h1>`,
    ...(byline ? [`<p class="meta byline">${e(byline)}</p>`] : []),
    `<p class="meta">${e(m.planType)}${colon}${report.planType ? e(planTypeName(report.planType, locale)) + (builtInType ? '<sup><a href="#provenance-note">*</a></sup>' : '') : e(m.customExpectation)}</p>`,
    '</header>',
  );

  // Overview: the wheel and the key figures, in words.
  const x = report.expected;
  out.push('<section class="overview">', '<figure class="wheel">', renderWheel(report, { locale, framework }), `<figcaption>${e(m.wheelHelp)}</figcaption>`, '</figure>');
  out.push('<div class="figures">', `<h2>${e(m.summary)}</h2>`, '<dl>');
  out.push(
    `<dt>${e(m.coverage)}</dt><dd><span class="big">${e(formatPercent(report.coverage, locale))}</span><br><small>${e(
      m.coverageExplained({ covered: x.covered.length, weak: x.weak.length, expected: x.goals.length }),
    )}</small></dd>`,
  );
  out.push(`<dt>${e(m.programmes)}</dt><dd>${report.programmes.length}</dd>`);
  for (const status of ['covered', 'weak', 'missing'] as const) {
    const list = x[status];
    out.push(`<dt>${STATUS_MARK[status]} ${e(m.status[status])}</dt><dd>${list.length ? list.map((g) => `<span class="chip">${swatch(g)}${g}</span>`).join(' ') : '—'}</dd>`);
  }
  if (report.review) out.push(`<dt>${e(m.reviewedBy)}</dt><dd>${e(m.confirmedCount(report.review))}</dd>`);
  out.push('</dl>', '</div>', '</section>');

  // Missing expected goals.
  out.push('<section>', `<h2>${e(m.missingGoals)}</h2>`);
  if (x.missing.length === 0) out.push(`<p>${e(m.noMissing)}</p>`);
  else {
    out.push('<ul>');
    for (const g of x.missing) out.push(`<li>${swatch(g)}${e(goalLabel(g))}${x.core.includes(g) ? core : ''} — ${e(m.best.toLowerCase())} ${e(score(report.goals[g - 1]!.best))}</li>`);
    out.push('</ul>');
  }
  out.push('</section>');

  // The 17 goals.
  out.push('<section>', `<h2>${e(m.goalsTable)}</h2>`, `<p class="meta">${e(m.legend)}</p>`, '<div class="scroll"><table class="goals">');
  out.push(
    `<thead><tr><th class="mark" aria-label="${e(m.statusHeader)}"></th><th>${e(m.goal)}</th><th>${e(m.statusHeader)}</th><th class="num">${e(m.best)}</th><th class="num">${e(m.share)}</th><th>${e(m.addressedBy)}</th></tr></thead>`,
    '<tbody>',
  );
  for (const g of goalsInReadingOrder(report)) {
    const confirmed = g.confirmed ? ` <span class="confirmed">✔ ${e(m.confirmedMark)}${e(colon)}${g.confirmed}</span>` : '';
    out.push(
      `<tr class="${g.status}" data-goal="${g.goal}"><td class="mark">${STATUS_MARK[g.status]}</td><td>${swatch(g.goal)}${e(goalLabel(g.goal))}${g.core ? core : ''}</td><td>${e(statusLabel(g, m))}${confirmed}</td><td class="num">${e(score(g.best))}</td><td class="num">${e(formatPercent(g.share, locale))}</td><td>${g.programmes.map((id) => (withEvidence.has(id) ? `<a href="#${anchorOf.get(id)}">${e(id)}</a>` : e(id))).join(', ')}</td></tr>`,
    );
  }
  out.push('</tbody></table></div>', '</section>');

  // Heatmap: programmes × goals, with its legend; each programme links to its evidence.
  out.push('<section id="heatmap">', `<h2>${e(m.heatmap)}</h2>`, `<p class="meta">${e(m.heatmapHelp)}</p>`);
  const ramp = [0, 0.25, 0.5, 0.75, 1].map((a) => `<span style="background:${tint('#0A97D9', a * 0.9)}"></span>`).join('');
  out.push(`<p class="legend"><span>${e(m.heatmapLow)}</span><span class="ramp" aria-hidden="true">${ramp}</span><span>${e(m.heatmapHigh)}</span><span>${e(m.heatmapLegend({ threshold: score(threshold) }))}</span></p>`);
  out.push('<div class="scroll"><table class="heatmap">');
  out.push(
    `<thead><tr><th>${e(m.programme)}</th>${allGoals
      .map((g) => `<th class="goal" style="background:${g.colour};color:${inkOn(g.colour)}" title="${e(goalLabel(g.goal))}">${g.goal}</th>`)
      .join('')}</tr></thead>`,
    '<tbody>',
  );
  for (const p of report.programmes) {
    const cells = p.scores
      .map((s, i) => {
        const goal = allGoals[i]!;
        const background = tint(goal.colour, Math.min(1, threshold > 0 ? s / threshold : 1) * 0.9);
        const on = s >= threshold || (p.confirmed?.includes(goal.goal as GoalNumber) ?? false);
        // Blank below 0.005 (would show 0.00): the eye finds the real scores faster.
        return `<td class="cell${on ? ' on' : ''}" style="background:${background};color:${inkOn(background)}" title="${e(`${p.id} · ${goalLabel(goal.goal)}${colon}${score(s)}`)}">${s >= 0.005 ? e(score(s)) : ''}</td>`;
      })
      .join('');
    const label = `<span class="pid">${e(p.id)}</span>${p.title && p.title !== p.id ? `<span class="ptitle">${e(p.title)}</span>` : ''}`;
    out.push(`<tr><th class="programme" scope="row">${withEvidence.has(p.id) ? `<a href="#${anchorOf.get(p.id)}">${label}</a>` : label}</th>${cells}</tr>`);
  }
  out.push('</tbody></table></div>', '</section>');

  // Weak goals with their evidence.
  const weak = report.goals.filter((g) => g.status === 'weak');
  if (weak.length) {
    out.push('<section>', `<h2>${e(m.weakEvidence)}</h2>`);
    for (const g of weak) {
      out.push(`<h3>${swatch(g.goal)}${e(goalLabel(g.goal))}${g.core ? core : ''}</h3>`, '<ul>');
      for (const ev of g.evidence ?? []) {
        const words = ev.matched.length ? ev.matched.map((w) => `« ${e(w)} »`).join(', ') : e(m.none);
        out.push(`<li>${programme(ev.programme)} (${e(score(ev.score))}) — ${e(m.matched.toLowerCase())}${e(colon)}${words}${ev.excerpt ? `<blockquote>${e(ev.excerpt)}</blockquote>` : ''}</li>`);
      }
      out.push('</ul>');
    }
    out.push('</section>');
  }

  // The five finalités (a framework without them has no such section).
  if (report.finalites.length) out.push('<section>', `<h2>${e(m.finalites)}</h2>`, `<p class="meta">${e(m.finalitesHelp)}</p>`, '<div class="scroll"><table class="finalites">');
  if (report.finalites.length) out.push(`<thead><tr><th>${e(m.finalite)}</th><th>${e(m.linkedGoals)}</th><th>${e(m.coveredGoals)}</th><th class="num">%</th><th>${e(m.missingExpected)}</th></tr></thead>`, '<tbody>');
  for (const f of report.finalites) {
    const chips = (goals: readonly number[]) => (goals.length ? goals.map((g) => `<span class="chip">${swatch(g)}${f.primary.includes(g as never) ? `<strong>${g}</strong>` : g}</span>`).join(' ') : '—');
    const missing = f.missing.filter((g) => x.goals.includes(g));
    out.push(`<tr><td>${f.number}° ${e(finaliteName(f, locale, framework))}</td><td>${chips(f.goals)}</td><td>${chips(f.covered)}</td><td class="num">${e(formatPercent(f.share ?? 0, locale))}</td><td>${chips(missing)}</td></tr>`);
  }
  if (report.finalites.length) out.push('</tbody></table></div>', `<p class="note">${e(m.finalitesNote)}</p>`, '</section>');

  // Target gaps: the key targets with their UN text and indicators; the others in the annex.
  const indicatorsOf = (id: string): string => {
    const list = targetOf(framework, id).indicators;
    return list.length ? `<span class="ind">${e(m.indicators)}${e(colon)}${list.map((i) => `${e(i.id)} ${e(indicatorText(i, locale))}`).join(' ; ')}</span>` : '';
  };
  out.push('<section>', `<h2>${e(m.targetGaps)}</h2>`, `<p class="meta">${e(m.targetGapsHelp)}</p>`, '<div class="scroll"><table class="targets">');
  out.push(`<thead><tr><th>${e(m.goal)}</th><th>${e(m.keyTargets)}</th><th>${e(m.otherTargets)}</th></tr></thead>`, '<tbody>');
  for (const { goal, targets } of report.targetGaps) {
    const key = targets.filter((t) => t.key);
    const others = targets.filter((t) => !t.key).map((t) => t.target);
    const keyCell = key.length
      ? key
          .map(
            (t) =>
              `<strong>${e(t.target)}</strong> <span class="un">${e(targetText(framework, t.target, locale))}</span>${indicatorsOf(t.target)}<span class="ind">${e(m.closest)}${e(colon)}${t.closest ? `${programme(t.closest.programme)}, ${e(score(t.closest.score))}` : e(m.none)}</span>`,
          )
          .join('<br>')
      : '—';
    const otherCell = targets.length === 0 ? e(m.allTargetsAddressed) : others.length ? `${e(others.join(', '))} <span class="ind">${e(m.otherTargetsInAnnex)}</span>` : '—';
    out.push(`<tr><td>${swatch(goal)}${e(goalLabel(goal))}</td><td>${keyCell}</td><td>${otherCell}</td></tr>`);
  }
  out.push('</tbody></table></div>', '</section>');

  if (report.unexpectedCovered.length) {
    out.push('<section>', `<h2>${e(m.unexpectedCovered)}</h2>`, '<ul>');
    for (const g of report.unexpectedCovered) out.push(`<li>${swatch(g)}${e(goalLabel(g))} — ${e(score(report.goals[g - 1]!.best))}</li>`);
    out.push('</ul>', '</section>');
  }
  if (report.orphans.length) {
    out.push('<section>', `<h2>${e(m.orphans)}</h2>`, `<p class="meta">${e(m.orphansHelp)}</p>`, '<ul>');
    for (const id of report.orphans) out.push(`<li>${programme(id)}</li>`);
    out.push('</ul>', '</section>');
  }

  // One section per programme: the goals it counts for and the words behind them.
  if (withEvidence.size) {
    out.push('<section id="programmes">', `<h2>${e(m.programmeEvidence)}</h2>`, `<p class="meta">${e(m.programmeEvidenceHelp)}</p>`);
    if (report.programmeEvidence) out.push(`<p class="note">${e(m.evidenceOmitted({ shown: report.programmeEvidence.shown, total: report.programmes.length }))}</p>`);
    for (const p of report.programmes) {
      if (!p.evidence?.length) continue;
      out.push(`<article class="programme-card" id="${anchorOf.get(p.id)}">`, `<h3>${e(p.id)}${p.title && p.title !== p.id ? ` — ${e(p.title)}` : ''}</h3>`, '<ul>');
      for (const ev of p.evidence) {
        const words = ev.matched.length ? `${e(m.matched.toLowerCase())}${e(colon)}${ev.matched.map((w) => `« ${e(w)} »`).join(', ')}` : e(m.similarityOnly);
        out.push(`<li>${swatch(ev.goal)}<strong>${e(goalLabel(ev.goal))}</strong> (${e(score(ev.score))})${ev.confirmed ? confirmedMark : ''} — ${words}${ev.excerpt ? `<blockquote>${e(ev.excerpt)}</blockquote>` : ''}</li>`);
      }
      out.push('</ul>', `<p class="back"><a href="#heatmap">↑ ${e(m.backToHeatmap)}</a></p>`, '</article>');
    }
    out.push('</section>');
  }

  // Technical annex: how the figures are computed, the other targets, the provenance of the links.
  out.push('<section class="annex">', `<h2>${e(m.annex)}</h2>`, `<p class="meta">${e(m.annexHelp)}</p>`, '<ul>');
  out.push(`<li>${e(m.threshold)}${e(colon)}${e(m.thresholdsExplained({ threshold: score(threshold), weak: score(report.thresholds.weakThreshold), target: score(report.thresholds.targetThreshold) }))}</li>`);
  out.push(`<li>${e(m.coverage)}${e(colon)}${e(m.coverageHelp)}</li>`);
  const c = report.concentration;
  if (c.value === null || c.entropy === null) out.push(`<li>${e(m.concentration)}${e(colon)}${e(m.noLabels)}</li>`);
  else {
    out.push(`<li>${e(m.concentration)}${e(colon)}${e(m.top2Share({ share: formatPercent(c.value, locale), goals: c.top.map((g) => goalCode(framework, g, locale)).join(', ') }))}</li>`);
    out.push(`<li>${e(m.entropyPlain({ value: score(c.entropy) }))}</li>`);
  }
  out.push('</ul>');
  const otherTargets = report.targetGaps.flatMap(({ targets }) => targets.filter((t) => !t.key));
  if (otherTargets.length) {
    out.push(`<h3>${e(m.otherTargetsTitle)}</h3>`, '<div class="scroll"><table class="targets other-targets">', `<thead><tr><th>${e(m.goal)}</th><th>${e(m.otherTargets)}</th></tr></thead>`, '<tbody>');
    for (const t of otherTargets) out.push(`<tr><td>${e(t.target)}</td><td><span class="un">${e(targetText(framework, t.target, locale))}</span>${indicatorsOf(t.target)}</td></tr>`);
    out.push('</tbody></table></div>');
  }
  if (report.provenance.links.length) {
    out.push(`<h3>${e(m.provenance)}</h3>`, '<div class="scroll"><table class="provenance">');
    out.push(`<thead><tr><th>${e(m.goal)}</th><th>${e(m.link)}</th><th>${e(m.source)}</th></tr></thead>`, '<tbody>');
    for (const l of report.provenance.links) {
      const source = l.kind === 'judgement' || l.kind === 'custom' ? '—' : e(typography(citationSources(l.provenance)));
      out.push(`<tr><td>${swatch(l.goal)}${e(goalLabel(l.goal))}${l.core ? core : ''}</td><td>${e(m.provenanceKind[l.kind])}</td><td>${source}</td></tr>`);
    }
    out.push('</tbody></table></div>');
  }
  out.push('</section>');
  if (builtInType) out.push(`<p class="footnote" id="provenance-note">* ${e(m.provenanceNote)}</p>`);
  out.push(`<footer>${e(m.generatedBy)} · schemaVersion ${report.schemaVersion}</footer>`);
  return { locale, title: heading.title, css: CSS, body: out.join('\n') };
}

/** The `html` entry of the CLI's report formats: the whole report as one string. */
export const htmlReport = {
  streams: false,
  render: (report: GapReport | LazyGapReport, options: { readonly locale: RenderLocale }): string[] => {
    const text = renderHtml(report as GapReport, options);
    return [text.endsWith('\n') ? text : `${text}\n`];
  },
};
