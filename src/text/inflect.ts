import type { Language } from '../taxonomy/index.js';

/**
 * Inflection keys: a word reduced to its singular (and, in French, masculine) form, and nothing
 * more. A one-word entry is matched on this key rather than on its Porter stem, because Porter
 * merges words that mean different things (`humanities` → `human`, `accountability` →
 * `account`, `préservatifs` → `préservation`, `logement` → `loger`), which is harmless inside
 * a phrase (its other words disambiguate) but makes a single word fire on unrelated text.
 *
 * The rules are deliberately few and symmetric: the same function is applied to the entry and to
 * every document word, so a rule that maps a word to an odd key (`prix` → `pri`) still matches
 * its own inflections. Input: a lower-case, accent-free word (a match key).
 */

/** English irregular plurals that matter for the lexicons. */
const ENGLISH_IRREGULAR: Readonly<Record<string, string>> = {
  women: 'woman',
  men: 'man',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  leaves: 'leaf',
  halves: 'half',
  livelihoods: 'livelihood',
  criteria: 'criterion',
  phenomena: 'phenomenon',
};

/** Words this short are their own key: plural rules would mangle them (`bus`, `gas`, `pays`). */
const MIN_INFLECTED = 4;

/** English: plural → singular (`countries` → `country`, `taxes` → `tax`, `goals` → `goal`). */
export function englishInflectionKey(word: string): string {
  const irregular = ENGLISH_IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length < MIN_INFLECTED || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  // Singular words ending in s: class, virus, analysis, famous, gas.
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.slice(0, -1);
}

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

/** The inflection key of a match key in a language. */
export const inflectionKey = (key: string, language: Language): string =>
  language === 'fr' ? frenchInflectionKey(key) : englishInflectionKey(key);

/**
 * Acronyms (`PLUi`, `SCoT`, `EnR`, `HIV`, `SMEs`) are matched on their letters in capitals,
 * never stemmed, and only where the text writes them as acronyms: with two capitals or more
 * (`PLUi`, `SCOT`), or capitalised when they are five letters or more, as French writes some
 * (`Insee`, `Cirad`). `pluies` is rain, not a PLUi; `Scots` is not a SCoT; `aids` is not AIDS.
 * A final lower-case plural `s` is dropped (`NGOs`, `SMEs`, `QPVs`).
 */
const HAS_CAPITAL = /\p{Lu}/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/** Whether a word of a query is written as an acronym: two or more capital letters (`PLUi`, `CO2`, `HIV`). */
export const isAcronymSpelling = (word: string): boolean => TWO_CAPITALS.test(word);

/** Key of an acronym as written in a query or lexicon: its letters in capitals, without a final plural `s`. */
export function acronymKey(word: string): string {
  const bare = word.length > 2 && word.endsWith('s') && TWO_CAPITALS.test(word.slice(0, -1)) ? word.slice(0, -1) : word;
  return bare.toUpperCase();
}

/** Shortest acronym a capitalised word (`Insee`) may stand for: shorter ones are ordinary words at a sentence's start (`Sage`, `Scot`). */
const MIN_CAPITALISED_ACRONYM = 5;

/**
 * Acronym key of a document word, or '' when the word is not written as an acronym.
 * `written` is the normalised word with its case.
 */
export function documentAcronymKey(written: string): string {
  if (!HAS_CAPITAL.test(written)) return '';
  const bare = written.length > 2 && written.endsWith('s') && HAS_CAPITAL.test(written.slice(0, -1)) ? written.slice(0, -1) : written;
  if (!TWO_CAPITALS.test(bare) && bare.length < MIN_CAPITALISED_ACRONYM) return '';
  return bare.toUpperCase();
}
