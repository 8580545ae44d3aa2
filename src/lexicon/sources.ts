/** Where an entry comes from; callers choose which seed sources an engine uses. */
export type EntrySource = 'lexicon' | 'keywords' | 'aurora' | 'sdgo' | 'custom';

/** The seed sources, in the order they are compiled. */
export const SEED_SOURCES = ['lexicon', 'keywords', 'aurora', 'sdgo'] as const;
