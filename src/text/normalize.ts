/**
 * Character-level normalisation shared by documents, lexicon entries and queries, so that
 * both sides of a match go through exactly the same steps.
 */

/** Apostrophe look-alikes found in UN texts and word-processor output. */
const APOSTROPHES = /[\u2019\u02BC\u2018\u00B4\u0060\u2032]/g;
/** Hyphen look-alikes: U+2010 HYPHEN (UN French texts), U+2011 NON-BREAKING HYPHEN, U+00AD is dropped. */
const HYPHENS = /[\u2010\u2011\u2012\u2043]/g;
const SOFT_HYPHEN = /\u00AD/g;
/** `œ`/`æ` spelt out; also `ǣ`/`ǽ` (æ with a macron or an acute, single characters in NFC), whose accent a key drops anyway: the key of a key is itself. */
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ǣ: 'ae', Ǣ: 'AE', ǽ: 'ae', Ǽ: 'AE' };
const LIGATURE_PATTERN = /[œŒæÆǣǢǽǼ]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * NFC, typographic apostrophes to `'`, typographic hyphens to `-`, `œ`/`æ` spelt out.
 * Keeps letter case and accents. The length may change (ligatures, NFC), so offsets must be
 * taken on the original text (the tokenizer does this), not on the normalised one.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(SOFT_HYPHEN, '')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .replace(LIGATURE_PATTERN, (c) => LIGATURES[c] ?? c)
    // Again: dropping a soft hyphen or spelling out a ligature can leave a letter and a combining
    // mark side by side (`e\u00AD\u0301`, `œ\u0301`); without this the function is not idempotent.
    .normalize('NFC');
}

/** Locale-independent lower case (Turkish dotted I etc. never appear in our languages' folds). */
export const foldCase = (text: string): string => text.toLowerCase();

/** Removes diacritics: `énergétique` → `energetique`, `Œuvre` stays handled by `normalizeText`. */
export const stripAccents = (text: string): string => text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');

/** Full matching key of a surface form: normalised, lower-cased, accent-free. */
export const matchKey = (text: string): string => stripAccents(foldCase(normalizeText(text)));
