/**
 * The language of a file of documents (a CSV, a plan), decided from its first texts: short rows
 * that cannot be told are read in it (an engine's `fallbackLanguage`). The CLI streams its rows and
 * the offline page holds them; both decide with these.
 */
import type { EngineOptions } from './options.js';
import { detectLanguage, dominantLanguage } from '../text/index.js';
import type { DetectedLanguage } from '../text/language.js';

/** Rows read before the file's language is decided. */
export const FILE_LANGUAGE_SAMPLE = 200;

/** The language the first texts of a file share, for an engine's `fallbackLanguage` (none when the options force a language). */
export function fileLanguage(texts: readonly string[], options: EngineOptions): 'fr' | 'en' | undefined {
  if ((options.language ?? 'auto') !== 'auto' || options.fallbackLanguage) return options.fallbackLanguage as 'fr' | 'en' | undefined;
  // The built-in languages only: an engine with other modules decides with `dominantLanguage` over its own.
  return dominantLanguage(texts.map((t): DetectedLanguage => detectLanguage(t))) as 'fr' | 'en' | undefined;
}
