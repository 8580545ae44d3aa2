import { SdgAlignError } from '../errors.js';
import type { GoalNumber } from '../taxonomy/index.js';
import type { GapReport, GoalStatus } from './gaps.js';

export interface GoalChange {
  readonly goal: GoalNumber;
  readonly from: GoalStatus;
  readonly to: GoalStatus;
}

/** What changed between two gap reports of a plan (e.g. two drafts). Lists in goal / UN / id order. */
export interface ReportComparison {
  readonly schemaVersion: 1;
  readonly generatedBy: 'sdg-align';
  readonly planType: { readonly before: string | null; readonly after: string | null };
  readonly goals: {
    /** Expected in both reports, status improved (missing → weak → covered). */
    readonly gained: readonly GoalChange[];
    /** Expected in both reports, status worsened. */
    readonly lost: readonly GoalChange[];
    /** Goals that became expected or stopped being expected (the plan type or `expect` changed). */
    readonly expectation: readonly GoalChange[];
  };
  readonly targets: {
    /** Targets that were gaps and are now addressed (goals expected in both reports). */
    readonly gained: readonly string[];
    /** Targets that are now gaps and were addressed before. */
    readonly lost: readonly string[];
  };
  readonly programmes: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly coverage: { readonly before: number; readonly after: number; readonly delta: number };
}

const RANK: Record<Exclude<GoalStatus, 'not-expected'>, number> = { missing: 0, weak: 1, covered: 2 };

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts target ids in UN order: by goal, numbered before lettered. */
function byTarget(a: string, b: string): number {
  const [ga = '', sa = ''] = a.split('.');
  const [gb = '', sb = ''] = b.split('.');
  const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : 100 + s.charCodeAt(0));
  return Number(ga) - Number(gb) || num(sa) - num(sb);
}

function assertReport(report: unknown, name: string): asserts report is GapReport {
  const r = report as GapReport | null;
  if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || !Array.isArray(r.goals) || r.goals.length === 0) {
    throw new SdgAlignError('INVALID_INPUT', `${name}: expected a gap report with schemaVersion 1 (from gapReport()).`, { argument: name });
  }
}

/** Compares two gap reports: goal status changes, target gaps closed or opened, programmes added or removed, coverage delta. */
export function compareReports(before: GapReport, after: GapReport): ReportComparison {
  assertReport(before, 'before');
  assertReport(after, 'after');
  if (before.goals.length !== after.goals.length) {
    throw new SdgAlignError('INVALID_INPUT', `after: a report over ${after.goals.length} goals does not compare with one over ${before.goals.length} (another framework).`, { argument: 'after' });
  }
  const gained: GoalChange[] = [];
  const lost: GoalChange[] = [];
  const expectation: GoalChange[] = [];
  for (let i = 0; i < before.goals.length; i++) {
    const b = before.goals[i]!;
    const a = after.goals[i]!;
    if (b.status === a.status) continue;
    const change = { goal: a.goal, from: b.status, to: a.status };
    if (b.status === 'not-expected' || a.status === 'not-expected') expectation.push(change);
    else if (RANK[a.status] > RANK[b.status]) gained.push(change);
    else lost.push(change);
  }

  const bothExpected = new Set(before.goals.filter((g, i) => g.expected && after.goals[i]!.expected).map((g) => g.goal));
  const gapSet = (report: GapReport): Set<string> =>
    new Set(report.targetGaps.filter((g) => bothExpected.has(g.goal)).flatMap((g) => g.targets.map((t) => t.target)));
  const gapsBefore = gapSet(before);
  const gapsAfter = gapSet(after);

  const idsBefore = new Set(before.programmes.map((p) => p.id));
  const idsAfter = new Set(after.programmes.map((p) => p.id));

  return {
    schemaVersion: 1,
    generatedBy: 'sdg-align',
    planType: { before: before.planType?.id ?? null, after: after.planType?.id ?? null },
    goals: { gained, lost, expectation },
    targets: {
      gained: [...gapsBefore].filter((t) => !gapsAfter.has(t)).sort(byTarget),
      lost: [...gapsAfter].filter((t) => !gapsBefore.has(t)).sort(byTarget),
    },
    programmes: {
      added: [...idsAfter].filter((id) => !idsBefore.has(id)).sort(byId),
      removed: [...idsBefore].filter((id) => !idsAfter.has(id)).sort(byId),
    },
    coverage: { before: before.coverage, after: after.coverage, delta: after.coverage - before.coverage },
  };
}
