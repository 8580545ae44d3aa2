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
