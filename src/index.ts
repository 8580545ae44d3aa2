// sdg-align core: browser-safe (imports nothing from `node:`). The curated list of public exports.

export { SdgAlignError, isSdgAlignError, type ErrorCode, type SafeResult } from './errors.js';

// Taxonomy: the 17 goals and 169 targets, in English and French.
export {
  goals,
  targets,
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
  type GoalNumber,
  type Language,
  type LocalisedGoalText,
} from './taxonomy/index.js';
export { goalSchema, targetSchema, taxonomySchema, TARGET_ID_PATTERN } from './taxonomy/schema.js';

// Text pipeline.
export * as text from './text/index.js';
export { detectLanguage, type DetectedLanguage } from './text/index.js';
