/**
 * Programmes scored as they are read, as one collection: the first rows are held until the
 * file's language is known (`FILE_LANGUAGE_SAMPLE` rows), so that short rows a file writes in
 * French are read in French, as `Engine.scoreAll` does for an array.
 */
import { createEngine } from '../scoring/engine.js';
import { documentText } from '../scoring/document.js';
import type { EngineOptions } from '../scoring/options.js';
import { FILE_LANGUAGE_SAMPLE, fileLanguage } from '../scoring/file-language.js';
import type { ScoredProgramme } from '../report/gaps.js';

export { FILE_LANGUAGE_SAMPLE, fileLanguage };

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

/**
 * Up to `count` items read ahead from an iterator, and an iterator over them then the rest. It
 * stops early when the source pauses for `pauseMs` (a burst on stdin): a row typed by hand is
 * scored without waiting for 199 more.
 */
export async function peekAhead<T>(source: AsyncIterator<T>, count: number, pauseMs: number): Promise<{ peeked: T[]; rest: AsyncIterableIterator<T> }> {
  const peeked: T[] = [];
  let pending: Promise<IteratorResult<T>> | undefined;
  let done = false;
  const PAUSE = Symbol('pause');
  while (peeked.length < count) {
    pending ??= source.next();
    const next = await Promise.race([pending, new Promise<typeof PAUSE>((resolve) => setTimeout(() => resolve(PAUSE), pauseMs).unref?.())]);
    if (next === PAUSE) break;
    pending = undefined;
    if (next.done) {
      done = true;
      break;
    }
    peeked.push(next.value);
  }
  const rest = (async function* () {
    yield* peeked;
    if (done) return;
    if (pending) {
      const next = await pending;
      if (next.done) return;
      yield next.value;
    }
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  })();
  return { peeked, rest };
}
