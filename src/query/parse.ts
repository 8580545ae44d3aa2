import { SdgAlignError } from '../errors.js';

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

function syntaxError(query: string, position: number, problem: string, entry?: string): SdgAlignError {
  const where = entry ? ` in entry "${entry}"` : '';
  return new SdgAlignError(
    'QUERY_SYNTAX',
    `Query syntax error${where} at position ${position + 1}: ${problem}\n  ${query}\n  ${' '.repeat(position)}^`,
    { entry, query, position, problem },
  );
}

function lex(query: string, entry?: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(') { tokens.push({ type: 'open', position: i++ }); continue; }
    if (c === ')') { tokens.push({ type: 'close', position: i++ }); continue; }
    if (c === '"' || c === '“' || c === '”' || c === '«' || c === '»') {
      const close = query.slice(i + 1).search(/["“”«»]/);
      if (close < 0) throw syntaxError(query, i, 'unclosed quote', entry);
      const value = query.slice(i + 1, i + 1 + close).trim();
      if (!value) throw syntaxError(query, i, 'empty phrase ""', entry);
      tokens.push({ type: 'phrase', value, position: i });
      i += close + 2;
      continue;
    }
    const word = /^[^\s()"“”«»]+/.exec(query.slice(i))![0];
    const near = /^[Ww]\/(\d+)$/.exec(word);
    if (near) {
      const distance = Number(near[1]);
      if (distance < 1 || distance > MAX_PROXIMITY) throw syntaxError(query, i, `W/${distance}: the distance must be 1 to ${MAX_PROXIMITY}`, entry);
      tokens.push({ type: 'near', distance, position: i });
    } else if (word === 'AND') tokens.push({ type: 'and', position: i });
    else if (word === 'OR') tokens.push({ type: 'or', position: i });
    else if (word === 'NOT') tokens.push({ type: 'not', position: i });
    else {
      if (word.includes('*') && (word.indexOf('*') !== word.length - 1 || word.length < 3)) {
        throw syntaxError(query, i, `wildcard "${word}": only a trailing * after at least two letters is supported`, entry);
      }
      tokens.push({ type: 'word', value: word, position: i });
    }
    i += word.length;
  }
  return tokens;
}

/** Parses a query; throws `SdgAlignError` code `QUERY_SYNTAX` naming the entry and the 1-based position. */
export function parseQuery(query: string, entry?: string): QueryNode {
  const tokens = lex(query, entry);
  let index = 0;
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
      const node = parseAndNot();
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
  return node;
}
