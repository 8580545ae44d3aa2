/**
 * `sdg-align.config.json`: found from the working directory upwards, up to the repository root (the
 * folder holding `.git`) or the home folder, whichever comes first; or given with `--config`;
 * `--no-config` reads none.
 *
 * Keys are flag names, in camelCase (`idColumn`) or as written on the command line (`id-column`).
 * Top-level keys apply to every command that has the flag; a section named after a command
 * (`"score": { "format": "ndjson" }`) applies to that command and wins over the top level.
 * Command-line flags win over both. Paths in a config (`output`, `file`) are relative to its folder.
 * The file is validated with zod; an error names the file and the field.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { SdgAlignError } from '../errors.js';
import type { ValueProblem } from '../locales/types.js';
import { COMMANDS, commandNamed, type CommandName } from './commands.js';
import { camelCase, flagValue, type FlagDef } from './define.js';

const COMMAND_NAMES: readonly CommandName[] = COMMANDS.map((c) => c.name);
const flagsOf = (command: CommandName): Readonly<Record<string, FlagDef>> => (commandNamed(command)?.flags ?? {}) as Readonly<Record<string, FlagDef>>;
/** Every flag a config may hold (those of every command, `notInConfig` ones excluded). */
const CONFIG_FLAGS: readonly string[] = [...new Set(COMMANDS.flatMap((c) => Object.entries(c.flags as Record<string, FlagDef>).filter(([, d]) => !d.notInConfig).map(([f]) => f)))];

export const CONFIG_FILE_NAME = 'sdg-align.config.json';

/** A value from the config, with where it was found (for messages). */
export interface ConfigValue {
  readonly value: unknown;
  /** "score.format", "threshold"… */
  readonly path: string;
}

export interface LoadedConfig {
  /** The name used in messages. */
  readonly file: string;
  /** The folder paths in the config are relative to. */
  readonly dir: string;
  /** Values for one command: its section over the top level, keyed by flag name. */
  forCommand(command: CommandName): Map<string, ConfigValue>;
}

/**
 * The config file that applies in `cwd`: the nearest `sdg-align.config.json` upwards, or undefined.
 * The search ends at the first folder holding `.git` (a folder, or a file in a worktree) or at
 * `home`: a config further up belongs to another project, or to nobody.
 */
export function findConfig(cwd: string, home: string = homedir()): string | undefined {
  let dir = resolve(cwd);
  const stop = resolve(home);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir || dir === stop || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

const flagKey = (key: string): string | undefined => {
  if (CONFIG_FLAGS.includes(key)) return key;
  return CONFIG_FLAGS.find((flag) => camelCase(flag) === key);
};

/** Checks a value against the flag as defined by `commands` (valid for at least one). */
function checkValue(flag: string, value: unknown, commands: readonly CommandName[]): ValueProblem | undefined {
  let firstError: ValueProblem | undefined;
  for (const command of commands) {
    const spec = flagsOf(command)[flag];
    if (!spec) continue;
    const result = flagValue(spec, value);
    if (!('error' in result)) return undefined;
    firstError ??= result.error;
  }
  return firstError;
}

function sectionShape(commands: readonly CommandName[]): Record<string, z.ZodMiniType> {
  const shape: Record<string, z.ZodMiniType> = {};
  const flags = CONFIG_FLAGS.filter((flag) => commands.some((c) => flagsOf(c)[flag]));
  for (const flag of flags) {
    const field = z.optional(
      z.unknown().check(
        z.superRefine((value, ctx) => {
          const problem = checkValue(flag, value, commands);
          if (problem) ctx.addIssue({ code: 'custom', message: 'invalid value', params: { problem } });
        }),
      ),
    );
    shape[flag] = field;
    shape[camelCase(flag)] = field;
  }
  return shape;
}

/** Built when a configuration file is first read (zod/mini, as the library: a run without one never builds it). */
let configSchema: z.ZodMiniType | undefined;
const schemaOfConfig = (): z.ZodMiniType =>
  (configSchema ??= z.strictObject({
    $schema: z.optional(z.string()),
    ...sectionShape(COMMAND_NAMES),
    ...Object.fromEntries(COMMAND_NAMES.map((c) => [c, z.optional(z.strictObject(sectionShape([c])))])),
  }));


/**
 * Offset of the first JSON syntax error (V8's messages no longer give a position on Node ≥ 20.x).
 * A loop over an explicit stack of the open arrays and objects: any nesting depth is fine.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  /** Reads a string at i; false when it is malformed. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) return false;
      i++;
    }
    if (i >= text.length) return false;
    i++;
    return true;
  };
  /** Reads a scalar at i; false when there is none. */
  const scalar = (): boolean => {
    if (text[i] === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const m = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = i;
    if (!m.exec(text)) return false;
    i = m.lastIndex;
    return true;
  };
  /** The containers open around i (`{` or `[`), and what comes next: a value, a key, or a `,` or close. */
  const open: string[] = [];
  let next: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    ws();
    if (next === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        open.push(c);
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          open.pop();
          i++;
          next = 'after';
        } else next = c === '{' ? 'key' : 'value';
      } else if (scalar()) next = 'after';
      else return i;
    } else if (next === 'key') {
      if (!string()) return i;
      ws();
      if (text[i] !== ':') return i;
      i++;
      next = 'value';
    } else {
      const container = open.at(-1);
      if (!container) return i < text.length ? i : -1;
      if (text[i] === ',') {
        i++;
        next = container === '{' ? 'key' : 'value';
      } else if (text[i] === (container === '{' ? '}' : ']')) {
        open.pop();
        i++;
      } else return i;
    }
  }
}

function jsonPosition(text: string): { line?: number; column?: number } {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return {};
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Reads and validates a config file. `display` is the name used in messages. */
export async function loadConfig(path: string, display = path): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SdgAlignError('CONFIG', { messageId: 'unreadable', file: display, ...(code ? { code } : {}), reason: (error as Error).message });
  }
  let data: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(body);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]!.replace(/, "[\s\S]*$/, '').replace(/ in JSON at position \d+.*$/, '');
    throw new SdgAlignError('CONFIG', { messageId: 'json', file: display, ...jsonPosition(body), reason });
  }
  const parsed = schemaOfConfig().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const where = path ? `${path}.` : '';
      throw new SdgAlignError('CONFIG', { messageId: 'unknownKeys', file: display, field: `${where}${issue.keys[0]}`, keys: issue.keys.map((k) => `${where}${k}`), commands: COMMAND_NAMES });
    }
    const problem = issue.code === 'custom' ? (issue.params as { problem?: ValueProblem } | undefined)?.problem : undefined;
    if (problem) throw new SdgAlignError('CONFIG', { messageId: 'badValue', file: display, field: path || '(top level)', problem });
    throw new SdgAlignError('CONFIG', { messageId: 'invalid', file: display, field: path, text: issue.message });
  }
  const root = parsed.data as Record<string, unknown>;
  return {
    file: display,
    dir: dirname(resolve(path)),
    forCommand(command) {
      const values = new Map<string, ConfigValue>();
      const take = (section: Record<string, unknown>, prefix: string) => {
        for (const [key, value] of Object.entries(section)) {
          const flag = flagKey(key);
          if (flag && flagsOf(command)[flag] && value !== undefined) values.set(flag, { value, path: `${prefix}${key}` });
        }
      };
      take(root, '');
      const section = root[command];
      if (section && typeof section === 'object') take(section as Record<string, unknown>, `${command}.`);
      return values;
    },
  };
}
