/**
 * Progress on stderr, drawn only when it is a terminal (never in pipes, CI logs or tests): rows
 * done (of about how many, when the input's size is known), the share read, rows per second,
 * elapsed and remaining time; then a one-line summary (« 20 000 lignes notées en 3,4 s, 2 sans
 * texte »), which `--verbose` prints too when stderr is not a terminal.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogue } from '../locales/index.js';
import type { CommandContext } from './io.js';

/** Redraw at most this often: drawing is cheap, a terminal flooded with updates is not. */
const REDRAW_MS = 200;
/** Rates and estimates start after this long (the first rows include the engine's start). */
const ESTIMATE_AFTER_MS = 1000;

export interface Progress {
  /** `done` rows (or programmes) so far. */
  tick(done: number): void;
  /** Bytes of the input read so far (for the share and the estimates). */
  read(bytes: number): void;
  /** Clears the line; writes the summary when there is one and someone is to read it. */
  done(summary?: string): void;
  /** Milliseconds since the start. */
  elapsed(): number;
}

/** Size of an input file in bytes, when it is one (not stdin, not a FIFO). */
export function inputSize(ctx: CommandContext, file: string): number | undefined {
  if (file === '-') return undefined;
  try {
    const stats = statSync(resolve(ctx.io.cwd, file));
    return stats.isFile() && stats.size > 0 ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

export function progress(ctx: CommandContext, unit: 'rows' | 'programmes', totalBytes?: number, clock: () => number = Date.now): Progress {
  const start = clock();
  const m = catalogue(ctx.locale).cli;
  let last = 0;
  let drawn = false;
  let bytes = 0;
  const draw = (done: number) => {
    const now = clock();
    if (now - last < REDRAW_MS) return;
    last = now;
    const elapsedMs = now - start;
    const share = totalBytes ? Math.min(1, bytes / totalBytes) : undefined;
    const settled = elapsedMs >= ESTIMATE_AFTER_MS;
    const perSecond = settled ? (done * 1000) / elapsedMs : undefined;
    const total = settled && share && share > 0 ? Math.max(done, Math.round(done / share)) : undefined;
    const remainingMs = settled && share && share > 0 && share < 1 ? (elapsedMs * (1 - share)) / share : undefined;
    drawn = true;
    ctx.io.stderr.write(`\r\x1b[2K${m.progress({ unit, done, total, share, perSecond, elapsedMs, remainingMs })}`);
  };
  return {
    tick(done) {
      if (ctx.interactive) draw(done);
    },
    read(n) {
      bytes += n;
    },
    done(summary) {
      if (drawn) ctx.io.stderr.write('\r\x1b[2K');
      drawn = false;
      if (summary !== undefined && (ctx.interactive || ctx.verbose)) ctx.info(summary);
    },
    elapsed: () => clock() - start,
  };
}
