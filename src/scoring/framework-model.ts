/**
 * A framework's model from its own texts and lexicon: the TF-IDF descriptors of each language
 * (goal names, target and indicator texts, the framework's extra descriptor words) as word counts,
 * and its lexicon compiled into one matcher per language. The SDGs' model is built with this same
 * code at build time (model-build.ts, `npm run model`); any other framework when the first engine
 * over it is created (engine-model.ts), in milliseconds for a framework of a few hundred entries.
 */
import type { Framework, FrameworkDescriptors } from '../frameworks/types.js';
import type { LanguageCode } from '../languages/types.js';
import { CompiledMatcher } from '../query/match.js';
import { parseQuery } from '../query/parse.js';
import { analyze } from '../text/analyze.js';
import type { EntryData, SerializedDescriptors } from './model.js';
import { descriptorCounts } from './tfidf.js';

const stemsOf = (text: string, language: LanguageCode) => analyze(text, language).stems;
/** A lexicon term may carry its weight (`tfpb|2`): the descriptor keeps the words. */
const termOf = (raw: string) => raw.replace(/\|[\d.]+$/, '');

/**
 * Target descriptor in one language: the target's text and its indicators' texts in that
 * language, and its extra descriptor words of that language. French text is compared with French
 * words only: a mixed descriptor let English stems of the UN text dilute French similarity.
 */
function targetDescriptor(framework: Framework, index: number, language: LanguageCode, extra: FrameworkDescriptors | undefined): string[] {
  const t = framework.targets[index]!;
  const text = t.texts[language];
  return [
    ...(text ? stemsOf(text, language) : []),
    ...t.indicators.flatMap((i) => {
      const indicator = i.texts[language];
      return indicator ? stemsOf(indicator, language) : [];
    }),
    ...(extra?.targets?.[t.id]?.[language] ?? []).flatMap((term) => stemsOf(termOf(term), language)),
  ];
}

/**
 * A goal's own words in one language: its names and its extra descriptor words. Its descriptor is
 * these and its targets' descriptors (summed when the model is loaded: goalIndexOf, model.ts).
 */
function goalWords(framework: Framework, language: LanguageCode, extra: FrameworkDescriptors | undefined): string[][] {
  return framework.goals.map((g) => {
    const name = g.names[language];
    return [
      ...(name ? stemsOf(`${name.short}. ${name.title}`, language) : []),
      ...(extra?.goals?.[String(g.goal)]?.[language] ?? []).flatMap((k) => stemsOf(termOf(k), language)),
    ];
  });
}

/** A framework's descriptors in one language, as word counts on one vocabulary for its targets and its goals. */
export function frameworkDescriptors(framework: Framework, language: LanguageCode, extra: FrameworkDescriptors | undefined = framework.descriptors): SerializedDescriptors {
  const n = framework.targets.length;
  const all = descriptorCounts([...framework.targets.map((_, i) => targetDescriptor(framework, i, language, extra)), ...goalWords(framework, language, extra)]);
  return { terms: all.terms, targets: all.counts.slice(0, n), goals: all.counts.slice(n) };
}

/**
 * A framework's lexicon entries of one language compiled into a matcher (empty when it has none
 * in that language). Entries are strict: a query whose term is a single stopword throws
 * `QUERY_SYNTAX`. Their source is `lexicon`, the family the calibration weighs most; evidence ids
 * are `<framework id>:<entry id>`.
 */
export function frameworkMatcher(framework: Framework, language: LanguageCode): CompiledMatcher<EntryData> {
  const matcher = new CompiledMatcher<EntryData>(language);
  for (const entry of framework.lexicon ?? []) {
    if (entry.language !== language) continue;
    const target = entry.target;
    const goal = target === undefined ? entry.goal! : framework.targets.find((t) => t.id === target)!.goal;
    matcher.add({
      id: `${framework.id}:${entry.id}`,
      query: parseQuery(entry.query, entry.id),
      exclusions: entry.exclusions ?? [],
      data: [goal, target ?? '', entry.weight ?? 1, 'lexicon'],
    });
  }
  return matcher;
}
