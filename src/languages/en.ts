/** English: natural's Porter stemmer and stopword list, the plural rules. */
import porterEnglish from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as englishWords } from 'natural/lib/natural/util/stopwords.js';
import { matchKey } from '../text/normalize.js';
import type { LanguageModule } from './types.js';

/** Frequent function words natural's list lacks. */
const ENGLISH_EXTRA = ['also', 'shall', 'may', 'will', 'within', 'across', 'upon', 'via', 'whether', 'etc', 'per'];

/** Words natural lists as stopwords that carry meaning in SDG queries ("end poverty", "well-being"). */
export const ENGLISH_KEEP: ReadonlySet<string> = new Set(['well', 'way']);

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

/** Words this short are their own key: plural rules would mangle them (`bus`, `gas`). */
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

export const en: LanguageModule = {
  code: 'en',
  name: 'English',
  stem: (word) => porterEnglish.stem(word),
  stopwords: new Set([...englishWords.filter((w) => !ENGLISH_KEEP.has(w)), ...ENGLISH_EXTRA].map(matchKey)),
  inflect: englishInflectionKey,
};
