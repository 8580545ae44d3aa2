import { languageModule } from '../languages/index.js';
import { en } from '../languages/en.js';
import { fr } from '../languages/fr.js';
import type { Language, LanguageCode } from '../languages/types.js';

/**
 * The built-in languages' stopwords (their modules hold them: src/languages), as match keys
 * (lower case, no accents), the form tokens are compared in.
 */
export const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = { fr: fr.stopwords, en: en.stopwords };

/** Is this match key (see `matchKey`) a stopword of `language`? */
export const isStopword = (key: string, language: LanguageCode): boolean => languageModule(language).stopwords.has(key);
