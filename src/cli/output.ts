/** The command's output: stdout, or `--output FILE` (atomic); resolved against the working directory. */
import { resolve } from 'node:path';
import { fileOutput, streamOutput, type OutputSink } from '../node/output.js';
import type { CommandContext } from './io.js';

export function openOutput(ctx: CommandContext, output: string | undefined): OutputSink {
  return output === undefined || output === '-' ? streamOutput(ctx.io.stdout) : fileOutput(resolve(ctx.io.cwd, output));
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
