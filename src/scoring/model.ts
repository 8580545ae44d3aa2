import { parseQuery } from '../query/parse.js';
import { CompiledMatcher } from '../query/matcher.js';
import { seedEntries, type EntrySource, type LexiconEntry } from '../lexicon/entries.js';
import { GOAL_KEYWORDS_FR, TARGET_LEXICON } from '../lexicon/seed-vocab.generated.js';
import { findTarget, goals, targets, type GoalNumber, type Language } from '../taxonomy/index.js';
import { analyze } from '../text/analyze.js';
import type { ResolvedEngineOptions } from './options.js';
import { TfIdfIndex } from './tfidf.js';

/** What the matcher carries for each entry. */
export interface EntryData {
  readonly goal: GoalNumber;
  readonly target: string | null;
  readonly weight: number;
  readonly source: EntrySource;
}

/** Everything compiled once per engine configuration: matchers and TF-IDF indexes. */
export interface ScoringModel {
  readonly matchers: Readonly<Record<Language, CompiledMatcher<EntryData>>>;
  /** Descriptor i is `targets[i]`. */
  readonly targetIndex: TfIdfIndex;
  /** Descriptor i is goal i + 1. */
  readonly goalIndex: TfIdfIndex;
}

const stemsOf = (text: string, language: Language) => analyze(text, language).stems;
const termOf = (raw: string) => raw.replace(/\|[\d.]+$/, '');

/** Target descriptor: its UN text in both languages and its seed lexicon terms. */
function targetDescriptor(id: string): string[] {
  const t = findTarget(id)!;
  const lex = TARGET_LEXICON[id];
  return [
    ...stemsOf(t.en, 'en'),
    ...stemsOf(t.fr, 'fr'),
    ...(lex?.en ?? []).flatMap((term) => stemsOf(termOf(term), 'en')),
    ...(lex?.fr ?? []).flatMap((term) => stemsOf(termOf(term), 'fr')),
  ];
}

function customEntries(options: ResolvedEngineOptions): LexiconEntry[] {
  return options.customEntries.flatMap((entry) => {
    const query = parseQuery(entry.query, entry.id);
    const goal = (entry.target ? findTarget(entry.target)!.goal : entry.goal) as GoalNumber;
    const languages: Language[] = entry.language === 'both' ? ['fr', 'en'] : [entry.language];
    return languages.map((language) => ({
      id: `custom:${entry.id}`,
      source: 'custom' as const,
      language,
      goal,
      target: entry.target ?? null,
      query,
      weight: entry.weight,
      exclusions: entry.exclusions,
    }));
  });
}

function buildModel(options: ResolvedEngineOptions): ScoringModel {
  const matchers = { fr: new CompiledMatcher<EntryData>('fr'), en: new CompiledMatcher<EntryData>('en') };
  const entries = [...options.sources.flatMap((s) => seedEntries(s)), ...customEntries(options)];
  for (const e of entries) {
    matchers[e.language].add({
      id: e.id,
      query: e.query,
      exclusions: e.exclusions,
      data: { goal: e.goal, target: e.target, weight: e.weight, source: e.source },
      lenient: e.source !== 'custom',
    });
  }
  const targetDescriptors = targets.map((t) => targetDescriptor(t.id));
  const goalDescriptors = goals.map((g) => [
    ...stemsOf(`${g.en.short}. ${g.en.title}`, 'en'),
    ...stemsOf(`${g.fr.short}. ${g.fr.title}`, 'fr'),
    ...(GOAL_KEYWORDS_FR[String(g.goal)] ?? []).flatMap((k) => stemsOf(k, 'fr')),
    ...targets.flatMap((t, i) => (t.goal === g.goal ? targetDescriptors[i]! : [])),
  ]);
  return { matchers, targetIndex: new TfIdfIndex(targetDescriptors), goalIndex: new TfIdfIndex(goalDescriptors) };
}

/** Models are pure functions of (sources, custom entries): engines with the same configuration share one. */
const models = new Map<string, ScoringModel>();
const MODEL_CACHE_LIMIT = 8;

export function getModel(options: ResolvedEngineOptions): ScoringModel {
  const key = JSON.stringify([options.sources, options.customEntries]);
  let model = models.get(key);
  if (!model) {
    model = buildModel(options);
    if (models.size >= MODEL_CACHE_LIMIT) models.delete(models.keys().next().value!);
    models.set(key, model);
  }
  return model;
}
