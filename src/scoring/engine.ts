import { safely, SdgAlignError, type SafeResult } from '../errors.js';
import { carryFramework } from '../frameworks/carry.js';
import { goalNumbersOf } from '../frameworks/index.js';
import type { Framework, FrameworkTarget } from '../frameworks/types.js';
import type { LanguageCode, LanguageModule } from '../languages/types.js';
import type { GoalNumber } from '../taxonomy/index.js';
import { detectLanguageOfScan, scanText, streamScanned, type ScannedText, type TokenStream } from '../text/analyze.js';
import { dominantLanguage, type DetectedLanguage } from '../text/language.js';
import { logit, sigmoid, type Calibration } from './calibration.js';
import { calibrationOf } from './framework-calibration.js';
import { combineScores, keywordStrength, similarityStrength } from './combine.js';
import { clusterEvidence, familyOf, type SpanHit } from './evidence.js';
import { FEATURE_COUNT, FEATURE_NAMES, goalFeatures, type FeatureName } from './features.js';
import { documentText } from './document.js';
import { explainResult, type ExplainOptions } from './explain.js';
import { createAlignmentMatrix } from './matrix.js';
import { engineModel, type EngineModel } from './engine-model.js';
import type { DocumentTerms, TfIdfIndex } from './tfidf.js';
import { resolveEngineOptions, type EngineOptions, type ResolvedEngineOptions } from './options.js';
import type { DocumentInput, Evidence, GoalScore, ScoreAllResult, ScoreResult, TargetScore } from './types.js';

export interface Engine {
  /** The validated options, defaults filled in. */
  readonly options: Readonly<ResolvedEngineOptions>;
  /** The framework it scores against (`options.framework`: `sdgFramework` by default). */
  readonly framework: Framework;
  /** The languages it detects and analyses texts in (`options.languages`: French and English by default). */
  readonly languages: readonly LanguageModule[];
  /** Shortcut for `options.threshold`. */
  readonly threshold: number;
  /** Scores one document. Empty or whitespace text gives all-zero scores and no labels. Throws `INVALID_INPUT` on what is not a document. */
  score(doc: DocumentInput): ScoreResult;
  /** `score` that returns `{ success, data | error }` instead of throwing, for batches of untrusted documents. */
  safeScore(doc: DocumentInput): SafeResult<ScoreResult>;
  /** Scores many documents; rows of the matrices follow the input order. */
  scoreAll(docs: Iterable<DocumentInput>): ScoreAllResult;
  /** The evidence of a score, for a person to read, in French or English. */
  explain(doc: DocumentInput | ScoreResult, options?: ExplainOptions): string;
}

interface PreparedDocument {
  readonly id: string;
  readonly text: string;
  readonly language?: LanguageCode;
}

/** What scoring reads of the engine's framework, computed once per engine. */
interface Shape {
  readonly goalNumbers: readonly number[];
  readonly targets: readonly FrameworkTarget[];
  readonly targetPosition: ReadonlyMap<string, number>;
  readonly calibration: Calibration;
  readonly languages: readonly LanguageModule[];
}

function shapeOf(options: ResolvedEngineOptions): Shape {
  const { framework } = options;
  return {
    goalNumbers: goalNumbersOf(framework),
    targets: framework.targets,
    targetPosition: new Map(framework.targets.map((t, i) => [t.id, i])),
    calibration: calibrationOf(framework),
    languages: options.languages,
  };
}

function prepare(doc: DocumentInput, fallbackId: string): PreparedDocument {
  if (typeof doc === 'string') return { id: fallbackId, text: doc };
  if (doc && typeof doc === 'object' && typeof doc.text === 'string') {
    return {
      id: doc.id === undefined || doc.id === null ? fallbackId : String(doc.id),
      // The title comes first, on its own line: evidence offsets refer to this joined text.
      text: documentText(doc),
      ...(doc.language ? { language: doc.language } : {}),
    };
  }
  throw new SdgAlignError('INVALID_INPUT', `Document ${fallbackId}: expected a string or an object with a "text" string.`, { id: fallbackId });
}

/** Creates a scoring engine. Options are validated (see `engineOptionsSchema`); a bad one throws `INVALID_OPTIONS`. */
export function createEngine(options: EngineOptions = {}): Engine {
  const resolved = resolveEngineOptions(options);
  const model = engineModel(resolved);
  const shape = shapeOf(resolved);
  const { framework, languages } = resolved;

  const score = (doc: DocumentInput, fallbackId = '1'): ScoreResult => scoreDocument(tokenized(prepare(doc, fallbackId)), model, shape, resolved, resolved.fallbackLanguage);

  return {
    options: resolved,
    framework,
    languages,
    threshold: resolved.threshold,
    score: (doc) => score(doc),
    safeScore: (doc) => safely(() => score(doc)),
    scoreAll(docs) {
      // The documents of one collection share a language: short rows that cannot be told are read
      // in the collection's dominant one. Only they wait for it (their words kept until then); every
      // other document is scored as it comes, so that the call holds results, not every text's words.
      const waitForDominant = resolved.fallbackLanguage === undefined && resolved.language === 'auto';
      const scored: ScoreResult[] = [];
      const detected: DetectedLanguage[] = [];
      const waiting: { readonly at: number; readonly doc: TokenizedDocument }[] = [];
      let n = 0;
      for (const input of docs) {
        const doc = tokenized(prepare(input, String(++n)));
        if (waitForDominant) {
          const language = doc.language ?? detectLanguageOfScan(doc.words, languages);
          detected.push(language);
          if (language === 'und') {
            waiting.push({ at: scored.length, doc });
            scored.length++;
            continue;
          }
        }
        scored.push(scoreDocument(doc, model, shape, resolved, resolved.fallbackLanguage));
      }
      const fallback = waitForDominant ? dominantLanguage(detected) : resolved.fallbackLanguage;
      for (const { at, doc } of waiting) scored[at] = scoreDocument(doc, model, shape, resolved, fallback);
      // The documents carry the framework to the gap report (not in their JSON: see frameworks/carry.ts).
      const documents = carryFramework(scored, framework);
      return {
        documents,
        goals: createAlignmentMatrix(documents, 'goal', resolved.threshold, framework),
        targets: createAlignmentMatrix(documents, 'target', resolved.threshold, framework),
      };
    },
    explain(doc, explainOptions) {
      const isResult = typeof doc === 'object' && doc !== null && 'goals' in doc && 'labels' in doc;
      const text = isResult ? undefined : prepare(doc as DocumentInput, '1').text;
      const result = isResult ? (doc as ScoreResult) : scoreDocument(tokenized(prepare(doc as DocumentInput, '1')), model, shape, { ...resolved, features: true }, resolved.fallbackLanguage);
      return explainResult(result, text, { threshold: resolved.threshold, framework, ...explainOptions });
    },
  };
}

/** A document with its words, tokenized once (scoreAll reads languages before scoring). */
interface TokenizedDocument extends PreparedDocument {
  readonly words: ScannedText;
}

const tokenized = (doc: PreparedDocument): TokenizedDocument => ({ ...doc, words: scanText(doc.text) });

function scoreDocument(doc: TokenizedDocument, model: EngineModel, shape: Shape, options: ResolvedEngineOptions, fallback: LanguageCode | undefined): ScoreResult {
  const { targets, targetPosition, goalNumbers } = shape;
  const GOAL_COUNT = goalNumbers.length;
  const words = doc.words;
  const forced = doc.language ?? (options.language === 'auto' ? undefined : options.language);
  const detected: DetectedLanguage = forced ?? detectLanguageOfScan(words, shape.languages);
  // A row too short to tell is read in the language of its file, when the file has one.
  const language: DetectedLanguage = detected === 'und' ? (fallback ?? 'und') : detected;
  // An undetermined language is read in every language of the engine: each lexicon finds its own words.
  const analyses: TokenStream[] = language === 'und' ? shape.languages.map((l) => streamScanned(words, l.code)) : [streamScanned(words, language)];
  const wantEvidence = options.maxEvidence > 0;

  // Every span of every matched entry, per goal and per target; counted once per cluster (evidence.ts).
  // Lists are created on first use: most goals and nearly all of the 169 targets stay empty.
  const goalHits: (SpanHit[] | undefined)[] = new Array(GOAL_COUNT);
  const targetHits: (SpanHit[] | undefined)[] = new Array(targets.length);
  const targetEvidence: (Evidence[] | undefined)[] = new Array(targets.length);
  const goalEvidence: (Evidence[] | undefined)[] = new Array(GOAL_COUNT);
  let entry = 0;
  for (const analysis of analyses) {
    for (const match of model.matcher(analysis.language).match(analysis)) {
      const [goal, target, weight, source] = match.data;
      const t = target ? targetPosition.get(target)! : -1;
      const family = familyOf(source);
      const id = entry++;
      const forGoal = (goalHits[goal - 1] ??= []);
      const forTarget = t >= 0 ? (targetHits[t] ??= []) : undefined;
      for (const [first, last] of match.spans) {
        const hit: SpanHit = { first, last, entry: id, weight, family, rank: id };
        forGoal.push(hit);
        forTarget?.push(hit); // hits are never changed: the goal's and the target's lists may share them
      }
      // With maxEvidence 0 (the CLI's `score`) no evidence object is built: only the counts matter.
      if (!wantEvidence) continue;
      const items = match.spans.map(([first, last]): Evidence => {
        const start = analysis.starts[first]!;
        const end = analysis.ends[last]!;
        return { target: target || String(goal), entry: match.id, matched: doc.text.slice(start, end), start, end, weight };
      });
      (goalEvidence[goal - 1] ??= []).push(...items);
      if (t >= 0) (targetEvidence[t] ??= []).push(...items);
    }
  }

  const byFamily: Float64Array[] = [];
  const total = new Float64Array(GOAL_COUNT);
  const entries = new Float64Array(GOAL_COUNT);
  const targetCount = new Float64Array(GOAL_COUNT);
  for (let g = 0; g < GOAL_COUNT; g++) {
    const clustered = clusterEvidence(goalHits[g]);
    byFamily.push(clustered.byFamily);
    total[g] = clustered.total;
    entries[g] = clustered.entries;
  }
  for (let t = 0; t < targets.length; t++) if (targetHits[t]) targetCount[targets[t]!.goal - 1]!++;

  let contentWords = 0;
  const languages: LanguageCode[] = analyses.map((a) => a.language);
  // A language's goal and target indexes share one vocabulary: the document's terms are looked up once.
  const terms = analyses.map((a) => {
    const found = model.goalIndex(a.language).streamTerms(a);
    contentWords = Math.max(contentWords, found.contentWords);
    return found.contentWords ? found.terms : undefined;
  });
  const cosine = similarities(languages, terms, (l) => model.goalIndex(l), GOAL_COUNT);
  const targetCosine = similarities(languages, terms, (l) => model.targetIndex(l), targets.length);
  const bestTargetCosine = new Float64Array(GOAL_COUNT);
  targets.forEach((t, i) => {
    if (targetCosine[i]! > bestTargetCosine[t.goal - 1]!) bestTargetCosine[t.goal - 1] = targetCosine[i]!;
  });
  const features = goalFeatures({ byFamily, total, entries, targets: targetCount, cosine, targetCosine: bestTargetCosine, contentWords }, GOAL_COUNT);
  const calibration = shape.calibration;

  const goalScores: GoalScore[] = new Array(GOAL_COUNT);
  for (let g = 0; g < GOAL_COUNT; g++) {
    // A text without a word serves no goal (the model's intercept alone is not evidence).
    const score = contentWords === 0 ? 0 : sigmoid(logit(calibration, features, g * FEATURE_COUNT, g));
    const evidence = topEvidence(goalEvidence[g], options.maxEvidence);
    const keyword = keywordStrength(total[g]!);
    const similarity = similarityStrength(cosine[g]!);
    const goal = goalNumbers[g]! as GoalNumber;
    goalScores[g] = options.features ? { goal, score, keyword, similarity, evidence, features: featureRecord(features, g * FEATURE_COUNT) } : { goal, score, keyword, similarity, evidence };
  }

  const targetScores: TargetScore[] = [];
  if (options.level === 'target') {
    // A goal's probability is shared among its targets by their own evidence: the best-supported
    // target carries the goal's probability, the others their share of its strength.
    const keywordOf = new Float64Array(targets.length);
    const strength = new Float64Array(targets.length);
    const best = new Float64Array(GOAL_COUNT);
    for (let i = 0; i < targets.length; i++) {
      const goal = targets[i]!.goal;
      keywordOf[i] = keywordStrength(clusterEvidence(targetHits[i]).total);
      strength[i] = combineScores(keywordOf[i]!, similarityStrength(targetCosine[i]!));
      if (strength[i]! > best[goal - 1]!) best[goal - 1] = strength[i]!;
    }
    for (let i = 0; i < targets.length; i++) {
      if (strength[i] === 0) continue;
      const t = targets[i]!;
      const score = goalScores[t.goal - 1]!.score * (strength[i]! / best[t.goal - 1]!);
      // Below half a unit of the fourth decimal a target is 0.0000 wherever it is shown.
      if (score < MIN_TARGET_SCORE) continue;
      targetScores.push({ target: t.id, goal: t.goal as GoalNumber, score, keyword: keywordOf[i]!, similarity: similarityStrength(targetCosine[i]!), evidence: topEvidence(targetEvidence[i], options.maxEvidence) });
    }
    // Strongest first; ties keep UN order (the array is built in UN order and sort is stable).
    targetScores.sort((a, b) => b.score - a.score);
  }

  const labels = goalScores
    .filter((g) => g.score >= options.threshold && g.score > 0)
    .sort((a, b) => b.score - a.score || a.goal - b.goal)
    .map((g) => g.goal as GoalNumber);

  return { id: doc.id, language, labels, goals: goalScores, targets: targetScores };
}

/** Cosine with each descriptor; a text read in two languages keeps, per descriptor, the higher. */
function similarities(languages: readonly LanguageCode[], terms: readonly (DocumentTerms | undefined)[], index: (l: LanguageCode) => TfIdfIndex, size: number): Float64Array {
  const out = new Float64Array(size);
  languages.forEach((language, k) => {
    const documentTerms = terms[k];
    if (!documentTerms) return;
    const idx = index(language);
    const sims = idx.sameVocabulary(documentTerms) ? idx.similaritiesOf(documentTerms) : idx.similarities([]);
    for (let i = 0; i < size; i++) if (sims[i]! > out[i]!) out[i] = sims[i]!;
  });
  return out;
}

function featureRecord(features: Float64Array, row: number): Readonly<Record<FeatureName, number>> {
  const out = {} as Record<FeatureName, number>;
  FEATURE_NAMES.forEach((name, i) => (out[name] = features[row + i]!));
  return out;
}

const NO_EVIDENCE: Evidence[] = [];
/** Targets scoring less are left out of `targets`: their score is 0.0000 at four decimals. */
const MIN_TARGET_SCORE = 0.00005;

/** Strongest entries first, then by position; at most `max` items. */
function topEvidence(items: Evidence[] | undefined, max: number): Evidence[] {
  if (!items || max === 0) return NO_EVIDENCE;
  return items.sort((a, b) => b.weight - a.weight || a.start - b.start || a.end - b.end || (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0)).slice(0, max);
}
