import { safely, SdgAlignError, type SafeResult } from '../errors.js';

/**
 * Query syntax shared by the lexicons and by callers' custom entries:
 *
 *   term            a word, matched on its stem (`logements` finds `logement`)
 *   agri*           trailing wildcard: any word starting with `agri` (accent-insensitive)
 *   "a b c"         a phrase: consecutive content words (stopwords are skipped on both sides)
 *   a b             adjacent bare words are a phrase too, as if quoted
 *   A AND B, A OR B, A AND NOT B, ( … )
 *   A W/n B         A and B within n content words of each other, in either order
 *
 * Precedence follows Scopus (whose syntax the Aurora queries use), tightest first:
 * OR, W/n, AND, AND NOT. So `a OR b W/3 c` is `(a OR b) W/3 c`.
 */
export type QueryNode =
  | { readonly kind: 'phrase'; readonly words: readonly string[]; readonly position: number }
  | { readonly kind: 'or' | 'and'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly include: QueryNode; readonly exclude: QueryNode }
  | { readonly kind: 'near'; readonly distance: number; readonly left: QueryNode; readonly right: QueryNode };

type Token =
  | { type: 'word' | 'phrase'; value: string; position: number }
  | { type: 'and' | 'or' | 'not' | 'open' | 'close'; position: number }
  | { type: 'near'; distance: number; position: number };

/** Largest accepted W/n: beyond that "near" means nothing. */
export const MAX_PROXIMITY = 50;
/**
 * Deepest nesting accepted: parentheses inside parentheses, or operators applied to the result of
 * others (`a W/1 b W/1 c` is two levels). The seed queries nest at most 5 levels; the limit keeps
 * parsing, compiling and matching far from the stack's end.
 */
export const MAX_QUERY_DEPTH = 32;
/** Most terms (words, in phrases or not) in one query. The longest seed query has 81. */
export const MAX_QUERY_TERMS = 256;

function syntaxError(query: string, position: number, problem: string, entry?: string): SdgAlignError {
  const where = entry ? ` in entry "${entry}"` : '';
  return new SdgAlignError(
    'QUERY_SYNTAX',
    `Query syntax error${where} at position ${position + 1}: ${problem}\n  ${query}\n  ${' '.repeat(position)}^`,
    { entry, query, position, problem },
  );
}

function tooComplex(query: string, position: number, problem: string, entry?: string): SdgAlignError {
  const where = entry ? ` in entry "${entry}"` : '';
  const shown = query.length > 200 ? `${query.slice(0, 200)}…` : query;
  return new SdgAlignError('QUERY_TOO_COMPLEX', `Query too complex${where} at position ${position + 1}: ${problem}\n  ${shown}`, { entry, position, problem });
}

const QUOTES = /["“”«»]/g;
const BARE_WORD = /[^\s()"“”«»]+/y;
const SPACE = /\s/;
/** Operators of other query languages (Scopus PRE/n, NEAR/n, ADJ/n) and malformed W/n. */
const OPERATOR_LIKE = /^(?:W|PRE|NEAR|ADJ)\//i;

function lex(query: string, entry?: string): Token[] {
  const tokens: Token[] = [];
  let terms = 0;
  const countTerms = (n: number, position: number) => {
    terms += n;
    if (terms > MAX_QUERY_TERMS) throw tooComplex(query, position, `more than ${MAX_QUERY_TERMS} terms`, entry);
  };
  const noQuestionMark = (word: string, position: number) => {
    if (word.includes('?')) throw syntaxError(query, position + word.indexOf('?'), `${JSON.stringify(word)}: ? wildcards are not supported (only a trailing *)`, entry);
  };
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (SPACE.test(c)) { i++; continue; }
    if (c === '(') { tokens.push({ type: 'open', position: i++ }); continue; }
    if (c === ')') { tokens.push({ type: 'close', position: i++ }); continue; }
    if (c === '"' || c === '“' || c === '”' || c === '«' || c === '»') {
      QUOTES.lastIndex = i + 1;
      const close = QUOTES.exec(query)?.index ?? -1;
      if (close < 0) throw syntaxError(query, i, 'unclosed quote', entry);
      const value = query.slice(i + 1, close).trim();
      if (!value) throw syntaxError(query, i, 'empty phrase ""', entry);
      noQuestionMark(value, i + 1);
      countTerms(value.split(/\s+/).length, i);
      tokens.push({ type: 'phrase', value, position: i });
      i = close + 1;
      continue;
    }
    BARE_WORD.lastIndex = i;
    const word = BARE_WORD.exec(query)![0];
    const near = /^[Ww]\/(\d+)$/.exec(word);
    if (near) {
      const distance = Number(near[1]);
      if (distance < 1 || distance > MAX_PROXIMITY) throw syntaxError(query, i, `W/${near[1]}: the distance must be 1 to ${MAX_PROXIMITY}`, entry);
      tokens.push({ type: 'near', distance, position: i });
    } else if (OPERATOR_LIKE.test(word)) {
      const problem = /^w\//i.test(word) ? `${word}: the distance must be a whole number from 1 to ${MAX_PROXIMITY}` : `${word}: only W/n proximity is supported`;
      throw syntaxError(query, i, problem, entry);
    } else if (word === 'AND') tokens.push({ type: 'and', position: i });
    else if (word === 'OR') tokens.push({ type: 'or', position: i });
    else if (word === 'NOT') tokens.push({ type: 'not', position: i });
    else {
      if (word.includes('*') && (word.indexOf('*') !== word.length - 1 || word.length < 3)) {
        throw syntaxError(query, i, `wildcard "${word}": only a trailing * after at least two letters is supported`, entry);
      }
      noQuestionMark(word, i);
      countTerms(1, i);
      tokens.push({ type: 'word', value: word, position: i });
    }
    i += word.length;
  }
  return tokens;
}

/** Operator levels on the longest path from `node` to a phrase (0 for a phrase), iteratively. */
export function queryDepth(node: QueryNode): number {
  let deepest = 0;
  const stack: [QueryNode, number][] = [[node, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (n.kind === 'or' || n.kind === 'and') for (const child of n.children) stack.push([child, depth + 1]);
    else if (n.kind === 'not') stack.push([n.include, depth + 1], [n.exclude, depth + 1]);
    else if (n.kind === 'near') stack.push([n.left, depth + 1], [n.right, depth + 1]);
  }
  return deepest;
}

/**
 * Parses a query; throws `SdgAlignError` code `QUERY_SYNTAX` naming the entry and the 1-based
 * position, or `QUERY_TOO_COMPLEX` past `MAX_QUERY_TERMS` terms or `MAX_QUERY_DEPTH` levels.
 */
export function parseQuery(query: string, entry?: string): QueryNode {
  const tokens = lex(query, entry);
  let index = 0;
  let open = 0;
  const peek = () => tokens[index];
  const end = query.length;

  // Loosest level: AND NOT and AND (AND NOT binds loosest, as in Scopus).
  function parseAndNot(): QueryNode {
    let node = parseAnd();
    while (peek()?.type === 'and' && tokens[index + 1]?.type === 'not') {
      index += 2;
      node = { kind: 'not', include: node, exclude: parseAnd() };
    }
    return node;
  }
  function parseAnd(): QueryNode {
    const children = [parseNear()];
    while (peek()?.type === 'and' && tokens[index + 1]?.type !== 'not') {
      index++;
      children.push(parseNear());
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }
  function parseNear(): QueryNode {
    let node = parseOr();
    for (let t = peek(); t?.type === 'near'; t = peek()) {
      index++;
      node = { kind: 'near', distance: t.distance, left: node, right: parseOr() };
    }
    return node;
  }
  function parseOr(): QueryNode {
    const children = [parsePrimary()];
    while (peek()?.type === 'or') {
      index++;
      children.push(parsePrimary());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }
  function parsePrimary(): QueryNode {
    const t = peek();
    if (!t) throw syntaxError(query, end, 'the query ends where a term was expected', entry);
    if (t.type === 'open') {
      index++;
      // Each parenthesis is a level of recursion here: bounded before the stack is.
      if (++open > MAX_QUERY_DEPTH) throw tooComplex(query, t.position, `parentheses nested more than ${MAX_QUERY_DEPTH} levels`, entry);
      const node = parseAndNot();
      open--;
      const close = peek();
      if (close?.type !== 'close') throw syntaxError(query, close?.position ?? end, 'missing closing parenthesis', entry);
      index++;
      return node;
    }
    if (t.type === 'phrase') {
      index++;
      return { kind: 'phrase', words: t.value.split(/\s+/), position: t.position };
    }
    if (t.type === 'word') {
      // Adjacent bare words form one phrase.
      const words: string[] = [];
      for (let w = peek(); w?.type === 'word'; w = peek()) {
        words.push(w.value);
        index++;
      }
      return { kind: 'phrase', words, position: t.position };
    }
    const label = t.type === 'near' ? `W/${t.distance}` : t.type === 'close' ? ')' : t.type.toUpperCase();
    throw syntaxError(query, t.position, `unexpected ${label} where a term was expected`, entry);
  }

  if (tokens.length === 0) throw syntaxError(query, 0, 'empty query', entry);
  const node = parseAndNot();
  const rest = peek();
  if (rest) {
    const problem = rest.type === 'close' ? 'unmatched closing parenthesis' : 'unexpected text after a complete query (missing AND/OR?)';
    throw syntaxError(query, rest.position, problem, entry);
  }
  if (queryDepth(node) > MAX_QUERY_DEPTH) throw tooComplex(query, 0, `operators nested more than ${MAX_QUERY_DEPTH} levels (a chain of W/n or AND NOT nests one level per operator)`, entry);
  return node;
}

/** `parseQuery` that returns `{ success, data | error }` instead of throwing `QUERY_SYNTAX` / `QUERY_TOO_COMPLEX`. */
export const safeParseQuery = (query: string, entry?: string): SafeResult<QueryNode> => safely(() => parseQuery(query, entry));
