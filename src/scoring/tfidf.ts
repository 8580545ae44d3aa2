/**
 * TF-IDF with sublinear term frequency and L2-normalised vectors, over a small fixed corpus of
 * descriptors (one per target, one per goal). Documents are projected on the descriptors'
 * vocabulary and compared by cosine similarity through postings lists: the cost is the number of
 * (document word × descriptor containing it) pairs, not 169 × vocabulary.
 */

/** Sublinear term frequency: 1 + ln(tf) for tf ≥ 1 (a word said ten times is not ten times as relevant). */
export const sublinearTf = (count: number): number => (count > 0 ? 1 + Math.log(count) : 0);

/** Smoothed inverse document frequency (as scikit-learn): ln((1 + n) / (1 + df)) + 1, always ≥ 1. */
export const smoothIdf = (documentFrequency: number, documentCount: number): number =>
  Math.log((1 + documentCount) / (1 + documentFrequency)) + 1;

/** Counts of each stem. */
export function termCounts(stems: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

export class TfIdfIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly idf: number[] = [];
  /** Idf given to words no descriptor uses (the rarest possible): they count in the document's norm. */
  private readonly unseenIdf: number;
  /** postings[term] = [[descriptor, normalised weight], …] */
  private readonly postings: [number, number][][] = [];
  readonly size: number;

  /** `descriptors[i]` is the list of stems of descriptor i. */
  constructor(descriptors: readonly (readonly string[])[]) {
    this.size = descriptors.length;
    this.unseenIdf = smoothIdf(0, descriptors.length);
    const counted = descriptors.map((d) => termCounts(d));
    const df = new Map<string, number>();
    for (const counts of counted) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const term of [...df.keys()].sort()) {
      this.vocabulary.set(term, this.idf.length);
      this.idf.push(smoothIdf(df.get(term)!, descriptors.length));
      this.postings.push([]);
    }
    counted.forEach((counts, d) => {
      const weights = [...counts].map(([term, c]) => [this.vocabulary.get(term)!, sublinearTf(c) * this.idf[this.vocabulary.get(term)!]!] as const);
      const norm = Math.hypot(...weights.map(([, w]) => w)) || 1;
      for (const [t, w] of weights) this.postings[t]!.push([d, w / norm]);
    });
  }

  /** Cosine similarity of a document (its stems) with every descriptor, in descriptor order. */
  similarities(stems: readonly string[]): Float64Array {
    const scores = new Float64Array(this.size);
    const counts = termCounts(stems);
    let norm = 0;
    const terms: [number, number][] = [];
    for (const [term, c] of counts) {
      const t = this.vocabulary.get(term);
      // Words no descriptor uses raise no similarity but still weigh in the norm: a football
      // report that says "water" once must not look like a text about water.
      const w = sublinearTf(c) * (t === undefined ? this.unseenIdf : this.idf[t]!);
      norm += w * w;
      if (t !== undefined) terms.push([t, w]);
    }
    if (norm === 0) return scores;
    norm = Math.sqrt(norm);
    for (const [t, w] of terms) for (const [d, dw] of this.postings[t]!) scores[d]! += (w / norm) * dw;
    return scores;
  }
}
