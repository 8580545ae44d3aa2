import type { GapReport, GoalGap, LazyGapReport } from '../report/gaps.js';
import { goals as allGoals } from '../taxonomy/index.js';
import { escapeHtml } from './escape.js';
import { formatPercent, formatScore, goalName, messages, planTypeName, resolveLocale, type RenderLocale, type RenderMessages } from './locale.js';
import { goalsInReadingOrder, STATUS_MARK } from './markdown.js';
import { renderWheel } from './wheel.js';

export interface HtmlRenderOptions {
  /** Language of the page: `fr` (default) or `en`. */
  locale?: RenderLocale;
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
h1 { font-size: 1.55rem; line-height: 1.2; margin: 0.2em 0 0.4em; }
h2 { font-size: 1.2rem; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid var(--line); }
h3 { font-size: 1rem; margin: 1em 0 0.3em; }
p, li { overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: 0; }
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
.core { font-size: 0.75rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; padding: 0 4px; border: 1px solid currentColor; border-radius: 3px; margin-left: 4px; }
blockquote { margin: 4px 0 8px; padding: 4px 10px; border-left: 3px solid var(--line); color: var(--muted); }
.targets { font-variant-numeric: tabular-nums; }
.footnote { margin-top: 2em; padding: 10px 12px; background: var(--bg-soft); border-left: 4px solid #a15c00; font-size: 0.9rem; }
footer { margin-top: 2em; color: var(--muted); font-size: 0.8rem; }
@media (max-width: 480px) {
  body { padding: 10px; font-size: 14px; }
  h1 { font-size: 1.3rem; }
  .wheel { max-width: 100%; }
}
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  .scroll { overflow: visible; }
  .wheel { max-width: 8cm; }
  h2 { break-after: avoid; }
  tr, figure, blockquote { break-inside: avoid; }
  table { font-size: 8pt; }
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
 * escaped. Pure: same report and locale, same string.
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
  const score = (v: number): string => formatScore(v, locale);
  const goalLabel = (g: number): string => `${m.goalShort(g)} — ${goalName(g, locale)}`;
  const swatch = (g: number): string => `<span class="swatch" style="background:${allGoals[g - 1]!.colour}" aria-hidden="true"></span>`;
  const core = `<span class="core">${e(m.core)}</span>`;
  const colon = m.colon;
  const threshold = report.thresholds.threshold;
  const titleById = new Map(report.programmes.map((p) => [p.id, p.title]));
  const programme = (id: string): string => {
    const title = titleById.get(id);
    return `<strong>${e(id)}</strong>${title ? ` — ${e(title)}` : ''}`;
  };
  const builtInType = report.planType && !report.planType.custom;
  const heading = `${m.title}${report.planType ? ` — ${planTypeName(report.planType, locale)}` : ''}`;
  const out: string[] = [];

  out.push(
    '<header>',
    `<h1>${e(heading)}</h1>`,
    `<p class="meta">${e(m.planType)}${colon}${report.planType ? e(planTypeName(report.planType, locale)) + (builtInType ? '<sup><a href="#provenance-note">*</a></sup>' : '') : e(m.customExpectation)}</p>`,
    '</header>',
  );

  // Overview: the wheel and the key figures.
  out.push('<section class="overview">', '<figure class="wheel">', renderWheel(report, { locale }), `<figcaption>${e(m.wheelHelp)}</figcaption>`, '</figure>');
  out.push('<div class="figures">', `<h2>${e(m.summary)}</h2>`, '<dl>');
  out.push(`<dt>${e(m.coverage)}</dt><dd><span class="big">${e(formatPercent(report.coverage, locale))}</span><br><small>${e(m.coverageHelp)}</small></dd>`);
  out.push(`<dt>${e(m.programmes)}</dt><dd>${report.programmes.length}</dd>`);
  out.push(`<dt>${e(m.threshold)}</dt><dd>${e(score(threshold))}</dd>`);
  out.push(`<dt>${e(m.weakThreshold)}</dt><dd>${e(score(report.thresholds.weakThreshold))}</dd>`);
  for (const status of ['covered', 'weak', 'missing'] as const) {
    const list = report.expected[status];
    out.push(`<dt>${STATUS_MARK[status]} ${e(m.status[status])}</dt><dd>${list.length ? list.map((g) => `<span class="chip">${swatch(g)}${g}</span>`).join(' ') : '—'}</dd>`);
  }
  out.push('</dl>', '</div>', '</section>');

  // Missing expected goals.
  out.push('<section>', `<h2>${e(m.missingGoals)}</h2>`);
  if (report.expected.missing.length === 0) out.push(`<p>${e(m.noMissing)}</p>`);
  else {
    out.push('<ul>');
    for (const g of report.expected.missing) {
      out.push(`<li>${swatch(g)}${e(goalLabel(g))}${report.expected.core.includes(g) ? core : ''} — ${e(m.best.toLowerCase())} ${e(score(report.goals[g - 1]!.best))}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');

  // The 17 goals.
  out.push('<section>', `<h2>${e(m.goalsTable)}</h2>`, `<p class="meta">${e(m.legend)}</p>`, '<div class="scroll"><table class="goals">');
  out.push(
    `<thead><tr><th class="mark" aria-label="${e(m.statusHeader)}"></th><th>${e(m.goal)}</th><th>${m.statusHeader}</th><th class="num">${e(m.best)}</th><th class="num">${e(m.share)}</th><th>${e(m.addressedBy)}</th></tr></thead>`,
    '<tbody>',
  );
  for (const g of goalsInReadingOrder(report)) {
    out.push(
      `<tr class="${g.status}" data-goal="${g.goal}"><td class="mark">${STATUS_MARK[g.status]}</td><td>${swatch(g.goal)}${e(goalLabel(g.goal))}${g.core ? core : ''}</td><td>${e(statusLabel(g, m))}</td><td class="num">${e(score(g.best))}</td><td class="num">${e(formatPercent(g.share, locale))}</td><td>${g.programmes.map(e).join(', ')}</td></tr>`,
    );
  }
  out.push('</tbody></table></div>', '</section>');

  // Heatmap: programmes × goals.
  out.push('<section>', `<h2>${e(m.heatmap)}</h2>`, '<div class="scroll"><table class="heatmap">');
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
        // Blank below 0.005 (would show 0.00): the eye finds the real scores faster.
        const background = tint(goal.colour, Math.min(1, threshold > 0 ? s / threshold : 1) * 0.9);
        const on = s >= threshold;
        return `<td class="cell${on ? ' on' : ''}" style="background:${background};color:${inkOn(background)}" title="${e(`${p.id} · ${goalLabel(goal.goal)}: ${score(s)}`)}">${s >= 0.005 ? e(score(s)) : ''}</td>`;
      })
      .join('');
    out.push(`<tr><th class="programme" scope="row"><span class="pid">${e(p.id)}</span>${p.title ? `<span class="ptitle">${e(p.title)}</span>` : ''}</th>${cells}</tr>`);
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
        out.push(`<li>${programme(ev.programme)} (${e(score(ev.score))}) — ${e(m.matched.toLowerCase())}${colon}${words}${ev.excerpt ? `<blockquote>${e(ev.excerpt)}</blockquote>` : ''}</li>`);
      }
      out.push('</ul>');
    }
    out.push('</section>');
  }

  // Target gaps.
  out.push('<section>', `<h2>${e(m.targetGaps)}</h2>`, `<p class="meta">${e(m.targetGapsHelp)}</p>`, '<div class="scroll"><table class="targets">');
  out.push(`<thead><tr><th>${e(m.goal)}</th><th>${e(m.keyTargets)}</th><th>${e(m.otherTargets)}</th></tr></thead>`, '<tbody>');
  for (const { goal, targets } of report.targetGaps) {
    const key = targets.filter((t) => t.key);
    const others = targets.filter((t) => !t.key).map((t) => t.target);
    const keyCell = key.length
      ? key.map((t) => `<strong>${e(t.target)}</strong> (${e(m.closest)}${colon}${t.closest ? `${e(t.closest.programme)}, ${e(score(t.closest.score))}` : e(m.none)})`).join('<br>')
      : '—';
    const otherCell = targets.length === 0 ? e(m.allTargetsAddressed) : others.length ? e(others.join(', ')) : '—';
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

  out.push('<section>', `<h2>${e(m.concentration)}</h2>`);
  const c = report.concentration;
  if (c.value === null || c.entropy === null) out.push(`<p>${e(m.noLabels)}</p>`);
  else {
    out.push(
      `<p>${e(m.top2Share({ share: formatPercent(c.value, locale), goals: c.top.map((g) => m.goalShort(g)).join(', ') }))}</p>`,
      `<p>${e(m.entropy({ value: score(c.entropy) }))}</p>`,
    );
  }
  out.push('</section>');

  if (report.provenance.links.length) {
    out.push('<section>', `<h2>${e(m.provenance)}</h2>`, '<div class="scroll"><table class="provenance">');
    out.push(`<thead><tr><th>${e(m.goal)}</th><th>${e(m.link)}</th><th>${e(m.source)}</th></tr></thead>`, '<tbody>');
    for (const l of report.provenance.links) {
      const source = l.kind === 'judgement' || l.kind === 'custom' ? '—' : e(l.provenance.replace(/^cited(?:-generic)?: /, ''));
      out.push(`<tr><td>${swatch(l.goal)}${e(goalLabel(l.goal))}${l.core ? core : ''}</td><td>${e(m.provenanceKind[l.kind])}</td><td>${source}</td></tr>`);
    }
    out.push('</tbody></table></div>', '</section>');
  }
  if (builtInType) out.push(`<p class="footnote" id="provenance-note">* ${e(m.provenanceNote)}</p>`);
  out.push(`<footer>${e(m.generatedBy)} · schemaVersion ${report.schemaVersion}</footer>`);
  return { locale, title: heading, css: CSS, body: out.join('\n') };
}

/** The `html` entry of the CLI's report formats: the whole report as one string. */
export const htmlReport = {
  streams: false,
  render: (report: GapReport | LazyGapReport, options: { readonly locale: RenderLocale }): string[] => {
    const text = renderHtml(report as GapReport, options);
    return [text.endsWith('\n') ? text : `${text}\n`];
  },
};
