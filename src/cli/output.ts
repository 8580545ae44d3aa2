/** The command's output: stdout, or `--output FILE` (atomic); resolved against the working directory. */
import { resolve } from 'node:path';
import { fileOutput, streamOutput, type OutputSink } from '../node/output.js';
import type { CommandContext } from './io.js';

export function openOutput(ctx: CommandContext, output: string | undefined): OutputSink {
  return output === undefined || output === '-' ? streamOutput(ctx.io.stdout) : fileOutput(resolve(ctx.io.cwd, output));
}

/**
 * Writes through a sink in blocks: fewer syscalls on large outputs, yet rows still leave as they are
 * produced (a block goes out when it is large or when `FLUSH_MS` passed since the last one).
 */
export class BufferedWriter {
  static readonly BLOCK = 64 * 1024;
  static readonly FLUSH_MS = 100;
  #parts: string[] = [];
  #size = 0;
  #last = Date.now();
  constructor(readonly sink: OutputSink) {}

  get closed(): boolean {
    return this.sink.closed;
  }

  async write(text: string): Promise<void> {
    this.#parts.push(text);
    this.#size += text.length;
    if (this.#size >= BufferedWriter.BLOCK || Date.now() - this.#last >= BufferedWriter.FLUSH_MS) await this.flush();
  }

  async flush(): Promise<void> {
    this.#last = Date.now();
    if (!this.#parts.length) return;
    const text = this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    await this.sink.write(text);
  }
}
