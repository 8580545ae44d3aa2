/**
 * What the page gives back: the score table as an Excel-ready CSV (input columns kept, then the
 * CLI's score columns, and `reviewed` once a person has decided), the HTML and JSON reports as the
 * CLI's `gaps` writes them, and the review file. Files are handed over as Blob downloads.
 */
import { renderHtml } from '../../src/render/html.js';
import type { GapReport } from '../../src/report/gaps.js';
import { GOAL_NUMBERS } from '../../src/taxonomy/index.js';
import { excelCsv, excelScore, excelText } from './excel-csv.js';
import type { Locale } from './i18n.js';
import type { Source } from './input.js';
import { applyReview, type Decisions } from './review-file.js';
import { expand, type CompactResult } from './scoring.js';

/** The score table: the input's columns (for a CSV), then id, language, goals, sdg1…sdg17 [, reviewed]. */
export function scoreTable(source: Source | undefined, results: readonly CompactResult[], decisions: Decisions, threshold: number): string {
  const input = source?.kind === 'csv' ? source.header : [];
  const reviewed = decisions.size > 0;
  const rows: string[][] = [[...input, 'id', 'language', 'goals', ...GOAL_NUMBERS.map((g) => `sdg${g}`), ...(reviewed ? ['reviewed'] : [])].map(excelText)];
  results.forEach((r, i) => {
    const kept = source?.kind === 'csv' ? source.rows[i]!.values.map(excelText) : [];
    const labels = reviewed ? applyReview(expand(r), decisions, threshold).labels : r.labels;
    const accepted = [...(decisions.get(r.id)?.values() ?? [])].filter((d) => d.decision === 'accept').map((d) => d.goal).sort((a, b) => a - b);
    rows.push([...kept, excelText(r.id), r.language, labels.join('|'), ...Array.from(r.scores, excelScore), ...(reviewed ? [accepted.join('|')] : [])]);
  });
  return excelCsv(rows);
}

/** The report files, byte for byte as `sdg-align gaps --format html|json` writes them. */
export const reportHtml = (report: GapReport, locale: Locale): string => renderHtml(report, { locale });
export const reportJson = (report: GapReport): string => `${JSON.stringify(report, null, 2)}\n`;

/** Hands `content` to the browser as a download named `name`. */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by then; the Blob can go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
