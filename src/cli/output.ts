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
  /** With `utf8Bytes`: the block being filled, as UTF-8 bytes, and how much of it is used. */
  #block: Buffer | undefined;
  #used = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** A failure of a flush run by the timer, reported by the next call. */
  #failure: unknown;
  /**
   * `utf8Bytes`: the sink takes UTF-8 bytes (a file): each text is encoded into the block at
   * once, so that no row's string outlives its write. Kept as strings until a block was full,
   * 64 K rows' strings survived young-generation collections and were promoted: a third of
   * what `score` left in the old generation.
   */
  constructor(
    readonly sink: OutputSink,
    private readonly utf8Bytes = false,
  ) {}

  get closed(): boolean {
    return this.sink.closed;
  }

  async write(text: string): Promise<void> {
    this.#check();
    if (this.utf8Bytes) {
      // At most 3 bytes per UTF-16 unit: a text that may not fit goes after what is buffered.
      if (this.#used && this.#used + 3 * text.length > BufferedWriter.BLOCK) await this.flush();
      if (3 * text.length > BufferedWriter.BLOCK) return void (await this.sink.write(text));
      this.#block ??= Buffer.allocUnsafe(BufferedWriter.BLOCK);
      this.#used += this.#block.write(text, this.#used);
      this.#size = this.#used;
    } else {
      this.#parts.push(text);
      this.#size += text.length;
    }
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
    if (this.#used) {
      // The block goes to the sink as it is (the stream keeps it until written): the next is a new one.
      const bytes = this.#block!.subarray(0, this.#used);
      this.#block = undefined;
      this.#used = 0;
      this.#size = 0;
      await this.sink.write(bytes);
      return;
    }
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
