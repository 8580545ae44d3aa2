/**
 * Curation of the seed sources, decided by measurement (`npm run eval`: the development set and
 * the project's non-SDG fixtures). Each line says why. Ids are the entry ids of `entries.ts`.
 */

/** Entries that fire on unrelated text. */
export const DISABLED_ENTRIES: ReadonlySet<string> = new Set<string>([]);

/** Entries whose seed weight proved too strong or too weak. */
export const WEIGHT_OVERRIDES: ReadonlyMap<string, number> = new Map<string, number>([]);
