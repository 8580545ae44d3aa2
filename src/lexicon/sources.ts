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
