/**
 * The output formats, one registry per kind of output. A registry's keys are the choices of the
 * command's `--format` flag, each entry's `help` names its line in `--help` (`cli.formats` in the
 * catalogues), and `load` imports the format's own module when a command runs (never for `--help`).
 * A new format is one entry here and one file.
 */
import type { GapReport, LazyGapReport } from '../report/gaps.js';
import type { Finding, PlanSummary } from '../report/check.js';
import type { Locale } from '../locales/types.js';
import type { PlanType } from '../plans/index.js';
import type { RowFormat } from './rows/types.js';

export interface Registry<T> {
  readonly [name: string]: { readonly help: string; readonly load: () => Promise<T> };
}

/** A gap report written out: its pieces, in order (`streams`: it can take a `LazyGapReport`, built as it is written). */
export interface ReportFormat {
  readonly streams: boolean;
  render(report: GapReport | LazyGapReport, options: { readonly locale: Locale }): Iterable<string>;
}

/** `check` findings written out. */
export type FindingsFormat = (findings: readonly Finding[], plans: readonly PlanSummary[], options: { readonly locale: Locale }) => string;

/** The plan-type list written out. */
export type PlanTypesFormat = (types: readonly PlanType[], options: { readonly locale: Locale }) => string;

/** `score` rows: CSV, a JSON array, NDJSON. */
export const SCORE_FORMATS = {
  csv: { help: 'score.csv', load: async () => (await import('./rows/csv.js')).csvRows },
  json: { help: 'score.json', load: async () => (await import('./rows/json.js')).jsonRows },
  ndjson: { help: 'score.ndjson', load: async () => (await import('./rows/json.js')).ndjsonRows },
} as const satisfies Registry<RowFormat>;

/** `gaps` reports: Markdown, self-contained HTML, JSON. */
export const REPORT_FORMATS = {
  md: { help: 'report.md', load: async (): Promise<ReportFormat> => (await import('../render/markdown.js')).markdownReport },
  json: { help: 'report.json', load: async (): Promise<ReportFormat> => (await import('../render/json.js')).jsonReport },
  html: { help: 'report.html', load: async (): Promise<ReportFormat> => (await import('../render/html.js')).htmlReport },
} as const satisfies Registry<ReportFormat>;

/** `check` findings: `file:line:col: severity: message`, GitHub annotations, JSON. */
export const FINDINGS_FORMATS = {
  text: { help: 'check.text', load: async (): Promise<FindingsFormat> => (await import('../render/findings/text.js')).textFindings },
  json: { help: 'check.json', load: async (): Promise<FindingsFormat> => (await import('../render/findings/json.js')).jsonFindings },
  github: { help: 'check.github', load: async (): Promise<FindingsFormat> => (await import('../render/findings/github.js')).githubFindings },
} as const satisfies Registry<FindingsFormat>;

/** `plan-types`: one line per type, or JSON. */
export const PLAN_TYPES_FORMATS = {
  text: { help: 'plan-types.text', load: async (): Promise<PlanTypesFormat> => (await import('./plan-type-formats.js')).planTypesText },
  json: { help: 'plan-types.json', load: async (): Promise<PlanTypesFormat> => (await import('./plan-type-formats.js')).planTypesJson },
} as const satisfies Registry<PlanTypesFormat>;
