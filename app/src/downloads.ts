/**
 * What the page gives back: the score table as French Excel opens it (the core's writer in its
 * Excel dialect: `;`, decimal comma, BOM, CRLF; input columns kept, then the CLI's score columns,
 * and `reviewed` once a person has decided), the HTML and JSON reports as the CLI's `gaps` writes
 * them, and the review file. Files are handed over as Blob downloads.
 */
import { csvStart, EXCEL_DIALECT, writeCsvRow, type CsvCell } from '../../src/csv/write.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJsonChunks } from '../../src/render/json.js';
import type { GapReport } from '../../src/report/gaps.js';
import { GOAL_NUMBERS } from '../../src/taxonomy/index.js';
import type { Locale } from './i18n.js';
import type { Source } from './input.js';
import { reviewOf, type DecisionMap } from './review.js';
import { expand, type CompactResult } from './scoring.js';

/** The score table: the input's columns (for a CSV), then id, language, goals, sdg1…sdg17 [, reviewed: the goals a person confirmed]. */
export function scoreTable(source: Source | undefined, results: readonly CompactResult[], decisions: DecisionMap): string {
  const input = source?.kind === 'csv' ? source.header : [];
  const review = decisions.size ? reviewOf(decisions) : undefined;
  const out = [csvStart(EXCEL_DIALECT), writeCsvRow([...input, 'id', 'language', 'goals', ...GOAL_NUMBERS.map((g) => `sdg${g}`), ...(review ? ['reviewed'] : [])], EXCEL_DIALECT)];
  results.forEach((r, i) => {
    const kept = source?.kind === 'csv' ? source.rows[i]!.values : [];
    const reviewed = review?.apply(expand(r));
    const cells: CsvCell[] = [...kept, r.id, r.language, (reviewed ?? r).labels.join('|'), ...r.scores, ...(reviewed ? [reviewed.review.confirmed.join('|')] : [])];
    out.push(writeCsvRow(cells, EXCEL_DIALECT));
  });
  return out.join('');
}

/** The report files, byte for byte as `sdg-align gaps --format html|json` writes them. */
export const reportHtml = (report: GapReport, locale: Locale): string => renderHtml(report, { locale });
export const reportJson = (report: GapReport): string => `${[...renderJsonChunks(report)].join('')}\n`;

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
