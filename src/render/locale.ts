import { SdgAlignError } from '../errors.js';
import { catalogue } from '../locales/index.js';
import { formatDecimal, formatPercent as percent } from '../locales/format.js';
import type { Locale, ReportMessages } from '../locales/types.js';
import { getGoal } from '../taxonomy/index.js';

export type RenderLocale = Locale;

/** Every sentence a rendering shows, in French and English: the `report` section of the catalogues (src/locales). */
export type RenderMessages = ReportMessages;

export function messages(locale: RenderLocale): RenderMessages {
  if (locale !== 'fr' && locale !== 'en') throw new SdgAlignError('INVALID_OPTIONS', `Invalid render option "locale": expected "fr" or "en", got ${JSON.stringify(locale)}.`, { field: 'locale' });
  return catalogue(locale).report;
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
export const planTypeName = (planType: { acronym: string; name_fr: string; name_en: string }, locale: RenderLocale): string =>
  `${planType.acronym} — ${locale === 'fr' ? planType.name_fr : planType.name_en}`;
