/**
 * Keyword evidence of one document, per goal and per target, with each matched span counted once.
 *
 * Several entries often find the same words: a lexicon phrase and a French goal keyword, an
 * Aurora query and an SDG-ontology keyword, `eau potable` inside `accès à l'eau potable`. Counting
 * each would make evidence grow with the number of sources that happen to list a phrase, not
 * with what the text says. So the spans found for a goal (or a target) are grouped into clusters
 * of overlapping word ranges; each cluster counts once, for its strongest entry (the lead), and an
 * entry that leads `n` clusters adds `weight × (1 + ln n)` (repeated mentions count sublinearly).
 */
import type { EntrySource } from '../lexicon/sources.js';
import { entryEvidence } from './combine.js';

/** Source families, in the order their evidence is stored (custom entries count as lexicon). */
export const FAMILIES = ['lexicon', 'keywords', 'queries', 'queriesFr', 'sdgo', 'un'] as const;
export type Family = (typeof FAMILIES)[number];

const FAMILY_OF: Readonly<Record<EntrySource, number>> = {
  lexicon: 0,
  custom: 0,
  keywords: 1,
  aurora: 2,
  'queries-fr': 3,
  sdgo: 4,
  un: 5,
};
export const familyOf = (source: EntrySource): number => FAMILY_OF[source];

/** Entries weighing less (SDG-ontology keywords, French goal keywords, weak lexicon terms) are not counted as entries. */
export const STRONG_WEIGHT = 1;

/** One matched span of one entry, in word indices of the token stream. */
export interface SpanHit {
  readonly first: number;
  readonly last: number;
  /** Index of the entry in a per-document list (identifies the entry). */
  readonly entry: number;
  readonly weight: number;
  readonly family: number;
  /** Order between entries of equal weight: lower wins (entry order of the model). */
  readonly rank: number;
}

/** Evidence of a group of spans (a goal's or a target's), deduplicated by overlap. */
export interface ClusteredEvidence {
  /** Raw evidence per family (`FAMILIES` order). */
  readonly byFamily: Float64Array;
  /** Sum over families. */
  readonly total: number;
  /** Entries of weight 1 or more that lead at least one cluster (weak entries add evidence, not count). */
  readonly entries: number;
}

const NOTHING: ClusteredEvidence = { byFamily: new Float64Array(FAMILIES.length), total: 0, entries: 0 };

/**
 * Per-call scratch of `clusterEvidence`, reused (a Map and a closure per goal per document were a
 * visible share of what scoring allocates): clusters led per entry index, marked by call.
 */
let leadMarks = new Int32Array(256);
let leadCounts = new Int32Array(256);
let leadEpoch = 0;

/** Span order: by first word, then last word, then entry rank (a total order: any sort gives the same). */
const spanOrder = (a: SpanHit, b: SpanHit): number => a.first - b.first || a.last - b.last || a.rank - b.rank;

/** Sorts in place: insertion sort for the few spans most goals have (no allocation), the built-in sort past that. */
function sortHits(hits: SpanHit[]): void {
  if (hits.length > 16) {
    hits.sort(spanOrder);
    return;
  }
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    let j = i - 1;
    while (j >= 0 && spanOrder(hits[j]!, h) > 0) {
      hits[j + 1] = hits[j]!;
      j--;
    }
    hits[j + 1] = h;
  }
}

/**
 * Clusters overlapping spans and sums each lead entry's evidence. `hits` is reordered in place
 * (sorted by start); it is a per-document scratch list. No hits: a shared empty result (do not
 * write into it).
 */
export function clusterEvidence(hits: SpanHit[] | undefined): ClusteredEvidence {
  if (!hits || hits.length === 0) return NOTHING;
  const byFamily = new Float64Array(FAMILIES.length);
  sortHits(hits);
  if (++leadEpoch === 0x7fffffff) (leadMarks.fill(0), (leadEpoch = 1));
  const epoch = leadEpoch;
  // The lead of each cluster, in the order entries first lead one (the order the sums are made in).
  const leads: SpanHit[] = [];
  let lead = hits[0]!;
  let end = lead.last;
  for (let i = 1; i <= hits.length; i++) {
    const h = hits[i];
    if (h !== undefined && h.first <= end) {
      if (h.last > end) end = h.last;
      if (h.weight > lead.weight || (h.weight === lead.weight && h.rank < lead.rank)) lead = h;
      continue;
    }
    // The cluster ends: its lead counts one more cluster.
    const e = lead.entry;
    if (e >= leadMarks.length) {
      const size = Math.max(e + 1, 2 * leadMarks.length);
      const marks = new Int32Array(size);
      marks.set(leadMarks);
      const counts = new Int32Array(size);
      counts.set(leadCounts);
      leadMarks = marks;
      leadCounts = counts;
    }
    if (leadMarks[e] !== epoch) {
      leadMarks[e] = epoch;
      leadCounts[e] = 1;
      leads.push(lead);
    } else leadCounts[e]!++;
    if (h === undefined) break;
    lead = h;
    end = h.last;
  }
  let total = 0;
  let entries = 0;
  for (const hit of leads) {
    const e = entryEvidence(hit.weight, leadCounts[hit.entry]!);
    byFamily[hit.family]! += e;
    total += e;
    if (hit.weight >= STRONG_WEIGHT) entries++;
  }
  return { byFamily, total, entries };
}
