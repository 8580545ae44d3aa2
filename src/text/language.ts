import type { Language } from '../taxonomy/index.js';
import { STOPWORDS } from './stopwords.js';

export type DetectedLanguage = Language | 'und';

/** Below this many function-word hits a text is too short to tell. */
export const MIN_LANGUAGE_EVIDENCE = 3;
/** The winning language must hold at least this share of the function-word hits. */
export const LANGUAGE_DOMINANCE = 0.65;
/** Words read to decide: enough for any real text, and constant time on a 5 MB document. */
export const LANGUAGE_SAMPLE_WORDS = 2000;

/** Function words that belong to one language only (`a`, `on`, `or`, `as` are in both lists). */
const FR_ONLY = new Set([...STOPWORDS.fr].filter((w) => !STOPWORDS.en.has(w) && w.length > 1));
const EN_ONLY = new Set([...STOPWORDS.en].filter((w) => !STOPWORDS.fr.has(w) && w.length > 1));

/**
 * Documented rule: count the words (match keys: lower case, no accents) that are function words
 * of only one of French or English. With fewer than `MIN_LANGUAGE_EVIDENCE` such words the text
 * is `und` (too short or unclear); otherwise the language holding at least `LANGUAGE_DOMINANCE`
 * of them wins, and a mixed text with no such majority is `und`. Only the first
 * `LANGUAGE_SAMPLE_WORDS` words are read.
 */
export function detectLanguageFromKeys(keys: Iterable<string>): DetectedLanguage {
  let fr = 0;
  let en = 0;
  let seen = 0;
  for (const key of keys) {
    if (FR_ONLY.has(key)) fr++;
    else if (EN_ONLY.has(key)) en++;
    if (++seen >= LANGUAGE_SAMPLE_WORDS) break;
  }
  const total = fr + en;
  if (total < MIN_LANGUAGE_EVIDENCE) return 'und';
  if (fr / total >= LANGUAGE_DOMINANCE) return 'fr';
  if (en / total >= LANGUAGE_DOMINANCE) return 'en';
  return 'und';
}

/** Share of the rows with a language that must share one for it to be the file's language. */
export const FILE_LANGUAGE_DOMINANCE = 0.8;

/**
 * The language of a collection of texts (the rows of a file, the sections of a plan): the one
 * that at least `FILE_LANGUAGE_DOMINANCE` of the texts whose language could be told are written
 * in, or undefined. Short rows (`und`) of a French file are then read as French, rather than
 * both ways (where « aide » would find the English entries of `aid`).
 */
export function dominantLanguage(languages: Iterable<DetectedLanguage>): Language | undefined {
  let fr = 0;
  let en = 0;
  for (const l of languages) {
    if (l === 'fr') fr++;
    else if (l === 'en') en++;
  }
  const total = fr + en;
  if (total === 0) return undefined;
  if (fr / total >= FILE_LANGUAGE_DOMINANCE) return 'fr';
  if (en / total >= FILE_LANGUAGE_DOMINANCE) return 'en';
  return undefined;
}
