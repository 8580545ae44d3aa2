import { BUILT_IN_LANGUAGES } from '../languages/index.js';
import type { LanguageCode, LanguageModule } from '../languages/types.js';

/** A detected language: a module's code, or `und` (too short or unclear). */
export type DetectedLanguage = LanguageCode | 'und';

/** Below this many function-word hits a text is too short to tell. */
export const MIN_LANGUAGE_EVIDENCE = 3;
/** The winning language must hold at least this share of the function-word hits. */
export const LANGUAGE_DOMINANCE = 0.65;
/** Words read to decide: enough for any real text, and constant time on a 5 MB document. */
export const LANGUAGE_SAMPLE_WORDS = 2000;

/** The languages detection chooses among, with each key's language: function words of one of them only. */
interface Detector {
  readonly codes: readonly LanguageCode[];
  /** Match key → index in `codes`, for the words that are function words of exactly one language. */
  readonly only: ReadonlyMap<string, number>;
}

const detectors = new WeakMap<readonly LanguageModule[], Detector>();

/**
 * Function words that belong to one language only (`a`, `on`, `or`, `as` are in French and
 * English: they tell nothing), one-letter words aside. Built once per list of modules.
 */
function detectorOf(languages: readonly LanguageModule[]): Detector {
  let d = detectors.get(languages);
  if (!d) {
    const words = languages.map((l) => l.functionWords ?? l.stopwords);
    const only = new Map<string, number>();
    words.forEach((list, i) => {
      for (const w of list) if (w.length > 1 && words.every((other, j) => j === i || !other.has(w))) only.set(w, i);
    });
    d = { codes: languages.map((l) => l.code), only };
    detectors.set(languages, d);
  }
  return d;
}

/**
 * Documented rule: count the words (match keys: lower case, no accents) that are function words
 * of exactly one of the languages (default French and English). With fewer than
 * `MIN_LANGUAGE_EVIDENCE` such words the text is `und` (too short or unclear); otherwise the
 * language holding at least `LANGUAGE_DOMINANCE` of them wins, and a mixed text with no such
 * majority is `und`. Only the first `LANGUAGE_SAMPLE_WORDS` words are read.
 */
export function detectLanguageFromKeys(keys: Iterable<string>, languages: readonly LanguageModule[] = BUILT_IN_LANGUAGES): DetectedLanguage {
  const { codes, only } = detectorOf(languages);
  const counts = new Array<number>(codes.length).fill(0);
  let seen = 0;
  for (const key of keys) {
    const i = only.get(key);
    if (i !== undefined) counts[i]!++;
    if (++seen >= LANGUAGE_SAMPLE_WORDS) break;
  }
  return winner(codes, counts, MIN_LANGUAGE_EVIDENCE, LANGUAGE_DOMINANCE) ?? 'und';
}

/** The code holding at least `share` of the counts (when they add up to `least` or more). */
function winner(codes: readonly LanguageCode[], counts: readonly number[], least: number, share: number): LanguageCode | undefined {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total < least || total === 0) return undefined;
  const i = counts.findIndex((c) => c / total >= share);
  return i >= 0 ? codes[i] : undefined;
}

/** Share of the rows with a language that must share one for it to be the file's language. */
export const FILE_LANGUAGE_DOMINANCE = 0.8;

/**
 * The language of a collection of texts (the rows of a file, the sections of a plan): the one
 * that at least `FILE_LANGUAGE_DOMINANCE` of the texts whose language could be told are written
 * in, or undefined. Short rows (`und`) of a French file are then read as French, rather than
 * both ways (where « aide » would find the English entries of `aid`).
 */
export function dominantLanguage(languages: Iterable<DetectedLanguage>): LanguageCode | undefined {
  const codes: LanguageCode[] = [];
  const counts: number[] = [];
  for (const l of languages) {
    if (l === 'und') continue;
    const i = codes.indexOf(l);
    if (i >= 0) counts[i]!++;
    else codes.push(l), counts.push(1);
  }
  return winner(codes, counts, 1, FILE_LANGUAGE_DOMINANCE);
}
