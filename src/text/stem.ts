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

/** `word` must already be normalised and lower-cased (see `normalizeText`, `foldCase`). */
export function stem(word: string, language: Language): string {
  const memo = memos[language];
  let key = memo.get(word);
  if (key === undefined) {
    // Numbers and words of three letters or fewer are kept whole: Porter turns `bus` into `bu`.
    key = word.length <= 3 || /^\p{N}/u.test(word) ? stripAccents(word) : stripAccents(STEMMERS[language].stem(word));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, key);
  }
  return key;
}
