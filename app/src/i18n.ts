/** The interface's language: sentences by message id, French or English, and the DOM texts that carry an id. */
import { messages, type RenderLocale } from '../../src/render/locale.js';
import { STRINGS, type MessageId } from './strings.js';

export type Locale = RenderLocale;
export const LOCALES: readonly Locale[] = ['fr', 'en'];

export const isLocale = (value: unknown): value is Locale => value === 'fr' || value === 'en';

/** French when the browser's first language is French, else English. */
export const defaultLocale = (languages: readonly string[]): Locale => (/^fr\b/i.test(languages[0] ?? '') ? 'fr' : 'en');

/** The sentence `id` in `locale`, `{name}` replaced by `params.name`. */
export function t(locale: Locale, id: MessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return STRINGS[id][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** « ODD 7 » / "SDG 7". */
export const goalShort = (goal: number, locale: Locale): string => messages(locale).goalShort(goal);

/** A whole number with the locale's grouping (« 20 000 » with a narrow no-break space / "20,000"). */
export const formatCount = (n: number, locale: Locale): string => n.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB');

/** Seconds with one decimal, decimal comma in French. */
export const formatSeconds = (ms: number, locale: Locale): string => (ms / 1000).toFixed(1).replace('.', messages(locale).decimal);

/**
 * Fills the texts of `root` from the catalogue: `data-i18n="id"` sets the text content,
 * `data-i18n-attr="attribute:id,…"` attributes (aria-label, placeholder, title).
 */
export function applyStrings(root: ParentNode, locale: Locale): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(locale, el.dataset.i18n as MessageId);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr!.split(',')) {
      const [attribute, id] = pair.split(':') as [string, MessageId];
      el.setAttribute(attribute, t(locale, id));
    }
  }
}
