/**
 * The compiled model's storage form: what `npm run build` writes once into `dist/model-data.cjs`
 * (shared by the ESM and CJS entries and the CLI) and what engines decode on first use.
 *
 * It is the serialized model (model.ts) with its repetitions taken out, so that a browser page
 * carries as little as possible:
 *   - an entry's id is rebuilt from its source, language, goal, target and last part (`entryId`);
 *   - entry data are columns of small numbers (source code, goal, target position, weight);
 *   - leaves are their signatures, one per line;
 *   - TF-IDF indexes are not stored: their descriptors' word counts are, and the indexes are
 *     rebuilt from them (169 small descriptors: a millisecond or two).
 * Browser-safe; no `node:` import.
 */
import { entryId, type EntrySource } from '../lexicon/sources.js';
import type { CompiledEntry, CompiledNode, EntryTable, SerializedMatcher } from '../query/match.js';
import { targets, type GoalNumber, type Language } from '../taxonomy/index.js';
import type { EntryData, SerializedDescriptors, SerializedModel } from './model.js';

/** Sources in the order of their codes (append only: codes are stored). */
const SOURCE_CODES: readonly EntrySource[] = ['lexicon', 'keywords', 'aurora', 'queries-fr', 'sdgo', 'un', 'custom'];

export interface EncodedMatcher {
  /** Leaf signatures, one per line. */
  readonly leaves: string;
  /** Per entry, the last part of its id, one per line. */
  readonly names: string;
  /** Per entry: source code, goal, 1 + position of its target in UN order (0 for a goal-level entry). */
  readonly meta: readonly number[];
  readonly weights: readonly number[];
  /**
   * Query trees; a tree that is one leaf (every lexicon phrase) is stored as the difference
   * with the previous such leaf, mostly 1 (leaves are numbered as entries add them). A number
   * here is always such a difference: a tree of several leaves is an array.
   */
  readonly trees: readonly CompiledNode[];
  /** Exclusion leaves of the few entries that have some: entry index → leaves. */
  readonly exclusions: Readonly<Record<string, readonly number[]>>;
}

export interface EncodedModel {
  /** 2: one-leaf trees as numbers (version 1 wrote them as "+d" strings). */
  readonly version: 2;
  readonly matchers: Readonly<Record<Language, EncodedMatcher>>;
  readonly descriptors: Readonly<Record<Language, SerializedDescriptors>>;
}

const LANGUAGES: readonly Language[] = ['fr', 'en'];
const targetPosition = new Map(targets.map((t, i) => [t.id, i]));

function nameOf(entry: CompiledEntry<EntryData>, language: Language): string {
  const [id, [goal, target, , source]] = entry;
  const prefix = entryId(source, language, goal, target || null, '');
  if (!id.startsWith(prefix)) throw new Error(`model codec: entry id "${id}" does not start with "${prefix}"`);
  const name = id.slice(prefix.length);
  if (name.includes('\n')) throw new Error(`model codec: entry id "${id}" holds a line break`);
  return name;
}

function encodeMatcher(m: SerializedMatcher<EntryData>): EncodedMatcher {
  const meta: number[] = [];
  const weights: number[] = [];
  const exclusions: Record<string, readonly number[]> = {};
  m.entries.forEach((entry, i) => {
    const [, [goal, target, weight, source], , excluded] = entry;
    meta.push(SOURCE_CODES.indexOf(source), goal, target ? targetPosition.get(target)! + 1 : 0);
    weights.push(weight);
    if (excluded.length) exclusions[String(i)] = excluded;
  });
  if (m.leaves.some((l) => l.includes('\n'))) throw new Error('model codec: a leaf signature holds a line break');
  return {
    leaves: m.leaves.join('\n'),
    names: m.entries.map((e) => nameOf(e, m.language as Language)).join('\n'),
    meta,
    weights,
    trees: deltaLeaves(m.entries.map((e) => e[2])),
    exclusions,
  };
}

/** One-leaf trees as the step from the previous one-leaf tree; others as they are. */
function deltaLeaves(trees: readonly CompiledNode[]): CompiledNode[] {
  let previous = 0;
  return trees.map((t) => {
    if (typeof t !== 'number') return t;
    const d = t - previous;
    previous = t;
    return d;
  });
}

function undeltaLeaves(trees: readonly CompiledNode[]): CompiledNode[] {
  let previous = 0;
  return trees.map((t) => (typeof t === 'number' ? (previous += t) : t));
}

/** A stored matcher's entries, built one at a time (see `EntryTable`), with the source of each for the engine's choice of sources. */
export interface StoredEntries extends EntryTable<EntryData> {
  source(i: number): EntrySource;
}

export function storedEntries(e: EncodedMatcher, language: Language): StoredEntries {
  // Entry i's name is line i of `e.names`, sliced when the entry is built: the offsets of the lines
  // are one typed array, where splitting would make some 7,000 strings at start-up.
  const trees = undeltaLeaves(e.trees);
  const lineStarts = new Int32Array(trees.length + 1);
  for (let i = 1, at = -1; i < trees.length; i++) lineStarts[i] = (at = e.names.indexOf('\n', at + 1)) + 1;
  lineStarts[trees.length] = e.names.length + 1;
  const nameOf = (i: number): string => e.names.slice(lineStarts[i]!, lineStarts[i + 1]! - 1);
  const source = (i: number): EntrySource => SOURCE_CODES[e.meta[3 * i]!]!;
  return {
    length: trees.length,
    source,
    tree: (i) => trees[i]!,
    entry(i) {
      const goal = e.meta[3 * i + 1]! as GoalNumber;
      const t = e.meta[3 * i + 2]!;
      const target = t ? targets[t - 1]!.id : '';
      return [entryId(source(i), language, goal, target || null, nameOf(i)), [goal, target, e.weights[i]!, source(i)], trees[i]!, e.exclusions[String(i)] ?? NO_EXCLUSIONS];
    },
  };
}

const NO_EXCLUSIONS: readonly number[] = [];

/** The leaf signatures of a stored matcher, one per line. */
const leavesOf = (e: EncodedMatcher): string[] => (e.leaves ? e.leaves.split('\n') : []);

function decodeMatcher(e: EncodedMatcher, language: Language): SerializedMatcher<EntryData> {
  const table = storedEntries(e, language);
  return { language, leaves: leavesOf(e), entries: Array.from({ length: table.length }, (_, i) => table.entry(i)) };
}

export function encodeModel(model: SerializedModel): EncodedModel {
  return {
    version: 2,
    matchers: { fr: encodeMatcher(model.matchers.fr), en: encodeMatcher(model.matchers.en) },
    descriptors: model.descriptors,
  };
}

export function decodeModel(encoded: EncodedModel): SerializedModel {
  if (encoded.version !== 2) throw new Error(`model codec: unknown model version ${String(encoded.version)}`);
  const matchers = {} as Record<Language, SerializedMatcher<EntryData>>;
  for (const language of LANGUAGES) matchers[language] = decodeMatcher(encoded.matchers[language], language);
  return { matchers, descriptors: encoded.descriptors };
}

/** One language's part of the stored model, stored apart: a French text never parses the English matcher. */
export interface EncodedLanguage {
  readonly matcher: EncodedMatcher;
  readonly descriptors: SerializedDescriptors;
}

/** The stored model split by language (what generated/model-data.cjs holds, one JSON string each). */
export const splitModel = (encoded: EncodedModel): Record<Language, EncodedLanguage> =>
  Object.fromEntries(LANGUAGES.map((l) => [l, { matcher: encoded.matchers[l], descriptors: encoded.descriptors[l] }])) as Record<Language, EncodedLanguage>;

/** One language's stored matcher (its leaves, its entries built when needed) and descriptors. */
export interface StoredLanguage {
  readonly leaves: readonly string[];
  readonly entries: StoredEntries;
  readonly descriptors: SerializedDescriptors;
}

export const decodeLanguage = (part: EncodedLanguage, language: Language): StoredLanguage => ({
  leaves: leavesOf(part.matcher),
  entries: storedEntries(part.matcher, language),
  descriptors: part.descriptors,
});
