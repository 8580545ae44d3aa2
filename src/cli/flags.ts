import { availableParallelism } from 'node:os';
import type { ValueProblem } from '../locales/types.js';

/**
 * The flags of each command: a public contract. Loaded by `main` for every command (not for --help),
 * so it stays dependency-free; values are checked by the small validators below, which give the
 * same sentences whether the value came from the command line or from the config file.
 */

export type CommandName = 'score' | 'gaps' | 'check' | 'explain' | 'plan-types';

export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  /** Turns a raw value (a string from argv, or a JSON value from the config) into the option value; returns an error sentence. */
  readonly parse?: (value: unknown) => { value: unknown } | { error: ValueProblem };
  /** A file path: from a config file, it is relative to the config's folder. */
  readonly path?: boolean;
}

/**
 * A value as messages show it: JSON, cut at 100 characters; a nested array or object is only named
 * (a config can nest 50,000 levels deep, and JSON.stringify and String are recursive).
 */
export function shown(v: unknown): string {
  const flat = (x: unknown) => typeof x !== 'object' || x === null;
  if (!flat(v) && !(Array.isArray(v) ? v : Object.values(v as object)).every(flat)) return Array.isArray(v) ? 'an array' : 'an object';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

const ok = (value: unknown) => ({ value });
const bad = (error: ValueProblem) => ({ error });

const oneOf =
  (...values: string[]) =>
  (v: unknown) =>
    typeof v === 'string' && values.includes(v) ? ok(v) : bad({ kind: 'one-of', values, got: shown(v) });

/** A decimal number as people write it: `0.4`, `.4`, or with the French decimal comma `0,4`. No hex, exponent, NaN or Infinity. */
const DECIMAL = /^\s*\+?(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*$/;

const numberIn =
  (min: number, max: number) =>
  (v: unknown) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && DECIMAL.test(v) ? Number(v.trim().replace(',', '.')) : NaN;
    return Number.isFinite(n) && n >= min && n <= max ? ok(n) : bad({ kind: 'number', min, max, got: shown(v) });
  };

const wholeIn =
  (min: number, max: number) =>
  (v: unknown) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\+?\d+\s*$/.test(v) ? Number(v) : NaN;
    return Number.isInteger(n) && n >= min && n <= max ? ok(n) : bad({ kind: 'whole', min, max, got: shown(v) });
  };

/**
 * Most worker threads `score --workers` accepts: 4 per core, at most 64. Each worker holds its own
 * engine (about 40 MB): 1000 of them took 6.2 GB, and past a few per core they only wait.
 */
export const MAX_WORKERS = Math.min(64, availableParallelism() * 4);

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? ok(v) : bad({ kind: 'text', got: shown(v) }));

const texts = (v: unknown) => {
  const list = Array.isArray(v) ? v : [v];
  return list.every((s) => typeof s === 'string' && s !== '') ? ok(list) : bad({ kind: 'columns', got: shown(v) });
};

/** "7,11,13", "7 11", [7, 11, 13] or ["7,11", "13"] → [7, 11, 13] (sorted, unique). */
const goalList = (v: unknown) => {
  const items: unknown[] = Array.isArray(v) ? v : [v];
  const odd = items.find((p) => typeof p !== 'number' && typeof p !== 'string');
  if (odd !== undefined) return bad({ kind: 'goals', got: shown(odd) });
  const parts = (items as (number | string)[]).flatMap((p) => (typeof p === 'number' ? [String(p)] : p.split(/[\s,;]+/)));
  const goals = new Set<number>();
  for (const part of parts.filter((p) => p !== '')) {
    const n = /^\d+$/.test(part) ? Number(part) : NaN;
    if (!(n >= 1 && n <= 17)) return bad({ kind: 'goals', got: shown(part) });
    goals.add(n);
  }
  return goals.size ? ok([...goals].sort((a, b) => a - b)) : bad({ kind: 'goals' });
};

const delimiter = (v: unknown) => {
  const named: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', '\\t': '\t', pipe: '|' };
  const d = typeof v === 'string' ? (named[v.toLowerCase()] ?? v) : '';
  return d.length === 1 && !['"', '\n', '\r'].includes(d) ? ok(d) : bad({ kind: 'delimiter', got: shown(v) });
};

/** `auto`, `utf8`, `windows-1252`, and the usual other names for them (`utf-8`, `cp1252`, `latin1`…). */
const encoding = (v: unknown) => {
  const key = typeof v === 'string' ? v.toLowerCase().replace(/[\s_]/g, '-') : '';
  if (key === 'auto') return ok('auto');
  if (key === 'utf8' || key === 'utf-8') return ok('utf8');
  // WHATWG (and every browser) reads latin1 / ISO-8859-1 labels as Windows-1252.
  if (['windows-1252', 'cp1252', 'win1252', 'latin1', 'latin-1', 'iso-8859-1', 'ansi'].includes(key)) return ok('windows-1252');
  return bad({ kind: 'encoding', got: shown(v) });
};

const common = {
  help: { type: 'boolean', short: 'h' },
  config: { type: 'string', parse: text },
  'no-config': { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const satisfies Record<string, FlagSpec>;

/** Flags that choose the config: they mean nothing inside one. */
export const NOT_IN_CONFIG: readonly string[] = ['help', 'config', 'no-config'];

const scoring = {
  threshold: { type: 'string', parse: numberIn(0, 1) },
} as const satisfies Record<string, FlagSpec>;

export const COMMAND_FLAGS: Readonly<Record<CommandName, Readonly<Record<string, FlagSpec>>>> = {
  score: {
    ...common,
    ...scoring,
    'id-column': { type: 'string', parse: text },
    'text-column': { type: 'string', multiple: true, parse: texts },
    level: { type: 'string', parse: oneOf('goal', 'target') },
    lang: { type: 'string', parse: oneOf('auto', 'fr', 'en') },
    format: { type: 'string', parse: oneOf('csv', 'json', 'ndjson') },
    output: { type: 'string', short: 'o', parse: text, path: true },
    delimiter: { type: 'string', parse: delimiter },
    encoding: { type: 'string', parse: encoding },
    workers: { type: 'string', parse: wholeIn(1, MAX_WORKERS) },
  },
  gaps: {
    ...common,
    ...scoring,
    'plan-type': { type: 'string', parse: text },
    expect: { type: 'string', multiple: true, parse: goalList },
    'input-format': { type: 'string', parse: oneOf('csv', 'md', 'text') },
    format: { type: 'string', parse: oneOf('md', 'json', 'html') },
    lang: { type: 'string', parse: oneOf('fr', 'en') },
    output: { type: 'string', short: 'o', parse: text, path: true },
    delimiter: { type: 'string', parse: delimiter },
    encoding: { type: 'string', parse: encoding },
  },
  check: {
    ...common,
    ...scoring,
    'plan-type': { type: 'string', parse: text },
    require: { type: 'string', multiple: true, parse: goalList },
    'input-format': { type: 'string', parse: oneOf('csv', 'md', 'text') },
    'min-coverage': { type: 'string', parse: numberIn(0, 1) },
    format: { type: 'string', parse: oneOf('text', 'json', 'github') },
    delimiter: { type: 'string', parse: delimiter },
    encoding: { type: 'string', parse: encoding },
  },
  explain: {
    ...common,
    ...scoring,
    file: { type: 'string', short: 'f', parse: text, path: true },
    lang: { type: 'string', parse: oneOf('auto', 'fr', 'en') },
    locale: { type: 'string', parse: oneOf('fr', 'en') },
    encoding: { type: 'string', parse: encoding },
  },
  'plan-types': {
    ...common,
    format: { type: 'string', parse: oneOf('text', 'json') },
  },
};

export const COMMANDS = Object.keys(COMMAND_FLAGS) as CommandName[];

/** "text-column" → "textColumn". */
export const camelCase = (flag: string): string => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Every flag name of every command, for the config schema (`NOT_IN_CONFIG` excluded). */
export const CONFIG_FLAGS: readonly string[] = [...new Set(COMMANDS.flatMap((c) => Object.keys(COMMAND_FLAGS[c])))].filter((f) => !NOT_IN_CONFIG.includes(f));
