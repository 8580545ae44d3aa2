/** French: natural's Porter stemmer and stopword list, elided forms, the inflection rules. */
import porterFrench from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import { words as frenchWords } from 'natural/lib/natural/util/stopwords_fr.js';
import { matchKey } from '../text/normalize.js';
import type { LanguageModule } from './types.js';

/** The elided forms the tokenizer leaves behind (`jusqu'à` → `jusqu` + `à`). */
export const FRENCH_ELISIONS = ['jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu'] as const;

/** Frequent function words natural's list lacks. */
const FRENCH_EXTRA = [
  'cas', 'dont', 'entre', 'afin', 'ainsi', 'aussi', 'tout', 'tous', 'toute', 'toutes', 'plus', 'moins',
  'tres', 'deja', 'chaque', 'lors', 'vers', 'chez', 'depuis', 'pendant', 'sous', 'selon', 'dont', 'si',
  'ni', 'car', 'donc', 'or', 'puis', 'comme', 'celle', 'celui', 'ceux', 'celles', 'autre', 'autres',
  'leurs', 'sera', 'etre', 'avoir', 'fait', 'faire', 'peut', 'peuvent', 'doit', 'doivent',
];

/** Words natural lists that carry meaning: without `sans`, "sans-abri" would shrink to "abri" and match "abris vélos". */
export const FRENCH_KEEP: ReadonlySet<string> = new Set(['sans']);

const MIN_STEM = 3;

/**
 * The French Porter stemmer leaves the plural of short words alone (`vélos`, `quais`): a final
 * s/x it did not touch is stripped so that singular and plural meet.
 */
function stem(word: string): string {
  const stemmed = porterFrench.stem(word);
  if (stemmed === word && /[^s][sx]$/.test(word) && word.length > MIN_STEM + 1) return word.slice(0, -1);
  return stemmed;
}

/** Words this short are their own inflection key: plural rules would mangle them (`pays`). */
const MIN_INFLECTED = 4;

/**
 * French: plural → singular, feminine → masculine for the regular suffixes
 * (`réseaux` → `reseau`, `hôpitaux` → `hopital`, `agricultrices` → `agriculteur`,
 * `sportives` → `sportif`, `naturelles` → `naturel`, `européennes` → `europeen`,
 * `premières` → `premier`, `durées` → `duree`… → `dure`).
 */
export function frenchInflectionKey(word: string): string {
  if (word.length < MIN_INFLECTED) return word;
  let w = word;
  if (w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if (/[^s][sx]$/.test(w)) w = w.slice(0, -1);
  if (w.length < MIN_INFLECTED) return w;
  if (w.endsWith('trice')) return `${w.slice(0, -5)}teur`;
  if (w.endsWith('euse')) return `${w.slice(0, -4)}eur`;
  if (w.endsWith('ive')) return `${w.slice(0, -3)}if`;
  if (w.endsWith('elle')) return w.slice(0, -2);
  if (w.endsWith('enne')) return w.slice(0, -2);
  // `mère` is not the feminine of `mer`: only longer words (`première`, `filière`).
  if (w.endsWith('ere') && w.length >= 6) return w.slice(0, -1);
  if (w.endsWith('ee')) return w.slice(0, -1);
  return w;
}

export const fr: LanguageModule = {
  code: 'fr',
  name: 'French',
  stem,
  stopwords: new Set([...frenchWords.filter((w) => !FRENCH_KEEP.has(w)), ...FRENCH_ELISIONS, ...FRENCH_EXTRA].map(matchKey)),
  inflect: frenchInflectionKey,
};
