/**
 * The model an engine scores with, in any of its languages: the SDGs' French and English come
 * from the compiled model (model-data.ts), any other framework or language is built from the
 * framework's own texts and lexicon (framework-model.ts).
 */
import { sdgFramework } from '../frameworks/sdg.js';
import type { Framework } from '../frameworks/types.js';
import type { LanguageCode } from '../languages/types.js';
import type { EntrySource } from '../lexicon/sources.js';
import { CompiledMatcher } from '../query/match.js';
import { frameworkDescriptors, frameworkMatcher } from './framework-model.js';
import { goalIndexOf, type EntryData, type SerializedDescriptors } from './model.js';
import { precomputedLanguage } from './model-data.js';
import type { ResolvedEngineOptions } from './options.js';
import { TfIdfIndex, termPositions } from './tfidf.js';
import { cachedModel } from './model-cache.js';
import { addCustomEntries } from './custom-entries.js';

/** Everything an engine scores with: a matcher and TF-IDF indexes per language code. */
export interface EngineModel {
  /** The matcher of a language, built on first use. */
  matcher(language: LanguageCode): CompiledMatcher<EntryData>;
  /** Target descriptors of a language (descriptor i is the framework's `targets[i]`), loaded on first use. */
  targetIndex(language: LanguageCode): TfIdfIndex;
  /** Goal descriptors of a language (descriptor i is goal i + 1), loaded on first use. */
  goalIndex(language: LanguageCode): TfIdfIndex;
}

/** One language's compiled matcher and descriptors, as data. */
interface LanguageData {
  /** A matcher of the stored entries whose source is among `sources`. */
  restore(sources: ReadonlySet<EntrySource>): CompiledMatcher<EntryData>;
  readonly descriptors: SerializedDescriptors;
}

/** The compiled model's part for a language: entries are built from it as texts need them. */
function storedLanguageData(language: 'fr' | 'en'): LanguageData {
  const stored = precomputedLanguage(language);
  return {
    restore: (sources) => CompiledMatcher.fromTable(language, stored.leaves, stored.entries, (i) => sources.has(stored.entries.source(i))),
    descriptors: stored.descriptors,
  };
}

/** A framework's matcher compiled from its own data, as data that each engine restores. */
function compiledLanguageData(framework: Framework, language: LanguageCode): LanguageData {
  const matcher = frameworkMatcher(framework, language).toJSON();
  return {
    restore: (sources) => CompiledMatcher.fromJSON(matcher, (entry) => sources.has(entry[3])),
    descriptors: frameworkDescriptors(framework, language),
  };
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
          d = precompiled && (language === 'fr' || language === 'en') ? storedLanguageData(language) : compiledLanguageData(framework, language);
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

function buildModel(options: ResolvedEngineOptions): EngineModel {
  const data = dataOf(options.framework);
  const sources = new Set<EntrySource>(options.sources);
  // Custom entries are compiled now, into empty matchers, so that a bad one fails at creation.
  addCustomEntries(Object.fromEntries(options.languages.map((l) => [l.code, new CompiledMatcher<EntryData>(l.code)])), options);
  const built: Partial<Record<LanguageCode, CompiledMatcher<EntryData>>> = {};
  const matcher = (language: LanguageCode): CompiledMatcher<EntryData> => {
    let m = built[language];
    if (!m) {
      m = built[language] = data.language(language).restore(sources);
      addCustomEntries({ [language]: m }, options);
    }
    return m;
  };
  /** One term → position map per language, shared by its goal and target indexes (a document's terms are looked up once). */
  const vocabularyOf = (language: LanguageCode): Map<string, number> => {
    let v = data.vocabularies.get(language);
    if (!v) data.vocabularies.set(language, (v = termPositions(data.language(language).descriptors.terms)));
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
      if (!index) data.goalIndexes.set(language, (index = goalIndexOf(data.language(language).descriptors, vocabularyOf(language), options.framework.targets)));
      return index;
    },
  };
}

/** Models are pure functions of (framework, languages, sources, custom entries): engines with the same configuration share one. */
const models = new WeakMap<Framework, Map<string, EngineModel>>();

/**
 * The model an engine scores with: for the SDGs in French and English, the compiled model
 * (through `dataOf`); for another framework or language, one built from the framework's data.
 */
export function engineModel(options: ResolvedEngineOptions): EngineModel {
  let cache = models.get(options.framework);
  if (!cache) models.set(options.framework, (cache = new Map()));
  return cachedModel(cache, JSON.stringify([options.sources, options.customEntries, options.languages.map((l) => l.code)]), () => buildModel(options));
}
