/** PDF checks through poppler-utils (Debian package; .ci/run installs it with Chromium). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PDFTOPPM = '/usr/bin/pdftoppm';
export const PDFINFO = '/usr/bin/pdfinfo';

export const hasPdftoppm = (): boolean => existsSync(PDFTOPPM) && existsSync(PDFINFO);

function run(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr || result.error?.message}`);
  return result.stdout;
}

/**
 * Renders each page of `pdfPath` to `outDir/page-N.png` at `dpi` (96 dpi: an A4 page is
 * 794×1123 px) and returns their paths in page order.
 */
export function pdfToPngs(pdfPath: string, outDir: string, dpi = 96): string[] {
  mkdirSync(outDir, { recursive: true });
  run(PDFTOPPM, ['-png', '-r', String(dpi), pdfPath, join(outDir, 'page')]);
  // pdftoppm pads the number to the page count's width (page-1 or page-01…): sort by value.
  const pageNumber = (name: string): number => Number(/^page-(\d+)\.png$/.exec(name)?.[1]);
  return readdirSync(outDir)
    .filter((name) => /^page-\d+\.png$/.test(name))
    .sort((a, b) => pageNumber(a) - pageNumber(b))
    .map((name) => join(outDir, name));
}

/** Number of pages, from pdfinfo's "Pages:" line. */
export function pdfPageCount(pdfPath: string): number {
  const pages = /^Pages:\s+(\d+)$/m.exec(run(PDFINFO, [pdfPath]))?.[1];
  if (pages === undefined) throw new Error(`pdfinfo gave no page count for ${pdfPath}`);
  return Number(pages);
}
