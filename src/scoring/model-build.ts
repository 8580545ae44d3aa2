/**
 * Builds the scoring model from the seed sources. Run at build time by
 * scripts/precompute-model.ts (its output, model.generated.ts, is what engines load) and by the
 * test that checks the generated model is up to date. Not imported at run time: stemming some
 * 10,000 seed entries takes most of a second, loading their compiled form a few milliseconds.
 */
import { CompiledMatcher } from '../query/matcher.js';
import { seedEntries, type LexiconEntry } from '../lexicon/entries.js';
import { SEED_SOURCES } from '../lexicon/sources.js';
import { GOAL_KEYWORDS_FR, TARGET_LEXICON } from '../lexicon/seed-vocab.generated.js';
import { findTarget, goals, targets, type Language } from '../taxonomy/index.js';
import { analyze } from '../text/analyze.js';
import type { EntryData, SerializedModel } from './model.js';
import { TfIdfIndex } from './tfidf.js';

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

/** Adds seed entries to the matchers of their language. */
function addEntries(matchers: Record<Language, CompiledMatcher<EntryData>>, entries: readonly LexiconEntry[]): void {
  for (const e of entries) {
    matchers[e.language].add({
      id: e.id,
      query: e.query,
      exclusions: e.exclusions,
      data: [e.goal, e.target ?? '', e.weight, e.source],
      lenient: true,
    });
  }
}

/** The model of every seed source; engines keep the sources they are configured with. */
export function buildSerializedModel(): SerializedModel {
  const matchers = { fr: new CompiledMatcher<EntryData>('fr'), en: new CompiledMatcher<EntryData>('en') };
  addEntries(matchers, SEED_SOURCES.flatMap((s) => seedEntries(s)));
  const targetDescriptors = targets.map((t) => targetDescriptor(t.id));
  const goalDescriptors = goals.map((g) => [
    ...stemsOf(`${g.en.short}. ${g.en.title}`, 'en'),
    ...stemsOf(`${g.fr.short}. ${g.fr.title}`, 'fr'),
    ...(GOAL_KEYWORDS_FR[String(g.goal)] ?? []).flatMap((k) => stemsOf(k, 'fr')),
    ...targets.flatMap((t, i) => (t.goal === g.goal ? targetDescriptors[i]! : [])),
  ]);
  return {
    matchers: { fr: matchers.fr.toJSON(), en: matchers.en.toJSON() },
    targetIndex: TfIdfIndex.build(targetDescriptors).toJSON(),
    goalIndex: TfIdfIndex.build(goalDescriptors).toJSON(),
  };
}
