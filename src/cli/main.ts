/**
 * The CLI: `main({ argv, stdin, stdout, stderr, cwd, env })` runs one command and returns its exit code:
 * 0 ok, 1 a check failed, 2 usage, configuration or input error.
 *
 * Only this file, the command list, the usage texts, the catalogues and the package version load
 * for `--help` and `--version`; the config reader (zod) and each command are imported when needed.
 */
import { version } from '../../package.json';
import { SdgAlignError } from '../errors.js';
import { catalogue, formatError, isLocale, statedLocale } from '../locales/index.js';
import type { Locale } from '../locales/types.js';
import { commandNamed, COMMANDS, type Command } from './commands.js';
import { commandHelp, mainHelp, usageHint } from './help.js';
import { isTTY, type CliIO, type CommandContext } from './io.js';

export type { CliIO } from './io.js';

export const EXIT_OK = 0;
export const EXIT_CHECK_FAILED = 1;
export const EXIT_USAGE = 2;

/** The arguments before a `--` end-of-options marker. */
const beforeEnd = (argv: readonly string[]): readonly string[] => {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
};

/** `--help` / `-h` before a `--` end-of-options marker. */
const wantsHelp = (argv: readonly string[]): boolean => beforeEnd(argv).some((a) => a === '--help' || a === '-h');

/**
 * The language of messages: a valid `--locale X` (or `--locale=X`) among the arguments, read before
 * they are parsed so that the parser's own errors are in it too; else the environment.
 */
function localeOf(argv: readonly string[], env: CliIO['env'], command?: Command): { locale: Locale; stated: boolean } {
  // explain's --locale is the language of the explanation, which its messages follow too.
  if (!command || 'locale' in command.flags) {
    const args = beforeEnd(argv);
    for (let i = 0; i < args.length; i++) {
      const value = args[i] === '--locale' ? args[i + 1] : args[i]!.startsWith('--locale=') ? args[i]!.slice(9) : undefined;
      if (isLocale(value)) return { locale: value, stated: true };
    }
  }
  const stated = statedLocale(env ?? {});
  return { locale: stated ?? 'en', stated: stated !== undefined };
}

/** Writes a help or version text to stdout; a closed pipe ends quietly, another write error is an error (exit 2). */
const write = (stream: NodeJS.WritableStream, text: string) =>
  new Promise<void>((resolve, reject) => {
    let settled = false;
    const done = (error?: unknown) => {
      // A failed write calls back first, then emits 'error': the listener stays until that has passed.
      setImmediate(() => stream.off('error', done));
      if (settled) return;
      settled = true;
      const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
      if (!error || code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') resolve();
      else void import('../node/output.js').then(({ writeError }) => reject(writeError('<stdout>', error)));
    };
    stream.on('error', done);
    stream.write(text, (error) => done(error));
  });

function closest(name: string): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row[j]!;
        row[j] = next;
      }
    }
    return row[b.length]!;
  };
  const best = COMMANDS.map((c) => c.name).sort((a, b) => distance(name, a) - distance(name, b))[0]!;
  return distance(name, best) <= 2 ? best : undefined;
}

export async function main(io: CliIO): Promise<number> {
  const argv = [...io.argv];
  const first = argv[0];
  const command = first !== undefined ? commandNamed(first) : undefined;
  const { locale, stated } = localeOf(command ? argv.slice(1) : argv, io.env, command);
  try {
    if (first === undefined) {
      io.stderr.write(mainHelp(locale));
      return EXIT_USAGE;
    }
    if (first === '--version' || first === '-v' || first === 'version') {
      await write(io.stdout, `${version}\n`);
      return EXIT_OK;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = argv[1] !== undefined ? commandNamed(argv[1]) : undefined;
      await write(io.stdout, topic ? commandHelp(topic, locale) : mainHelp(locale));
      return EXIT_OK;
    }
    if (!command) {
      const suggestion = first.startsWith('-') ? undefined : closest(first);
      throw new SdgAlignError(
        'USAGE',
        first.startsWith('-') ? { messageId: 'commandExpected', option: first } : { messageId: 'unknownCommand', command: first, ...(suggestion ? { suggestion } : {}) },
      );
    }
    const rest = argv.slice(1);
    if (wantsHelp(rest)) {
      await write(io.stdout, commandHelp(command, locale));
      return EXIT_OK;
    }
    return await runCommand(command, rest, io, locale, stated);
  } catch (error) {
    return report(error, io, locale, command?.name);
  }
}

async function runCommand(command: Command, argv: string[], io: CliIO, envLocale: Locale, stated: boolean): Promise<number> {
  const { parseCommandArgs, resolveOptions } = await import('./args.js');
  const args = parseCommandArgs(command, argv);
  const { findConfig, loadConfig } = await import('./config.js');
  const explicit = args.values.get('config') as string | undefined;
  if (explicit !== undefined && args.values.get('no-config')) throw new SdgAlignError('USAGE', { messageId: 'configAndNoConfig', command: command.name });
  const { homedir } = await import('node:os');
  const { relative, resolve } = await import('node:path');
  const configPath = args.values.get('no-config') ? undefined : explicit !== undefined ? resolve(io.cwd, explicit) : findConfig(io.cwd, io.env?.HOME || homedir());
  // Messages name the file as the user would: as given, or relative to the working directory.
  const config = configPath ? await loadConfig(configPath, explicit ?? relative(io.cwd, configPath)) : undefined;
  const { options, fromConfig } = resolveOptions(command, args, config && { file: config.file, dir: config.dir, values: config.forCommand(command.name) });
  const verbose = options.verbose === true;
  const optionLocale = 'locale' in command.flags && isLocale(options.locale) ? options.locale : undefined;
  const locale = optionLocale ?? envLocale;
  const m = catalogue(locale).cli;
  const ctx: CommandContext = {
    io,
    verbose,
    interactive: isTTY(io.stderr),
    locale,
    localeStated: stated || optionLocale !== undefined,
    info: (message) => void io.stderr.write(`${m.infoLine({ message })}\n`),
    warn: (message) => void io.stderr.write(`${m.warningLine({ message })}\n`),
  };
  if (verbose && configPath) ctx.info(m.configUsed({ path: configPath, fields: fromConfig }));
  const module = await command.load();
  try {
    return await module.run(ctx, args.positionals, options as never);
  } catch (error) {
    // The config's part in an error: the user may not know a config was read at all.
    if (error instanceof SdgAlignError && config && fromConfig.length) throw Object.assign(withNote(error, m.configNote({ file: config.file, fields: fromConfig })), { locale });
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { locale });
  }
}

/** The same error, with a line saying what else played a part. */
const withNote = (error: SdgAlignError, note: string): SdgAlignError => new SdgAlignError(error.code, error.message, { ...error.details, note }, { cause: error });

function report(error: unknown, io: CliIO, fallback: Locale, command: string | undefined): number {
  // An error from a running command knows the command's locale (its --locale may be in a config).
  const locale = (error as { locale?: unknown } | null)?.locale;
  const lang: Locale = isLocale(locale) ? locale : fallback;
  const m = catalogue(lang).cli;
  if (error instanceof SdgAlignError) {
    const hint = error.code === 'USAGE' ? `\n${usageHint(lang, command)}` : '';
    const note = typeof error.details.note === 'string' ? `\n${m.noteLine({ message: error.details.note })}` : '';
    io.stderr.write(`${m.errorLine({ message: formatError(error, lang) })}${hint}${note}\n`);
    return EXIT_USAGE;
  }
  // Not ours: a bug. Say so with the stack, still exit 2 (nothing was produced).
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`${m.internalErrorLine({ detail })}\n`);
  return EXIT_USAGE;
}
