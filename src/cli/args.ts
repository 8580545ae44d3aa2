/** Argument parsing (node:util parseArgs, strict) from a command's flags, and the merge of flags over the config file. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SdgAlignError } from '../errors.js';
import type { Command } from './commands.js';
import type { ConfigValue } from './config.js';
import { camelCase, flagValue, type FlagDef } from './define.js';

export interface ParsedArgs {
  readonly positionals: string[];
  /** Raw flag values by flag name (strings, string[] or true). */
  readonly values: Map<string, unknown>;
}

const flagsOf = (command: Command) => command.flags as Readonly<Record<string, FlagDef>>;

/** Turns parseArgs' messages ("Unknown option '--x'. To specify…") into short sentences. */
function describeParseError(command: string, error: NodeJS.ErrnoException, hints: Readonly<Record<string, string>>): SdgAlignError {
  const message = error.message;
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const hint = option ? hints[option] : undefined;
      return new SdgAlignError('USAGE', { messageId: 'unknownOption', command, option: option ?? message, ...(hint ? { hint } : {}) });
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new SdgAlignError('USAGE', { messageId: /does not take an argument/.test(message) ? 'optionTakesNoValue' : 'optionNeedsValue', command, option: option ?? message });
    default:
      return new SdgAlignError('USAGE', { messageId: 'arguments', command, text: message });
  }
}

/**
 * `--threshold -0.5` as `--threshold=-0.5`: parseArgs takes a value starting with `-` for an option
 * ("needs a value"), but a negative number after a flag that takes one is that flag's (wrong) value,
 * which its check then names.
 */
function joinNegativeValues(specs: Readonly<Record<string, { type: string }>>, argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const next = argv[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && specs[arg.slice(2)]?.type === 'string' && next !== undefined && /^-[\d.,]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/**
 * Old or mistaken flag names, with the flag meant (shown in the "unknown option" error): a
 * command that reads CSV but writes none takes `--input-delimiter`, not `--delimiter`.
 */
const flagHints = (specs: Readonly<Record<string, unknown>>): Readonly<Record<string, string>> =>
  'input-delimiter' in specs && !('delimiter' in specs) ? { '--delimiter': '--input-delimiter' } : {};

export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const specs = flagsOf(command);
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, { type: spec.type, ...(spec.multiple ? { multiple: true } : {}), ...(spec.short ? { short: spec.short } : {}) }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: joinNegativeValues(specs, argv), options, strict: true, allowPositionals: true });
  } catch (error) {
    throw describeParseError(command.name, error as NodeJS.ErrnoException, flagHints(specs));
  }
  const values = new Map<string, unknown>();
  for (const [key, value] of Object.entries(parsed.values)) if (value !== undefined) values.set(key, value);
  return { positionals: parsed.positionals, values };
}

/**
 * Flag values over config values, each checked by its flag's parser. A bad flag is a USAGE error
 * ("--threshold: expected a number…"); a bad config value a CONFIG error naming the file and field.
 * A path from the config is resolved against the config's folder. Result keys are camelCase
 * (`idColumn`, `textColumn`, `minCoverage`…); `fromConfig` lists the config fields used.
 */
export function resolveOptions(
  command: Command,
  args: ParsedArgs,
  config?: { file: string; dir: string; values: Map<string, ConfigValue> },
): { options: Record<string, unknown>; fromConfig: string[] } {
  const options: Record<string, unknown> = {};
  const fromConfigFields: string[] = [];
  for (const [flag, spec] of Object.entries(flagsOf(command))) {
    if (spec.notInConfig) continue;
    const fromArgs = args.values.get(flag);
    const fromConfig = fromArgs === undefined ? config?.values.get(flag) : undefined;
    const raw = fromArgs ?? fromConfig?.value;
    if (raw === undefined) continue;
    if (fromConfig) fromConfigFields.push(fromConfig.path);
    const result = flagValue(spec, raw);
    if ('error' in result) {
      if (fromArgs !== undefined) throw new SdgAlignError('USAGE', { messageId: 'badValue', command: command.name, flag, problem: result.error });
      throw new SdgAlignError('CONFIG', { messageId: 'badValue', file: config!.file, field: fromConfig!.path, problem: result.error, command: command.name });
    }
    const value = spec.path && fromConfig && result.value !== '-' ? resolve(config!.dir, result.value as string) : result.value;
    options[camelCase(flag)] = value;
  }
  return { options, fromConfig: fromConfigFields };
}
