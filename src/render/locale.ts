import { SdgAlignError } from '../errors.js';
import { enReport } from '../locales/en.js';
import { frReport } from '../locales/fr.js';
import { formatDate, formatDecimal, formatPercent as percent } from '../locales/format.js';
import type { Locale, ReportMessages } from '../locales/types.js';
import type { GapReport } from '../report/gaps.js';
import { findFrameworkTarget, frameworkGoal, goalCodeIn, goalNameIn, indicatorTextIn, targetTextIn } from '../frameworks/index.js';
import type { Framework, FrameworkIndicator } from '../frameworks/types.js';

export type RenderLocale = Locale;

/** Every sentence a rendering shows, in French and English: the `report` section of the catalogues (src/locales). */
export type RenderMessages = ReportMessages;

export function messages(locale: RenderLocale): RenderMessages {
  if (locale !== 'fr' && locale !== 'en') throw new SdgAlignError('INVALID_OPTIONS', `Invalid render option "locale": expected "fr" or "en", got ${JSON.stringify(locale)}.`, { field: 'locale' });
  return locale === 'fr' ? frReport : enReport;
}

/** Resolves the `locale` option (default `fr`: the package's first audience is French local government). */
export function resolveLocale(options: { locale?: RenderLocale } | undefined): RenderLocale {
  const locale = options?.locale ?? 'fr';
  messages(locale);
  return locale;
}

/** A score with two decimals in the locale's notation ("0,42" / "0.42"), rounded as every formatter rounds (`roundTo`). */
export const formatScore = (value: number, locale: RenderLocale): string => formatDecimal(value, resolveLocale({ locale }), 2);

/** A share 0–1 as a whole percentage: "67 %" (with a no-break space) / "67%". */
export const formatPercent = (value: number, locale: RenderLocale): string => percent(value, resolveLocale({ locale }));

/**
 * The framework a rendering reads goals, targets, names and colours from: the option, else the
 * one the report carries (`gapReport` attaches it: frameworks/carry.ts). A report parsed from
 * JSON carries none: give `framework` (`sdgFramework` for the SDGs).
 */
export function reportFramework(report: GapReport | { readonly framework?: Framework }, options?: { readonly framework?: Framework }): Framework {
  const framework = options?.framework ?? report.framework;
  if (!framework) {
    throw new SdgAlignError('INVALID_OPTIONS', 'Invalid render option "framework": this report does not carry its framework (it was copied or parsed from JSON); give framework (sdgFramework for the SDGs).', { field: 'framework' });
  }
  return framework;
}

/** Short goal title in the locale: "Bonne santé et bien-être". */
export const goalName = (framework: Framework, goal: number, locale: RenderLocale): string => goalNameIn(frameworkGoal(framework, goal), locale).short;

/** A goal's short label in the locale: "ODD 7" / "SDG 7". */
export const goalCode = (framework: Framework, goal: number, locale: RenderLocale): string => goalCodeIn(frameworkGoal(framework, goal), locale);

/** A goal's colour, "#RRGGBB". */
export const goalColour = (framework: Framework, goal: number): string => frameworkGoal(framework, goal).colour;

/** A target of the framework; throws `UNKNOWN_TARGET` for an id it does not have. */
export function targetOf(framework: Framework, id: string) {
  const target = findFrameworkTarget(framework, id);
  if (!target) throw new SdgAlignError('UNKNOWN_TARGET', `Unknown target ${JSON.stringify(id)} in the framework "${framework.id}".`, { target: id });
  return target;
}

/** Plan-type name in the locale. */
export const planTypeName = (planType: { acronym: string; nameFr: string; nameEn: string }, locale: RenderLocale): string =>
  `${planType.acronym} — ${locale === 'fr' ? planType.nameFr : planType.nameEn}`;

/**
 * The sources of a cited link, as a reader can look them up: the publication, without the
 * project's internal notes (`(competence-level: …)`, `as summarised by …`, `: recommends …`),
 * which are working notes in English, not part of the citation. The full text stays in the JSON.
 */
export function citationSources(provenance: string): string {
  return provenance
    .replace(/^cited(?:-generic)?:\s*/, '')
    .split(/\s+;\s+/)
    .map((part) =>
      part
        .replace(/\s*\((?:[^()]*(?::|→|↔|continuity|detail)[^()]*)\)/g, '')
        .replace(/,\s*as (?:summarised|quoted) by [^;]*/g, '')
        .replace(/\):\s*(?!«)[a-z][^;]*$/, ')')
        .replace(/:\s+(?!«)(?:recommends|per-ODD)[^;]*$/, '')
        .trim(),
    )
    .filter((part) => part !== '')
    .join(' ; ');
}

/** The text of a target in the locale (the UN's, for the SDGs). */
export const targetText = (framework: Framework, id: string, locale: RenderLocale): string => targetTextIn(targetOf(framework, id), locale);

/** An indicator in the locale, in words: "3.9.1 Taux de mortalité…" (English, said so, when it has no text in the locale). */
export function indicatorText(indicator: FrameworkIndicator, locale: RenderLocale): string {
  const text = indicatorTextIn(indicator, locale);
  return text ?? `${indicatorTextIn(indicator, 'en') ?? Object.values(indicator.texts).find((t) => t) ?? ''} ${messages(locale).englishOnly}`;
}

/** The document line of a report: its collectivité and date, when given ("Communauté d'agglomération du Val · 15 mars 2026"). */
export function bylineOf(report: GapReport, locale: RenderLocale): string | undefined {
  const d = report.document;
  const parts = [d?.author, d?.date ? formatDate(d.date, locale) : undefined].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : undefined;
}

/** The report's heading: the document's title when known, else "SDG gap report — PCAET — …". */
export function headingOf(report: GapReport, locale: RenderLocale): { title: string; subtitle?: string } {
  const m = messages(locale);
  const plan = report.planType ? planTypeName(report.planType, locale) : undefined;
  const generic = plan ? m.reportOf({ plan }) : m.title;
  return report.document?.title ? { title: report.document.title, subtitle: generic } : { title: generic };
}
