import type { Finding, PlanSummary } from '../../report/check.js';

/** GitHub workflow command escaping (data and property values). */
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…::message` annotations: the keyword is GitHub's, the message in the locale of the check. */
export function githubFindings(findings: readonly Finding[], _plans: readonly PlanSummary[]): string {
  return findings.map((f) => `::${f.severity} file=${ghProp(f.file)},line=${f.line},col=${f.column}::${ghData(f.message)}\n`).join('');
}
