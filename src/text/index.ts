export { normalizeText, foldCase, stripAccents, matchKey } from './normalize.js';
export { tokenize, type RawToken } from './tokenize.js';
export { stem, MAX_STEMMED_LENGTH } from './stem.js';
export { STOPWORDS, isStopword } from './stopwords.js';
export { detectLanguageFromKeys, dominantLanguage, MIN_LANGUAGE_EVIDENCE, LANGUAGE_DOMINANCE, LANGUAGE_SAMPLE_WORDS, FILE_LANGUAGE_DOMINANCE, type DetectedLanguage } from './language.js';
export {
  analyze,
  analyzeWords,
  contentStems,
  detectLanguage,
  phraseStems,
  streamWords,
  words,
  type AnalyzedText,
  type LanguageOption,
  type TokenStream,
} from './analyze.js';
