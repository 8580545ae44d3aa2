/** A row counter on stderr, drawn only when stderr is a terminal (never in pipes, CI logs or tests). */
import type { CommandContext } from './io.js';

/** Redraw at most this often: drawing is cheap, a terminal flooded with updates is not. */
const REDRAW_MS = 200;

export interface Progress {
  tick(rows: number): void;
  done(): void;
}

export function progress(ctx: CommandContext, label: string): Progress {
  if (!ctx.interactive) return { tick() {}, done() {} };
  let last = 0;
  let drawn = false;
  return {
    tick(rows) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      drawn = true;
      ctx.io.stderr.write(`\r\x1b[2K${label} ${rows.toLocaleString('en')} rows`);
    },
    done() {
      if (drawn) ctx.io.stderr.write('\r\x1b[2K');
    },
  };
}
