/**
 * The named features of (document, goal) that the calibrated model reads. Each is a small pure
 * transform of what matching and similarity found; `npm run calibrate` fits one coefficient per
 * feature on the development data (scripts/calibrate.ts), and `explain` shows each one's part.
 */
import { FAMILIES } from './evidence.js';

export const FEATURE_NAMES = [
  /**
   * One per source family (evidence.ts): ln(1 + evidence) of the project's target lexicon (and
   * custom entries), the French goal keywords, the Aurora queries (English), their French
   * counterpart, the SDG-ontology keywords, the UN's own target and indicator wording.
   */
  ...FAMILIES,
  /** 1 when no entry of the goal matched at all: similarity alone is weaker evidence than it looks. */
  'noKeywords',
  /** ln(1 + number of distinct entries of weight 1 or more found). */
  'entries',
  /** ln(1 + number of the goal's targets with evidence). */
  'targets',
  /** TF-IDF cosine with the goal's descriptor of the text's language, × 10 (cosines are small), shrunk for short texts. */
  'similarity',
  /** Best TF-IDF cosine with one of the goal's targets' descriptors, same scale. */
  'targetSimilarity',
  /** How far the goal's similarity is behind the most similar goal's (0 for that goal, negative for others), same scale. */
  'similarityGap',
  /** How far the goal's keyword evidence is behind the best goal's, in ln(1 + evidence) (0 for the best). */
  'keywordGap',
  /**
   * ln(1 + number of content words) / 5, the count clamped to [10, 400]: long texts gather
   * evidence for more goals. The development texts have 9 to 364 content words; outside that
   * range the model would extrapolate a line it never saw (a 5 MB text is not a thousand times
   * less likely to serve a goal than a paragraph).
   */
  'length',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;

const SIMILARITY_SCALE = 10;
/**
 * Cosines of short texts are shrunk by n / (n + k), n the number of content words: a text of
 * six words is close to some descriptor by chance (one shared word is a large part of it), and
 * the development texts (9 to 364 content words) could not teach the model that.
 */
export const SIMILARITY_RELIABILITY_WORDS = 10;
const LENGTH_SCALE = 5;
export const LENGTH_RANGE = [10, 400] as const;

/** What matching and similarity found for one document, per goal (index 0 = goal 1). */
export interface GoalSignals {
  /** Per goal, raw evidence per family: `byFamily[goal][family]`. */
  readonly byFamily: readonly Float64Array[];
  readonly total: ArrayLike<number>;
  readonly entries: ArrayLike<number>;
  readonly targets: ArrayLike<number>;
  readonly cosine: ArrayLike<number>;
  /** Per goal, the best cosine with one of its targets. */
  readonly targetCosine: ArrayLike<number>;
  /** Content words of the document. */
  readonly contentWords: number;
}

/**
 * The feature rows of every goal, as one flat array: row g (goal g + 1) is
 * `out[g * FEATURE_COUNT … (g + 1) * FEATURE_COUNT)`, in `FEATURE_NAMES` order.
 */
export function goalFeatures(signals: GoalSignals, goalCount: number): Float64Array {
  const out = new Float64Array(goalCount * FEATURE_COUNT);
  const reliability = signals.contentWords / (signals.contentWords + SIMILARITY_RELIABILITY_WORDS);
  let bestCosine = 0;
  let bestTotal = 0;
  for (let g = 0; g < goalCount; g++) {
    if (signals.cosine[g]! > bestCosine) bestCosine = signals.cosine[g]!;
    if (signals.total[g]! > bestTotal) bestTotal = signals.total[g]!;
  }
  const length = Math.log1p(Math.min(LENGTH_RANGE[1], Math.max(LENGTH_RANGE[0], signals.contentWords))) / LENGTH_SCALE;
  for (let g = 0; g < goalCount; g++) {
    // In FEATURE_NAMES order.
    let k = g * FEATURE_COUNT;
    const families = signals.byFamily[g]!;
    for (let f = 0; f < FAMILIES.length; f++) out[k++] = Math.log1p(families[f]!);
    out[k++] = signals.total[g]! > 0 ? 0 : 1;
    out[k++] = Math.log1p(signals.entries[g]!);
    out[k++] = Math.log1p(signals.targets[g]!);
    out[k++] = signals.cosine[g]! * reliability * SIMILARITY_SCALE;
    out[k++] = signals.targetCosine[g]! * reliability * SIMILARITY_SCALE;
    out[k++] = (signals.cosine[g]! - bestCosine) * reliability * SIMILARITY_SCALE;
    out[k++] = Math.log1p(signals.total[g]!) - Math.log1p(bestTotal);
    out[k++] = length;
  }
  return out;
}
