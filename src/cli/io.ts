/** What `main` gets instead of `process`: so every case runs in-process (tests) and as a subprocess alike. */
import { resolve } from 'node:path';
import type { Locale } from '../locales/types.js';
import type { InputSource } from '../node/input.js';

export interface CliIO {
  readonly argv: readonly string[];
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Shared by the commands. */
export interface CommandContext {
  readonly io: CliIO;
  /** `--verbose`: details on stderr. */
  readonly verbose: boolean;
  /** stderr is a terminal: a progress indicator may be drawn there. */
  readonly interactive: boolean;
  /** Language of what a person reads: `--locale`, else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
  readonly locale: Locale;
  /** The environment named a language (`LANG=fr_FR.UTF-8`), or `--locale` was given. */
  readonly localeStated: boolean;
  /** Writes one line to stderr, prefixed `sdg-align: `. */
  info(message: string): void;
  /** Writes one warning line to stderr (`sdg-align: warning: …`). */
  warn(message: string): void;
}

/** How messages name standard input, given as `-` on the command line. */
export const STDIN_NAME = '<stdin>';

/** How messages name an input given on the command line. */
export const inputName = (arg: string): string => (arg === '-' ? STDIN_NAME : arg);

/** What to read for an input given on the command line: standard input for `-`, else the path from the working folder. */
export const inputSource = (ctx: CommandContext, arg: string): InputSource => (arg === '-' ? ctx.io.stdin : resolve(ctx.io.cwd, arg));

export const isTTY = (stream: NodeJS.WritableStream): boolean => (stream as { isTTY?: boolean }).isTTY === true;
