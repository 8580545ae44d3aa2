import { catalogue } from '../../locales/index.js';
import type { Locale } from '../../locales/types.js';
import type { Finding, PlanSummary } from '../../report/check.js';

/**
 * `file:line:col: severity: message`, one finding per line: the form compilers use, which editors
 * and CI problem matchers read. The position stays as is in French; the severity and the message
 * are in the locale (« erreur », « avertissement »).
 */
export function textFindings(findings: readonly Finding[], _plans: readonly PlanSummary[], options: { readonly locale: Locale }): string {
  const m = catalogue(options.locale).check;
  const colon = options.locale === 'fr' ? '\u00a0: ' : ': ';
  return findings.map((f) => `${f.file}:${f.line}:${f.column}: ${m[f.severity]}${colon}${f.message}\n`).join('');
}
