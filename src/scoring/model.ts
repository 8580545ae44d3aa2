import { CompiledMatcher, type SerializedMatcher } from '../query/match.js';
import type { EntrySource } from '../lexicon/sources.js';
import { targets, type Language } from '../taxonomy/index.js';
import { precomputedLanguage } from './model-data.js';
import type { ResolvedEngineOptions } from './options.js';
import { TfIdfIndex } from './tfidf.js';
import { cachedModel } from './model-cache.js';
import { addCustomEntries } from './custom-entries.js';

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

/** Everything an engine scores with: matchers and TF-IDF indexes per language. */
export interface ScoringModel {
  /** The matcher of a language, built on first use: a French-only run never builds the English one. */
  matcher(language: Language): CompiledMatcher<EntryData>;
  /** Target descriptors of a language (descriptor i is `targets[i]`), loaded on first use. */
  targetIndex(language: Language): TfIdfIndex;
  /** Goal descriptors of a language (descriptor i is goal i + 1), loaded on first use. */
  goalIndex(language: Language): TfIdfIndex;
}

/** TF-IDF indexes do not depend on the engine's options: every engine shares one copy. */
const indexes: { target: Partial<Record<Language, TfIdfIndex>>; goal: Partial<Record<Language, TfIdfIndex>> } = { target: {}, goal: {} };


/** One term → position map per language, shared by its goal and target indexes (a document's terms are looked up once). */
const vocabularies: Partial<Record<Language, Map<string, number>>> = {};
const vocabularyOf = (language: Language): Map<string, number> =>
  (vocabularies[language] ??= new Map(precomputedLanguage(language).descriptors.terms.map((term, t) => [term, t])));

/**
 * Goal g's descriptor: its own words and the descriptors of its targets (`goalTargets`, the SDGs'
 * by default), counts summed. Only the terms a goal uses are visited (a dense pass over the whole
 * vocabulary per goal was a visible part of scoring the first text, when the code is not yet
 * compiled); each term's count is summed in the same order as before (own words, then targets in
 * their order) and the pairs are in term order.
 */
export function goalIndexOf(d: SerializedDescriptors, vocabulary: Map<string, number>, goalTargets: readonly { readonly goal: number }[] = targets): TfIdfIndex {
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
    touched.sort((a, b) => a - b);
    const pairs: number[] = [];
    for (const term of touched) {
      pairs.push(term, sum[term]!);
      sum[term] = 0;
    }
    return pairs;
  });
  return TfIdfIndex.fromCounts(d.terms, counts, vocabulary);
}

function buildModel(options: ResolvedEngineOptions): ScoringModel {
  const sources = new Set<EntrySource>(options.sources);
  const keep = (data: EntryData) => sources.has(data[3]);
  // Custom entries are compiled now, into empty matchers, so that a bad one fails at creation.
  addCustomEntries({ fr: new CompiledMatcher('fr'), en: new CompiledMatcher('en') }, options);
  const built: Partial<Record<Language, CompiledMatcher<EntryData>>> = {};
  const matcher = (language: Language): CompiledMatcher<EntryData> => {
    let m = built[language];
    if (!m) {
      m = built[language] = CompiledMatcher.fromJSON(precomputedLanguage(language).matcher, keep);
      addCustomEntries({ [language]: m }, options);
    }
    return m;
  };
  return {
    matcher,
    targetIndex: (language) => {
      const d = precomputedLanguage(language).descriptors;
      return (indexes.target[language] ??= TfIdfIndex.fromCounts(d.terms, d.targets, vocabularyOf(language)));
    },
    goalIndex: (language) => (indexes.goal[language] ??= goalIndexOf(precomputedLanguage(language).descriptors, vocabularyOf(language))),
  };
}

/** Models are pure functions of (sources, custom entries): engines with the same configuration share one. */
const models = new Map<string, ScoringModel>();

export function getModel(options: ResolvedEngineOptions): ScoringModel {
  return cachedModel(models, JSON.stringify([options.sources, options.customEntries]), () => buildModel(options));
}
