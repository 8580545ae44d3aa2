/**
 * Queries compiled into leaves and trees: the build-time half of the matcher (run when the model
 * is built, and when an engine adds custom entries). A leaf is a phrase to find, written as its
 * signature; a tree is the Boolean/proximity structure over leaf numbers. `match.ts` finds the
 * leaves in a text and evaluates the trees.
 */
import type { LanguageCode as Language } from '../languages/types.js';
import { streamWords, words as wordsOf } from '../text/analyze.js';
import { acronymKey, inflectionKey, isAcronymSpelling } from '../text/inflect.js';
import { matchKey, normalizeText } from '../text/normalize.js';
import { SdgAlignError } from '../errors.js';
import { MAX_QUERY_DEPTH, type QueryNode } from './parse.js';

/**
 * One word of a leaf, compared with one word of the text:
 *   STEM     its Porter stem (words of a phrase: `rénovation énergétique`);
 *   PREFIX   a prefix of the accent-free word (`agri*`);
 *   FORM     its inflection key (a leaf of one word: `humanities` is not `human`, see text/inflect.ts);
 *   ACRONYM  its letters in capitals, in a word written with a capital (`PLUi`, never « pluies »).
 */
export const STEM = 0;
export const PREFIX = 1;
export const FORM = 2;
export const ACRONYM = 3;
export interface Element {
  readonly kind: typeof STEM | typeof PREFIX | typeof FORM | typeof ACRONYM;
  readonly value: string;
}
/**
 * A phrase to find. A loose leaf matches its words as consecutive CONTENT words (stopwords in the
 * text are skipped). A strict leaf keeps the stopwords it is made of and matches consecutive words
 * exactly: it is used when dropping stopwords would leave a single, broader word (`further
 * education`, `e-waste`, `per capita`, `the poor*`).
 */
export interface Leaf {
  readonly elements: readonly Element[];
  readonly strict: boolean;
}

/**
 * A compiled query tree, in a compact form that is also its serialized form (so that loading a
 * precomputed matcher allocates nothing per node): a leaf is its number, a never-matching term is
 * null, ["|", …] is OR, ["&", …] AND, ["!", include, exclude] AND NOT, ["~", n, left, right] W/n.
 */
export type CompiledNode =
  | number
  | null
  | readonly ['|' | '&', ...CompiledNode[]]
  | readonly ['!', CompiledNode, CompiledNode]
  | readonly ['~', number, CompiledNode, CompiledNode];

/**
 * The signature of the leaf a phrase's words make in `language`, or undefined for a phrase of
 * stopwords only when `optional` (else `QUERY_SYNTAX`). A leaf of one word matches its
 * inflections; the words of a phrase their stems; acronyms (two capitals or more) as written.
 */
export function leafSignature(words: readonly string[], language: Language, entryId: string, phrase: string, optional: boolean): string | undefined {
  const all: { element: Element; stop: boolean; key: string }[] = [];
  for (const word of words) {
    if (word.endsWith('*')) {
      const key = matchKey(word.slice(0, -1));
      all.push({ element: { kind: PREFIX, value: key }, stop: false, key });
      continue;
    }
    const stream = streamWords(wordsOf(word), language);
    stream.stems.forEach((stem, i) => {
      const written = normalizeText(word.slice(stream.starts[i], stream.ends[i]));
      if (isAcronymSpelling(written)) all.push({ element: { kind: ACRONYM, value: acronymKey(written) }, stop: false, key: stream.keys[i]! });
      else all.push({ element: { kind: STEM, value: stem }, stop: stream.content[i] === 0, key: stream.keys[i]! });
    });
  }
  const content = all.filter((e) => !e.stop);
  // A leaf of one word matches that word's own inflections, not everything of its stem.
  if (content.length === 1 && all.length === 1) {
    const only = content[0]!;
    const element: Element = only.element.kind === STEM ? { kind: FORM, value: inflectionKey(only.key, language) } : only.element;
    return signatureOf({ elements: [element], strict: false });
  }
  if (content.length >= 2) return signatureOf({ elements: content.map((e) => e.element), strict: false });
  if (all.length >= 2) return signatureOf({ elements: all.map((e) => e.element), strict: true });
  if (optional) return undefined;
  throw new SdgAlignError('QUERY_SYNTAX', `Entry "${entryId}": "${phrase}" is a single stopword, so it can never match.`, {
    entry: entryId,
    phrase,
  });
}

/**
 * The tree of a query, its phrases turned into leaf numbers by `intern` (which gives a
 * signature its number in the matcher's leaf table). `depth`: operator levels above `node`; a
 * tree built by hand deeper than `MAX_QUERY_DEPTH` is refused here.
 */
export function compileQuery(node: QueryNode, language: Language, entryId: string, lenient: boolean, intern: (signature: string) => number, depth = 0): CompiledNode {
  if (depth > MAX_QUERY_DEPTH) {
    throw new SdgAlignError('QUERY_TOO_COMPLEX', `Entry "${entryId}": the query nests more than ${MAX_QUERY_DEPTH} levels of operators.`, { entry: entryId });
  }
  const sub = (child: QueryNode) => compileQuery(child, language, entryId, lenient, intern, depth + 1);
  switch (node.kind) {
    case 'phrase':
      const signature = leafSignature(node.words, language, entryId, node.words.join(' '), lenient);
      return signature === undefined ? null : intern(signature);
    case 'or':
    case 'and':
      return [node.kind === 'or' ? '|' : '&', ...node.children.map(sub)];
    case 'not':
      return ['!', sub(node.include), sub(node.exclude)];
    case 'near':
      return ['~', node.distance, sub(node.left), sub(node.right)];
  }
}

/**
 * A leaf as text, its serialized form: elements separated by spaces, `stem`, `prefix*`,
 * `~form`, `^ACRONYM`, with a leading "=" for strict leaves. Stems and keys are letters and
 * digits only, so the marks are unambiguous.
 */
export const signatureOf = (leaf: Leaf): string =>
  `${leaf.strict ? '=' : ''}${leaf.elements.map((e) => (e.kind === STEM ? e.value : e.kind === PREFIX ? `${e.value}*` : e.kind === FORM ? `~${e.value}` : `^${e.value}`)).join(' ')}`;

export function elementOf(word: string): Element {
  if (word.endsWith('*')) return { kind: PREFIX, value: word.slice(0, -1) };
  if (word.startsWith('~')) return { kind: FORM, value: word.slice(1) };
  if (word.startsWith('^')) return { kind: ACRONYM, value: word.slice(1) };
  return { kind: STEM, value: word };
}

export function leafOf(signature: string): Leaf {
  const strict = signature.startsWith('=');
  return { elements: (strict ? signature.slice(1) : signature).split(' ').map(elementOf), strict };
}

/** Calls `visit` for each leaf that can make the entry match (not those under an AND NOT's exclusion). */
export function forEachLeaf(node: CompiledNode, visit: (leaf: number) => void): void {
  if (node === null) return;
  if (typeof node === 'number') return visit(node);
  switch (node[0]) {
    case '|':
    case '&':
      for (let i = 1; i < node.length; i++) forEachLeaf(node[i] as CompiledNode, visit);
      return;
    case '!':
      return forEachLeaf(node[1], visit); // an exclusion alone never makes an entry a candidate
    case '~':
      forEachLeaf(node[2], visit);
      return forEachLeaf(node[3], visit);
  }
}

/**
 * The leaves of which at least one must be found for the entry to match: every leaf of an OR,
 * the part of an AND (and the side of a W/n) with the fewest such leaves, the include part of an
 * AND NOT. An entry is a candidate for a text only when one of these was found (match.ts): fewer
 * entries evaluated per text (an Aurora query `A AND (B OR C …)` found through `C` alone was),
 * the same matches, since an entry that matches has every AND part, so that part's leaves, found.
 */
export function requiredLeaves(node: CompiledNode): number[] {
  if (node === null) return [];
  if (typeof node === 'number') return [node];
  switch (node[0]) {
    case '|': {
      const out: number[] = [];
      for (let i = 1; i < node.length; i++) out.push(...requiredLeaves(node[i] as CompiledNode));
      return out;
    }
    case '&': {
      let best: number[] | undefined;
      for (let i = 1; i < node.length; i++) {
        const part = requiredLeaves(node[i] as CompiledNode);
        if (!best || part.length < best.length) best = part;
      }
      return best ?? [];
    }
    case '!':
      return requiredLeaves(node[1]);
    case '~': {
      const left = requiredLeaves(node[2]);
      const right = requiredLeaves(node[3]);
      return right.length < left.length ? right : left;
    }
  }
}
