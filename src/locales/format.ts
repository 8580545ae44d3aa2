/**
 * Numbers, percentages, durations, dates and quotes as a French or an English reader writes them.
 * Written out by hand, not with `Intl`: the same bytes on every Node build and in every browser
 * (small-icu builds, or a browser set to another language, would print other separators).
 *
 * French typography: decimal comma (`0,42`), thin no-break space between thousands (`20 000`),
 * no-break space before `%` and before `:` `;` `?` `!`, « guillemets » with no-break spaces inside.
 */
import type { Locale } from './types.js';

/** No-break space (U+00A0): before `:` and `%`, inside « », in French. */
export const NBSP = '\u00a0';
/** Narrow no-break space (U+202F): between groups of thousands, in French. */
export const NNBSP = '\u202f';

/**
 * `x` rounded to `decimals` places, half away from zero on the decimal value people read (`0.125`
 * → `0.13`, where `(0.125).toFixed(2)` may give `0.12`): the one rounding every score formatter
 * uses (CSV, JSON, reports, `check` findings, explanations).
 */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  // Shifting the decimal point in the number's shortest decimal text (`0.285` → `28.5`) rounds
  // what people read; multiplying (0.285 × 100 = 28.499999999999996) would not.
  const scale = 10 ** decimals;
  const product = Math.abs(x) * scale;
  // Fast path (the CLI rounds 17 to 186 scores per row): the product differs from the shifted
  // decimal text by a few units in its last place, so unless it lies that close to a half it
  // rounds to the same integer. Near a half, the decimal text decides.
  const fraction = product - Math.floor(product);
  const shifted = Math.abs(fraction - 0.5) > 1e-9 * (1 + product) ? product : shiftedText(Math.abs(x), decimals, product);
  const rounded = Math.round(shifted) / scale;
  return rounded === 0 ? 0 : Math.sign(x) * rounded;
}

function shiftedText(abs: number, decimals: number, product: number): number {
  const text = String(abs);
  return text.includes('e') ? product : Number(`${text}e${decimals}`);
}

/** Digits of `x` with `decimals` places and grouped thousands, in the locale's notation. */
export function formatNumber(x: number, locale: Locale, decimals = 0): string {
  const fixed = roundTo(x, decimals).toFixed(decimals);
  const [whole, fraction] = fixed.split('.') as [string, string | undefined];
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  // Four-digit numbers are grouped too in English (1,234); French typography leaves them whole (1234).
  const group = locale === 'fr' ? (digits.length > 4 ? NNBSP : '') : ',';
  const grouped = group ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, group) : digits;
  return `${negative ? '−' : ''}${grouped}${fraction !== undefined ? (locale === 'fr' ? ',' : '.') + fraction : ''}`;
}

/** A share 0–1 as a percentage: `56 %` (no-break space) in French, `56%` in English. */
export function formatPercent(share: number, locale: Locale, decimals = 0): string {
  return `${formatNumber(share * 100, locale, decimals)}${locale === 'fr' ? NBSP : ''}%`;
}

/** A score with `decimals` places and no grouping: `0,42` / `0.42`. */
export const formatDecimal = (x: number, locale: Locale, decimals: number): string => {
  const fixed = roundTo(x, decimals).toFixed(decimals);
  return locale === 'fr' ? fixed.replace('.', ',') : fixed;
};

/** A duration: `850 ms`, `3,4 s`, `2 min 05 s`, `1 h 02 min`. */
export function formatDuration(ms: number, locale: Locale): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)}${NBSP}ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${formatDecimal(seconds, locale, seconds < 10 ? 1 : 0)}${NBSP}s`;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h ? `${h}${NBSP}h ${String(m).padStart(2, '0')}${NBSP}min` : `${m}${NBSP}min ${String(s).padStart(2, '0')}${NBSP}s`;
}

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A date as written in a document: an ISO date (`2026-03-15`, `2026-03`) in words (« 15 mars 2026 »,
 * « 1er mars 2026 », « mars 2026 »; "15 March 2026"); anything else as given.
 */
export function formatDate(value: string, locale: Locale): string {
  const m = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?\s*$/.exec(value);
  if (!m) return value.trim();
  const month = MONTHS[locale][Number(m[2]) - 1];
  if (!month) return value.trim();
  if (m[3] === undefined) return `${month} ${m[1]}`;
  const day = Number(m[3]);
  if (day < 1 || day > 31) return value.trim();
  return `${locale === 'fr' && day === 1 ? '1er' : day} ${month} ${m[1]}`;
}

/** A name or value quoted: « x » in French, "x" (as JSON writes it) in English. */
export const quote = (value: unknown, locale: Locale): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return locale === 'fr' ? `«${NBSP}${text}${NBSP}»` : (JSON.stringify(text) ?? text);
};

/**
 * French high punctuation: a no-break space before `:` `;` `?` `!` where a plain space or none
 * stands (not inside `://`, times `12:30` or `file:line:col` positions, which have no space
 * before and a digit or slash after).
 */
export function frenchPunctuation(text: string): string {
  return text
    .replace(/(\S) ?([;:?!])(?=\s|$)/g, (all, before: string, mark: string) => (before === NBSP ? all : `${before}${NBSP}${mark}`))
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

/** Helpers bound to one locale, for the catalogues' message functions. */
export interface Formatter {
  readonly locale: Locale;
  number(x: number, decimals?: number): string;
  percent(share: number, decimals?: number): string;
  decimal(x: number, decimals: number): string;
  duration(ms: number): string;
  date(value: string): string;
  quote(value: unknown): string;
  /** "a, b and c" / « a, b et c ». */
  list(items: readonly string[]): string;
  /** Between a label and its value: `\u00a0: ` / `: `. */
  readonly colon: string;
}

export function formatter(locale: Locale): Formatter {
  const and = locale === 'fr' ? 'et' : 'and';
  return {
    locale,
    number: (x, decimals = 0) => formatNumber(x, locale, decimals),
    percent: (share, decimals = 0) => formatPercent(share, locale, decimals),
    decimal: (x, decimals) => formatDecimal(x, locale, decimals),
    duration: (ms) => formatDuration(ms, locale),
    date: (value) => formatDate(value, locale),
    quote: (value) => quote(value, locale),
    list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`),
    colon: locale === 'fr' ? `${NBSP}: ` : ': ',
  };
}
