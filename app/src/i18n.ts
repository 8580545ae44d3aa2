/**
 * The interface's language: the page's sentences are the `app` section of the library's message
 * catalogue (src/locales, shared with the CLI); this module fills the DOM texts that name one.
 */
import { browserLocale, formatDuration, formatNumber, isLocale, t, type Locale, type MessageId } from '../../src/locales/index.js';
import { messages } from '../../src/render/locale.js';

export { isLocale, t, type Locale };

/** French when the browser's languages put French first, else English (`browserLocale`). */
export const defaultLocale = (languages: readonly string[]): Locale => browserLocale(languages);

/** « ODD 7 » / "SDG 7". */
export const goalShort = (goal: number, locale: Locale): string => messages(locale).goalShort(goal);

/** A whole number the locale's way (« 20 000 » / "20,000"). */
export const formatCount = (n: number, locale: Locale): string => formatNumber(n, locale);

/** A duration the locale's way (« 175 ms », « 3,4 s »). */
export const formatElapsed = (ms: number, locale: Locale): string => formatDuration(ms, locale);

/** A message that takes no parameter, by an id read from the DOM. */
const sentence = (locale: Locale, id: string): string => (t as (locale: Locale, id: MessageId) => string)(locale, id as MessageId);

/**
 * Fills the texts of `root` from the catalogue: `data-i18n="app.id"` sets the text content,
 * `data-i18n-attr="attribute:app.id,…"` attributes (aria-label, placeholder, title).
 */
export function applyStrings(root: ParentNode, locale: Locale): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = sentence(locale, el.dataset.i18n!);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr!.split(',')) {
      const [attribute, id] = pair.split(':') as [string, string];
      el.setAttribute(attribute, sentence(locale, id));
    }
  }
}
