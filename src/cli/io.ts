/** What `main` gets instead of `process`: so every case runs in-process (tests) and as a subprocess alike. */
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
  /** Writes one line to stderr, prefixed `sdg-align: `. */
  info(message: string): void;
}

export const isTTY = (stream: NodeJS.WritableStream): boolean => (stream as { isTTY?: boolean }).isTTY === true;
