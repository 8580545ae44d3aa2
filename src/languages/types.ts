/**
 * What the text pipeline needs to know about one language, in one value: a `LanguageModule`.
 * The pipeline itself (tokenizer, normalisation, memo tables, acronyms, the matcher) is the same
 * for every language; only what is here differs.
 */

/** A language code, as the engine, the matcher and results carry it: `fr`, `en`, or a module's own. */
export type LanguageCode = string;

/** The built-in languages. (A `LanguageModule` adds others: `createEngine({ languages })`.) */
export type Language = 'fr' | 'en';

export interface LanguageModule {
  /** Its code (lower case letters, 2–8): what results, options and evidence ids carry. */
  readonly code: LanguageCode;
  /** Its name, in English (messages). */
  readonly name: string;
  /**
   * The stemmer, on a normalised lower-case word with its accents (some stemmers need them to
   * find suffixes). The pipeline memoises it, strips accents from its result, and keeps words
   * of three letters or fewer, numbers, non-Latin words and stems shorter than three letters whole.
   */
  stem(word: string): string;
  /**
   * Function words, as match keys (lower case, no accents), the elided forms the tokenizer leaves
   * (`jusqu'` → `jusqu`) included, the keep-form list (words that carry meaning) excluded. Phrases
   * skip them and TF-IDF ignores them.
   */
  readonly stopwords: ReadonlySet<string>;
  /**
   * Words that tell the language apart, as match keys (default: `stopwords`). Detection counts
   * the words that are function words of exactly one of the languages it chooses among.
   */
  readonly functionWords?: ReadonlySet<string>;
  /**
   * Inflection key of a match key: the singular (masculine) form, what one-word entries match on
   * (see src/text/inflect.ts). The identity is a fine rule for a language without one.
   */
  inflect(key: string): string;
}
