import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where .ci/run installs Chromium (Debian package). */
export const CHROMIUM = '/usr/bin/chromium';

export const hasChromium = (): boolean => existsSync(CHROMIUM);

/**
 * Flags for a quiet, offline, throw-away headless run, shared by the one-shot runs below and the
 * DevTools client in cdp.ts. The background-networking/component/sync ones keep Chromium from
 * calling home on a machine with no network; each run adds its own fresh `--user-data-dir`.
 */
export const HEADLESS_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
];

export interface ChromiumRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Console messages the page logged (lines of `--enable-logging=stderr` mentioning CONSOLE). */
  readonly console: readonly string[];
}

/** Runs Chromium headless on a local HTML file with a fresh profile directory, removed afterwards. */
export function runChromium(htmlFile: string, extraFlags: readonly string[], timeoutMs = 60_000): ChromiumRun {
  const profile = mkdtempSync(join(tmpdir(), 'sdg-align-chromium-'));
  try {
    const result = spawnSync(
      CHROMIUM,
      [...HEADLESS_FLAGS, `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0', ...extraFlags, pathToFileURL(htmlFile).href],
      { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
    );
    const stderr = result.stderr ?? '';
    return {
      status: result.status,
      stdout: result.stdout ?? '',
      stderr,
      console: stderr.split('\n').filter((line) => /CONSOLE/.test(line)),
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Screenshot of a local HTML file at `width`×`height` CSS pixels into `pngFile`. */
export function screenshot(htmlFile: string, pngFile: string, width: number, height: number): ChromiumRun {
  return runChromium(htmlFile, [`--screenshot=${pngFile}`, `--window-size=${width},${height}`]);
}

/** The DOM after load, serialised (`--dump-dom`). */
export function dumpDom(htmlFile: string): ChromiumRun {
  return runChromium(htmlFile, ['--dump-dom', '--virtual-time-budget=2000']);
}

/** Width and height of a PNG, from its IHDR chunk (throws on a non-PNG). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
