/** The compiled model's shapes (what `npm run model` stores), and the goal descriptors built from them. */
import type { SerializedMatcher } from '../query/match.js';
import type { EntrySource } from '../lexicon/sources.js';
import type { Language } from '../taxonomy/index.js';
import { TfIdfIndex } from './tfidf.js';

/**
 * What the matcher carries for each entry, as a tuple (it is stored by the thousand in the
 * precomputed model): [goal, target id or "" for goal-level entries, weight, source].
 * Weights: 0.5 weak or contextual, 1 normal, 2 unambiguous.
 */
export type EntryData = readonly [goal: number, target: string, weight: number, source: EntrySource];

/**
 * The TF-IDF descriptors of one language as word counts: `terms` is the sorted vocabulary;
 * `targets[i]` the flat pairs [term index, count, …] of target i's descriptor (UN order);
 * `goals[g]` those of goal g + 1's own words (titles, keywords). A goal's descriptor is its own
 * words and its targets' descriptors.
 */
export interface SerializedDescriptors {
  readonly terms: readonly string[];
  readonly targets: readonly (readonly number[])[];
  readonly goals: readonly (readonly number[])[];
}

/** The model as data (built at build time, scripts/build-model.ts). */
export interface SerializedModel {
  readonly matchers: Readonly<Record<Language, SerializedMatcher<EntryData>>>;
  readonly descriptors: Readonly<Record<Language, SerializedDescriptors>>;
}

/**
 * Goal g's descriptor: its own words and the descriptors of its targets (`goalTargets`, in the
 * descriptors' order), counts summed. Only the terms a goal uses are visited (a dense pass over the whole
 * vocabulary per goal was a visible part of scoring the first text, when the code is not yet
 * compiled); each term's count is summed in the same order as before (own words, then targets in
 * their order) and the pairs are in term order.
 */
export function goalIndexOf(d: SerializedDescriptors, vocabulary: Map<string, number>, goalTargets: readonly { readonly goal: number }[]): TfIdfIndex {
  const sum = new Float64Array(d.terms.length);
  const byGoal: number[][] = d.goals.map(() => []);
  goalTargets.forEach((t, i) => byGoal[t.goal - 1]!.push(i));
  const counts = d.goals.map((own, g) => {
    const touched: number[] = [];
    const add = (pairs: readonly number[]) => {
      for (let k = 0; k < pairs.length; k += 2) {
        const term = pairs[k]!;
        if (sum[term] === 0) touched.push(term);
        sum[term]! += pairs[k + 1]!;
      }
    };
    add(own);
    for (const i of byGoal[g]!) add(d.targets[i]!);
    // A typed array sorts numbers natively; `touched.sort((a, b) => a - b)` called back for each
    // comparison (this runs once, uncompiled, at start-up).
    const terms = Int32Array.from(touched).sort();
    const pairs: number[] = [];
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      pairs.push(term, sum[term]!);
      sum[term] = 0;
    }
    return pairs;
  });
  return TfIdfIndex.fromCounts(d.terms, counts, vocabulary);
}
