/** What `main` gets instead of `process`: so every case runs in-process (tests) and as a subprocess alike. */
import type { Locale } from '../locales/types.js';

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

export const isTTY = (stream: NodeJS.WritableStream): boolean => (stream as { isTTY?: boolean }).isTTY === true;
