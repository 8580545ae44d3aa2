import type { Language } from '../taxonomy/index.js';
import { analyze, type AnalyzedText } from '../text/analyze.js';
import { matchKey } from '../text/normalize.js';
import { SdgAlignError } from '../errors.js';
import type { QueryNode } from './parse.js';

/** One word of a phrase: an exact stem, or a prefix of the accent-free word (`agri*`). */
type Element = { readonly stem: string } | { readonly prefix: string };
/** [first content word index, last content word index], inclusive. */
export type Span = readonly [number, number];

type CompiledNode =
  | { readonly kind: 'leaf'; readonly leaf: number }
  | { readonly kind: 'never' }
  | { readonly kind: 'or' | 'and'; readonly children: readonly CompiledNode[] }
  | { readonly kind: 'not'; readonly include: CompiledNode; readonly exclude: CompiledNode }
  | { readonly kind: 'near'; readonly distance: number; readonly left: CompiledNode; readonly right: CompiledNode };

export interface EntrySpec<T> {
  /** Stable id, used in evidence and error messages. */
  readonly id: string;
  readonly query: QueryNode;
  /** Phrases that cancel a match of this entry when the match lies inside them. */
  readonly exclusions?: readonly string[];
  /** Caller data carried to the result (target, weight…). */
  readonly data: T;
  /**
   * Seed queries written for another tokenizer may hold a term that is only stopwords here
   * (Aurora's `"under" W/2 "5"`): lenient entries compile such a term to "never matches";
   * strict ones (callers' custom entries) fail at load time.
   */
  readonly lenient?: boolean;
}

export interface EntryMatch<T> {
  readonly id: string;
  readonly data: T;
  /** Distinct matched spans in document order. */
  readonly spans: readonly Span[];
}

/**
 * Compact JSON form of a compiled tree: a leaf is its number, a never-matching term is null,
 * ["|", …] is OR, ["&", …] AND, ["!", include, exclude] AND NOT, ["~", n, left, right] W/n.
 */
export type SerializedNode = number | null | ['|' | '&', ...SerializedNode[]] | ['!', SerializedNode, SerializedNode] | ['~', number, SerializedNode, SerializedNode];

/** A compiled matcher as data, so that it can be computed at build time and loaded in milliseconds. */
export interface SerializedMatcher<T> {
  readonly language: Language;
  /** Leaf signatures: stems separated by spaces, prefixes ending in `*`. */
  readonly leaves: readonly string[];
  /** [id, data, tree, exclusion leaves] per entry. */
  readonly entries: readonly (readonly [string, T, SerializedNode, readonly number[]])[];
}

/** Spans kept per entry: evidence needs a few, counting saturates anyway; bounds work on huge texts. */
export const MAX_SPANS_PER_ENTRY = 64;
const MIN_PREFIX = 2;

/**
 * A set of queries in one language compiled into lookup tables: `match` reads the document's
 * words once, finds every phrase (leaf) that starts at each word through hash lookups, then
 * evaluates only the entries one of whose leaves was found.
 */
export class CompiledMatcher<T> {
  private readonly leaves: Element[][] = [];
  private readonly leafIds = new Map<string, number>();
  private readonly byFirstStem = new Map<string, number[]>();
  private readonly byFirstPrefix = new Map<string, number[]>();
  private readonly prefixLengths = new Set<number>();
  private readonly entries: { id: string; data: T; tree: CompiledNode; exclusions: number[] }[] = [];
  private readonly entriesByLeaf: number[][] = [];

  constructor(readonly language: Language) {}

  get size(): number {
    return this.entries.length;
  }

  /** Compiles and adds an entry; throws `QUERY_SYNTAX` when a phrase has no content word. */
  add(spec: EntrySpec<T>): void {
    const tree = this.compile(spec.query, spec.id, spec.lenient ?? false);
    const exclusions = (spec.exclusions ?? []).flatMap((phrase) => {
      const leaf = this.leafFor(phrase.split(/\s+/), spec.id, phrase, true);
      return leaf === undefined ? [] : [leaf];
    });
    this.addCompiled(spec.id, spec.data, tree, exclusions);
  }

  private addCompiled(id: string, data: T, tree: CompiledNode, exclusions: number[]): void {
    const index = this.entries.length;
    this.entries.push({ id, data, tree, exclusions });
    for (const leaf of leavesOf(tree)) {
      const list = (this.entriesByLeaf[leaf] ??= []);
      if (list[list.length - 1] !== index) list.push(index);
    }
  }

  /** The matcher as data; `encode` turns each entry's data into its (compact) serialized form. */
  toJSON<S>(encode: (data: T) => S): SerializedMatcher<S> {
    return {
      language: this.language,
      leaves: this.leaves.map(signatureOf),
      entries: this.entries.map((e) => [e.id, encode(e.data), serialize(e.tree), e.exclusions] as const),
    };
  }

  /** Restores a serialized matcher; `decode` returns undefined for entries to leave out. */
  static fromJSON<S, T>(json: SerializedMatcher<S>, decode: (data: S) => T | undefined): CompiledMatcher<T> {
    const matcher = new CompiledMatcher<T>(json.language);
    const leafMap = new Map<number, number>();
    const leaf = (i: number) => {
      let id = leafMap.get(i);
      if (id === undefined) leafMap.set(i, (id = matcher.internLeaf(elementsOf(json.leaves[i]!))));
      return id;
    };
    const restore = (node: SerializedNode): CompiledNode => {
      if (node === null) return { kind: 'never' };
      if (typeof node === 'number') return { kind: 'leaf', leaf: leaf(node) };
      switch (node[0]) {
        case '|':
        case '&':
          return { kind: node[0] === '|' ? 'or' : 'and', children: (node.slice(1) as SerializedNode[]).map(restore) };
        case '!':
          return { kind: 'not', include: restore(node[1]), exclude: restore(node[2]) };
        case '~':
          return { kind: 'near', distance: node[1], left: restore(node[2]), right: restore(node[3]) };
      }
    };
    for (const [id, serialized, tree, exclusions] of json.entries) {
      const data = decode(serialized);
      if (data !== undefined) matcher.addCompiled(id, data, restore(tree), exclusions.map(leaf));
    }
    return matcher;
  }

  private compile(node: QueryNode, entryId: string, lenient: boolean): CompiledNode {
    switch (node.kind) {
      case 'phrase': {
        const leaf = this.leafFor(node.words, entryId, node.words.join(' '), lenient);
        return leaf === undefined ? { kind: 'never' } : { kind: 'leaf', leaf };
      }
      case 'or':
      case 'and':
        return { kind: node.kind, children: node.children.map((c) => this.compile(c, entryId, lenient)) };
      case 'not':
        return { kind: 'not', include: this.compile(node.include, entryId, lenient), exclude: this.compile(node.exclude, entryId, lenient) };
      case 'near':
        return {
          kind: 'near',
          distance: node.distance,
          left: this.compile(node.left, entryId, lenient),
          right: this.compile(node.right, entryId, lenient),
        };
    }
  }

  private leafFor(words: readonly string[], entryId: string, phrase: string, optional: boolean): number | undefined {
    const elements: Element[] = [];
    for (const word of words) {
      if (word.endsWith('*')) elements.push({ prefix: matchKey(word.slice(0, -1)) });
      else for (const s of analyze(word, this.language).stems) elements.push({ stem: s });
    }
    if (elements.length === 0) {
      if (optional) return undefined;
      throw new SdgAlignError('QUERY_SYNTAX', `Entry "${entryId}": "${phrase}" has no content word (only stopwords), so it can never match.`, {
        entry: entryId,
        phrase,
      });
    }
    return this.internLeaf(elements);
  }

  /** The id of the leaf with these elements, created on first use. */
  private internLeaf(elements: Element[]): number {
    const signature = signatureOf(elements);
    let id = this.leafIds.get(signature);
    if (id === undefined) {
      id = this.leaves.length;
      this.leaves.push(elements);
      this.leafIds.set(signature, id);
      const first = elements[0]!;
      if ('stem' in first) push(this.byFirstStem, first.stem, id);
      else {
        push(this.byFirstPrefix, first.prefix, id);
        this.prefixLengths.add(first.prefix.length);
      }
    }
    return id;
  }

  /** All entries matching `doc` (which must be analysed in this matcher's language), in entry order. */
  match(doc: AnalyzedText): EntryMatch<T>[] {
    const hits = this.findLeaves(doc);
    if (hits.size === 0) return [];
    const candidates = new Set<number>();
    for (const leaf of hits.keys()) for (const e of this.entriesByLeaf[leaf] ?? []) candidates.add(e);
    const matches: EntryMatch<T>[] = [];
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const entry = this.entries[index]!;
      let spans = evaluate(entry.tree, hits);
      if (spans.length === 0) continue;
      if (entry.exclusions.length) {
        const cancelling = entry.exclusions.flatMap((leaf) => hits.get(leaf) ?? []);
        spans = spans.filter(([s, e]) => !cancelling.some(([cs, ce]) => cs <= s && e <= ce));
        if (spans.length === 0) continue;
      }
      matches.push({ id: entry.id, data: entry.data, spans: distinctSorted(spans) });
    }
    return matches;
  }

  /** Single pass over the words: every leaf occurrence, as spans sorted by start. */
  private findLeaves(doc: AnalyzedText): Map<number, Span[]> {
    const hits = new Map<number, Span[]>();
    const { stems, keys } = doc;
    const lengths = [...this.prefixLengths];
    const n = stems.length;
    for (let i = 0; i < n; i++) {
      const exact = this.byFirstStem.get(stems[i]!);
      if (exact) for (const leaf of exact) this.tryLeaf(leaf, i, doc, hits);
      if (lengths.length) {
        const key = keys[i]!;
        for (const len of lengths) {
          if (len > key.length || len < MIN_PREFIX) continue;
          const byPrefix = this.byFirstPrefix.get(key.slice(0, len));
          if (byPrefix) for (const leaf of byPrefix) this.tryLeaf(leaf, i, doc, hits);
        }
      }
    }
    return hits;
  }

  private tryLeaf(leaf: number, at: number, doc: AnalyzedText, hits: Map<number, Span[]>): void {
    const elements = this.leaves[leaf]!;
    const last = at + elements.length - 1;
    if (last >= doc.stems.length) return;
    for (let k = 1; k < elements.length; k++) {
      const el = elements[k]!;
      const ok = 'stem' in el ? doc.stems[at + k] === el.stem : doc.keys[at + k]!.startsWith(el.prefix);
      if (!ok) return;
    }
    let list = hits.get(leaf);
    if (!list) hits.set(leaf, (list = []));
    if (list.length < MAX_SPANS_PER_ENTRY * 4) list.push([at, last]);
  }
}

const signatureOf = (elements: readonly Element[]): string => elements.map((e) => ('stem' in e ? e.stem : `${e.prefix}*`)).join(' ');
const elementsOf = (signature: string): Element[] => signature.split(' ').map((w) => (w.endsWith('*') ? { prefix: w.slice(0, -1) } : { stem: w }));

function serialize(node: CompiledNode): SerializedNode {
  switch (node.kind) {
    case 'leaf':
      return node.leaf;
    case 'never':
      return null;
    case 'or':
    case 'and':
      return [node.kind === 'or' ? '|' : '&', ...node.children.map(serialize)];
    case 'not':
      return ['!', serialize(node.include), serialize(node.exclude)];
    case 'near':
      return ['~', node.distance, serialize(node.left), serialize(node.right)];
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function leavesOf(node: CompiledNode): number[] {
  switch (node.kind) {
    case 'leaf':
      return [node.leaf];
    case 'never':
      return [];
    case 'or':
    case 'and':
      return node.children.flatMap(leavesOf);
    case 'not':
      return leavesOf(node.include); // an exclusion alone never makes an entry a candidate
    case 'near':
      return [...leavesOf(node.left), ...leavesOf(node.right)];
  }
}

/** Spans where `node` holds; empty when it does not. AND NOT and AND are document-level, W/n is positional. */
function evaluate(node: CompiledNode, hits: ReadonlyMap<number, Span[]>): Span[] {
  switch (node.kind) {
    case 'leaf':
      return hits.get(node.leaf) ?? [];
    case 'never':
      return [];
    case 'or':
      return node.children.flatMap((c) => evaluate(c, hits));
    case 'and': {
      const parts = node.children.map((c) => evaluate(c, hits));
      return parts.some((p) => p.length === 0) ? [] : parts.flat();
    }
    case 'not':
      return evaluate(node.exclude, hits).length ? [] : evaluate(node.include, hits);
    case 'near':
      return near(evaluate(node.left, hits), evaluate(node.right, hits), node.distance);
  }
}

/** Pairs of spans at most `distance` words apart (gap between them), either order. */
function near(left: Span[], right: Span[], distance: number): Span[] {
  if (!left.length || !right.length) return [];
  const rightSorted = [...right].sort((a, b) => a[0] - b[0]);
  const maxLength = Math.max(...rightSorted.map(([s, e]) => e - s));
  const out: Span[] = [];
  for (const a of left) {
    // Right spans starting in [a.start - distance - maxLength, a.end + distance] can be near a.
    let lo = 0;
    let hi = rightSorted.length;
    const from = a[0] - distance - maxLength;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rightSorted[mid]![0] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < rightSorted.length && rightSorted[j]![0] <= a[1] + distance; j++) {
      const b = rightSorted[j]!;
      const gap = Math.max(a[0], b[0]) - Math.min(a[1], b[1]);
      if (gap >= 1 && gap <= distance) {
        out.push([Math.min(a[0], b[0]), Math.max(a[1], b[1])]);
        if (out.length >= MAX_SPANS_PER_ENTRY * 4) return out;
      }
    }
  }
  return out;
}

function distinctSorted(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== s[0] || prev[1] !== s[1]) out.push(s);
    if (out.length >= MAX_SPANS_PER_ENTRY) break;
  }
  return out;
}
