import type { GapReport, GoalGap, LazyGapReport } from '../report/gaps.js';
import { formatPercent, formatScore, goalName, messages, planTypeName, resolveLocale, type RenderLocale } from './locale.js';

export interface RenderOptions {
  /** Language of the rendering: `fr` (default) or `en`. */
  locale?: RenderLocale;
}

/** Status marks: ✓ covered, ~ weak, ✗ missing, · not expected (addressed or not). */
export const STATUS_MARK = { covered: '✓', weak: '~', missing: '✗', 'not-expected': '·' } as const;

/** Order of the goals table: what needs attention first. */
const STATUS_ORDER = { missing: 0, weak: 1, covered: 2, 'not-expected': 3 } as const;

/** Key targets listed one per line; the other gaps of a goal go on one line. */
const MAX_LISTED = 12;

/**
 * Escapes text for Markdown (inline and table cells): no markup, no raw HTML, no line breaks, and
 * no links: GitHub turns a bare `https://…`, `www.…` or `name@host` into one, so the `:` of `://`,
 * the `.` of `www.` and every `@` are escaped (backslash escapes show as the character alone).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~>@]/g, (c) => `\\${c}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .trim();
}

/** Goals in table order: missing, weak, covered, not expected but addressed, not expected; then goal number. */
export function goalsInReadingOrder(report: GapReport): GoalGap[] {
  const rank = (g: GoalGap): number => STATUS_ORDER[g.status] + (g.status === 'not-expected' && !g.addressed ? 0.5 : 0);
  return [...report.goals].sort((a, b) => rank(a) - rank(b) || a.goal - b.goal);
}

/** A programme as "id — title" (escaped); `titles` by id (a lookup per orphan, not a search). */
function programmeLabel(titles: ReadonlyMap<string, string | undefined>, id: string): string {
  const title = titles.get(id);
  return title ? `${escapeMarkdown(id)} — ${escapeMarkdown(title)}` : escapeMarkdown(id);
}

/**
 * The gap report as Markdown (GitHub flavour: tables and a footnote). Pure: same report and
 * locale, same string.
 */
export function renderMarkdown(report: GapReport, options: RenderOptions = {}): string {
  const locale = resolveLocale(options);
  const m = messages(locale);
  const score = (v: number): string => formatScore(v, locale);
  const goalLabel = (g: number): string => `${m.goalShort(g)} — ${goalName(g, locale)}`;
  const builtInType = report.planType && !report.planType.custom;
  const titles = new Map(report.programmes.map((p) => [p.id, p.title]));
  const out: string[] = [];

  out.push(`# ${m.title}${report.planType ? ` — ${escapeMarkdown(planTypeName(report.planType, locale))}` : ''}`, '');
  const colon = m.colon;
  const typeLabel = report.planType ? `${escapeMarkdown(planTypeName(report.planType, locale))}${builtInType ? '[^provenance]' : ''}` : m.customExpectation;
  out.push(`- ${m.planType}${colon}${typeLabel}`);
  out.push(`- ${m.programmes}${colon}${report.programmes.length}`);
  out.push(`- ${m.threshold}${colon}${score(report.thresholds.threshold)} · ${m.weakThreshold}${colon}${score(report.thresholds.weakThreshold)}`);
  out.push(`- ${m.coverage}${colon}**${formatPercent(report.coverage, locale)}** (${m.coverageHelp})`, '');

  out.push(`## ${m.missingGoals}`, '');
  if (report.expected.missing.length === 0) out.push(m.noMissing);
  for (const g of report.expected.missing) {
    out.push(`- ${STATUS_MARK.missing} ${goalLabel(g)}${report.expected.core.includes(g) ? ` (**${m.core}**)` : ''} — ${m.best.toLowerCase()} ${score(report.goals[g - 1]!.best)}`);
  }
  out.push('');

  out.push(`## ${m.goalsTable}`, '', m.legend, '');
  out.push(`| | ${m.goal} | ${m.statusHeader} | ${m.best} | ${m.share} | ${m.addressedBy} |`);
  out.push('| :-: | --- | --- | --: | --: | --- |');
  for (const g of goalsInReadingOrder(report)) {
    const status = g.status === 'not-expected' && g.addressed ? m.notExpectedAddressed : m.status[g.status];
    const progs = g.programmes.slice(0, 5).map(escapeMarkdown).join(', ') + (g.programmes.length > 5 ? ` ${m.more(g.programmes.length - 5)}` : '');
    out.push(
      `| ${STATUS_MARK[g.status]} | ${goalLabel(g.goal)}${g.core ? ` (${m.core})` : ''} | ${status} | ${score(g.best)} | ${formatPercent(g.share, locale)} | ${progs} |`,
    );
  }
  out.push('');

  const weak = report.goals.filter((g) => g.status === 'weak');
  if (weak.length) {
    out.push(`## ${m.weakEvidence}`, '');
    for (const g of weak) {
      out.push(`### ${goalLabel(g.goal)}`, '');
      for (const e of g.evidence ?? []) {
        const words = e.matched.length ? e.matched.map((w) => `« ${escapeMarkdown(w)} »`).join(', ') : m.none;
        out.push(`- ${programmeLabel(titles, e.programme)} (${score(e.score)}) — ${m.matched.toLowerCase()}${colon}${words}`);
        if (e.excerpt) out.push(`  > ${escapeMarkdown(e.excerpt)}`);
      }
      out.push('');
    }
  }

  out.push(`## ${m.targetGaps}`, '', m.targetGapsHelp, '');
  for (const { goal, targets } of report.targetGaps) {
    if (targets.length === 0) {
      out.push(`- **${goalLabel(goal)}**${colon}${m.allTargetsAddressed}`);
      continue;
    }
    out.push(`- **${goalLabel(goal)}**`);
    const key = targets.filter((t) => t.key);
    for (const t of key) {
      const closest = t.closest ? `${escapeMarkdown(t.closest.programme)} (${score(t.closest.score)})` : m.none;
      out.push(`  - ${t.target} (${m.keyTarget}) — ${m.closest}${colon}${closest}`);
    }
    const others = targets.filter((t) => !t.key).map((t) => t.target);
    if (others.length) {
      const shown = others.slice(0, MAX_LISTED).join(', ') + (others.length > MAX_LISTED ? ` ${m.more(others.length - MAX_LISTED)}` : '');
      out.push(`  - ${shown}`);
    }
  }
  out.push('');

  if (report.unexpectedCovered.length) {
    out.push(`## ${m.unexpectedCovered}`, '');
    for (const g of report.unexpectedCovered) out.push(`- ${STATUS_MARK['not-expected']} ${goalLabel(g)} — ${score(report.goals[g - 1]!.best)}`);
    out.push('');
  }

  if (report.orphans.length) {
    out.push(`## ${m.orphans}`, '', m.orphansHelp, '');
    for (const id of report.orphans) out.push(`- ${programmeLabel(titles, id)}`);
    out.push('');
  }

  out.push(`## ${m.concentration}`, '');
  const c = report.concentration;
  if (c.value === null || c.entropy === null) out.push(m.noLabels);
  else {
    out.push(`- ${m.top2Share({ share: formatPercent(c.value, locale), goals: c.top.map((g) => m.goalShort(g)).join(', ') })}`);
    out.push(`- ${m.entropy({ value: score(c.entropy) })}`);
  }
  out.push('');

  if (report.provenance.links.length) {
    out.push(`## ${m.provenance}`, '');
    out.push(`| ${m.goal} | ${m.link} | ${m.source} |`, '| --- | --- | --- |');
    for (const l of report.provenance.links) {
      const source = l.kind === 'judgement' || l.kind === 'custom' ? '' : escapeMarkdown(l.provenance.replace(/^cited(?:-generic)?: /, ''));
      out.push(`| ${goalLabel(l.goal)}${l.core ? ` (${m.core})` : ''} | ${m.provenanceKind[l.kind]} | ${source} |`);
    }
    out.push('');
  }

  out.push(`_${m.generatedBy} (schemaVersion ${report.schemaVersion})._`);
  if (builtInType) out.push('', `[^provenance]: ${m.provenanceNote}`);
  return `${out.join('\n')}\n`;
}

/** The `md` entry of the CLI's report formats: the whole report as one string. */
export const markdownReport = {
  streams: false,
  render: (report: GapReport | LazyGapReport, options: { readonly locale: RenderLocale }): string[] => {
    const text = renderMarkdown(report as GapReport, options);
    return [text.endsWith('\n') ? text : `${text}\n`];
  },
};
