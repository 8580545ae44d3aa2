/**
 * Messages for people, in French and English: `t(locale, id, params)`, `formatError(error,
 * locale)`, the number formatting of each language, and which language a person reads
 * (`detectLocale(env)` for a terminal, `browserLocale(navigator.languages)` for a page).
 * Browser-safe: no `node:` import.
 */
import { SdgAlignError } from '../errors.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Catalogue, Locale, MessageId, MessageParams } from './types.js';

export { en } from './en.js';
export { fr } from './fr.js';
export { formatDate, formatDecimal, formatDuration, formatNumber, formatPercent, formatter, frenchPunctuation, quote, roundTo, NBSP, NNBSP, type Formatter } from './format.js';
export { LOCALES, type Catalogue, type ErrorDetails, type ErrorDetailsMap, type Locale, type MessageId, type MessageParams, type ValueProblem } from './types.js';

const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { fr, en };

export const isLocale = (value: unknown): value is Locale => value === 'fr' || value === 'en';

/** The catalogue of a locale. Throws `INVALID_OPTIONS` for another value. */
export function catalogue(locale: Locale): Catalogue {
  const found = isLocale(locale) ? CATALOGUES[locale] : undefined;
  if (!found) throw new SdgAlignError('INVALID_OPTIONS', `Invalid option "locale": expected "fr" or "en", got ${JSON.stringify(locale)}.`, { field: 'locale' });
  return found;
}

/**
 * The sentence `id` (`section.key`: `cli.scoreSummary`, `report.title`…) in `locale`, with its
 * parameters: `t('fr', 'cli.scoreSummary', { rows: 20000, ms: 3400, empty: 2, closed: false })`
 * → « 20 000 lignes notées en 3,4 s, 2 sans texte. »
 */
export function t<Id extends MessageId>(locale: Locale, id: Id, ...params: MessageParams<Id> extends undefined ? [] : [MessageParams<Id>]): string {
  const dot = id.indexOf('.');
  const section = catalogue(locale)[id.slice(0, dot) as keyof Catalogue] as unknown as Record<string, unknown>;
  const entry = section[id.slice(dot + 1)];
  if (typeof entry === 'function') return (entry as (p: unknown) => string)(params[0]);
  if (typeof entry === 'string') return entry;
  throw new SdgAlignError('INVALID_OPTIONS', `Unknown message id ${JSON.stringify(id)}.`, { field: 'id' });
}

/**
 * An error as a sentence in `locale`: an `SdgAlignError` from its code and details (the French
 * sentence of every code, the error's own message in English), with its note on a second line;
 * any other error by its message.
 */
export function formatError(error: unknown, locale: Locale = 'en'): string {
  if (!(error instanceof SdgAlignError)) return error instanceof Error ? error.message : String(error);
  const details = error.details as Record<string, unknown>;
  let text = error.message;
  if (locale !== 'en') {
    try {
      const render = catalogue(locale).errors[error.code as keyof Catalogue['errors']] as (d: unknown, english: string) => string;
      text = render(details, error.message);
    } catch {
      // Details that do not carry what the sentence needs (an error built by hand): the message as given.
    }
  }
  return text;
}

/**
 * The locale a terminal's person reads: `LC_ALL`, else `LC_MESSAGES`, else `LANG` (the first one
 * set and not empty, as POSIX orders them); `fr*` (`fr_FR.UTF-8`, `fr_CA`, `fr`) is French,
 * anything else English. `stated: false` when none names a language (unset, `C`, `POSIX`).
 */
export function detectLocale(env: Readonly<Record<string, string | undefined>> = {}): Locale {
  return statedLocale(env) ?? 'en';
}

/** As `detectLocale`, but `undefined` when the environment names no language. */
export function statedLocale(env: Readonly<Record<string, string | undefined>> = {}): Locale | undefined {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => typeof v === 'string' && v.trim() !== '');
  if (value === undefined) return undefined;
  const name = value.trim().toLowerCase();
  if (name === 'c' || name === 'posix' || name.startsWith('c.')) return undefined;
  return name.startsWith('fr') ? 'fr' : 'en';
}

/** The locale of a browser page, from `navigator.languages` (or one language tag): the first `fr*` or `en*` tag wins; else English. */
export function browserLocale(languages: readonly string[] | string | undefined): Locale {
  const list = typeof languages === 'string' ? [languages] : (languages ?? []);
  for (const tag of list) {
    const key = String(tag).trim().toLowerCase();
    if (key.startsWith('fr')) return 'fr';
    if (key.startsWith('en')) return 'en';
  }
  return 'en';
}
