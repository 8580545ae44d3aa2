/**
 * Programmes scored as they are read, as one collection: the first rows are held until the
 * file's language is known (`FILE_LANGUAGE_SAMPLE` rows), so that short rows a file writes in
 * French are read in French, as `Engine.scoreAll` does for an array.
 */
import { createEngine } from '../scoring/engine.js';
import { documentText } from '../scoring/document.js';
import type { EngineOptions } from '../scoring/options.js';
import type { ScoredProgramme } from '../report/gaps.js';
import { detectLanguage, dominantLanguage } from '../text/index.js';
import type { DetectedLanguage } from '../text/language.js';

/** Rows read before the file's language is decided. */
export const FILE_LANGUAGE_SAMPLE = 200;

/** The language the first texts of a file share, for an engine's `fallbackLanguage` (none when the options force a language). */
export function fileLanguage(texts: readonly string[], options: EngineOptions): 'fr' | 'en' | undefined {
  if ((options.language ?? 'auto') !== 'auto' || options.fallbackLanguage) return options.fallbackLanguage;
  return dominantLanguage(texts.map((t): DetectedLanguage => detectLanguage(t)));
}

export async function* scoreProgrammes(
  options: EngineOptions,
  programmes: AsyncIterable<{ readonly id: string; readonly text: string; readonly title?: string | undefined }>,
): AsyncGenerator<ScoredProgramme> {
  const iterator = programmes[Symbol.asyncIterator]();
  const held: { id: string; text: string; title?: string | undefined }[] = [];
  let next = await iterator.next();
  for (; !next.done && held.length < FILE_LANGUAGE_SAMPLE; next = await iterator.next()) held.push(next.value);
  const fallback = fileLanguage(held.map((p) => documentText(p)), options);
  const engine = createEngine({ ...options, ...(fallback ? { fallbackLanguage: fallback } : {}) });
  const scored = (p: { id: string; text: string; title?: string | undefined }): ScoredProgramme => {
    const doc = { id: p.id, text: p.text, ...(p.title ? { title: p.title } : {}) };
    return { ...engine.score(doc), ...(p.title ? { title: p.title } : {}), text: documentText(doc) };
  };
  for (const p of held) yield scored(p);
  for (; !next.done; next = await iterator.next()) yield scored(next.value);
}
