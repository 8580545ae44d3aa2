import porterEnglish from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterFrench from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import type { Language } from '../taxonomy/index.js';
import { stripAccents } from './normalize.js';

/**
 * Porter stemming (natural's English and French implementations) behind a memo: stemming is the
 * hot path, and a document's vocabulary repeats. The French stemmer needs the accents to find
 * its suffixes, so we stem the lower-cased accented word and strip accents afterwards, which
 * makes matching accent-insensitive (`énergétique` and `energetique` share a stem).
 */
const STEMMERS: Record<Language, { stem(word: string): string }> = { en: porterEnglish, fr: porterFrench };

/** Past this many distinct words a memo is cleared: bounded memory on adversarial input. */
const MEMO_LIMIT = 200_000;
const memos: Record<Language, Map<string, string>> = { en: new Map(), fr: new Map() };

/** Shortest stem we trust: Porter cuts acronyms to nothing (`cias` → `ci`, which `ci-dessus` also gives). */
const MIN_STEM = 3;

/**
 * Longest word stemmed (in UTF-16 units). The longest word of the lexicons and of French or English
 * prose is far below it; past it a "word" is a run of text without spaces (Chinese or Thai, a pasted
 * hash), on which natural's English Porter stemmer is quadratic (160,000 characters took 69 s).
 * Longer words are not stemmed, and the text pipeline matches them with nothing (see `analyze.ts`).
 */
export const MAX_STEMMED_LENGTH = 64;

/** Porter stemming means something only for the Latin script (the French and English alphabets). */
const LATIN = /\p{Script=Latin}/u;

function stemWord(word: string, language: Language): string {
  // Numbers and words of three letters or fewer are kept whole: Porter turns `bus` into `bu`.
  if (word.length <= MIN_STEM || word.length > MAX_STEMMED_LENGTH || /^\p{N}/u.test(word) || !LATIN.test(word)) return word;
  const stemmed = STEMMERS[language].stem(word);
  if (stemmed.length < MIN_STEM) return word;
  // The French Porter stemmer leaves the plural of short words alone (`vélos`, `quais`): strip a
  // final s/x it did not touch so that singular and plural meet.
  if (language === 'fr' && stemmed === word && /[^s][sx]$/.test(word) && word.length > MIN_STEM + 1) return word.slice(0, -1);
  return stemmed;
}

/** `word` must already be normalised and lower-cased (see `normalizeText`, `foldCase`). */
export function stem(word: string, language: Language): string {
  const memo = memos[language];
  let key = memo.get(word);
  if (key === undefined) {
    key = stripAccents(stemWord(word, language));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, key);
  }
  return key;
}
