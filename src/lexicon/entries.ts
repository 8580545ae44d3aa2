import type { GoalNumber, Language } from '../taxonomy/index.js';
import { findTarget, isGoalNumber } from '../taxonomy/index.js';
import { parseQuery, type QueryNode } from '../query/parse.js';
import { AURORA_QUERIES } from './queries-aurora.generated.js';
import { SDGO_QUERIES } from './queries-sdgo.generated.js';
import { GOAL_KEYWORDS_FR, TARGET_LEXICON } from './seed-vocab.generated.js';
import { DISABLED_ENTRIES, WEIGHT_OVERRIDES } from './curation.js';
import { FRENCH_QUERIES } from './queries-fr.js';
import { LEXICON_SUPPLEMENT } from './supplement.js';
import { LEXICON_ACRONYMS } from './acronyms.js';
import { registerPhrases } from './un-register.js';

import { entryId, type EntrySource } from './sources.js';

export interface LexiconEntry {
  /** Stable id, e.g. "lexicon:fr:7.3:rénovation énergétique", "aurora:1.1-1". */
  readonly id: string;
  readonly source: EntrySource;
  /** The language the entry is written in. */
  readonly language: Language;
  readonly goal: GoalNumber;
  /** Target id, or null for goal-level entries. */
  readonly target: string | null;
  readonly query: QueryNode;
  /** 0.5 weak or contextual, 1 normal, 2 unambiguous. */
  readonly weight: number;
  /** Phrases inside which a match of this entry does not count. */
  readonly exclusions: readonly string[];
}

/** `"rénovation énergétique|2"` → ["rénovation énergétique", 2]. */
function splitWeight(raw: string): [string, number] {
  const bar = raw.lastIndexOf('|');
  if (bar < 0) return [raw, 1];
  return [raw.slice(0, bar), Number(raw.slice(bar + 1))];
}

/** Lower-case spelling → acronym as written, per language (`plui` → `PLUi`). */
const ACRONYM_SPELLING: Readonly<Record<Language, ReadonlyMap<string, string>>> = {
  fr: new Map(LEXICON_ACRONYMS.fr.map((a) => [a.toLowerCase(), a])),
  en: new Map(LEXICON_ACRONYMS.en.map((a) => [a.toLowerCase(), a])),
};

/**
 * A plain lexicon term becomes a phrase query (quoted: its words are never operators). The
 * lexicons are written in lower case: an acronym gets its capitals back, so that the matcher
 * reads it as one (`bénéficiaires du rsa` finds « bénéficiaires du RSA », not « rsa »).
 */
const phrase = (term: string, language: Language): QueryNode => ({
  kind: 'phrase',
  words: term
    .trim()
    .split(/\s+/)
    .map((w) => ACRONYM_SPELLING[language].get(w.toLowerCase()) ?? w),
  position: 0,
});

function withCuration(entry: LexiconEntry): LexiconEntry | undefined {
  if (DISABLED_ENTRIES.has(entry.id)) return undefined;
  const weight = WEIGHT_OVERRIDES.get(entry.id);
  return weight === undefined ? entry : { ...entry, weight };
}

/** The seed target lexicon with the project's supplement (src/lexicon/supplement.ts) merged in. */
function lexiconEntries(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const [target, seed] of Object.entries(TARGET_LEXICON)) {
    const goal = findTarget(target)!.goal;
    const extra = LEXICON_SUPPLEMENT[target] ?? {};
    for (const language of ['fr', 'en'] as const) {
      const exclusions = [...(language === 'fr' ? seed.avoid_fr : seed.avoid_en), ...((language === 'fr' ? extra.avoid_fr : extra.avoid_en) ?? [])];
      for (const raw of [...seed[language], ...(extra[language] ?? [])]) {
        const [term, weight] = splitWeight(raw);
        out.push({ id: entryId('lexicon', language, goal, target, term), source: 'lexicon', language, goal, target, query: phrase(term, language), weight, exclusions });
      }
    }
  }
  return out;
}

function keywordEntries(): LexiconEntry[] {
  return Object.entries(GOAL_KEYWORDS_FR).flatMap(([goalText, terms]) => {
    const goal = Number(goalText);
    if (!isGoalNumber(goal)) return [];
    return terms.map((term) => ({
      id: entryId('keywords', 'fr', goal, null, term),
      source: 'keywords' as const,
      language: 'fr' as const,
      goal,
      target: null,
      query: phrase(term, 'fr'),
      weight: SOURCE_WEIGHTS.keywords,
      exclusions: [],
    }));
  });
}

/**
 * Query systems. Words written with two capitals or more are acronyms to the matcher (`HIV`,
 * `GDP`); Aurora writes `COVID` so, although texts write « Covid-19 » as often: it is read as a word.
 */
function queryEntries(
  source: 'aurora' | 'sdgo' | 'queries-fr',
  language: Language,
  rows: ReadonlyArray<readonly [number, string, string, string]>,
  weight: number,
): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const [goal, rawTarget, queryId, rawQuery] of rows) {
    if (!isGoalNumber(goal)) continue;
    // Aurora's "13.0" block is goal-level.
    const target = rawTarget && findTarget(rawTarget) ? rawTarget : null;
    const id = entryId(source, language, goal, target, queryId);
    const query = rawQuery.replace(/\bCOVID/g, 'covid');
    out.push({ id, source, language, goal, target, query: parseQuery(query, id), weight, exclusions: [] });
  }
  return out;
}

/** Phrases of the UN's own target and indicator wording (src/lexicon/un-register.ts). */
function registerEntries(): LexiconEntry[] {
  return (['fr', 'en'] as const).flatMap((language) =>
    registerPhrases(language).map((p) => ({
      id: entryId('un', language, p.goal, p.target, p.phrase),
      source: 'un' as const,
      language,
      goal: p.goal,
      target: p.target,
      query: phrase(p.phrase, language),
      weight: SOURCE_WEIGHTS.un,
      exclusions: [],
    })),
  );
}

/**
 * Default weight of each seed source's entries. Aurora's queries are precise Boolean
 * combinations (weight 1); SDGO's are single keywords, many of them broad, so they count half.
 * The French goal-level keywords count half too: they are broader than the target lexicon
 * (`partenariat`, `médiation`, `crèche`), which already holds their specific forms with weights.
 */
export const SOURCE_WEIGHTS = { keywords: 0.5, aurora: 1, 'queries-fr': 1, sdgo: 0.5, un: 1 } as const;

const cache = new Map<EntrySource, LexiconEntry[]>();

/** The curated entries of one seed source (built once, then cached). */
export function seedEntries(source: Exclude<EntrySource, 'custom'>): readonly LexiconEntry[] {
  let entries = cache.get(source);
  if (!entries) {
    const raw =
      source === 'lexicon' ? lexiconEntries()
      : source === 'keywords' ? keywordEntries()
      : source === 'aurora' ? queryEntries('aurora', 'en', AURORA_QUERIES, SOURCE_WEIGHTS.aurora)
      : source === 'queries-fr' ? queryEntries('queries-fr', 'fr', FRENCH_QUERIES, SOURCE_WEIGHTS['queries-fr'])
      : source === 'un' ? registerEntries()
      : queryEntries('sdgo', 'en', SDGO_QUERIES, SOURCE_WEIGHTS.sdgo);
    entries = raw.flatMap((e) => withCuration(e) ?? []);
    cache.set(source, entries);
  }
  return entries;
}
