/**
 * Builds the scoring model from the seed sources. Run at build time by
 * scripts/precompute-model.ts (its output, model.generated.ts, is what engines load) and by the
 * test that checks the generated model is up to date. Not imported at run time: stemming some
 * 10,000 seed entries takes most of a second, loading their compiled form a few milliseconds.
 */
import { CompiledMatcher } from '../query/match.js';
import type { QueryNode } from '../query/parse.js';
import { seedEntries, type LexiconEntry } from '../lexicon/entries.js';
import { SEED_SOURCES } from '../lexicon/sources.js';
import { GOAL_KEYWORDS_FR, TARGET_LEXICON } from '../lexicon/seed-vocab.generated.js';
import { goals, targets, type Language } from '../taxonomy/index.js';
import { analyze } from '../text/analyze.js';
import type { EntryData, SerializedDescriptors, SerializedModel } from './model.js';
import { descriptorCounts } from './tfidf.js';

const LANGUAGES: readonly Language[] = ['fr', 'en'];
const stemsOf = (text: string, language: Language) => analyze(text, language).stems;
const termOf = (raw: string) => raw.replace(/\|[\d.]+$/, '');

/**
 * Target descriptor in one language: the UN text of the target and of its indicators, and the
 * target's seed lexicon terms of that language. French text is compared with French words only:
 * a mixed descriptor let English stems of the UN text dilute French similarity.
 */
function targetDescriptor(index: number, language: Language): string[] {
  const t = targets[index]!;
  return [
    ...stemsOf(t[language], language),
    ...t.indicators.flatMap((i) => {
      const text = language === 'fr' ? i.fr : i.en;
      return text ? stemsOf(text, language) : [];
    }),
    ...(TARGET_LEXICON[t.id]?.[language] ?? []).flatMap((term) => stemsOf(termOf(term), language)),
  ];
}

/**
 * A goal's own words in one language: its titles and its French goal keywords. Its descriptor
 * is these and its targets' descriptors (summed when the model is loaded, model.ts).
 */
function goalWords(language: Language): string[][] {
  return goals.map((g) => [
    ...stemsOf(`${g[language].short}. ${g[language].title}`, language),
    ...(language === 'fr' ? (GOAL_KEYWORDS_FR[String(g.goal)] ?? []).flatMap((k) => stemsOf(k, 'fr')) : []),
  ]);
}

/** What makes two entries the same query: language and query tree (positions aside; exclusions are per target). */
const queryKey = (e: LexiconEntry): string =>
  JSON.stringify([e.language, e.query], (key, value: unknown) => (key === 'position' ? undefined : value));

/**
 * An entry listed under several goals (`aide publique au développement` under 1, 10 and 17) is
 * split, not copied: each goal gets weight / k, so that one mention does not label k goals.
 */
export function splitSharedEntries(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const goalsOf = new Map<string, Set<number>>();
  for (const e of entries) {
    const key = queryKey(e);
    const set = goalsOf.get(key) ?? new Set<number>();
    set.add(e.goal);
    goalsOf.set(key, set);
  }
  return entries.map((e) => {
    const k = goalsOf.get(queryKey(e))!.size;
    return k > 1 ? { ...e, weight: e.weight / k } : e;
  });
}

/** Adds seed entries to the matchers of their language. */
function addEntries(matchers: Record<Language, CompiledMatcher<EntryData>>, entries: readonly LexiconEntry[]): void {
  for (const e of entries) {
    matchers[e.language].add({
      id: e.id,
      query: e.query as QueryNode,
      exclusions: e.exclusions,
      data: [e.goal, e.target ?? '', e.weight, e.source],
      lenient: true,
    });
  }
}

/** The model of every seed source; engines keep the sources they are configured with. */
export function buildSerializedModel(): SerializedModel {
  const matchers = { fr: new CompiledMatcher<EntryData>('fr'), en: new CompiledMatcher<EntryData>('en') };
  addEntries(matchers, splitSharedEntries(SEED_SOURCES.flatMap((s) => seedEntries(s))));
  const descriptors = {} as Record<Language, SerializedDescriptors>;
  for (const language of LANGUAGES) {
    // One vocabulary for the targets' and the goals' words: counts refer to it by position.
    const all = descriptorCounts([...targets.map((_, i) => targetDescriptor(i, language)), ...goalWords(language)]);
    descriptors[language] = { terms: all.terms, targets: all.counts.slice(0, targets.length), goals: all.counts.slice(targets.length) };
  }
  return { matchers: { fr: matchers.fr.toJSON(), en: matchers.en.toJSON() }, descriptors };
}
