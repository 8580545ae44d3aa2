/**
 * Scoring a plan's texts in time slices, the same code in the Web Worker and, when no worker can
 * start, on the main thread: between slices it gives the thread back (progress is drawn, a cancel
 * is heard). Results travel compact (goal scores, labels, non-zero targets: no evidence), which is
 * all the score table and the gap report need; the evidence of one text is computed when it is shown.
 */
import { createEngine, type Engine } from '../../src/scoring/engine.js';
import { documentText } from '../../src/scoring/document.js';
import { FILE_LANGUAGE_SAMPLE, fileLanguage } from '../../src/scoring/file-language.js';
import type { EngineOptions } from '../../src/scoring/options.js';
import type { ScoreResult } from '../../src/scoring/types.js';
import { GOAL_NUMBERS, targets, type GoalNumber } from '../../src/taxonomy/index.js';

/** A programme of the plan: a CSV row, a section of a document, or the text typed. */
export interface Programme {
  readonly id: string;
  readonly title?: string;
  readonly text: string;
}

export type TextLanguage = 'auto' | 'fr' | 'en';

/**
 * Programmes for `postMessage`: every title and text in one string, cut by offsets. Cloning one
 * long string is a copy; cloning 20,000 objects of strings is a long task on the page's thread.
 */
export interface PackedProgrammes {
  readonly ids: readonly string[];
  readonly joined: string;
  /** Programme i's title is `joined[cuts[3i] … cuts[3i+1])` (when `hasTitle[i]`), its text `joined[cuts[3i+1] … cuts[3i+2])`. */
  readonly cuts: Uint32Array;
  readonly hasTitle: Uint8Array;
}

export function packProgrammes(programmes: readonly Programme[]): PackedProgrammes {
  const cuts = new Uint32Array(programmes.length * 3);
  const hasTitle = new Uint8Array(programmes.length);
  const parts: string[] = [];
  let at = 0;
  programmes.forEach((p, i) => {
    const title = p.title ?? '';
    hasTitle[i] = p.title === undefined ? 0 : 1;
    cuts[3 * i] = at;
    cuts[3 * i + 1] = at += title.length;
    cuts[3 * i + 2] = at += p.text.length;
    parts.push(title, p.text);
  });
  return { ids: programmes.map((p) => p.id), joined: parts.join(''), cuts, hasTitle };
}

export const unpackProgrammes = (p: PackedProgrammes): Programme[] =>
  p.ids.map((id, i) => ({
    id,
    text: p.joined.slice(p.cuts[3 * i + 1], p.cuts[3 * i + 2]),
    ...(p.hasTitle[i] ? { title: p.joined.slice(p.cuts[3 * i], p.cuts[3 * i + 1]) } : {}),
  }));

export interface CompactResult {
  readonly id: string;
  readonly language: ScoreResult['language'];
  readonly labels: readonly GoalNumber[];
  /** The 17 goal scores, in goal order. */
  readonly scores: Float64Array;
  /** Targets with a non-zero score, strongest first: their positions in `targets` (UN order), and their scores. */
  readonly targetIndex: Uint8Array;
  readonly targetScore: Float64Array;
}

/**
 * How a set of texts is read: their language (`#lang`, `auto` by default) and, for a file, the
 * language its first rows share (`fileLanguage`, as the CLI decides it): short rows are read in it.
 */
export interface Reading {
  readonly language: TextLanguage;
  readonly fallback?: 'fr' | 'en';
}

/** The reading of a file's programmes, as the CLI's `score`, `gaps` and `check` decide it from the first rows. */
export function readingOf(language: TextLanguage, programmes: readonly Programme[]): Reading {
  const fallback = fileLanguage(programmes.slice(0, FILE_LANGUAGE_SAMPLE).map(documentText), { language });
  return { language, ...(fallback ? { fallback } : {}) };
}

/** Engine options for a reading; `extra` adds the rest (evidence kept…). */
export const engineOptions = (reading: Reading, extra: EngineOptions = {}): EngineOptions => ({
  language: reading.language,
  ...(reading.fallback ? { fallbackLanguage: reading.fallback } : {}),
  ...extra,
});

/**
 * The engine of the score table: as the CLI's `score`, no evidence (the scores do not depend on
 * it, and building it is a good share of the time); targets scored, for the gap report.
 */
export const tableEngineOptions = (reading: Reading): EngineOptions => engineOptions(reading, { maxEvidence: 0 });

const engines = new Map<string, Engine>();
/** The engine for these options, created once (engines with the same sources share their model). */
export function engineFor(options: EngineOptions): Engine {
  const key = JSON.stringify(options);
  let engine = engines.get(key);
  if (!engine) engines.set(key, (engine = createEngine(options)));
  return engine;
}

const targetPosition = /* @__PURE__ */ new Map(targets.map((t, i) => [t.id, i]));

export const compact = (r: ScoreResult): CompactResult => ({
  id: r.id,
  language: r.language,
  labels: r.labels,
  scores: Float64Array.from(r.goals, (g) => g.score),
  targetIndex: Uint8Array.from(r.targets, (t) => targetPosition.get(t.target)!),
  targetScore: Float64Array.from(r.targets, (t) => t.score),
});

/** Back to a `ScoreResult` (without evidence). */
export function expand(c: CompactResult): ScoreResult {
  return {
    id: c.id,
    language: c.language,
    labels: c.labels,
    goals: GOAL_NUMBERS.map((goal, i) => ({ goal, score: c.scores[i] ?? 0, keyword: 0, similarity: 0, evidence: [] })),
    targets: Array.from(c.targetIndex, (t, i) => ({ target: targets[t]!.id, goal: targets[t]!.goal, score: c.targetScore[i]!, keyword: 0, similarity: 0, evidence: [] })),
  };
}

/**
 * Many results as a few flat arrays, for `postMessage`: the numbers' buffers are transferred, not
 * copied, and 20,000 results are not 20,000 × 20 small objects to clone.
 */
export interface PackedResults {
  readonly ids: readonly string[];
  readonly languages: readonly ScoreResult['language'][];
  /** Row r's labels are `labels[labelStart[r] … labelStart[r + 1])`. */
  readonly labelStart: Uint32Array;
  readonly labels: Uint8Array;
  /** 17 per row. */
  readonly scores: Float64Array;
  /** Row r's targets are `[targetStart[r] … targetStart[r + 1])` of targetIndex / targetScore. */
  readonly targetStart: Uint32Array;
  readonly targetIndex: Uint8Array;
  readonly targetScore: Float64Array;
}

export function pack(results: readonly CompactResult[]): PackedResults {
  const n = results.length;
  const labelStart = new Uint32Array(n + 1);
  const targetStart = new Uint32Array(n + 1);
  results.forEach((r, i) => {
    labelStart[i + 1] = labelStart[i]! + r.labels.length;
    targetStart[i + 1] = targetStart[i]! + r.targetIndex.length;
  });
  const labels = new Uint8Array(labelStart[n]!);
  const scores = new Float64Array(n * GOAL_NUMBERS.length);
  const targetIndex = new Uint8Array(targetStart[n]!);
  const targetScore = new Float64Array(targetStart[n]!);
  results.forEach((r, i) => {
    labels.set(r.labels, labelStart[i]);
    scores.set(r.scores, i * GOAL_NUMBERS.length);
    targetIndex.set(r.targetIndex, targetStart[i]);
    targetScore.set(r.targetScore, targetStart[i]);
  });
  return { ids: results.map((r) => r.id), languages: results.map((r) => r.language), labelStart, labels, scores, targetStart, targetIndex, targetScore };
}

/** The buffers `pack` filled, to hand to `postMessage` as transferables. */
export const packedBuffers = (p: PackedResults): ArrayBuffer[] =>
  [p.labelStart, p.labels, p.scores, p.targetStart, p.targetIndex, p.targetScore].map((a) => a.buffer as ArrayBuffer);

/** The results again, their arrays views into the packed ones. */
export function unpack(p: PackedResults): CompactResult[] {
  const g = GOAL_NUMBERS.length;
  return p.ids.map((id, i) => ({
    id,
    language: p.languages[i]!,
    labels: Array.from(p.labels.subarray(p.labelStart[i], p.labelStart[i + 1]), (x) => x as GoalNumber),
    scores: p.scores.subarray(i * g, (i + 1) * g),
    targetIndex: p.targetIndex.subarray(p.targetStart[i], p.targetStart[i + 1]),
    targetScore: p.targetScore.subarray(p.targetStart[i], p.targetStart[i + 1]),
  }));
}

export interface SliceControl {
  /** Time to work before giving the thread back, in ms. */
  readonly sliceMs: number;
  readonly onProgress: (done: number, total: number) => void;
  readonly cancelled: () => boolean;
}

/** Gives the thread back for a moment: queued messages and events run, the page repaints. */
export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Scores `programmes` in slices; `undefined` when cancelled. Reports progress after each slice.
 * `programmes` may still be arriving (the worker's job grows as the page sends rows): the job is
 * done at `total` results, and waits, giving the thread back, while the next rows are not there.
 */
export async function scoreInSlices(engine: Engine, programmes: readonly Programme[], control: SliceControl, total = programmes.length): Promise<CompactResult[] | undefined> {
  const out: CompactResult[] = [];
  while (out.length < total) {
    const until = performance.now() + control.sliceMs;
    while (out.length < programmes.length && performance.now() < until) {
      const p = programmes[out.length]!;
      out.push(compact(engine.score(p)));
    }
    control.onProgress(out.length, total);
    await pause();
    if (control.cancelled()) return undefined;
  }
  return out;
}
