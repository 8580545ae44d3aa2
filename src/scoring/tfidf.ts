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

/**
 * The sorted vocabulary of some descriptors and each descriptor's word counts as flat pairs
 * [term index, count, …], terms in vocabulary order.
 */
export function descriptorCounts(descriptors: readonly (readonly string[])[]): { terms: string[]; counts: number[][] } {
  const counted = descriptors.map((d) => termCounts(d));
  const terms = [...new Set(counted.flatMap((c) => [...c.keys()]))].sort();
  const index = new Map(terms.map((term, t) => [term, t]));
  const counts = counted.map((c) =>
    [...c]
      .map(([term, n]) => [index.get(term)!, n] as const)
      .sort((a, b) => a[0] - b[0])
      .flat(),
  );
  return { terms, counts };
}

/** A document's words on an index's vocabulary (see `TfIdfIndex.documentTerms`). */
export interface DocumentTerms {
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly ids: Int32Array;
  readonly tf: Float64Array;
}

/** A TF-IDF index as data: terms (sorted), their idf, and per term the [descriptor, weight] postings. */
export interface SerializedTfIdf {
  readonly size: number;
  readonly terms: readonly string[];
  readonly idf: readonly number[];
  readonly postings: readonly (readonly (readonly [number, number])[])[];
}

export class TfIdfIndex {
  /** Idf given to words no descriptor uses (the rarest possible): they count in the document's norm. */
  private readonly unseenIdf: number;
  private readonly vocabulary: Map<string, number>;
  /** Postings flattened for the hot loop: term t's postings are [offsets[t], offsets[t + 1]). */
  private readonly offsets: Int32Array;
  private readonly postingDescriptors: Int32Array;
  private readonly postingWeights: Float64Array;

  private constructor(
    /** Number of descriptors. */
    readonly size: number,
    terms: readonly string[],
    private readonly idf: readonly number[],
    /** postings[term] = [[descriptor, L2-normalised weight], …] */
    private readonly postings: readonly (readonly (readonly [number, number])[])[],
    /** The term → position map, shared by indexes built on the same terms. */
    vocabulary?: Map<string, number>,
  ) {
    this.unseenIdf = smoothIdf(0, size);
    this.vocabulary = vocabulary ?? new Map(terms.map((term, t) => [term, t]));
    this.offsets = new Int32Array(postings.length + 1);
    postings.forEach((list, t) => (this.offsets[t + 1] = this.offsets[t]! + list.length));
    const total = this.offsets[postings.length]!;
    this.postingDescriptors = new Int32Array(total);
    this.postingWeights = new Float64Array(total);
    postings.forEach((list, t) =>
      list.forEach(([d, w], k) => {
        this.postingDescriptors[this.offsets[t]! + k] = d;
        this.postingWeights[this.offsets[t]! + k] = w;
      }),
    );
  }

  /** Builds the index of `descriptors` (`descriptors[i]` lists the stems of descriptor i). */
  static build(descriptors: readonly (readonly string[])[]): TfIdfIndex {
    const { terms, counts } = descriptorCounts(descriptors);
    return TfIdfIndex.fromCounts(terms, counts);
  }

  /**
   * Builds the index from word counts: `terms` is the sorted vocabulary, `counts[d]` the flat
   * pairs [term index, count, term index, count…] of descriptor d (what the compiled model stores).
   */
  static fromCounts(terms: readonly string[], counts: readonly (readonly number[])[], vocabulary?: Map<string, number>): TfIdfIndex {
    const df = new Int32Array(terms.length);
    for (const pairs of counts) for (let k = 0; k < pairs.length; k += 2) df[pairs[k]!]!++;
    const idf = terms.map((_, t) => smoothIdf(df[t]!, counts.length));
    const postings: [number, number][][] = terms.map(() => []);
    counts.forEach((pairs, d) => {
      let norm = 0;
      for (let k = 0; k < pairs.length; k += 2) norm += (sublinearTf(pairs[k + 1]!) * idf[pairs[k]!]!) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let k = 0; k < pairs.length; k += 2) postings[pairs[k]!]!.push([d, (sublinearTf(pairs[k + 1]!) * idf[pairs[k]!]!) / norm]);
    });
    return new TfIdfIndex(counts.length, terms, idf, postings, vocabulary);
  }

  /** Restores an index computed at build time. */
  static fromJSON(json: SerializedTfIdf): TfIdfIndex {
    return new TfIdfIndex(json.size, json.terms, json.idf, json.postings);
  }

  /** Weights are rounded to 6 decimals: far below the 4 decimals scores are reported with, and a third of the size. */
  toJSON(): SerializedTfIdf {
    const round = (x: number) => Math.round(x * 1e6) / 1e6;
    return {
      size: this.size,
      terms: [...this.vocabulary.keys()],
      idf: this.idf.map(round),
      postings: this.postings.map((list) => list.map(([d, w]) => [d, round(w)] as const)),
    };
  }

  /** Cosine similarity of a document (its stems) with every descriptor, in descriptor order. */
  similarities(stems: readonly string[]): Float64Array {
    return this.similaritiesOf(this.documentTerms(stems));
  }

  /**
   * A document's distinct words on this index's vocabulary (position, or -1 for a word no
   * descriptor uses) with their sublinear tf: computed once, it serves every index built on the
   * same vocabulary (a language's goal and target indexes, `sameVocabulary`).
   */
  documentTerms(stems: readonly string[]): DocumentTerms {
    const counts = termCounts(stems);
    const ids = new Int32Array(counts.size);
    const tf = new Float64Array(counts.size);
    let k = 0;
    for (const [term, c] of counts) {
      ids[k] = this.vocabulary.get(term) ?? -1;
      tf[k++] = sublinearTf(c);
    }
    return { vocabulary: this.vocabulary, ids, tf };
  }

  /** Whether `documentTerms` of this index serve `other` too. */
  sameVocabulary(terms: DocumentTerms): boolean {
    return terms.vocabulary === this.vocabulary;
  }

  /** Cosine similarity of a document's terms (`documentTerms`, same vocabulary) with every descriptor. */
  similaritiesOf(terms: DocumentTerms): Float64Array {
    const scores = new Float64Array(this.size);
    const { ids, tf } = terms;
    let norm = 0;
    // Words no descriptor uses raise no similarity but still weigh in the norm: a football
    // report that says "water" once must not look like a text about water.
    for (let k = 0; k < ids.length; k++) {
      const w = tf[k]! * (ids[k]! < 0 ? this.unseenIdf : this.idf[ids[k]!]!);
      norm += w * w;
    }
    if (norm === 0) return scores;
    norm = Math.sqrt(norm);
    const { offsets, postingDescriptors, postingWeights, idf } = this;
    for (let k = 0; k < ids.length; k++) {
      const t = ids[k]!;
      if (t < 0) continue;
      const scaled = (tf[k]! * idf[t]!) / norm;
      for (let p = offsets[t]!, end = offsets[t + 1]!; p < end; p++) scores[postingDescriptors[p]!]! += scaled * postingWeights[p]!;
    }
    return scores;
  }
}
