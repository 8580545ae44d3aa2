/**
 * A deliberately plain evaluator of one query on a token stream, the reference the fast matcher
 * (src/query/match.ts) is checked against: every leaf is looked for at every word, every tree
 * node is evaluated by its definition, nothing is indexed or memoised. It shares with the fast
 * matcher only what a leaf is (compile.ts: which words become which elements).
 */
import { ACRONYM, FORM, leafOf, leafSignature, PREFIX, STEM, type Element, type Leaf } from '../../src/query/compile.js';
import { MAX_SPANS_PER_ENTRY, type Span } from '../../src/query/match.js';
import type { QueryNode } from '../../src/query/parse.js';
import type { Language } from '../../src/taxonomy/index.js';
import type { TokenStream } from '../../src/text/analyze.js';

function wordIs(el: Element, doc: TokenStream, i: number): boolean {
  if (el.kind === STEM) return doc.stems[i] === el.value;
  if (el.kind === PREFIX) return doc.content[i] === 1 && doc.keys[i]!.startsWith(el.value);
  if (el.kind === FORM) return doc.forms[i] === el.value;
  if (el.kind === ACRONYM) return doc.acronyms[i] === el.value;
  return false;
}

/** Index of the first content word after word i, or the stream's length. */
function nextContent(doc: TokenStream, i: number): number {
  for (let j = i + 1; j < doc.stems.length; j++) if (doc.content[j] === 1) return j;
  return doc.stems.length;
}

/** Every occurrence of a leaf, as [first word, last word]. */
function occurrences(leaf: Leaf, doc: TokenStream): Span[] {
  const out: Span[] = [];
  for (let start = 0; start < doc.stems.length; start++) {
    if (!leaf.strict && doc.content[start] === 0 && leaf.elements[0]!.kind !== ACRONYM) continue;
    if (!wordIs(leaf.elements[0]!, doc, start)) continue;
    let at = start;
    let ok = true;
    for (let k = 1; k < leaf.elements.length && ok; k++) {
      at = leaf.strict ? at + 1 : nextContent(doc, at);
      ok = at < doc.stems.length && wordIs(leaf.elements[k]!, doc, at);
    }
    if (ok) out.push([start, at]);
  }
  return out;
}

const sortSpans = (spans: Span[]) => [...new Map(spans.map((s) => [`${s[0]},${s[1]}`, s])).values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

function evaluate(node: QueryNode, doc: TokenStream, language: Language): Span[] {
  switch (node.kind) {
    case 'phrase': {
      const signature = leafSignature(node.words, language, 'naive', node.words.join(' '), true);
      return signature === undefined ? [] : occurrences(leafOf(signature), doc);
    }
    case 'or':
      return sortSpans(node.children.flatMap((c) => evaluate(c, doc, language)));
    case 'and': {
      const parts = node.children.map((c) => evaluate(c, doc, language));
      return parts.every((p) => p.length > 0) ? sortSpans(parts.flat()) : [];
    }
    case 'not':
      return evaluate(node.exclude, doc, language).length ? [] : evaluate(node.include, doc, language);
    case 'near': {
      // Positions in content words; a span's gap to another is counted between their nearest ends.
      const startRank = (i: number) => doc.rank[i]!;
      const endRank = (i: number) => (doc.content[i] ? doc.rank[i]! : doc.rank[i]! - 1);
      const out: Span[] = [];
      for (const a of evaluate(node.left, doc, language)) {
        for (const b of evaluate(node.right, doc, language)) {
          const gap = Math.max(startRank(a[0]), startRank(b[0])) - Math.min(endRank(a[1]), endRank(b[1]));
          if (gap >= 1 && gap <= node.distance) out.push([Math.min(a[0], b[0]), Math.max(a[1], b[1])]);
        }
      }
      return sortSpans(out);
    }
  }
}

/** The spans of an entry (query and exclusion phrases) in a text, as the matcher defines them. */
export function naiveMatch(query: QueryNode, exclusions: readonly string[], doc: TokenStream, language: Language): Span[] {
  const cancelling = exclusions.flatMap((phrase) => {
    const signature = leafSignature(phrase.split(/\s+/), language, 'naive', phrase, true);
    return signature === undefined ? [] : occurrences(leafOf(signature), doc);
  });
  return evaluate(query, doc, language)
    .filter(([s, e]) => !cancelling.some(([cs, ce]) => cs <= s && e <= ce))
    .slice(0, MAX_SPANS_PER_ENTRY);
}
