import type { GapReport, GoalGap, LazyGapReport } from '../report/gaps.js';
import type { Framework } from '../frameworks/types.js';
import { frenchPunctuation } from '../locales/format.js';
import { bylineOf, citationSources, formatPercent, formatScore, goalCode, goalName, headingOf, indicatorText, messages, planTypeName, reportFramework, resolveLocale, targetOf, targetText, type RenderLocale } from './locale.js';

export interface RenderOptions {
  /** Language of the rendering: `fr` (default) or `en`. */
  locale?: RenderLocale;
  /** The framework of the report's goals (default: the one the report carries). */
  framework?: Framework;
}

/** Status marks: ✓ covered, ~ weak, ✗ missing, · not expected (addressed or not). */
export const STATUS_MARK = { covered: '✓', weak: '~', missing: '✗', 'not-expected': '·' } as const;

/** Order of the goals table: what needs attention first. */
const STATUS_ORDER = { missing: 0, weak: 1, covered: 2, 'not-expected': 3 } as const;


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
  return title && title !== id ? `${escapeMarkdown(id)} — ${escapeMarkdown(title)}` : escapeMarkdown(id);
}

/**
 * The gap report as Markdown (GitHub flavour: tables and a footnote), for people who have not
 * read sdg-align's documentation: plain sentences first, the measures explained in a technical
 * annex. Pure: same report and locale, same string.
 */
export function renderMarkdown(report: GapReport, options: RenderOptions = {}): string {
  const locale = resolveLocale(options);
  const m = messages(locale);
  const score = (v: number): string => formatScore(v, locale);
  const framework = reportFramework(report, options);
  const goalLabel = (g: number): string => `${goalCode(framework, g, locale)} — ${goalName(framework, g, locale)}`;
  const builtInType = report.planType && !report.planType.custom;
  const titles = new Map(report.programmes.map((p) => [p.id, p.title]));
  const colon = m.colon;
  const typography = (text: string) => (locale === 'fr' ? frenchPunctuation(text) : text);
  const out: string[] = [];

  const heading = headingOf(report, locale);
  out.push(`# ${escapeMarkdown(heading.title)}`, '');
  const byline = bylineOf(report, locale);
  const subtitle = [heading.subtitle ? `**${escapeMarkdown(heading.subtitle)}**` : undefined, byline ? escapeMarkdown(byline) : undefined].filter(Boolean).join(' · ');
  if (subtitle) out.push(subtitle, '');
  const typeLabel = report.planType ? `${escapeMarkdown(planTypeName(report.planType, locale))}${builtInType ? '[^provenance]' : ''}` : m.customExpectation;
  out.push(`- ${m.planType}${colon}${typeLabel}`);
  out.push(`- ${m.programmes}${colon}${report.programmes.length}`);
  const e = report.expected;
  out.push(`- ${m.coverage}${colon}${m.coverageExplained({ coverage: `**${formatPercent(report.coverage, locale)}**`, covered: e.covered.length, weak: e.weak.length, expected: e.goals.length })}`);
  if (report.review) out.push(`- ${m.reviewedBy}${colon}${m.confirmedCount(report.review)}`);
  out.push('');

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
    const confirmed = g.confirmed ? ` (${m.confirmedMark}${colon}${g.confirmed})` : '';
    out.push(`| ${STATUS_MARK[g.status]} | ${goalLabel(g.goal)}${g.core ? ` (${m.core})` : ''} | ${status}${confirmed} | ${score(g.best)} | ${formatPercent(g.share, locale)} | ${progs} |`);
  }
  out.push('');

  const weak = report.goals.filter((g) => g.status === 'weak');
  if (weak.length) {
    out.push(`## ${m.weakEvidence}`, '');
    for (const g of weak) {
      out.push(`### ${goalLabel(g.goal)}`, '');
      for (const ev of g.evidence ?? []) {
        const words = ev.matched.length ? ev.matched.map((w) => `« ${escapeMarkdown(w)} »`).join(', ') : m.none;
        out.push(`- ${programmeLabel(titles, ev.programme)} (${score(ev.score)}) — ${m.matched.toLowerCase()}${colon}${words}`);
        if (ev.excerpt) out.push(`  > ${escapeMarkdown(ev.excerpt)}`);
      }
      out.push('');
    }
  }

  // A framework without finalités has no such section.
  if (report.finalites.length) out.push(`## ${m.finalites}`, '', m.finalitesHelp, '');
  if (report.finalites.length) out.push(`| ${m.finalite} | ${m.linkedGoals} | ${m.coveredGoals} | ${m.missingExpected} |`, '| --- | --- | --- | --- |');
  for (const f of report.finalites) {
    const linked = f.goals.map((g) => (f.primary.includes(g) ? `**${g}**` : String(g))).join(', ');
    const missing = f.missing.filter((g) => report.expected.goals.includes(g));
    out.push(`| ${f.number}° ${escapeMarkdown(finaliteName(f, locale, framework))} | ${linked} | ${f.covered.length ? f.covered.join(', ') : '—'} (${formatPercent(f.share ?? 0, locale)}) | ${missing.length ? missing.join(', ') : '—'} |`);
  }
  if (report.finalites.length) out.push('', `_${m.finalitesNote}_`, '');

  out.push(`## ${m.targetGaps}`, '', m.targetGapsHelp, '');
  const indicatorsLine = (id: string): string[] => {
    const indicators = targetOf(framework, id).indicators;
    return indicators.length ? [`    - ${m.indicators}${colon}${indicators.map((i) => `${i.id} ${escapeMarkdown(indicatorText(i, locale))}`).join(' ; ')}`] : [];
  };
  for (const { goal, targets } of report.targetGaps) {
    if (targets.length === 0) {
      out.push(`- **${goalLabel(goal)}**${colon}${m.allTargetsAddressed}`);
      continue;
    }
    out.push(`- **${goalLabel(goal)}**`);
    for (const t of targets.filter((x) => x.key)) {
      const closest = t.closest ? `${escapeMarkdown(t.closest.programme)} (${score(t.closest.score)})` : m.none;
      out.push(`  - **${t.target}** (${m.keyTarget}) ${escapeMarkdown(targetText(framework, t.target, locale))} — ${m.closest}${colon}${closest}`, ...indicatorsLine(t.target));
    }
    const others = targets.filter((x) => !x.key).map((x) => x.target);
    if (others.length) out.push(`  - ${m.otherTargets}${colon}${others.join(', ')} (${m.otherTargetsInAnnex})`);
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

  const withEvidence = report.programmes.filter((p) => p.evidence?.length);
  if (withEvidence.length) {
    out.push(`## ${m.programmeEvidence}`, '', m.programmeEvidenceHelp, '');
    if (report.programmeEvidence) out.push(m.evidenceOmitted({ shown: report.programmeEvidence.shown, total: report.programmes.length }), '');
    for (const p of withEvidence) {
      out.push(`### ${programmeLabel(titles, p.id)}`, '');
      for (const ev of p.evidence ?? []) {
        const words = ev.matched.length ? `${m.matched.toLowerCase()}${colon}${ev.matched.map((w) => `« ${escapeMarkdown(w)} »`).join(', ')}` : m.similarityOnly;
        out.push(`- ${goalLabel(ev.goal)} (${score(ev.score)}${ev.confirmed ? `, ${m.confirmedMark}` : ''}) — ${words}`);
        if (ev.excerpt) out.push(`  > ${escapeMarkdown(ev.excerpt)}`);
      }
      out.push('');
    }
  }

  out.push(`## ${m.annex}`, '', m.annexHelp, '');
  out.push(
    `- ${m.threshold}${colon}${m.thresholdsExplained({ threshold: score(report.thresholds.threshold), weak: score(report.thresholds.weakThreshold), target: score(report.thresholds.targetThreshold) })}`,
  );
  out.push(`- ${m.coverage}${colon}${m.coverageHelp}`);
  const c = report.concentration;
  if (c.value === null || c.entropy === null) out.push(`- ${m.concentration}${colon}${m.noLabels}`);
  else {
    out.push(`- ${m.concentration}${colon}${m.top2Share({ share: formatPercent(c.value, locale), goals: c.top.map((g) => goalCode(framework, g, locale)).join(', ') })}`);
    out.push(`- ${m.entropyPlain({ value: score(c.entropy) })}`);
  }
  out.push('');

  const otherTargets = report.targetGaps.flatMap(({ targets }) => targets.filter((t) => !t.key));
  if (otherTargets.length) {
    out.push(`### ${m.otherTargetsTitle}`, '');
    for (const t of otherTargets) out.push(`- **${t.target}** ${escapeMarkdown(targetText(framework, t.target, locale))}`, ...indicatorsLine(t.target).map((l) => l.slice(2)));
    out.push('');
  }

  if (report.provenance.links.length) {
    out.push(`### ${m.provenance}`, '');
    out.push(`| ${m.goal} | ${m.link} | ${m.source} |`, '| --- | --- | --- |');
    for (const l of report.provenance.links) {
      const source = l.kind === 'judgement' || l.kind === 'custom' ? '' : escapeMarkdown(typography(citationSources(l.provenance)));
      out.push(`| ${goalLabel(l.goal)}${l.core ? ` (${m.core})` : ''} | ${m.provenanceKind[l.kind]} | ${source} |`);
    }
    out.push('');
  }

  out.push(`_${m.generatedBy} (schemaVersion ${report.schemaVersion})._`);
  if (builtInType) out.push('', `[^provenance]: ${m.provenanceNote}`);
  return `${out.join('\n')}\n`;
}

/** A finalité's short name in the locale (the framework names them; the French one otherwise). */
export const finaliteName = (f: { number: number; fr: string }, locale: RenderLocale, framework?: Framework): string =>
  locale === 'fr' ? f.fr : (framework?.finalites?.name(f.number, locale) ?? f.fr);

/** The `md` entry of the CLI's report formats: the whole report as one string. */
export const markdownReport = {
  streams: false,
  render: (report: GapReport | LazyGapReport, options: { readonly locale: RenderLocale }): string[] => {
    const text = renderMarkdown(report as GapReport, options);
    return [text.endsWith('\n') ? text : `${text}\n`];
  },
};
