/**
 * The CLI: `main({ argv, stdin, stdout, stderr, cwd, env })` runs one command and returns its exit code:
 * 0 ok, 1 a check failed, 2 usage, configuration or input error.
 *
 * Only this file, the usage texts and the package version load for `--help` and `--version`;
 * the flag table, the config reader (zod) and each command are imported when needed.
 */
import { version } from '../../package.json';
import { SdgAlignError } from '../errors.js';
import type { CommandName } from './flags.js';
import { COMMAND_HELP, MAIN_HELP, usageHint } from './help.js';
import { isTTY, type CliIO, type CommandContext } from './io.js';

export type { CliIO } from './io.js';

export const EXIT_OK = 0;
export const EXIT_CHECK_FAILED = 1;
export const EXIT_USAGE = 2;

const COMMAND_NAMES: readonly CommandName[] = ['score', 'gaps', 'check', 'explain', 'plan-types'];
const isCommand = (name: string): name is CommandName => (COMMAND_NAMES as readonly string[]).includes(name);

/** `--help` / `-h` before a `--` end-of-options marker. */
const wantsHelp = (argv: readonly string[]): boolean => {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

/** Writes a help or version text to stdout; a closed pipe ends quietly, another write error is an error (exit 2). */
const write = (stream: NodeJS.WritableStream, text: string) =>
  new Promise<void>((resolve, reject) => {
    const done = (error?: unknown) => {
      // The 'error' event follows the callback: keep listening until it has passed.
      setImmediate(() => stream.off('error', done));
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
  const best = [...COMMAND_NAMES].sort((a, b) => distance(name, a) - distance(name, b))[0]!;
  return distance(name, best) <= 2 ? best : undefined;
}

export async function main(io: CliIO): Promise<number> {
  const argv = [...io.argv];
  const first = argv[0];
  const command = first !== undefined && isCommand(first) ? first : undefined;
  try {
    if (first === undefined) {
      io.stderr.write(MAIN_HELP);
      return EXIT_USAGE;
    }
    if (first === '--version' || first === '-v' || first === 'version') {
      await write(io.stdout, `${version}\n`);
      return EXIT_OK;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = argv[1];
      await write(io.stdout, topic !== undefined && isCommand(topic) ? COMMAND_HELP[topic] : MAIN_HELP);
      return EXIT_OK;
    }
    if (!command) {
      const suggestion = first.startsWith('-') ? undefined : closest(first);
      throw new SdgAlignError(
        'USAGE',
        first.startsWith('-')
          ? `expected a command before ${first}.`
          : `unknown command ${JSON.stringify(first)}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}.`,
        { command: first },
      );
    }
    const rest = argv.slice(1);
    if (wantsHelp(rest)) {
      await write(io.stdout, COMMAND_HELP[command]);
      return EXIT_OK;
    }
    return await runCommand(command, rest, io);
  } catch (error) {
    return report(error, io, command);
  }
}

async function runCommand(command: CommandName, argv: string[], io: CliIO): Promise<number> {
  const { parseCommandArgs, resolveOptions } = await import('./args.js');
  const args = parseCommandArgs(command, argv);
  const { findConfig, loadConfig } = await import('./config.js');
  const explicit = args.values.get('config') as string | undefined;
  if (explicit !== undefined && args.values.get('no-config')) throw new SdgAlignError('USAGE', '--config and --no-config cannot be used together.', { command });
  const { homedir } = await import('node:os');
  const { relative, resolve } = await import('node:path');
  const configPath = args.values.get('no-config') ? undefined : explicit !== undefined ? resolve(io.cwd, explicit) : findConfig(io.cwd, io.env?.HOME || homedir());
  // Messages name the file as the user would: as given, or relative to the working directory.
  const config = configPath ? await loadConfig(configPath, explicit ?? relative(io.cwd, configPath)) : undefined;
  const { options, fromConfig } = resolveOptions(command, args, config && { file: config.file, dir: config.dir, values: config.forCommand(command) });
  const verbose = options.verbose === true;
  const ctx: CommandContext = {
    io,
    verbose,
    interactive: isTTY(io.stderr),
    info: (message) => void io.stderr.write(`sdg-align: ${message}\n`),
  };
  if (verbose && configPath) ctx.info(`config: ${configPath}${fromConfig.length ? ` (${fromConfig.join(', ')})` : ' (no option for this command)'}`);
  const module = await loadCommand(command);
  try {
    return await module.run(ctx, args.positionals, options);
  } catch (error) {
    // The config's part in an error: the user may not know a config was read at all.
    if (error instanceof SdgAlignError && config && fromConfig.length) throw withNote(error, `options taken from ${config.file}: ${fromConfig.join(', ')}.`);
    throw error;
  }
}

/** The same error, with a line saying what else played a part. */
const withNote = (error: SdgAlignError, note: string): SdgAlignError =>
  new SdgAlignError(error.code, error.message, { ...error.details, note }, { cause: error });

interface CommandModule {
  run(ctx: CommandContext, positionals: string[], options: Record<string, unknown>): Promise<number>;
}

/** One chunk per command: `--help` never loads the engine. */
function loadCommand(command: CommandName): Promise<CommandModule> {
  switch (command) {
    case 'score':
      return import('./commands/score.js');
    case 'gaps':
      return import('./commands/gaps.js');
    case 'check':
      return import('./commands/check.js');
    case 'explain':
      return import('./commands/explain.js');
    case 'plan-types':
      return import('./commands/plan-types.js');
  }
}

function report(error: unknown, io: CliIO, command: CommandName | undefined): number {
  if (error instanceof SdgAlignError) {
    const hint = error.code === 'USAGE' ? `\n${usageHint(command)}` : '';
    const note = typeof error.details.note === 'string' ? `\nsdg-align: note: ${error.details.note}` : '';
    io.stderr.write(`sdg-align: error: ${error.message}${hint}${note}\n`);
    return EXIT_USAGE;
  }
  // Not ours: a bug. Say so with the stack, still exit 2 (nothing was produced).
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`sdg-align: internal error: ${detail}\n`);
  return EXIT_USAGE;
}
