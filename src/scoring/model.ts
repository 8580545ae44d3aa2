import { CompiledMatcher, type SerializedMatcher } from '../query/match.js';
import { parseQuery } from '../query/parse.js';
import type { EntrySource } from '../lexicon/sources.js';
import { SdgAlignError } from '../errors.js';
import { findFrameworkTarget } from '../frameworks/index.js';
import { sdgFramework } from '../frameworks/sdg.js';
import type { Framework } from '../frameworks/types.js';
import type { Language, LanguageCode } from '../languages/types.js';
import { frameworkDescriptors, frameworkMatcher } from './framework-model.js';
import { precomputedLanguage } from './model-data.js';
import type { ResolvedEngineOptions } from './options.js';
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

/** Everything an engine scores with: matchers and TF-IDF indexes per language. */
export interface ScoringModel {
  /** The matcher of a language, built on first use: a French-only run never builds the English one. */
  matcher(language: LanguageCode): CompiledMatcher<EntryData>;
  /** Target descriptors of a language (descriptor i is the framework's `targets[i]`), loaded on first use. */
  targetIndex(language: LanguageCode): TfIdfIndex;
  /** Goal descriptors of a language (descriptor i is goal i + 1), loaded on first use. */
  goalIndex(language: LanguageCode): TfIdfIndex;
}

/** One language's compiled matcher and descriptors, as data. */
interface LanguageData {
  readonly matcher: SerializedMatcher<EntryData>;
  readonly descriptors: SerializedDescriptors;
}

/**
 * Where a framework's model comes from: the SDGs' French and English from the compiled model
 * (build time); any other framework, and any other language, compiled from the framework's own
 * texts and lexicon the first time (framework-model.ts). Cached per framework; TF-IDF indexes do
 * not depend on the engine's options, so every engine over a framework shares one copy.
 */
interface FrameworkData {
  language(language: LanguageCode): LanguageData;
  readonly vocabularies: Map<LanguageCode, Map<string, number>>;
  readonly targetIndexes: Map<LanguageCode, TfIdfIndex>;
  readonly goalIndexes: Map<LanguageCode, TfIdfIndex>;
}

const frameworkData = new WeakMap<Framework, FrameworkData>();

function dataOf(framework: Framework): FrameworkData {
  let data = frameworkData.get(framework);
  if (!data) {
    const compiled = new Map<LanguageCode, LanguageData>();
    const precompiled = framework === sdgFramework;
    data = {
      language(language) {
        let d = compiled.get(language);
        if (!d) {
          d =
            precompiled && (language === 'fr' || language === 'en')
              ? precomputedLanguage(language)
              : { matcher: frameworkMatcher(framework, language).toJSON(), descriptors: frameworkDescriptors(framework, language) };
          compiled.set(language, d);
        }
        return d;
      },
      vocabularies: new Map(),
      targetIndexes: new Map(),
      goalIndexes: new Map(),
    };
    frameworkData.set(framework, data);
  }
  return data;
}

function addCustomEntries(matchers: Partial<Record<LanguageCode, CompiledMatcher<EntryData>>>, options: ResolvedEngineOptions): void {
  const all = options.languages.map((l) => l.code);
  for (const entry of options.customEntries) {
    const query = parseQuery(entry.query, entry.id);
    const target = entry.target ? findFrameworkTarget(options.framework, entry.target) : undefined;
    if (entry.target && !target) {
      throw new SdgAlignError('INVALID_OPTIONS', `Invalid engine option "customEntries": entry "${entry.id}" names the unknown target "${entry.target}".`, {
        field: 'customEntries',
        entry: entry.id,
      });
    }
    const goal = target ? target.goal : entry.goal!;
    const languages: LanguageCode[] = entry.language === 'both' ? all : [entry.language];
    for (const language of languages) {
      matchers[language]?.add({
        id: `custom:${entry.id}`,
        query,
        exclusions: entry.exclusions,
        data: [goal, target?.id ?? '', entry.weight, 'custom'],
      });
    }
  }
}

/** Goal g's descriptor: its own words and the descriptors of its targets, counts summed (in one dense array). */
function goalIndexOf(framework: Framework, d: SerializedDescriptors, vocabulary: Map<string, number>): TfIdfIndex {
  const sum = new Float64Array(d.terms.length);
  const counts = d.goals.map((own, g) => {
    sum.fill(0);
    const add = (pairs: readonly number[]) => {
      for (let k = 0; k < pairs.length; k += 2) sum[pairs[k]!]! += pairs[k + 1]!;
    };
    add(own);
    framework.targets.forEach((t, i) => t.goal === g + 1 && add(d.targets[i]!));
    const pairs: number[] = [];
    for (let term = 0; term < sum.length; term++) if (sum[term]) pairs.push(term, sum[term]!);
    return pairs;
  });
  return TfIdfIndex.fromCounts(d.terms, counts, vocabulary);
}

function buildModel(options: ResolvedEngineOptions): ScoringModel {
  const data = dataOf(options.framework);
  const sources = new Set<EntrySource>(options.sources);
  const keep = (entry: EntryData) => sources.has(entry[3]);
  // Custom entries are compiled now, into empty matchers, so that a bad one fails at creation.
  addCustomEntries(Object.fromEntries(options.languages.map((l) => [l.code, new CompiledMatcher<EntryData>(l.code)])), options);
  const built: Partial<Record<LanguageCode, CompiledMatcher<EntryData>>> = {};
  const matcher = (language: LanguageCode): CompiledMatcher<EntryData> => {
    let m = built[language];
    if (!m) {
      m = built[language] = CompiledMatcher.fromJSON(data.language(language).matcher, keep);
      addCustomEntries({ [language]: m }, options);
    }
    return m;
  };
  /** One term → position map per language, shared by its goal and target indexes (a document's terms are looked up once). */
  const vocabularyOf = (language: LanguageCode): Map<string, number> => {
    let v = data.vocabularies.get(language);
    if (!v) data.vocabularies.set(language, (v = new Map(data.language(language).descriptors.terms.map((term, t) => [term, t]))));
    return v;
  };
  return {
    matcher,
    targetIndex: (language) => {
      let index = data.targetIndexes.get(language);
      if (!index) {
        const d = data.language(language).descriptors;
        data.targetIndexes.set(language, (index = TfIdfIndex.fromCounts(d.terms, d.targets, vocabularyOf(language))));
      }
      return index;
    },
    goalIndex: (language) => {
      let index = data.goalIndexes.get(language);
      if (!index) data.goalIndexes.set(language, (index = goalIndexOf(options.framework, data.language(language).descriptors, vocabularyOf(language))));
      return index;
    },
  };
}

/** Models are pure functions of (framework, languages, sources, custom entries): engines with the same configuration share one. */
const models = new WeakMap<Framework, Map<string, ScoringModel>>();
const MODEL_CACHE_LIMIT = 8;

export function getModel(options: ResolvedEngineOptions): ScoringModel {
  let cache = models.get(options.framework);
  if (!cache) models.set(options.framework, (cache = new Map()));
  const key = JSON.stringify([options.sources, options.customEntries, options.languages.map((l) => l.code)]);
  let model = cache.get(key);
  if (!model) {
    model = buildModel(options);
    if (cache.size >= MODEL_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, model);
  }
  return model;
}
