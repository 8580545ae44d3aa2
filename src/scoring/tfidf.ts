/**
 * TF-IDF with sublinear term frequency and L2-normalised vectors, over a small fixed corpus of
 * descriptors (one per target, one per goal). Documents are projected on the descriptors'
 * vocabulary and compared by cosine similarity through postings lists: the cost is the number of
 * (document word × descriptor containing it) pairs, not 169 × vocabulary.
 *
 * The scoring path (`streamTerms`) never builds a stem string list nor a Map per document: each
 * written form caches, once per vocabulary, the integer id of its stem (`FormInLanguage.term`),
 * and a document's distinct terms are counted in a reused typed array, in order of first
 * occurrence (the order `termCounts` gives, so the floating-point sums are the same, bit for bit).
 */
import type { FormInLanguage, TokenStream } from '../text/analyze.js';
import { grown } from '../typed-arrays.js';

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
  const index = termPositions(terms);
  const counts = counted.map((c) =>
    [...c]
      .map(([term, n]) => [index.get(term)!, n] as const)
      .sort((a, b) => a[0] - b[0])
      .flat(),
  );
  return { terms, counts };
}

/** Each term's position in a vocabulary (a loop: `new Map(terms.map(…))` makes an array per term, a cost at start-up). */
export function termPositions(terms: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let t = 0; t < terms.length; t++) map.set(terms[t]!, t);
  return map;
}

/** A document's words on an index's vocabulary (see `TfIdfIndex.documentTerms`). */
export interface DocumentTerms {
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly ids: Int32Array;
  readonly tf: Float64Array;
}

/** Stems outside a vocabulary interned past this many are forgotten (a new table): bounded memory on adversarial input. */
const UNSEEN_STEM_LIMIT = 200_000;

/**
 * Integer ids of stems for one vocabulary: its own terms keep their position, other stems get
 * ids from `vocabulary.size` on. Also the per-document scratch counts (reused, zeroed after use).
 * A table is replaced, never cleared, when it has seen too many stems: ids cached on forms by
 * the old one are then ignored (their `owner` differs).
 */
class TermTable {
  readonly unseen = new Map<string, number>();
  counts: Int32Array<ArrayBuffer> = new Int32Array(1 << 12);
  order: Int32Array<ArrayBuffer> = new Int32Array(1 << 10);
  constructor(readonly vocabulary: ReadonlyMap<string, number>) {}

  idOf(stem: string): number {
    let id = this.vocabulary.get(stem);
    if (id !== undefined) return id;
    id = this.unseen.get(stem);
    if (id === undefined) this.unseen.set(stem, (id = this.vocabulary.size + this.unseen.size));
    return id;
  }
}

const tables = new WeakMap<ReadonlyMap<string, number>, TermTable>();
function tableOf(vocabulary: ReadonlyMap<string, number>): TermTable {
  let table = tables.get(vocabulary);
  if (!table || table.unseen.size >= UNSEEN_STEM_LIMIT) tables.set(vocabulary, (table = new TermTable(vocabulary)));
  return table;
}

/** A document's terms (`DocumentTerms`) and its number of content words with a stem. */
export interface StreamTerms {
  readonly terms: DocumentTerms;
  readonly contentWords: number;
}

export class TfIdfIndex {
  /** Idf given to words no descriptor uses (the rarest possible): they count in the document's norm. */
  private readonly unseenIdf: number;
  private readonly vocabulary: Map<string, number>;

  private constructor(
    /** Number of descriptors. */
    readonly size: number,
    vocabulary: Map<string, number>,
    private readonly idf: Float64Array,
    /** Postings, flat for the hot loop: term t's postings are [offsets[t], offsets[t + 1]). */
    private readonly offsets: Int32Array,
    private readonly postingDescriptors: Int32Array,
    /** L2-normalised weights. */
    private readonly postingWeights: Float64Array,
  ) {
    this.unseenIdf = smoothIdf(0, size);
    this.vocabulary = vocabulary;
  }

  /** Builds the index of `descriptors` (`descriptors[i]` lists the stems of descriptor i). */
  static build(descriptors: readonly (readonly string[])[]): TfIdfIndex {
    const { terms, counts } = descriptorCounts(descriptors);
    return TfIdfIndex.fromCounts(terms, counts);
  }

  /**
   * Builds the index from word counts: `terms` is the sorted vocabulary, `counts[d]` the flat
   * pairs [term index, count, term index, count…] of descriptor d (what the compiled model
   * stores). Straight into typed arrays: engines build it when they first meet a language.
   */
  static fromCounts(terms: readonly string[], counts: readonly (readonly number[])[], vocabulary?: Map<string, number>): TfIdfIndex {
    const df = new Int32Array(terms.length);
    for (const pairs of counts) for (let k = 0; k < pairs.length; k += 2) df[pairs[k]!]!++;
    const idf = new Float64Array(terms.length);
    for (let t = 0; t < terms.length; t++) idf[t] = smoothIdf(df[t]!, counts.length);
    // Postings of term t: df[t] of them, from offsets[t].
    const offsets = new Int32Array(terms.length + 1);
    for (let t = 0; t < terms.length; t++) offsets[t + 1] = offsets[t]! + df[t]!;
    const fill = offsets.slice(0, terms.length);
    const descriptors = new Int32Array(offsets[terms.length]!);
    const weights = new Float64Array(offsets[terms.length]!);
    // A descriptor's weights before normalisation, computed once (this runs at start-up, uncompiled).
    let raw = new Float64Array(256);
    for (let d = 0; d < counts.length; d++) {
      const pairs = counts[d]!;
      if (raw.length < pairs.length >> 1) raw = new Float64Array(pairs.length);
      let norm = 0;
      for (let k = 0, j = 0; k < pairs.length; k += 2, j++) {
        const w = sublinearTf(pairs[k + 1]!) * idf[pairs[k]!]!;
        raw[j] = w;
        norm += w ** 2;
      }
      norm = Math.sqrt(norm) || 1;
      for (let k = 0, j = 0; k < pairs.length; k += 2, j++) {
        const at = fill[pairs[k]!]!++;
        descriptors[at] = d;
        weights[at] = raw[j]! / norm;
      }
    }
    return new TfIdfIndex(counts.length, vocabulary ?? termPositions(terms), idf, offsets, descriptors, weights);
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

  /**
   * `documentTerms` of the content words of a token stream (the stems `contentStems` lists),
   * through the ids its forms cache: the same ids, tf and order as `documentTerms(contentStems(stream))`.
   */
  streamTerms(stream: TokenStream): StreamTerms {
    const table = tableOf(this.vocabulary);
    const { stems, content, infos } = stream;
    let counts = table.counts;
    let order = table.order;
    let distinct = 0;
    let contentWords = 0;
    for (let i = 0; i < stems.length; i++) {
      if (content[i] !== 1) continue;
      const stem = stems[i]!;
      if (stem === '') continue; // an over-long word: no term (analyze.ts)
      contentWords++;
      const info: FormInLanguage = infos[i]!;
      const cached = info.term;
      let id: number;
      if (cached !== undefined && cached.owner === table) id = cached.id;
      else {
        id = table.idOf(stem);
        if (Object.isExtensible(info)) info.term = { owner: table, id };
      }
      if (id >= counts.length) counts = table.counts = grown(counts, Math.max(id + 1, 2 * counts.length));
      if (counts[id]!++ === 0) {
        if (distinct >= order.length) order = table.order = grown(order, Math.max(distinct + 1, 2 * order.length));
        order[distinct++] = id;
      }
    }
    const ids = new Int32Array(distinct);
    const tf = new Float64Array(distinct);
    const known = this.vocabulary.size;
    for (let k = 0; k < distinct; k++) {
      const id = order[k]!;
      tf[k] = sublinearTf(counts[id]!);
      counts[id] = 0;
      ids[k] = id < known ? id : -1;
    }
    return { terms: { vocabulary: this.vocabulary, ids, tf }, contentWords };
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
