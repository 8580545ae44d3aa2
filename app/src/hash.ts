/**
 * The shareable part of the address: `#text=…` (URL-encoded) opens the page with that text scored,
 * `#lang=fr|en` sets the language of the text, `#locale=fr|en` the interface's, `#plan=pcaet` the plan type.
 * Any other hash (an in-page anchor) is not ours and is left alone.
 */
export interface HashState {
  readonly text?: string;
  readonly lang?: 'fr' | 'en';
  readonly locale?: 'fr' | 'en';
  readonly plan?: string;
}

const KEYS = ['text', 'lang', 'locale', 'plan'] as const;

/** Longest text put in a link: mail programs and browsers cut longer addresses. */
export const MAX_SHARED_TEXT = 6000;

const frOrEn = (v: string | null): 'fr' | 'en' | undefined => (v === 'fr' || v === 'en' ? v : undefined);

/** The page's settings in `hash` (with or without its `#`); `undefined` when it holds none of our keys. */
export function parseHash(hash: string): HashState | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!KEYS.some((k) => params.has(k))) return undefined;
  const text = params.get('text');
  const lang = frOrEn(params.get('lang'));
  const locale = frOrEn(params.get('locale'));
  const plan = params.get('plan');
  return { ...(text !== null ? { text } : {}), ...(lang ? { lang } : {}), ...(locale ? { locale } : {}), ...(plan ? { plan } : {}) };
}

/** `#text=…&lang=…`: percent-encoding, spaces as %20 (a `+` would be misread by some mail programs). */
export function formatHash(state: HashState): string {
  const parts = KEYS.flatMap((k) => (state[k] === undefined || state[k] === '' ? [] : [`${k}=${encodeURIComponent(state[k]!)}`]));
  return parts.length ? `#${parts.join('&')}` : '';
}
