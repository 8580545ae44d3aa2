/** Placeholder until the French query set lands. */
export const FRENCH_QUERIES: ReadonlyArray<readonly [goal: number, target: string, id: string, query: string]> = [];
