import { SdgAlignError } from '../errors.js';
import { enReport } from '../locales/en.js';
import { frReport } from '../locales/fr.js';
import { formatDate, formatDecimal, formatPercent as percent } from '../locales/format.js';
import type { Locale, ReportMessages } from '../locales/types.js';
import type { GapReport } from '../report/gaps.js';
import { getGoal, getTarget, type Indicator } from '../taxonomy/index.js';

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

/** Short goal title in the locale: "Bonne santé et bien-être". */
export const goalName = (goal: number, locale: RenderLocale): string => getGoal(goal)[locale].short;

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

/** The UN text of a target in the locale. */
export const targetText = (id: string, locale: RenderLocale): string => getTarget(id)[locale];

/** A UN indicator in the locale, in words: "3.9.1 Taux de mortalité…" (English, said so, when the UN has no French text). */
export function indicatorText(indicator: Indicator, locale: RenderLocale): string {
  const text = locale === 'fr' ? indicator.fr : indicator.en;
  return text ?? `${indicator.en} ${messages(locale).englishOnly}`;
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
