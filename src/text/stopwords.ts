import { words as englishWords } from 'natural/lib/natural/util/stopwords.js';
import { words as frenchWords } from 'natural/lib/natural/util/stopwords_fr.js';
import type { Language } from '../taxonomy/index.js';
import { matchKey } from './normalize.js';

/**
 * natural's lists, plus the elided forms the tokenizer leaves behind (`jusqu'`, `lorsqu'`,
 * `puisqu'`, `quoiqu'`) and a few frequent function words natural lacks. Stored as match keys
 * (lower case, no accents), the form tokens are compared in.
 */
const FRENCH_EXTRA = [
  'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu',
  'cas', 'dont', 'entre', 'afin', 'ainsi', 'aussi', 'tout', 'tous', 'toute', 'toutes', 'plus', 'moins',
  'tres', 'deja', 'chaque', 'lors', 'vers', 'chez', 'depuis', 'pendant', 'sous', 'selon', 'dont', 'si',
  'ni', 'car', 'donc', 'or', 'puis', 'comme', 'celle', 'celui', 'ceux', 'celles', 'autre', 'autres',
  'leurs', 'sera', 'etre', 'avoir', 'fait', 'faire', 'peut', 'peuvent', 'doit', 'doivent',
];
const ENGLISH_EXTRA = ['also', 'shall', 'may', 'will', 'within', 'across', 'upon', 'via', 'whether', 'etc', 'per'];

/** English words natural lists as stopwords that carry meaning in SDG queries ("end poverty"). */
const ENGLISH_KEEP = new Set(['well', 'way']);
/** French ones: without `sans`, "sans-abri" would shrink to "abri" and match "abris vélos". */
const FRENCH_KEEP = new Set(['sans']);

const build = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(matchKey));

export const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: build([...frenchWords.filter((w) => !FRENCH_KEEP.has(w)), ...FRENCH_EXTRA]),
  en: build([...englishWords.filter((w) => !ENGLISH_KEEP.has(w)), ...ENGLISH_EXTRA]),
};

/** Is this match key (see `matchKey`) a stopword of `language`? */
export const isStopword = (key: string, language: Language): boolean => STOPWORDS[language].has(key);
