/**
 * The scoring maths as small pure functions, each constant with its reason. Constants were
 * chosen on the development set (`npm run eval`), never on a single text.
 */

/** Raw keyword evidence at which the keyword strength reaches 1 − 1/e ≈ 0.63: one unambiguous (weight 2) entry. */
export const KEYWORD_SCALE = 2;
/** Cosine similarities below this are the noise of shared common words. */
export const SIMILARITY_FLOOR = 0.05;
/** Cosine similarity treated as full thematic agreement (short texts rarely exceed it). */
export const SIMILARITY_CEILING = 0.35;
/** How much similarity alone can contribute: it supports keyword evidence more than it replaces it. */
export const SIMILARITY_WEIGHT = 0.5;

/** Evidence of one entry matched `count` times: repeated mentions count, sublinearly. */
export const entryEvidence = (weight: number, count: number): number => (count > 0 ? weight * (1 + Math.log(count)) : 0);

/** Raw keyword evidence (sum of entry evidence) → [0, 1), saturating. */
export const keywordStrength = (raw: number): number => (raw > 0 ? 1 - Math.exp(-raw / KEYWORD_SCALE) : 0);

/** Cosine similarity → [0, 1], linear between the floor and the ceiling. */
export const similarityStrength = (cosine: number): number =>
  Math.min(1, Math.max(0, (cosine - SIMILARITY_FLOOR) / (SIMILARITY_CEILING - SIMILARITY_FLOOR)));

/**
 * Combined score in [0, 1]: a noisy-OR of the two signals, so either can raise the score and
 * both together raise it more, while similarity alone tops out at `SIMILARITY_WEIGHT`.
 */
export const combineScores = (keyword: number, similarity: number): number => 1 - (1 - keyword) * (1 - SIMILARITY_WEIGHT * similarity);
