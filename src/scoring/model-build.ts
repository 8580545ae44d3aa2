/**
 * Builds the SDGs' scoring model from the seed sources. Run at build time by
 * scripts/build-model.ts (its output, generated/model-data.cjs, is what engines load) and by the
 * test that checks the compiled model is up to date. Not imported at run time: stemming some
 * 10,000 seed entries takes most of a second, loading their compiled form a few milliseconds.
 * The descriptors are built by the code that builds any framework's (framework-model.ts).
 */
import { CompiledMatcher } from '../query/match.js';
import type { QueryNode } from '../query/parse.js';
import { seedEntries, type LexiconEntry } from '../lexicon/entries.js';
import { SEED_SOURCES } from '../lexicon/sources.js';
import { GOAL_KEYWORDS_FR, TARGET_LEXICON } from '../lexicon/seed-vocab.generated.js';
import { sdgFramework } from '../frameworks/sdg.js';
import type { FrameworkDescriptors } from '../frameworks/types.js';
import type { Language } from '../languages/types.js';
import { frameworkDescriptors } from './framework-model.js';
import type { EntryData, SerializedDescriptors, SerializedModel } from './model.js';

const LANGUAGES: readonly Language[] = ['fr', 'en'];

/**
 * The SDGs' descriptor words besides the UN texts: each target's seed lexicon terms, each goal's
 * French goal keywords (frameworkDescriptors adds them to the goal names, target and indicator texts).
 */
const SDG_DESCRIPTORS: FrameworkDescriptors = {
  targets: TARGET_LEXICON,
  goals: Object.fromEntries(Object.entries(GOAL_KEYWORDS_FR).map(([goal, keywords]) => [goal, { fr: keywords }])),
};

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
  // One vocabulary per language for the targets' and the goals' words: counts refer to it by position.
  for (const language of LANGUAGES) descriptors[language] = frameworkDescriptors(sdgFramework, language, SDG_DESCRIPTORS);
  return { matchers: { fr: matchers.fr.toJSON(), en: matchers.en.toJSON() }, descriptors };
}
