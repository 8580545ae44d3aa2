// sdg-align core: browser-safe (imports nothing from `node:`). The curated list of public exports.

export { SdgAlignError, isSdgAlignError, safely, type ErrorCode, type ErrorDetails, type ErrorDetailsMap, type SafeResult } from './errors.js';

// Messages for people, in French and English: sentences, errors, numbers written the locale's way.
export {
  t,
  formatError,
  formatNumber,
  formatPercent,
  formatDate,
  detectLocale,
  browserLocale,
  isLocale,
  LOCALES,
  type Locale,
  type MessageId,
  type MessageParams,
} from './locales/index.js';

// Taxonomy: the 17 goals, 169 targets and their UN indicators, in English and French.
export {
  goals,
  targets,
  indicators,
  findIndicator,
  getGoal,
  findGoal,
  getTarget,
  findTarget,
  targetsOf,
  goalOfTarget,
  isGoalNumber,
  GOAL_NUMBERS,
  type Goal,
  type Target,
  type Indicator,
  type GoalNumber,
  type Language,
  type LocalisedGoalText,
} from './taxonomy/index.js';
export { TARGET_ID_PATTERN } from './taxonomy/schema.js';

// Frameworks as values: the SDGs (`sdgFramework`, the default) or your own (`createEngine({ framework })`).
export { sdgFramework } from './frameworks/sdg.js';
export {
  isGoal,
  checkFramework,
  goalNumbersOf,
  findFrameworkGoal,
  frameworkGoal,
  findFrameworkTarget,
  targetsOfGoal,
  goalNameIn,
  goalCodeIn,
  targetTextIn,
  indicatorTextIn,
} from './frameworks/index.js';
export type {
  Framework,
  FrameworkGoal,
  FrameworkGoalName,
  FrameworkTarget,
  FrameworkIndicator,
  FrameworkEntry,
  FrameworkDescriptors,
  FrameworkCalibration,
} from './frameworks/types.js';

// Languages as modules: French and English built in, others given to `createEngine({ languages })`.
// `languages.fr`, `languages.en`: e.g. createEngine({ framework, languages: [languages.fr, languages.en, myModule] }).
export * as languages from './languages/index.js';
export type { LanguageModule, LanguageCode } from './languages/types.js';

// Text pipeline.
export * as text from './text/index.js';

// CSV (reading decoded text, writing with the formula guard) and documents split into sections.
export * as csv from './csv/index.js';
export { splitDocument, type Section, type SplitDocument } from './markdown/sections.js';
export { decodeBytes, detectEncoding, encodeWindows1252, unencodableIndex, type DetectedEncoding, type EncodingOption } from './text/encoding.js';
export { detectLanguage, type DetectedLanguage } from './text/index.js';

// Alignment engine.
export { createEngine, type Engine } from './scoring/engine.js';
export {
  resolveEngineOptions,
  DEFAULT_THRESHOLD,
  DEFAULT_SOURCES,
  DEFAULT_MAX_EVIDENCE,
  type EngineOptions,
  type ResolvedEngineOptions,
  type CustomEntry,
  type ResolvedCustomEntry,
} from './scoring/options.js';
export type { DocumentInput, Evidence, GoalScore, TargetScore, ScoreResult, AlignmentMatrix, ScoreAllResult } from './scoring/types.js';
export { formatScore } from './scoring/matrix.js';
export { highlight, explainResult, contributionLine, type ExplainOptions } from './scoring/explain.js';
export { documentText } from './scoring/document.js';
export type { FeatureName } from './scoring/features.js';
export { parseQuery, safeParseQuery, MAX_PROXIMITY, MAX_QUERY_DEPTH, MAX_QUERY_TERMS, type QueryNode } from './query/parse.js';
export { SEED_SOURCES, type EntrySource } from './lexicon/sources.js';
// The scoring's parts (TF-IDF, evidence, features, the calibrated model, matrices), for specialists.
export * as scoring from './scoring/index.js';

// Plan types: the 50 French local plan types and the goals they are expected to serve.
export {
  planTypes,
  getPlanType,
  findPlanType,
  detectPlanType,
  createPlanTypeRegistry,
  PLAN_LEVELS,
  PLAN_CONFIDENCE,
  type PlanType,
  type PlanTypeLink,
  type PlanTypeRegistry,
  type PlanTypeInput,
  type PlanTypeRecord,
  type PlanLevel,
  type PlanConfidence,
  type LinkKind,
} from './plans/index.js';

// The five finalités of sustainable development (Code de l'environnement, art. L110-1) and the ODD → finalités crosswalk (judgement, with provenance per link).
export {
  finalites,
  finaliteLinks,
  findFinalite,
  getFinalite,
  finalitesOfGoal,
  goalsOfFinalite,
  coverageByFinalite,
  FINALITE_IDS,
  type Finalite,
  type FinaliteLink,
  type FinaliteCoverage,
  type FinaliteId,
  type LinkStrength,
  type LinkProvenance,
} from './finalites/index.js';

// Gap reports and their comparison.
export {
  gapReport,
  scorePlan,
  createGapAccumulator,
  compareReports,
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
  type ProgrammeInput,
  type ProgrammeSummary,
  type ScoredProgramme,
  type Concentration,
  type ReportComparison,
  type GoalChange,
  type ProgrammeEvidence,
  type ReportDocument,
  type GapStorage,
  memorySpool,
  type ScoreSpool,
  type RunBytes,
  IdStore,
  PackedStrings,
  memorySlots,
  type SlotMap,
  type StringList,
  DEFAULT_PROGRAMME_EVIDENCE,
  checkPlan,
  sortFindings,
  CHECK_RULES,
  CHECK_SCHEMA_VERSION,
  type CheckInput,
  type CheckOptions,
  type CheckRule,
  type Finding,
  type PlanSummary,
  type Severity,
} from './report/index.js';

// Human review of labels: a person's decisions (accept / reject) applied to scored results.
export {
  parseReview,
  applyReview,
  createReview,
  reviewTemplate,
  reviewTemplateRows,
  formatReviewWarning,
  parseGoalCell,
  parseDecisionCell,
  REVIEW_COLUMNS,
  type ReviewDecision,
  type ReviewVerdict,
  type ReviewWarning,
  type ReviewMarks,
  type ReviewedResult,
  type ParsedReview,
  type Review,
  type LabelledRow,
  type ReviewTemplateOptions,
  type DecidedGoals,
} from './review/index.js';

// Renderings (pure functions returning strings).
export { renderMarkdown, type RenderOptions } from './render/markdown.js';
export { renderJsonChunks } from './render/json.js';
export { renderHtml, renderHtmlParts, type HtmlRenderOptions, type HtmlReportParts } from './render/html.js';
export { renderWheel } from './render/wheel.js';
export type { RenderLocale } from './render/locale.js';
