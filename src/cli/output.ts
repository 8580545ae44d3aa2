/** The command's output: stdout, or `--output FILE` (see `fileOutput`); resolved against the working directory. */
import { resolve } from 'node:path';
import { checkNotAnInput, fileOutput, inputStats, outputTarget, streamOutput, type OutputSink } from '../node/output.js';
import type { CommandContext } from './io.js';

/**
 * Opens the output before anything is read or scored, so that a folder, a read-only file or an
 * input given as `--output` fails at once. `inputs`: the files the command reads (`-` is stdin).
 */
export function openOutput(ctx: CommandContext, output: string | undefined, inputs: readonly string[] = []): OutputSink {
  if (output === undefined || output === '-') return streamOutput(ctx.io.stdout);
  const target = outputTarget(resolve(ctx.io.cwd, output), output);
  const stdinFd = (ctx.io.stdin as { fd?: unknown }).fd;
  checkNotAnInput(
    target,
    output,
    inputs.map((file) =>
      file === '-'
        ? { name: '<stdin>', stats: typeof stdinFd === 'number' ? inputStats(stdinFd) : undefined }
        : { name: file, stats: inputStats(resolve(ctx.io.cwd, file)) },
    ),
  );
  return fileOutput(target, output);
}

/**
 * Writes through a sink in blocks: fewer syscalls on large outputs, yet rows still leave as they are
 * produced: a block goes out when it is large, and what is left goes out `FLUSH_MS` after it was
 * written even when nothing follows (the last rows of a burst on stdin are not held back).
 */
export class BufferedWriter {
  static readonly BLOCK = 64 * 1024;
  static readonly FLUSH_MS = 100;
  #parts: string[] = [];
  #size = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** A failure of a flush run by the timer, reported by the next call. */
  #failure: unknown;
  constructor(readonly sink: OutputSink) {}

  get closed(): boolean {
    return this.sink.closed;
  }

  async write(text: string): Promise<void> {
    this.#check();
    this.#parts.push(text);
    this.#size += text.length;
    if (this.#size >= BufferedWriter.BLOCK) await this.flush();
    else if (!this.#timer) {
      this.#timer = setTimeout(() => void this.flush().catch((error: unknown) => (this.#failure ??= error)), BufferedWriter.FLUSH_MS);
      this.#timer.unref?.();
    }
  }

  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#check();
    if (!this.#parts.length) return;
    const text = this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    await this.sink.write(text);
  }

  #check(): void {
    if (this.#failure !== undefined) throw this.#failure;
  }
}
