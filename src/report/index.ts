export {
  gapReport,
  createGapAccumulator,
  concentration,
  GAP_REPORT_SCHEMA_VERSION,
  DEFAULT_WEAK_RATIO,
  WEAK_CREDIT,
  PROVENANCE_NOTE,
  type GapReport,
  type GapAccumulator,
  type LazyGapReport,
  type GapReportOptions,
  type ScoredPlan,
  type GoalGap,
  type GoalStatus,
  type TargetGap,
  type WeakEvidence,
  type ProgrammeSummary,
  type ScoredProgramme,
  type Concentration,
  type ProgrammeEvidence,
  type ReportDocument,
  type GapStorage,
  DEFAULT_PROGRAMME_EVIDENCE,
} from './gaps.js';
export { memorySpool, type ScoreSpool } from './score-store.js';
export { type RunBytes } from './score-order.js';
export { IdStore, memorySlots, PackedStrings, type SlotMap, type StringList } from '../id-store.js';
export { checkPlan, sortFindings, CHECK_RULES, CHECK_SCHEMA_VERSION, type CheckInput, type CheckOptions, type CheckRule, type Finding, type PlanSummary, type Severity } from './check.js';
export { scorePlan, type ProgrammeInput } from './plan.js';
export { compareReports, type ReportComparison, type GoalChange } from './compare.js';
