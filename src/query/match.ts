/**
 * Compiled entries matched against a text: the run-time half of the matcher. `match` reads the
 * words once, finds the leaves that start at each word through hash lookups (by first stem and
 * second stem, by inflection key, by acronym, by prefix), then evaluates only the trees of the
 * entries one of whose leaves was found. Leaves and trees come from `compile.ts`.
 */
import type { LanguageCode as Language } from '../languages/types.js';
import type { TokenStream } from '../text/analyze.js';
import { ACRONYM, compileQuery, FORM, leafOf, requiredLeaves, leafSignature, PREFIX, STEM, type CompiledNode, type Element, type Leaf } from './compile.js';
import type { QueryNode } from './parse.js';
import { grown } from '../typed-arrays.js';

export type { CompiledNode } from './compile.js';

/** [first word index, last word index], inclusive, in the token stream (stopwords included). */
export type Span = readonly [number, number];

export interface EntrySpec<T> {
  /** Stable id, used in evidence and error messages. */
  readonly id: string;
  readonly query: QueryNode;
  /** Phrases that cancel a match of this entry when the match lies inside them. */
  readonly exclusions?: readonly string[];
  /** Caller data carried to the result (target, weight…). */
  readonly data: T;
  /**
   * Seed queries written for another tokenizer may hold a term that is a single stopword here
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

/** One entry: [id, data, tree, exclusion leaves]. */
export type CompiledEntry<T> = readonly [string, T, CompiledNode, readonly number[]];

/** A compiled matcher as data, so that it can be computed at build time and loaded in milliseconds. */
export interface SerializedMatcher<T> {
  readonly language: Language;
  /** Leaf signatures (compile.ts `signatureOf`). */
  readonly leaves: readonly string[];
  readonly entries: readonly CompiledEntry<T>[];
}

/**
 * Stored entries a matcher restores without building them all: the tree of each at once (to index
 * its leaves), the whole entry (its id, its data) only when a text makes it a candidate. A
 * compiled model holds some 7,000 entries per language and a text evaluates a few hundred, so
 * that a one-text run (`explain`) does not build the other thousands, nor collect them.
 */
export interface EntryTable<T> {
  readonly length: number;
  tree(i: number): CompiledNode;
  entry(i: number): CompiledEntry<T>;
}

/**
 * The distinct leaves a match of `tree` requires, in increasing order: where an entry is filed
 * (`requiredLeaves` repeats a leaf an OR names twice). Called for trees of more than one leaf: a
 * one-leaf tree (every lexicon phrase) is filed under itself, with no walk.
 */
function distinctRequiredLeaves(tree: CompiledNode): Int32Array {
  const sorted = Int32Array.from(requiredLeaves(tree)).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** Spans kept per entry: evidence needs a few, counting saturates anyway; bounds work on huge texts. */
export const MAX_SPANS_PER_ENTRY = 64;
const MIN_PREFIX = 2;
const NO_LEAVES: readonly number[] = [];
/** Distinct words whose prefix leaves are remembered (see `prefixLeavesByKey`). */
const PREFIX_MEMO_LIMIT = 100_000;

/**
 * A set of queries in one language compiled into lookup tables: `match` reads the document's
 * words once, finds every phrase (leaf) that starts at each word through hash lookups, then
 * evaluates only the entries one of whose leaves was found.
 */
export class CompiledMatcher<T> {
  /** Leaf signatures (the serialized form) and the leaves they describe, by leaf id. */
  private signatures: string[] = [];
  private readonly parsedLeaves: Leaf[] = [];
  /** Signature → leaf id, built when an entry is first compiled into a restored matcher (only custom entries need it). */
  private leafIdsBySignature: Map<string, number> | undefined;
  /** Leaves starting with an exact stem, split by what follows so that few are tried per word. */
  private readonly byFirstStem = new Map<string, FirstWordLeaves>();
  /** One-word leaves, by inflection key. */
  private readonly byForm = new Map<string, number[]>();
  /** Leaves starting with an acronym, by its key. */
  private readonly byFirstAcronym = new Map<string, number[]>();
  private readonly byFirstPrefix = new Map<string, number[]>();
  private readonly prefixLengths = new Set<number>();
  private prefixLengthList: readonly number[] = [];
  /** Entries by index; those of a restored `EntryTable` are built when first a candidate (`entryAt`). */
  private readonly entries: (CompiledEntry<T> | undefined)[] = [];
  /** For the entries restored from a table: the table, and the table index of each entry index. */
  private stored: { readonly table: EntryTable<T>; readonly origin: Int32Array } | undefined;
  /**
   * Leaves starting with a prefix of each word key seen so far: words repeat across documents,
   * so each distinct word pays for the prefix lookups once. Bounded like the stem memo.
   */
  private readonly prefixLeavesByKey = new Map<string, readonly number[]>();
  /** Entries added after the stored ones (`add`: custom entries), by leaf. */
  private readonly entriesByLeaf: number[][] = [];
  /**
   * The entries a restored table files under each leaf, packed (leaf l's are
   * `storedByLeaf[storedStart[l] … storedStart[l + 1]]`): two typed arrays instead of one small
   * array per leaf to allocate at start-up. Entries added later go to `entriesByLeaf`.
   */
  private storedStart = new Int32Array(1);
  private storedByLeaf = new Int32Array(0);
  /** Per-entry marks of the current `match` call (an epoch counter avoids clearing them). */
  private candidateMarks = new Uint32Array(0);
  private epoch = 0;
  /**
   * Restored leaves not indexed yet, by the first character of the key they are filed under
   * (`indexCharOf`): a group is indexed when a word whose stem, form, acronym or key starts with
   * that character is first probed. A one-text run (`explain`) indexes a few groups of some 7,000
   * leaves per language instead of all of them; a corpus soon indexes them all, in the same order.
   */
  private unindexed: LeafGroups | undefined;
  /** Bumped whenever a leaf is added: word probes cached before are then stale. */
  private version = 0;
  /** The leaves found in the current `match` call, reused across calls (see `LeafHits`). */
  private readonly hits = new LeafHits();

  constructor(readonly language: Language) {}

  get size(): number {
    return this.entries.length;
  }

  /** Compiles and adds an entry; throws `QUERY_SYNTAX` when a term is a single stopword (unless lenient). */
  add(spec: EntrySpec<T>): void {
    const intern = (signature: string) => this.internSignature(signature);
    const tree = compileQuery(spec.query, this.language, spec.id, spec.lenient ?? false, intern);
    const exclusions = (spec.exclusions ?? []).flatMap((phrase) => {
      const signature = leafSignature(phrase.split(/\s+/), this.language, spec.id, phrase, true);
      return signature === undefined ? [] : [intern(signature)];
    });
    this.addCompiled([spec.id, spec.data, tree, exclusions]);
  }

  /** Adds an entry after the stored ones, filed under the leaves a match of its tree requires. */
  private addCompiled(entry: CompiledEntry<T>): void {
    const index = this.entries.length;
    this.entries.push(entry);
    const tree = entry[2];
    for (const leaf of typeof tree === 'number' ? [tree] : distinctRequiredLeaves(tree)) (this.entriesByLeaf[leaf] ??= []).push(index);
  }

  toJSON(): SerializedMatcher<T> {
    return { language: this.language, leaves: this.signatures, entries: Array.from(this.entries, (_, i) => this.entryAt(i)) };
  }

  private entryAt(index: number): CompiledEntry<T> {
    return (this.entries[index] ??= this.stored!.table.entry(this.stored!.origin[index]!));
  }

  /**
   * Restores a serialized matcher, keeping the entries `keep` accepts. Leaf ids are kept as they
   * are, so entries are used as stored: no tree is rebuilt.
   */
  static fromJSON<T>(json: SerializedMatcher<T>, keep: (data: T) => boolean): CompiledMatcher<T> {
    const { entries } = json;
    return CompiledMatcher.fromTable(json.language, json.leaves, { length: entries.length, tree: (i) => entries[i]![2], entry: (i) => entries[i]! }, (i) => keep(entries[i]![1]));
  }

  /**
   * A matcher over stored leaves and entries (the compiled model), keeping the entries whose table
   * index `keep` accepts; an entry is built from the table when a text first makes it a candidate.
   */
  static fromTable<T>(language: Language, leaves: readonly string[], table: EntryTable<T>, keep: (i: number) => boolean): CompiledMatcher<T> {
    const matcher = new CompiledMatcher<T>(language);
    // Stored leaves are distinct: they are taken as they are (the signature map is built only if
    // an entry is compiled later) and indexed by groups as words need them (`unindexed`).
    matcher.signatures = leaves.slice();
    if (leaves.length) matcher.unindexed = groupLeaves(leaves);
    const origin = new Int32Array(table.length);
    let kept = 0;
    for (let i = 0; i < table.length; i++) if (keep(i)) origin[kept++] = i;
    // Each kept entry under the leaves its tree requires, grouped by leaf in entry order: counted
    // in a first pass, placed in a second. Most trees are one leaf (every lexicon phrase): no walk;
    // the few hundred others are walked once, in the first pass.
    const start = new Int32Array(leaves.length + 1);
    const required: (Int32Array | undefined)[] = new Array(kept);
    for (let e = 0; e < kept; e++) {
      const tree = table.tree(origin[e]!);
      if (typeof tree === 'number') start[tree + 1]!++;
      else {
        const distinct = distinctRequiredLeaves(tree);
        required[e] = distinct;
        for (let k = 0; k < distinct.length; k++) start[distinct[k]! + 1]!++;
      }
    }
    for (let l = 0; l < leaves.length; l++) start[l + 1]! += start[l]!;
    const fill = start.slice(0, leaves.length);
    const byLeaf = new Int32Array(start[leaves.length]!);
    for (let e = 0; e < kept; e++) {
      const distinct = required[e];
      if (distinct === undefined) byLeaf[fill[table.tree(origin[e]!) as number]!++] = e;
      else for (let k = 0; k < distinct.length; k++) byLeaf[fill[distinct[k]!]!++] = e;
    }
    matcher.storedStart = start;
    matcher.storedByLeaf = byLeaf;
    matcher.entries.length = kept;
    matcher.stored = { table, origin: origin.subarray(0, kept) };
    return matcher;
  }

  /** The id of the leaf with this signature, created (and indexed by its first word) on first use. */
  private internSignature(signature: string): number {
    this.leafIdsBySignature ??= new Map(this.signatures.map((sig, i) => [sig, i]));
    let id = this.leafIdsBySignature.get(signature);
    if (id === undefined) {
      id = this.addLeaf(signature);
      this.leafIdsBySignature.set(signature, id);
    }
    return id;
  }

  /** Adds a leaf not yet in the matcher and indexes it by its first word (after the restored leaves of its group). */
  private addLeaf(signature: string): number {
    this.version++;
    const id = this.signatures.length;
    this.signatures.push(signature);
    this.indexGroup(indexCharOf(signature));
    if (this.indexLeaf(signature, id) && this.prefixLeavesByKey.size) this.prefixLeavesByKey.clear();
    return id;
  }

  /**
   * Indexes the restored leaves whose key starts with character code `c`, if not done yet. The
   * words that a group's leaves may start at all have keys starting with `c`, so indexing a group
   * leaves every probe and prefix list computed before as it was: nothing is made stale.
   */
  private indexGroup(c: number): void {
    const groups = this.unindexed;
    if (groups === undefined) return;
    const g = groups.byChar.get(c);
    if (g === undefined || groups.indexed[g]) return;
    groups.indexed[g] = 1;
    const { start, members } = groups;
    for (let k = start[g]!, end = start[g + 1]!; k < end; k++) this.indexLeaf(this.signatures[members[k]!]!, members[k]!);
    if (++groups.indexedCount === groups.indexed.length) this.unindexed = undefined;
  }

  /**
   * Files a leaf under its first two words, read off the signature by character codes (the leaf
   * itself is parsed when first tried: a text tries a few hundred). The same reading as
   * `elementOf`: `x*` prefix, `~x` form, `^X` acronym, else a stem. True for a prefix leaf.
   */
  private indexLeaf(signature: string, id: number): boolean {
    const from = signature.charCodeAt(0) === 61 ? 1 : 0; // '=': strict
    const space = signature.indexOf(' ', from);
    const firstEnd = space < 0 ? signature.length : space;
    if (signature.charCodeAt(firstEnd - 1) === 42) {
      const value = signature.slice(from, firstEnd - 1);
      push(this.byFirstPrefix, value, id);
      if (!this.prefixLengths.has(value.length)) {
        this.prefixLengths.add(value.length);
        this.prefixLengthList = [...this.prefixLengths].sort((a, b) => a - b);
      }
      return true;
    } else if (signature.charCodeAt(from) === 126) push(this.byForm, signature.slice(from + 1, firstEnd), id);
    else if (signature.charCodeAt(from) === 94) push(this.byFirstAcronym, signature.slice(from + 1, firstEnd), id);
    else {
      const first = signature.slice(from, firstEnd);
      let second: string | undefined;
      let secondIsStem = false;
      if (space >= 0) {
        const end = signature.indexOf(' ', space + 1);
        const secondEnd = end < 0 ? signature.length : end;
        const c = signature.charCodeAt(space + 1);
        secondIsStem = signature.charCodeAt(secondEnd - 1) !== 42 && c !== 126 && c !== 94;
        second = secondIsStem && from === 0 ? signature.slice(space + 1, secondEnd) : '';
      }
      this.indexByFirstStem(first, second, from === 1, id);
    }
    return false;
  }

  /** `second`: undefined for a one-word leaf; the second stem of a loose leaf whose second word is a stem; '' otherwise. */
  private indexByFirstStem(first: string, second: string | undefined, strict: boolean, id: number): void {
    let entry = this.byFirstStem.get(first);
    if (!entry) this.byFirstStem.set(first, (entry = { singles: [], looseBySecond: undefined, others: [] }));
    if (second === undefined) entry.singles.push(id);
    else if (!strict && second !== '') push((entry.looseBySecond ??= new Map()), second, id);
    else entry.others.push(id);
  }

  private leafAt(id: number): Leaf {
    return (this.parsedLeaves[id] ??= leafOf(this.signatures[id]!));
  }

  /** All entries matching `doc` (which must be analysed in this matcher's language), in entry order. */
  match(doc: TokenStream): EntryMatch<T>[] {
    const hits = this.findLeaves(doc);
    if (hits.found.length === 0) return [];
    // Candidate entries, each once, in entry order (deterministic output).
    const seen = (this.candidateMarks = this.candidateMarks.length >= this.entries.length ? this.candidateMarks : new Uint32Array(this.entries.length));
    const epoch = ++this.epoch;
    const candidates: number[] = [];
    const { storedStart, storedByLeaf } = this;
    for (let h = 0; h < hits.found.length; h++) {
      const leaf = hits.found[h]!;
      if (leaf + 1 < storedStart.length) {
        for (let k = storedStart[leaf]!, end = storedStart[leaf + 1]!; k < end; k++) {
          const e = storedByLeaf[k]!;
          if (seen[e] !== epoch) (seen[e] = epoch), candidates.push(e);
        }
      }
      const list = this.entriesByLeaf[leaf];
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const e = list[k]!;
        if (seen[e] !== epoch) (seen[e] = epoch), candidates.push(e);
      }
    }
    const order = new Int32Array(candidates).sort();
    const matches: EntryMatch<T>[] = [];
    for (let c = 0; c < order.length; c++) {
      const entry = this.entryAt(order[c]!);
      let spans = evaluate(entry[2], hits, doc);
      if (spans.length === 0) continue;
      const exclusions = entry[3];
      if (exclusions.length) {
        const cancelling = exclusions.flatMap((leaf) => hits.get(leaf));
        spans = spans.filter(([s, e]) => !cancelling.some(([cs, ce]) => cs <= s && e <= ce));
        if (spans.length === 0) continue;
      }
      // `evaluate` gives sorted, distinct spans (the filter keeps them so): only the cap is left to apply.
      matches.push({ id: entry[0], data: entry[1], spans: spans.length > MAX_SPANS_PER_ENTRY ? spans.slice(0, MAX_SPANS_PER_ENTRY) : spans });
    }
    return matches;
  }

  /**
   * The leaves that may start at a written form: looked up once per form and matcher, then kept
   * on the form (`FormInLanguage.probe`), so a word met again costs no hash lookup.
   */
  private probeOf(doc: TokenStream, i: number): WordProbe {
    const info = doc.infos[i]!;
    const cached = info.probe;
    if (cached && cached.owner === this && cached.version === this.version) return cached.value as WordProbe;
    if (this.unindexed !== undefined) {
      // The groups this word's lookups read (an empty key, an over-long word's, reads none).
      this.indexGroup(doc.stems[i]!.charCodeAt(0));
      this.indexGroup(doc.forms[i]!.charCodeAt(0));
      this.indexGroup(doc.keys[i]!.charCodeAt(0));
      if (doc.acronyms[i]) this.indexGroup(doc.acronyms[i]!.charCodeAt(0));
    }
    const lengths = this.prefixLengthList;
    let probe: WordProbe = {
      first: this.byFirstStem.get(doc.stems[i]!),
      singles: this.byForm.get(doc.forms[i]!),
      acronym: doc.acronyms[i] ? this.byFirstAcronym.get(doc.acronyms[i]!) : undefined,
      prefixes: lengths.length ? this.prefixLeaves(doc.keys[i]!, lengths) : NO_LEAVES,
    };
    // Most words start no leaf: one shared probe says so, and the scan skips them at once.
    if (!probe.first && !probe.singles && !probe.acronym && probe.prefixes.length === 0) probe = NO_PROBE;
    // The shared form of over-long words is frozen: they get no probe (and match nothing anyway).
    if (Object.isExtensible(info)) info.probe = { owner: this, version: this.version, value: probe };
    return probe;
  }

  /** Single pass over the words: every leaf occurrence, as spans sorted by start. */
  private findLeaves(doc: TokenStream): LeafHits {
    const hits = this.hits;
    hits.reset(this.signatures.length);
    const { stems, content } = doc;
    const n = stems.length;
    for (let i = 0; i < n; i++) {
      const probe = this.probeOf(doc, i);
      if (probe === NO_PROBE) continue;
      if (probe.singles && content[i]) for (const leaf of probe.singles) hits.add(leaf, i, i);
      if (probe.acronym) for (const leaf of probe.acronym) this.tryLeaf(leaf, i, doc, hits);
      const exact = probe.first;
      if (exact) {
        if (content[i]) {
          for (const leaf of exact.singles) hits.add(leaf, i, i);
          if (exact.looseBySecond !== undefined) {
            const j = doc.next[i]!;
            const candidates = j < n ? exact.looseBySecond.get(stems[j]!) : undefined;
            if (candidates) for (const leaf of candidates) this.tryLeaf(leaf, i, doc, hits);
          }
        }
        for (const leaf of exact.others) this.tryLeaf(leaf, i, doc, hits);
      }
      if (probe.prefixes.length && content[i]) for (const leaf of probe.prefixes) this.tryLeaf(leaf, i, doc, hits);
    }
    return hits;
  }

  private prefixLeaves(key: string, lengths: readonly number[]): readonly number[] {
    let leaves = this.prefixLeavesByKey.get(key);
    if (leaves === undefined) {
      const found: number[] = [];
      for (const len of lengths) {
        if (len > key.length || len < MIN_PREFIX) continue;
        const byPrefix = this.byFirstPrefix.get(key.slice(0, len));
        if (byPrefix) found.push(...byPrefix);
      }
      leaves = found.length ? found : NO_LEAVES;
      if (this.prefixLeavesByKey.size >= PREFIX_MEMO_LIMIT) this.prefixLeavesByKey.clear();
      this.prefixLeavesByKey.set(key, leaves);
    }
    return leaves;
  }

  private tryLeaf(leaf: number, at: number, doc: TokenStream, hits: LeafHits): void {
    const { elements, strict } = this.leafAt(leaf);
    // A loose leaf starts on a content word and steps over stopwords; a strict one reads every
    // word. An acronym counts wherever it is written (`ONU` is no stopword, whatever its letters).
    if (!strict && doc.content[at] === 0 && elements[0]!.kind !== ACRONYM) return;
    const n = doc.stems.length;
    let last = at;
    for (let k = 1; k < elements.length; k++) {
      last = strict ? last + 1 : doc.next[last]!;
      if (last >= n) return;
      if (!elementMatches(elements[k]!, doc, last)) return;
    }
    hits.add(leaf, at, last);
  }
}

/**
 * The character code a leaf's index key starts with (see `indexLeaf`): the first character of a
 * prefix or a stem, the one after `~` (form) or `^` (acronym), past a leading `=` (strict).
 */
function indexCharOf(signature: string): number {
  const from = signature.charCodeAt(0) === 61 ? 1 : 0;
  const space = signature.indexOf(' ', from);
  if (signature.charCodeAt((space < 0 ? signature.length : space) - 1) === 42) return signature.charCodeAt(from);
  const c = signature.charCodeAt(from);
  return c === 126 || c === 94 ? signature.charCodeAt(from + 1) : c;
}

/** Leaves grouped by `indexCharOf`, packed: group g's leaf ids, in id order, are `members[start[g] … start[g + 1]]`. */
interface LeafGroups {
  readonly byChar: Map<number, number>;
  readonly start: Int32Array;
  readonly members: Int32Array;
  readonly indexed: Uint8Array;
  indexedCount: number;
}

function groupLeaves(signatures: readonly string[]): LeafGroups {
  const byChar = new Map<number, number>();
  const groupOf = new Int32Array(signatures.length);
  const sizes: number[] = [];
  for (let l = 0; l < signatures.length; l++) {
    const c = indexCharOf(signatures[l]!);
    let g = byChar.get(c);
    if (g === undefined) byChar.set(c, (g = sizes.push(0) - 1));
    sizes[g]!++;
    groupOf[l] = g;
  }
  const start = new Int32Array(sizes.length + 1);
  for (let g = 0; g < sizes.length; g++) start[g + 1] = start[g]! + sizes[g]!;
  const fill = start.slice(0, sizes.length);
  const members = new Int32Array(signatures.length);
  for (let l = 0; l < signatures.length; l++) members[fill[groupOf[l]!]!++] = l;
  return { byChar, start, members, indexed: new Uint8Array(sizes.length), indexedCount: 0 };
}

/** The leaves that may start at one written form (see `probeOf`). */
interface WordProbe {
  readonly first: FirstWordLeaves | undefined;
  readonly singles: number[] | undefined;
  readonly acronym: number[] | undefined;
  readonly prefixes: readonly number[];
}

const NO_PROBE: WordProbe = Object.freeze({ first: undefined, singles: undefined, acronym: undefined, prefixes: NO_LEAVES });

/** Leaves whose first element is one exact stem: one-word leaves, loose leaves by their second stem, the rest. */
interface FirstWordLeaves {
  readonly singles: number[];
  /** Created for the first such leaf (most first stems have none). */
  looseBySecond: Map<string, number[]> | undefined;
  /** Strict leaves, and leaves whose second element is a prefix. */
  readonly others: number[];
}

/**
 * The spans of each leaf found in one text, by leaf id: arrays indexed by leaf, valid for the
 * current epoch only, so that a text costs no Map and no clearing (the matcher reuses one).
 */
class LeafHits {
  private epochs = new Uint32Array(0);
  private epoch = 0;
  private spans: Span[][] = [];
  /** Leaves found, in order of first hit. */
  found: number[] = [];

  reset(leafCount: number): void {
    if (this.epochs.length < leafCount) {
      const size = Math.max(leafCount, 1024);
      this.epochs = grown(this.epochs, size);
      // Preallocated (a JS array written at index 5000 first would turn into a dictionary).
      const spans: Span[][] = new Array<Span[]>(size).fill(NO_SPANS);
      for (let i = 0; i < this.spans.length; i++) spans[i] = this.spans[i]!;
      this.spans = spans;
    }
    // The previous text's span lists are let go: kept, they would outlive young-generation
    // collections and be promoted, growing the old generation with garbage.
    const spans = this.spans;
    for (let k = 0; k < this.found.length; k++) spans[this.found[k]!] = NO_SPANS;
    this.found = [];
    if (++this.epoch === 0xffffffff) (this.epochs.fill(0), (this.epoch = 1));
  }

  add(leaf: number, first: number, last: number): void {
    if (this.epochs[leaf] !== this.epoch) {
      this.epochs[leaf] = this.epoch;
      this.spans[leaf] = [[first, last]];
      this.found.push(leaf);
      return;
    }
    const list = this.spans[leaf]!;
    if (list.length < MAX_SPANS_PER_ENTRY * 4) list.push([first, last]);
  }

  /** The spans of a leaf in this text (in document order of their start), or none. */
  get(leaf: number): Span[] {
    return this.epochs[leaf] === this.epoch ? this.spans[leaf]! : NO_SPANS;
  }
}

/** Whether word `i` of the text is what `el` asks for. */
function elementMatches(el: Element, doc: TokenStream, i: number): boolean {
  switch (el.kind) {
    case STEM:
      return doc.stems[i] === el.value;
    case PREFIX:
      return doc.content[i] === 1 && doc.keys[i]!.startsWith(el.value);
    case FORM:
      return doc.forms[i] === el.value;
    case ACRONYM:
      return doc.acronyms[i] === el.value;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Spans kept at each step of an evaluation: the first ones in document order (start, then end).
 * The result keeps the first `MAX_SPANS_PER_ENTRY`, always among them, so for OR and AND the cap
 * changes nothing but the work done on a text repeating a term hundreds of times; for W/n it bounds
 * the pairs looked at, as the per-leaf cap (`addHit`) already did.
 */
const SPAN_CAP = MAX_SPANS_PER_ENTRY * 4;
const NO_SPANS: Span[] = [];

const before = (a: Span, b: Span): number => a[0] - b[0] || a[1] - b[1];

/**
 * Spans where `node` holds, sorted and distinct (at most `SPAN_CAP`); empty when it does not. AND
 * NOT and AND are document-level, W/n is positional. Each OR and AND merges its parts as sets, so a
 * term repeated in a query changes nothing; the recursion is as deep as the tree, which
 * `MAX_QUERY_DEPTH` bounds.
 */
function evaluate(node: CompiledNode, hits: LeafHits, doc: TokenStream): Span[] {
  if (node === null) return NO_SPANS;
  if (typeof node === 'number') {
    const spans = hits.get(node);
    for (let i = 1; i < spans.length; i++) if (before(spans[i - 1]!, spans[i]!) >= 0) return distinctSorted(spans, SPAN_CAP);
    return spans;
  }
  switch (node[0]) {
    case '|': {
      let out = NO_SPANS;
      for (let i = 1; i < node.length; i++) out = union(out, evaluate(node[i] as CompiledNode, hits, doc));
      return out;
    }
    case '&': {
      let out = NO_SPANS;
      for (let i = 1; i < node.length; i++) {
        const part = evaluate(node[i] as CompiledNode, hits, doc);
        if (part.length === 0) return NO_SPANS;
        out = union(out, part);
      }
      return out;
    }
    case '!': {
      // The include part first: when it holds nowhere (most candidates) the exclusion is not read.
      const include = evaluate(node[1], hits, doc);
      return include.length === 0 || evaluate(node[2], hits, doc).length ? NO_SPANS : include;
    }
    case '~': {
      const left = evaluate(node[2], hits, doc);
      return left.length === 0 ? NO_SPANS : near(left, evaluate(node[3], hits, doc), node[1], doc);
    }
  }
}

/** The union of two sorted, distinct span lists: sorted, distinct, at most `SPAN_CAP`. */
function union(a: Span[], b: Span[]): Span[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while ((i < a.length || j < b.length) && out.length < SPAN_CAP) {
    const order = i >= a.length ? 1 : j >= b.length ? -1 : before(a[i]!, b[j]!);
    out.push(order <= 0 ? a[i]! : b[j]!);
    if (order <= 0) i++;
    if (order >= 0) j++;
  }
  return out;
}

/** Pairs of spans at most `distance` content words apart (the gap between them), in either order; sorted and distinct. */
function near(left: Span[], right: Span[], distance: number, doc: TokenStream): Span[] {
  if (!left.length || !right.length) return NO_SPANS;
  // Positions in content words: a span starting on a stopword starts at the next content word,
  // one ending on a stopword ends at the previous one.
  const startRank = (i: number) => doc.rank[i]!;
  const endRank = (i: number) => (doc.content[i] ? doc.rank[i]! : doc.rank[i]! - 1);
  // `right` comes from `evaluate`, sorted by start word: its start ranks are already in order.
  let maxLength = 0;
  for (const [s, e] of right) maxLength = Math.max(maxLength, endRank(e) - startRank(s));
  const out: Span[] = [];
  for (const a of left) {
    const [aStart, aEnd] = [startRank(a[0]), endRank(a[1])];
    // Right spans starting in [aStart - distance - maxLength, aEnd + distance] can be near a.
    const from = aStart - distance - maxLength;
    let lo = 0;
    let hi = right.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (startRank(right[mid]![0]) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < right.length && startRank(right[j]![0]) <= aEnd + distance; j++) {
      const b = right[j]!;
      const gap = Math.max(aStart, startRank(b[0])) - Math.min(aEnd, endRank(b[1]));
      if (gap >= 1 && gap <= distance) {
        out.push([Math.min(a[0], b[0]), Math.max(a[1], b[1])]);
        if (out.length >= SPAN_CAP) return distinctSorted(out, SPAN_CAP);
      }
    }
  }
  return distinctSorted(out, SPAN_CAP);
}

/** Sorted (start, then end), without repeats, at most `cap`. */
function distinctSorted(spans: readonly Span[], cap = MAX_SPANS_PER_ENTRY): Span[] {
  const sorted = [...spans].sort(before);
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== s[0] || prev[1] !== s[1]) out.push(s);
    if (out.length >= cap) break;
  }
  return out;
}
