// For specialists: the scoring's parts, as named pure functions and classes (the root of the
// package exports the tasks: createEngine, scorePlan, gapReport, the renderers).
export { sublinearTf, smoothIdf, descriptorCounts, TfIdfIndex, type DocumentTerms } from './tfidf.js';
export { keywordStrength, similarityStrength, combineScores, entryEvidence, KEYWORD_SCALE, SIMILARITY_FLOOR, SIMILARITY_CEILING } from './combine.js';
export { clusterEvidence, FAMILIES, type Family, type SpanHit, type ClusteredEvidence } from './evidence.js';
export { goalFeatures, FEATURE_NAMES, FEATURE_COUNT, LENGTH_RANGE, SIMILARITY_RELIABILITY_WORDS, type FeatureName, type GoalSignals } from './features.js';
export { sigmoid, logit, contributions, type Calibration } from './calibration.js';
export { CALIBRATION } from './calibration.generated.js';
export { alignmentMatrix, createAlignmentMatrix } from './matrix.js';
