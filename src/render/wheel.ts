import type { GapReport } from '../report/gaps.js';
import type { Framework } from '../frameworks/types.js';
import { escapeHtml } from './escape.js';
import { formatPercent, formatScore, goalCode, goalColour, goalName, messages, reportFramework, resolveLocale, type RenderLocale } from './locale.js';

/** Geometry of the wheel in SVG user units (it scales with its container: `viewBox`, no fixed size). */
const SIZE = 400;
const CENTRE = SIZE / 2;
const OUTER = 190;
const INNER = 88;
/** Gap between segments, in degrees. */
const GAP = 1.2;
/** Least opacity, so a goal with no evidence still shows its colour faintly. */
const MIN_OPACITY = 0.12;

/** Rounds coordinates to 2 decimals: shorter output, the same bytes on every platform. */
const r2 = (v: number): string => {
  const s = (Math.round(v * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
};

const point = (radius: number, degrees: number): string => {
  const rad = ((degrees - 90) * Math.PI) / 180;
  return `${r2(CENTRE + radius * Math.cos(rad))} ${r2(CENTRE + radius * Math.sin(rad))}`;
};

/** Path of an annular sector from `start` to `end` degrees (0 = top, clockwise). */
function sector(start: number, end: number): string {
  return [
    `M${point(OUTER, start)}`,
    `A${OUTER} ${OUTER} 0 0 1 ${point(OUTER, end)}`,
    `L${point(INNER, end)}`,
    `A${INNER} ${INNER} 0 0 0 ${point(INNER, start)}`,
    'Z',
  ].join(' ');
}

/**
 * Fill opacity of a goal: its best score relative to the threshold, from MIN_OPACITY (no
 * evidence) to 1 (addressed), so weak goals show half-tone.
 */
export const segmentOpacity = (best: number, threshold: number): number =>
  Math.round((MIN_OPACITY + (1 - MIN_OPACITY) * Math.min(1, threshold > 0 ? best / threshold : 1)) * 100) / 100;

/**
 * The goal wheel as inline SVG: one `<path class="sdg-segment" data-goal="n">` per goal of the
 * report's framework (17 for the SDGs) in its colours, shaded by coverage, expected goals
 * outlined (dashed when missing), each with a `<title>` tooltip; the coverage of expected goals in
 * the centre. No external reference.
 */
export function renderWheel(report: GapReport, options: { locale?: RenderLocale; framework?: Framework } = {}): string {
  const locale = resolveLocale(options);
  const m = messages(locale);
  const framework = reportFramework(report, options);
  const step = 360 / framework.goals.length;
  const parts: string[] = [];
  parts.push(
    `<svg class="sdg-wheel" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-labelledby="sdg-wheel-title" preserveAspectRatio="xMidYMid meet">`,
    `<title id="sdg-wheel-title">${escapeHtml(`${m.wheel} — ${m.coverage}${m.colon}${formatPercent(report.coverage, locale)}`)}</title>`,
  );
  for (const g of report.goals) {
    const start = (g.goal - 1) * step + GAP / 2;
    const end = g.goal * step - GAP / 2;
    const opacity = segmentOpacity(g.best, report.thresholds.threshold);
    const status = g.status === 'not-expected' && g.addressed ? m.notExpectedAddressed : m.status[g.status];
    const tooltip = `${goalCode(framework, g.goal, locale)} — ${goalName(framework, g.goal, locale)}${g.core ? ` (${m.core})` : ''}${m.colon}${status} (${m.best.toLowerCase()} ${formatScore(g.best, locale)})`;
    const stroke = g.expected
      ? ` stroke="#1b1b1b" stroke-width="3"${g.status === 'missing' ? ' stroke-dasharray="7 5"' : ''}`
      : ' stroke="#ffffff" stroke-width="1"';
    parts.push(
      `<path class="sdg-segment" data-goal="${g.goal}" data-status="${g.status}" d="${sector(start, end)}" fill="${goalColour(framework, g.goal)}" fill-opacity="${opacity}"${stroke}><title>${escapeHtml(tooltip)}</title></path>`,
    );
    const label = point((OUTER + INNER) / 2, (start + end) / 2).split(' ');
    const ink = opacity >= 0.55 ? '#ffffff' : '#1b1b1b';
    parts.push(
      `<text class="sdg-number" x="${label[0]}" y="${label[1]}" fill="${ink}" text-anchor="middle" dominant-baseline="central" font-size="20" font-weight="700" aria-hidden="true">${g.goal}</text>`,
    );
  }
  parts.push(
    `<text x="${CENTRE}" y="${CENTRE - 6}" text-anchor="middle" font-size="44" font-weight="700" fill="#1b1b1b">${escapeHtml(formatPercent(report.coverage, locale))}</text>`,
    `<text x="${CENTRE}" y="${CENTRE + 26}" text-anchor="middle" font-size="13" fill="#444444">${escapeHtml(m.wheelCentre)}</text>`,
    '</svg>',
  );
  return parts.join('\n');
}
