import type { Language } from '../taxonomy/index.js';
import { type DetectedLanguage, detectLanguageFromKeys } from './language.js';
import { foldCase, normalizeText, stripAccents } from './normalize.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { tokenize, type RawToken } from './tokenize.js';

export type LanguageOption = Language | 'auto';

/**
 * The content words of a text in one language, as parallel arrays (one entry per word, in
 * order; stopwords removed): cheap to build for 100k documents and easy to scan.
 */
export interface AnalyzedText {
  /** Language the stems were computed in. */
  readonly language: Language;
  /** Accent-free Porter stems. */
  readonly stems: readonly string[];
  /** Accent-free lower-case words (what trailing wildcards such as `agri*` are matched on). */
  readonly keys: readonly string[];
  /** 0-based start offset of each word in the original text. */
  readonly starts: readonly number[];
  /** 0-based exclusive end offset of each word in the original text. */
  readonly ends: readonly number[];
}

interface Word {
  /** Normalised, lower-cased, accents kept (what the stemmers expect). */
  readonly surface: string;
  /** `surface` without accents: the form stopwords and language detection use. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const ASCII_LOWER = /^[a-z0-9]+$/;

function toWord(token: RawToken): Word {
  const lower = foldCase(token.text);
  // Fast path: most words of English and many of French are plain ASCII.
  if (ASCII_LOWER.test(lower)) return { surface: lower, key: lower, start: token.start, end: token.end };
  const surface = foldCase(normalizeText(token.text));
  return { surface, key: stripAccents(surface), start: token.start, end: token.end };
}

/** Words of a text with their normalised forms and original offsets. */
export const words = (text: string): Word[] => tokenize(text).map(toWord);

/** Language of a text: `fr`, `en`, or `und` when too short or unclear (rule: `detectLanguageFromKeys`). */
export const detectLanguage = (text: string): DetectedLanguage => detectLanguageFromKeys(words(text).map((w) => w.key));

/** Stems the content words of pre-tokenized `words` in `language`. */
export function analyzeWords(list: readonly Word[], language: Language): AnalyzedText {
  const stems: string[] = [];
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const w of list) {
    if (isStopword(w.key, language)) continue;
    stems.push(stem(w.surface, language));
    keys.push(w.key);
    starts.push(w.start);
    ends.push(w.end);
  }
  return { language, stems, keys, starts, ends };
}

/** Content-word stems of `text` in `language`. */
export const analyze = (text: string, language: Language): AnalyzedText => analyzeWords(words(text), language);

/** Stems of a lexicon phrase or query term, analysed exactly as documents are. */
export const phraseStems = (phrase: string, language: Language): string[] => [...analyze(phrase, language).stems];
