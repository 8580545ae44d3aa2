/**
 * The temporary files outputs are being written to, so that every exit path can remove them: a
 * commit or abort removes its own, and `removeTempFiles` (synchronous, for signal and `exit`
 * handlers) removes those of outputs cut short. Imports nothing else: the bin loads it at start.
 */
import { unlinkSync } from 'node:fs';

const live = new Set<string>();

export const trackTempFile = (path: string): void => void live.add(path);
export const untrackTempFile = (path: string): void => void live.delete(path);

/** Removes the temporary file of every output not yet committed. */
export function removeTempFiles(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  live.clear();
}
