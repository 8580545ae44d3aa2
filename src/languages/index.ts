/**
 * The language registry: the modules the text pipeline can analyse in, by code. French and
 * English are built in; an engine given other modules (`createEngine({ languages })`) registers
 * them, so that a text, a query or a descriptor in that language is analysed with its module.
 */
import { SdgAlignError } from '../errors.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { LanguageCode, LanguageModule } from './types.js';

export { fr } from './fr.js';
export { en } from './en.js';
export type { Language, LanguageCode, LanguageModule } from './types.js';

/** The built-in languages, in the order an undetermined text is read in. */
export const BUILT_IN_LANGUAGES: readonly LanguageModule[] = [fr, en];

const registry = new Map<LanguageCode, LanguageModule>([
  ['fr', fr],
  ['en', en],
]);

const CODE = /^[a-z]{2,8}$/;

/**
 * Makes modules known to the pipeline. A code is bound to one module for the life of the
 * process: stems, stopword flags and inflection keys are memoised per code, so a second,
 * different module under a taken code throws `INVALID_OPTIONS` rather than mixing the two.
 */
export function registerLanguages(modules: readonly LanguageModule[]): void {
  for (const m of modules) {
    if (!m || typeof m !== 'object' || typeof m.code !== 'string' || !CODE.test(m.code) || typeof m.stem !== 'function' || typeof m.inflect !== 'function' || !(m.stopwords instanceof Set)) {
      throw new SdgAlignError('INVALID_OPTIONS', `Invalid engine option "languages": ${JSON.stringify((m as { code?: unknown } | undefined)?.code ?? m)} is not a language module ({ code, name, stem, stopwords: Set, inflect }).`, { field: 'languages' });
    }
    const known = registry.get(m.code);
    if (known && known !== m) {
      throw new SdgAlignError('INVALID_OPTIONS', `Invalid engine option "languages": another module is already registered for "${m.code}".`, { field: 'languages' });
    }
    registry.set(m.code, m);
  }
}

/** The module of a code; throws `INVALID_OPTIONS` for a language no engine registered. */
export function languageModule(code: LanguageCode): LanguageModule {
  const m = registry.get(code);
  if (!m) throw new SdgAlignError('INVALID_OPTIONS', `Unknown language "${code}": give its module in createEngine({ languages }).`, { field: 'language' });
  return m;
}

/** Whether a module is registered for this code. */
export const isRegisteredLanguage = (code: unknown): code is LanguageCode => typeof code === 'string' && registry.has(code);
