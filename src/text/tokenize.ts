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
export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:\u00AD+[\p{L}\p{M}\p{N}]+)*(?:[.,]\p{N}+)*/gu;

export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  eachToken(text, (word, start, end) => tokens.push({ text: word, start, end }));
  return tokens;
}

/*
 * The scanner below reads `WORD_PATTERN` by hand, character codes only (the regex, with its
 * Unicode classes, took a fifth of a short text's scoring): a class table for the BMP, filled on
 * first use from the same Unicode classes, a map for astral characters. The tests check it against
 * the regex on random text (test/text.test.ts).
 */
const NONE = 1;
const LETTER_OR_DIGIT = 2; // \p{L} or \p{N}: starts and continues a word
const MARK = 3; // \p{M}: continues a word only
const DIGIT = 4; // \p{N}, also a letter-or-digit (decimals need to know)
const IS_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const IS_DIGIT = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classify(char: string): number {
  if (IS_DIGIT.test(char)) return DIGIT;
  if (IS_LETTER_OR_DIGIT.test(char)) return LETTER_OR_DIGIT;
  return IS_MARK.test(char) ? MARK : NONE;
}

/** Class of the code point at `i` and its length in code units (2 for an astral character). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER_OR_DIGIT : c >= 48 && c <= 57 ? DIGIT : NONE;
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let k = astralClass.get(cp);
      if (k === undefined) astralClass.set(cp, (k = classify(String.fromCodePoint(cp))));
      return k;
    }
  }
  let k = bmpClass[c]!;
  if (k === 0) k = bmpClass[c] = classify(String.fromCharCode(c));
  return k;
}

const widthAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) < 0xe000 ? 2 : 1;
};
const SOFT_HYPHEN = 0xad;

/** Calls `visit` for each word (`WORD_PATTERN`) with its offsets, without building token objects. */
export function eachToken(text: string, visit: (word: string, start: number, end: number) => void): void {
  eachTokenSpan(text, (start, end) => visit(text.slice(start, end), start, end));
}

/** `eachToken` without the word's string: its offsets only (the engine looks words up by their code units, form-table.ts). */
export function eachTokenSpan(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    if (k !== LETTER_OR_DIGIT && k !== DIGIT) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    i += widthAt(text, i);
    // [\p{L}\p{M}\p{N}]*
    while (i < n && classAt(text, i) !== NONE) i += widthAt(text, i);
    // (?:\u00AD+[\p{L}\p{M}\p{N}]+)*
    for (;;) {
      let j = i;
      while (j < n && text.charCodeAt(j) === SOFT_HYPHEN) j++;
      if (j === i || j >= n || classAt(text, j) === NONE) break;
      i = j;
      while (i < n && classAt(text, i) !== NONE) i += widthAt(text, i);
    }
    // (?:[.,]\p{N}+)*
    for (;;) {
      const c = text.charCodeAt(i);
      if (!(c === 46 || c === 44) || i + 1 >= n || classAt(text, i + 1) !== DIGIT) break;
      i++;
      while (i < n && classAt(text, i) === DIGIT) i += widthAt(text, i);
    }
    visit(start, i);
  }
}
