/**
 * What the page gives back: the score table as French Excel opens it (the core's writer in its
 * Excel dialect: `;`, decimal comma, BOM, CRLF; input columns kept, then the CLI's score columns,
 * and `reviewed` once a person has decided), the HTML and JSON reports as the CLI's `gaps` writes
 * them, and the review file. Files are handed over as Blob downloads.
 */
import { scoreTableCells, scoreTableHeader } from '../../src/csv/score-table.js';
import { csvStart, EXCEL_DIALECT, writeCsvRow } from '../../src/csv/write.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJsonChunks } from '../../src/render/json.js';
import type { GapReport } from '../../src/report/gaps.js';
import type { Locale } from './i18n.js';
import type { Source } from './input.js';
import { reviewOf, type DecisionMap } from './review.js';
import { expand, type CompactResult } from './scoring.js';

/**
 * The score table: the input's columns (for a CSV), then id, language, goals, sdg1…sdg17 [, reviewed:
 * the goals a person confirmed] — the core's score table, as the CLI writes it (`score --keep-columns all --excel`).
 */
export function scoreTable(source: Source | undefined, results: readonly CompactResult[], decisions: DecisionMap): string {
  const review = decisions.size ? reviewOf(decisions) : undefined;
  const ctx = { level: 'goal', kept: source?.kind === 'csv' ? source.header : [], reviewed: review !== undefined } as const;
  const out = [csvStart(EXCEL_DIALECT), writeCsvRow(scoreTableHeader(ctx), EXCEL_DIALECT)];
  results.forEach((r, i) => {
    const result = expand(r);
    const kept = source?.kind === 'csv' ? source.rows[i]!.values : [];
    out.push(writeCsvRow(scoreTableCells(review ? review.apply(result) : result, kept, ctx), EXCEL_DIALECT));
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
