/**
 * Where an entry comes from; callers choose which seed sources an engine uses.
 *   lexicon     target lexicon written for the project (French and English) with its supplement
 *   keywords    goal-level French local-government keywords
 *   aurora      Aurora Universities Network queries (English, target level)
 *   queries-fr  French counterpart of the Aurora queries, written for the project
 *   sdgo        SDG ontology keywords (English)
 *   un          phrases of the UN target and indicator texts themselves (French and English)
 *   custom      the caller's own entries
 */
export type EntrySource = 'lexicon' | 'keywords' | 'aurora' | 'queries-fr' | 'sdgo' | 'un' | 'custom';

/** The seed sources, in the order they are compiled. */
export const SEED_SOURCES = ['lexicon', 'keywords', 'aurora', 'queries-fr', 'sdgo', 'un'] as const;

/**
 * An entry's id: the source, then what identifies the entry within it. One format, written by
 * the seed sources (entries.ts) and rebuilt from its last part when the compiled model is loaded
 * (scoring/model-codec.ts), so the model does not store the common part of 15,000 ids.
 *   lexicon:fr:7.3:rénovation énergétique   un:fr:6.1:eau potable   keywords:fr:11:pistes cyclables
 *   aurora:1.1-1   queries-fr:fr-6.1-2   sdgo:3608   custom:<your id>
 */
export function entryId(source: EntrySource, language: 'fr' | 'en', goal: number, target: string | null, name: string): string {
  switch (source) {
    case 'lexicon':
      return `lexicon:${language}:${target}:${name}`;
    case 'un':
      return `un:${language}:${target ?? goal}:${name}`;
    case 'keywords':
      return `keywords:${language}:${goal}:${name}`;
    default:
      return `${source}:${name}`;
  }
}
