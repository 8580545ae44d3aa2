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
 * Clusters overlapping spans and sums each lead entry's evidence. `hits` is reordered in place
 * (sorted by start); it is a per-document scratch list. No hits: a shared empty result (do not
 * write into it).
 */
export function clusterEvidence(hits: SpanHit[] | undefined): ClusteredEvidence {
  if (!hits || hits.length === 0) return NOTHING;
  const byFamily = new Float64Array(FAMILIES.length);
  hits.sort((a, b) => a.first - b.first || a.last - b.last || a.rank - b.rank);
  // Number of clusters each lead entry leads, keyed by entry index.
  const leads = new Map<number, { hit: SpanHit; count: number }>();
  let lead = hits[0]!;
  let end = lead.last;
  const close = () => {
    const seen = leads.get(lead.entry);
    if (seen) seen.count++;
    else leads.set(lead.entry, { hit: lead, count: 1 });
  };
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.first <= end) {
      if (h.last > end) end = h.last;
      if (h.weight > lead.weight || (h.weight === lead.weight && h.rank < lead.rank)) lead = h;
    } else {
      close();
      lead = h;
      end = h.last;
    }
  }
  close();
  let total = 0;
  let entries = 0;
  for (const { hit, count } of leads.values()) {
    const e = entryEvidence(hit.weight, count);
    byFamily[hit.family]! += e;
    total += e;
    if (hit.weight >= STRONG_WEIGHT) entries++;
  }
  return { byFamily, total, entries };
}
