/**
 * Word tokenizer that keeps 0-based UTF-16 offsets into the ORIGINAL string, so that evidence
 * can point at the exact words a person wrote, whatever normalisation happens afterwards.
 */

export interface RawToken {
  /** The token as written in the original text (`text.slice(start, end)`). */
  readonly text: string;
  /** 0-based offset of the first code unit in the original string. */
  readonly start: number;
  /** 0-based offset just past the last code unit (exclusive). */
  readonly end: number;
}

/**
 * A word is a letter or digit followed by letters, combining marks and digits (a stray mark,
 * such as the U+FE0F variation selector of `❤️`, starts no word). Apostrophes and hyphens are not
 * part of words: `l'eau` gives `l` + `eau` (French elision), `éco-quartier` gives `éco` + `quartier`,
 * so that lexicon phrases written with or without the hyphen match alike. A soft hyphen (U+00AD,
 * which `normalizeText` drops) stays inside its word: `trans\u00ADport` is one word. Digits stay
 * glued to letters (`2030`, `co2`, `h2`), and a decimal number keeps its separator (`1,25`, `3.5`).
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:\u00AD+[\p{L}\p{M}\p{N}]+)*(?:[.,]\p{N}+)*/gu;

export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  eachToken(text, (word, start, end) => tokens.push({ text: word, start, end }));
  return tokens;
}

/** Calls `visit` for each word with its offsets, without building token objects (the hot path). */
export function eachToken(text: string, visit: (word: string, start: number, end: number) => void): void {
  // A regex of our own: `lastIndex` is its state, and the pattern is global and sticky-free.
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) visit(m[0], m.index, m.index + m[0].length);
}
