import type { LanguageCode, LanguageModule } from '../languages/types.js';
import { type DetectedLanguage, detectLanguageFromKeys, LANGUAGE_SAMPLE_WORDS } from './language.js';
import { foldCase, normalizeText, stripAccents } from './normalize.js';
import { documentAcronymKey, inflectionKey } from './inflect.js';
import { MAX_STEMMED_LENGTH, stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { SpanMemo } from './form-table.js';
import { eachToken, eachTokenSpan } from './tokenize.js';

export type LanguageOption = LanguageCode | 'auto';

/**
 * The content words of a text in one language, as parallel arrays (one entry per word, in
 * order; stopwords removed): cheap to build for 100k documents and easy to scan.
 */
export interface AnalyzedText {
  /** Language the stems were computed in. */
  readonly language: LanguageCode;
  /** Accent-free Porter stems. */
  readonly stems: readonly string[];
  /** Accent-free lower-case words (what trailing wildcards such as `agri*` are matched on). */
  readonly keys: readonly string[];
  /** 0-based start offset of each word in the original text. */
  readonly starts: readonly number[];
  /** 0-based exclusive end offset of each word in the original text. */
  readonly ends: readonly number[];
}

interface Word {
  /** Normalised, lower-cased, accents kept (what the stemmers expect). */
  readonly surface: string;
  /** `surface` without accents: the form stopwords and language detection use. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** The memoised analysis of this written form (shared by every occurrence). */
  readonly form: Form;
}

/**
 * What is known of one written form: its normalised forms, and per language its stem and whether
 * it is a stopword, filled on first use. One lookup per word then serves every later step.
 */
interface Form {
  readonly surface: string;
  readonly key: string;
  /** Acronym key (letters in capitals) when the word is written with a capital, else ''. */
  readonly acronym: string;
  fr: FormInLanguage | undefined;
  en: FormInLanguage | undefined;
  /** Other languages' (registered modules: src/languages), by code. */
  others: Map<LanguageCode, FormInLanguage> | undefined;
}

export interface FormInLanguage {
  readonly stem: string;
  readonly stop: boolean;
  /** Singular (masculine) form: what one-word entries are matched on (`src/text/inflect.ts`). */
  readonly inflection: string;
  /**
   * What a matcher found out about this written form (the leaves that may start at it), kept by
   * that matcher (`owner`) so that a word met again costs no lookup. Only the matcher reads it.
   */
  probe?: { readonly owner: object; readonly version: number; readonly value: unknown } | undefined;
  /** The form's position in a TF-IDF vocabulary (`owner`), or -1 (kept by tfidf.ts). */
  term?: { readonly owner: object; readonly id: number } | undefined;
}

const ASCII_LOWER = /^[a-z0-9]+$/;

/**
 * Normalised forms of each written form met so far: words repeat, normalisation (NFC, NFD) does
 * not need to. Looked up by the word's span in its text (form-table.ts), without slicing it.
 * Past `FORM_MEMO_LIMIT` distinct written forms the memo starts again: bounded memory on adversarial input.
 */
const FORM_MEMO_LIMIT = 200_000;
const forms = new SpanMemo<Form>(FORM_MEMO_LIMIT);

function makeForm(text: string): Form {
  // Every form gets both language fields from the start: one object shape for the hot loops.
  if (ASCII_LOWER.test(text)) return { surface: text, key: text, acronym: '', fr: undefined, en: undefined, others: undefined };
  const written = normalizeText(text);
  const surface = foldCase(written);
  return { surface, key: stripAccents(surface), acronym: written.length > MAX_STEMMED_LENGTH ? '' : documentAcronymKey(written), fr: undefined, en: undefined, others: undefined };
}

const formOf = (text: string): Form => forms.get(text, 0, text.length, makeForm);

/**
 * Stem and key of a word longer than `MAX_STEMMED_LENGTH`: it stays a word (it separates the words
 * around it and counts in W/n distances) but equals no stem, no prefix, no inflection, no acronym
 * and no TF-IDF term.
 */
const UNMATCHED = '';
const UNMATCHED_FORM: FormInLanguage = Object.freeze({ stem: UNMATCHED, stop: false, inflection: UNMATCHED, probe: undefined, term: undefined });

/** Stem, stopword status and inflection key of a form in a language, computed once per form. */
function inLanguage(form: Form, language: LanguageCode): FormInLanguage {
  // Two named fields for French and English rather than form[language]: a keyed load per word was
  // a visible cost. Other languages (registered modules) a map.
  if (language === 'fr') return (form.fr ??= analysed(form, language));
  if (language === 'en') return (form.en ??= analysed(form, language));
  const others = (form.others ??= new Map());
  let found = others.get(language);
  if (!found) others.set(language, (found = analysed(form, language)));
  return found;
}

const analysed = (form: Form, language: LanguageCode): FormInLanguage =>
  form.surface.length > MAX_STEMMED_LENGTH
    ? UNMATCHED_FORM
    : { stem: stem(form.surface, language), stop: isStopword(form.key, language), inflection: inflectionKey(form.key, language), probe: undefined, term: undefined };

/** Words of a text with their normalised forms and original offsets. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  eachToken(text, (word, start, end) => {
    const form = formOf(word);
    out.push({ surface: form.surface, key: form.key, start, end, form });
  });
  return out;
}

/**
 * The words of a text as parallel arrays (written forms and offsets), without an object per
 * word: what the engine scores (`streamScanned`), both languages sharing the offsets.
 */
export interface ScannedText {
  readonly forms: readonly Form[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export function scanText(text: string): ScannedText {
  const list: Form[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  eachTokenSpan(text, (start, end) => {
    list.push(forms.get(text, start, end, makeForm));
    starts.push(start);
    ends.push(end);
  });
  return { forms: list, starts, ends };
}

/** `detectLanguageOfWords` of a scanned text. */
export function detectLanguageOfScan(scan: ScannedText, languages?: readonly LanguageModule[]): DetectedLanguage {
  const n = Math.min(scan.forms.length, LANGUAGE_SAMPLE_WORDS);
  const keys = new Array<string>(n);
  for (let i = 0; i < n; i++) keys[i] = scan.forms[i]!.key;
  return detectLanguageFromKeys(keys, languages);
}

/**
 * Language of a text among `languages` (default French and English): a module's code, or `und`
 * when too short or unclear (rule: `detectLanguageFromKeys`).
 */
export const detectLanguage = (text: string, languages?: readonly LanguageModule[]): DetectedLanguage => detectLanguageOfWords(words(text), languages);

/** Language of already tokenized words (only the first `LANGUAGE_SAMPLE_WORDS` are read). */
export const detectLanguageOfWords = (list: readonly Word[], languages?: readonly LanguageModule[]): DetectedLanguage =>
  detectLanguageFromKeys(list.slice(0, LANGUAGE_SAMPLE_WORDS).map((w) => w.key), languages);

/** Stems the content words of pre-tokenized `words` in `language`. */
export function analyzeWords(list: readonly Word[], language: LanguageCode): AnalyzedText {
  // The content-word view of the token stream: one walk over the words, shared with the matcher.
  const stream = streamWords(list, language);
  const isContent = (_: unknown, i: number) => stream.content[i] === 1 && stream.stems[i] !== UNMATCHED;
  return { language, stems: stream.stems.filter(isContent), keys: stream.keys.filter(isContent), starts: stream.starts.filter(isContent), ends: stream.ends.filter(isContent) };
}

/**
 * Every word of a text (stopwords included) with what the query matcher needs: phrases skip
 * stopwords (`accès à l'eau` finds `accès à l’eau`), but a few entries need them (`further
 * education` is not `education`; `e-waste` is not `waste`). Parallel arrays, one entry per word.
 */
export interface TokenStream {
  readonly language: LanguageCode;
  readonly stems: readonly string[];
  readonly keys: readonly string[];
  /** Inflection keys (singular, masculine): what one-word entries match. */
  readonly forms: readonly string[];
  /** Acronym keys ('' for a word written without a capital). */
  readonly acronyms: readonly string[];
  /** Each word's form in this language (shared by every occurrence of the written form): matchers cache what they found on it. */
  readonly infos: readonly FormInLanguage[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** 1 for a content word, 0 for a stopword. */
  readonly content: Uint8Array;
  /** Number of content words before each word: distances for W/n are counted in content words. */
  readonly rank: Int32Array;
  /** Index of the next content word after each word (`length` when none). */
  readonly next: Int32Array;
}

/** The token stream of pre-tokenized `words` in `language` (build time and tests; the engine streams a scan). */
export const streamWords = (list: readonly Word[], language: LanguageCode): TokenStream =>
  streamScanned({ forms: list.map((w) => w.form), starts: list.map((w) => w.start), ends: list.map((w) => w.end) }, language);

/** The token stream of a scanned text in `language` (its offsets shared with the scan). */
export function streamScanned(scan: ScannedText, language: LanguageCode): TokenStream {
  const list = scan.forms;
  const n = list.length;
  const stems = new Array<string>(n);
  const keys = new Array<string>(n);
  const forms = new Array<string>(n);
  const acronyms = new Array<string>(n);
  const infos = new Array<FormInLanguage>(n);
  const content = new Uint8Array(n);
  const rank = new Int32Array(n);
  const next = new Int32Array(n);
  let contentSeen = 0;
  for (let i = 0; i < n; i++) {
    const form = list[i]!;
    const analysis = inLanguage(form, language);
    stems[i] = analysis.stem;
    keys[i] = analysis.stem === UNMATCHED ? UNMATCHED : form.key;
    forms[i] = analysis.inflection;
    acronyms[i] = form.acronym;
    infos[i] = analysis;
    rank[i] = contentSeen;
    if (!analysis.stop) (content[i] = 1), contentSeen++;
  }
  let following = n;
  for (let i = n - 1; i >= 0; i--) {
    next[i] = following;
    if (content[i]) following = i;
  }
  return { language, stems, keys, forms, acronyms, infos, starts: scan.starts, ends: scan.ends, content, rank, next };
}

/** Stems of the content words of a token stream (what TF-IDF reads). */
export function contentStems(stream: TokenStream): string[] {
  const out: string[] = [];
  for (let i = 0; i < stream.stems.length; i++) if (stream.content[i] === 1 && stream.stems[i] !== UNMATCHED) out.push(stream.stems[i]!);
  return out;
}

/** Content-word stems of `text` in `language`. */
export const analyze = (text: string, language: LanguageCode): AnalyzedText => analyzeWords(words(text), language);

/** Stems of a lexicon phrase or query term, analysed exactly as documents are. */
export const phraseStems = (phrase: string, language: LanguageCode): string[] => [...analyze(phrase, language).stems];
