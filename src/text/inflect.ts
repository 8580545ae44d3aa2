import { languageModule } from '../languages/index.js';
import type { LanguageCode } from '../languages/types.js';

export { englishInflectionKey } from '../languages/en.js';
export { frenchInflectionKey } from '../languages/fr.js';

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

/** The inflection key of a match key in a language (the rules are the language module's: src/languages). */
export const inflectionKey = (key: string, language: LanguageCode): string => languageModule(language).inflect(key);

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
