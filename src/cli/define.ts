/**
 * How a command describes itself: `defineCommand({ name, usage, flags, examples, load })`. Its
 * flags give the argument parser (`args.ts`), the config schema (`config.ts`), the help
 * (`help.ts`) and the type of the options the command's `run` receives (`OptionsOf`). Loaded for
 * every run, `--help` included: dependency-free, the command itself is `load`ed when it runs.
 */
import type { ValueProblem } from '../locales/types.js';
import type { CommandContext } from './io.js';

export type Parsed<T> = { readonly value: T } | { readonly error: ValueProblem };

/** One flag: how argv and the config give it, how its value is checked, how help shows it. */
export interface FlagDef<T = unknown> {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  /** The value's name in help: `C`, `X`, `FILE`; a choice flag shows its choices (`csv|json|ndjson`). */
  readonly placeholder?: string;
  /** Turns a raw value (a string from argv, a JSON value from the config) into the option's value. */
  readonly parse?: (value: unknown) => Parsed<T>;
  /** A file path: from a config, relative to the config's folder. */
  readonly path?: boolean;
  /** Means nothing in a config file (`--config`, `--help`). */
  readonly notInConfig?: boolean;
  /** The choices of a choice flag, with the catalogue key of each one's help (`cli.formats`). */
  readonly choices?: Readonly<Record<string, { readonly help: string }>>;
  /** The catalogue key of its help (default: `command.flag`, else `flag`). */
  readonly help?: string;
  /** Shown as the default in help. */
  readonly default?: string;
  /** Phantom: the value's type. */
  readonly __value?: T;
}

export type Flags = Readonly<Record<string, FlagDef>>;

/** `text-column` → `textColumn`, as a type. */
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;

/** The options a command's `run` receives: camelCase keys, each the value its flag parses to. */
export type OptionsOf<F extends Flags> = { readonly [K in keyof F as Camel<K & string>]?: F[K] extends FlagDef<infer T> ? T : never };

/** "text-column" → "textColumn". */
export const camelCase = (flag: string): string => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** What a command module exports. */
export interface CommandModule<O> {
  run(ctx: CommandContext, positionals: string[], options: O): Promise<number>;
}

export interface CommandDef<N extends string = string, F extends Flags = Flags> {
  readonly name: N;
  /** After `sdg-align NAME`: `FILE|- [options]`. */
  readonly usage: string;
  readonly flags: F;
  /** Command lines shown in help (and run by the tests). */
  readonly examples: readonly string[];
  /** The command's module, imported when it runs (never for `--help`). */
  readonly load: () => Promise<CommandModule<OptionsOf<F>>>;
}

export const defineCommand = <const N extends string, const F extends Flags>(def: CommandDef<N, F>): CommandDef<N, F> => def;

// ---------------------------------------------------------------------------------------------
// Values: the checks give the same problem whether the value came from argv or from a config.
// ---------------------------------------------------------------------------------------------

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

const ok = <T>(value: T): Parsed<T> => ({ value });
const bad = (error: ValueProblem): Parsed<never> => ({ error });

/** A value for a flag, checked by its definition, from argv or a config alike: a switch takes a boolean, any other flag what its parser gives. */
export const flagValue = (flag: FlagDef, value: unknown): Parsed<unknown> =>
  flag.type === 'boolean' ? (typeof value === 'boolean' ? ok(value) : bad({ kind: 'boolean', got: shown(value) })) : flag.parse ? flag.parse(value) : ok(value);

/** A decimal number as people write it: `0.4`, `.4`, or with the French decimal comma `0,4`. No hex, exponent, NaN or Infinity. */
const DECIMAL = /^\s*\+?(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*$/;

/** A number typed the French or the English way (`0,4`, `0.4`), or given as a JSON number. */
export const readDecimal = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && DECIMAL.test(v) ? Number(v.trim().replace(',', '.')) : NaN);

export const flag = {
  boolean: (extra: Partial<FlagDef<boolean>> = {}): FlagDef<boolean> => ({ type: 'boolean', ...extra }),
  text: (placeholder: string, extra: Partial<FlagDef<string>> = {}): FlagDef<string> => ({
    type: 'string',
    placeholder,
    parse: (v) => (typeof v === 'string' && v !== '' ? ok(v) : bad({ kind: 'text', got: shown(v) })),
    ...extra,
  }),
  path: (placeholder = 'FILE', extra: Partial<FlagDef<string>> = {}): FlagDef<string> => ({ ...flag.text(placeholder), path: true, ...extra }),
  /** Column names, repeatable (`--text-column a --text-column b`; a config array). */
  columns: (placeholder = 'C'): FlagDef<string[]> => ({
    type: 'string',
    multiple: true,
    placeholder,
    parse: (v) => {
      const list = Array.isArray(v) ? v : [v];
      return list.every((s) => typeof s === 'string' && s !== '') ? ok(list as string[]) : bad({ kind: 'columns', got: shown(v) });
    },
  }),
  /** One of `values`; `choices` gives each one's help (a registry's keys). */
  choice: <const V extends string>(values: readonly V[], extra: Partial<FlagDef<V>> = {}): FlagDef<V> => ({
    type: 'string',
    placeholder: values.join('|'),
    parse: (v) => (typeof v === 'string' && (values as readonly string[]).includes(v) ? ok(v as V) : bad({ kind: 'one-of', values, got: shown(v) })),
    ...extra,
  }),
  /** One of a registry's keys, each with its help. */
  format: <R extends Readonly<Record<string, { readonly help: string }>>>(registry: R, defaultValue: keyof R & string): FlagDef<keyof R & string> => ({
    ...flag.choice(Object.keys(registry) as (keyof R & string)[]),
    choices: registry,
    default: defaultValue,
  }),
  number: (min: number, max: number, placeholder = 'X'): FlagDef<number> => ({
    type: 'string',
    placeholder,
    parse: (v) => {
      const n = readDecimal(v);
      return Number.isFinite(n) && n >= min && n <= max ? ok(n) : bad({ kind: 'number', min, max, got: shown(v) });
    },
  }),
  whole: (min: number, max: number, placeholder = 'N'): FlagDef<number> => ({
    type: 'string',
    placeholder,
    parse: (v) => {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\+?\d+\s*$/.test(v) ? Number(v) : NaN;
      return Number.isInteger(n) && n >= min && n <= max ? ok(n) : bad({ kind: 'whole', min, max, got: shown(v) });
    },
  }),
  /** "7,11,13", "7 11", [7, 11, 13] or ["7,11", "13"] → [7, 11, 13] (sorted, unique). */
  goals: (placeholder = '7,11,13'): FlagDef<number[]> => ({
    type: 'string',
    multiple: true,
    placeholder,
    parse: (v) => {
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
    },
  }),
  /** One character, or its name: comma, semicolon, tab (`\t`), pipe. */
  delimiter: (): FlagDef<string> => ({
    type: 'string',
    placeholder: 'D',
    parse: (v) => {
      const named: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', '\\t': '\t', pipe: '|' };
      const d = typeof v === 'string' ? (named[v.toLowerCase()] ?? v) : '';
      return d.length === 1 && !['"', '\n', '\r'].includes(d) ? ok(d) : bad({ kind: 'delimiter', got: shown(v) });
    },
  }),
  /** `auto`, `utf8`, `windows-1252`, and the usual other names for them (`utf-8`, `cp1252`, `latin1`…). */
  encoding: (): FlagDef<'auto' | 'utf8' | 'windows-1252'> => ({
    type: 'string',
    placeholder: 'E',
    parse: (v) => {
      const key = typeof v === 'string' ? v.toLowerCase().replace(/[\s_]/g, '-') : '';
      if (key === 'auto') return ok('auto');
      if (key === 'utf8' || key === 'utf-8') return ok('utf8');
      // WHATWG (and every browser) reads latin1 / ISO-8859-1 labels as Windows-1252.
      if (['windows-1252', 'cp1252', 'win1252', 'latin1', 'latin-1', 'iso-8859-1', 'ansi'].includes(key)) return ok('windows-1252');
      return bad({ kind: 'encoding', got: shown(v) });
    },
  }),
} as const;
