import { CHECK_SCHEMA_VERSION, type Finding, type PlanSummary } from '../../report/check.js';

/** `{ schemaVersion: 1, ok, summary: { files, plans, errors, warnings }, plans, findings }` (messages in the locale of the check). */
export function jsonFindings(findings: readonly Finding[], plans: readonly PlanSummary[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${JSON.stringify(
    {
      schemaVersion: CHECK_SCHEMA_VERSION,
      ok: errors === 0,
      summary: { files: new Set(plans.map((p) => p.file)).size, plans: plans.length, errors, warnings: findings.length - errors },
      plans,
      findings,
    },
    null,
    2,
  )}\n`;
}
