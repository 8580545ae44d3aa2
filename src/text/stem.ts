import { languageModule } from '../languages/index.js';
import type { LanguageCode } from '../languages/types.js';
import { stripAccents } from './normalize.js';

/**
 * Stemming with the language module's stemmer (natural's Porter stemmers for French and English)
 * behind a memo: stemming is the hot path, and a document's vocabulary repeats. Stemmers get the
 * lower-cased accented word (the French one needs the accents to find its suffixes) and accents are
 * stripped afterwards, which makes matching accent-insensitive (`énergétique` and `energetique`
 * share a stem).
 */

/** Past this many distinct words a memo is cleared: bounded memory on adversarial input. */
const MEMO_LIMIT = 200_000;
const memos = new Map<LanguageCode, Map<string, string>>();

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

function stemWord(word: string, language: LanguageCode): string {
  // Numbers and words of three letters or fewer are kept whole: Porter turns `bus` into `bu`.
  if (word.length <= MIN_STEM || word.length > MAX_STEMMED_LENGTH || /^\p{N}/u.test(word) || !LATIN.test(word)) return word;
  const stemmed = languageModule(language).stem(word);
  return stemmed.length < MIN_STEM ? word : stemmed;
}

/** `word` must already be normalised and lower-cased (see `normalizeText`, `foldCase`). */
export function stem(word: string, language: LanguageCode): string {
  let memo = memos.get(language);
  if (memo === undefined) memos.set(language, (memo = new Map()));
  let key = memo.get(word);
  if (key === undefined) {
    key = stripAccents(stemWord(word, language));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, key);
  }
  return key;
}
