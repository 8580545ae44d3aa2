import { SdgAlignError } from '../errors.js';
import { GOAL_NUMBERS, targets, type GoalNumber, type Language } from '../taxonomy/index.js';
import { contentStems, detectLanguageOfWords, streamWords, words as wordsOf, type TokenStream } from '../text/analyze.js';
import type { DetectedLanguage } from '../text/language.js';
import { combineScores, entryEvidence, keywordStrength, similarityStrength } from './combine.js';
import { explainResult, type ExplainOptions } from './explain.js';
import { createAlignmentMatrix } from './matrix.js';
import { getModel, type ScoringModel } from './model.js';
import { resolveEngineOptions, type EngineOptions, type ResolvedEngineOptions } from './options.js';
import type { DocumentInput, Evidence, GoalScore, ScoreAllResult, ScoreResult, TargetScore } from './types.js';

export interface Engine {
  /** The validated options, defaults filled in. */
  readonly options: Readonly<ResolvedEngineOptions>;
  /** Shortcut for `options.threshold`. */
  readonly threshold: number;
  /** Scores one document. Empty or whitespace text gives all-zero scores and no labels. */
  score(doc: DocumentInput): ScoreResult;
  /** Scores many documents; rows of the matrices follow the input order. */
  scoreAll(docs: Iterable<DocumentInput>): ScoreAllResult;
  /** The evidence of a score, for a person to read, in French or English. */
  explain(doc: DocumentInput | ScoreResult, options?: ExplainOptions): string;
}

interface PreparedDocument {
  readonly id: string;
  readonly text: string;
  readonly language?: Language;
}

const targetPosition = new Map(targets.map((t, i) => [t.id, i]));

function prepare(doc: DocumentInput, fallbackId: string): PreparedDocument {
  if (typeof doc === 'string') return { id: fallbackId, text: doc };
  if (doc && typeof doc === 'object' && typeof doc.text === 'string') {
    const title = typeof doc.title === 'string' && doc.title.trim() ? doc.title : undefined;
    return {
      id: doc.id === undefined || doc.id === null ? fallbackId : String(doc.id),
      // The title comes first, on its own line: evidence offsets refer to this joined text.
      text: title ? `${title}\n${doc.text}` : doc.text,
      ...(doc.language ? { language: doc.language } : {}),
    };
  }
  throw new SdgAlignError('INVALID_INPUT', `Document ${fallbackId}: expected a string or an object with a "text" string.`, { id: fallbackId });
}

/** Creates a scoring engine. Options are validated (see `engineOptionsSchema`); a bad one throws `INVALID_OPTIONS`. */
export function createEngine(options: EngineOptions = {}): Engine {
  const resolved = resolveEngineOptions(options);
  const model = getModel(resolved);

  const score = (doc: DocumentInput, fallbackId = '1'): ScoreResult => scoreDocument(prepare(doc, fallbackId), model, resolved);

  return {
    options: resolved,
    threshold: resolved.threshold,
    score: (doc) => score(doc),
    scoreAll(docs) {
      const documents: ScoreResult[] = [];
      let n = 0;
      for (const doc of docs) documents.push(score(doc, String(++n)));
      return {
        documents,
        goals: createAlignmentMatrix(documents, 'goal', resolved.threshold),
        targets: createAlignmentMatrix(documents, 'target', resolved.threshold),
      };
    },
    explain(doc, explainOptions) {
      const isResult = typeof doc === 'object' && doc !== null && 'goals' in doc && 'labels' in doc;
      const text = isResult ? undefined : prepare(doc as DocumentInput, '1').text;
      const result = isResult ? (doc as ScoreResult) : score(doc as DocumentInput);
      return explainResult(result, text, resolved.threshold, explainOptions);
    },
  };
}

function scoreDocument(doc: PreparedDocument, model: ScoringModel, options: ResolvedEngineOptions): ScoreResult {
  const words = wordsOf(doc.text);
  const forced = doc.language ?? (options.language === 'auto' ? undefined : options.language);
  const language: DetectedLanguage = forced ?? detectLanguageOfWords(words);
  // An undetermined language is read both ways: each lexicon finds its own words.
  const analyses: TokenStream[] = language === 'und' ? [streamWords(words, 'fr'), streamWords(words, 'en')] : [streamWords(words, language)];

  const targetRaw = new Float64Array(targets.length);
  const goalRaw = new Float64Array(18);
  // Per-target evidence lists are created on first use: most of the 169 stay empty.
  const targetEvidence: (Evidence[] | undefined)[] = new Array(targets.length);
  const goalEvidence: Evidence[][] = Array.from({ length: 18 }, () => []);

  for (const analysis of analyses) {
    for (const match of model.matcher(analysis.language).match(analysis)) {
      const data = match.data;
      const goal = data[0];
      const target = data[1];
      const weight = data[2];
      const evidence = entryEvidence(weight, match.spans.length);
      // With maxEvidence 0 (the CLI's `score`) no evidence object is built: only the counts matter.
      const items = options.maxEvidence === 0 ? NO_EVIDENCE : match.spans.map(([first, last]): Evidence => {
        const start = analysis.starts[first]!;
        const end = analysis.ends[last]!;
        return { target: target || String(goal), entry: match.id, matched: doc.text.slice(start, end), start, end, weight };
      });
      goalRaw[goal]! += evidence;
      goalEvidence[goal]!.push(...items);
      if (target) {
        const t = targetPosition.get(target)!;
        targetRaw[t]! += evidence;
        (targetEvidence[t] ??= []).push(...items);
      }
    }
  }

  const stems = analyses.length === 1 ? contentStems(analyses[0]!) : analyses.flatMap(contentStems);
  const goalSimilarity = stems.length ? model.goalIndex.similarities(stems) : new Float64Array(17);
  const wantTargets = options.level === 'target';
  const targetSimilarity = wantTargets && stems.length ? model.targetIndex.similarities(stems) : new Float64Array(targets.length);

  const goalScores: GoalScore[] = GOAL_NUMBERS.map((goal) => {
    const keyword = keywordStrength(goalRaw[goal]!);
    const similarity = similarityStrength(goalSimilarity[goal - 1]!);
    return { goal, score: combineScores(keyword, similarity), keyword, similarity, evidence: topEvidence(goalEvidence[goal]!, options.maxEvidence) };
  });

  const targetScores: TargetScore[] = [];
  if (wantTargets) {
    targets.forEach((t, i) => {
      const keyword = keywordStrength(targetRaw[i]!);
      const similarity = similarityStrength(targetSimilarity[i]!);
      if (keyword === 0 && similarity === 0) return;
      targetScores.push({ target: t.id, goal: t.goal, score: combineScores(keyword, similarity), keyword, similarity, evidence: topEvidence(targetEvidence[i] ?? NO_EVIDENCE, options.maxEvidence) });
    });
    // Strongest first; ties keep UN order (the array is built in UN order and sort is stable).
    targetScores.sort((a, b) => b.score - a.score);
  }

  const labels = goalScores
    .filter((g) => g.score >= options.threshold && g.score > 0)
    .sort((a, b) => b.score - a.score || a.goal - b.goal)
    .map((g) => g.goal as GoalNumber);

  return { id: doc.id, language, labels, goals: goalScores, targets: targetScores };
}

const NO_EVIDENCE: Evidence[] = [];

/** Strongest entries first, then by position; at most `max` items. */
function topEvidence(items: Evidence[], max: number): Evidence[] {
  return items.sort((a, b) => b.weight - a.weight || a.start - b.start || a.end - b.end || (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0)).slice(0, max);
}
