/** Output rows of `sdg-align score`, shared by the main thread and the worker threads. */
import type { EngineOptions } from '../scoring/options.js';
import type { ScoreResult } from '../scoring/types.js';
import { GOAL_NUMBERS, targets } from '../taxonomy/index.js';
import { csvLine, formatScore, textCell } from '../csv/write.js';

export interface RowFormat {
  readonly level: 'goal' | 'target';
  readonly format: 'csv' | 'json' | 'ndjson';
}

/** What a worker is started with. */
export interface ScoreWorkerSetup extends RowFormat {
  readonly engine: EngineOptions;
}

/** Rows sent to a worker: [id, text] pairs, numbered so that output keeps the input order. */
export interface ScoreBatch {
  readonly seq: number;
  readonly rows: readonly (readonly [string, string])[];
}

export interface ScoreBatchResult {
  readonly seq: number;
  readonly lines?: readonly string[];
  readonly error?: string;
}

const round = (n: number): number => Math.round(n * 10_000) / 10_000;

/** CSV header: id,language,goals,sdg1…sdg17 (+ t1.1…t17.19 with --level target). */
export function csvHeader(level: 'goal' | 'target'): string[] {
  return ['id', 'language', 'goals', ...GOAL_NUMBERS.map((g) => `sdg${g}`), ...(level === 'target' ? targets.map((t) => `t${t.id}`) : [])];
}

export function csvRow(result: ScoreResult, level: 'goal' | 'target'): string[] {
  const cells = [textCell(result.id), result.language, result.labels.join('|'), ...result.goals.map((g) => formatScore(g.score))];
  if (level === 'target') {
    const byId = new Map(result.targets.map((t) => [t.target, t.score]));
    for (const t of targets) cells.push(formatScore(byId.get(t.id) ?? 0));
  }
  return cells;
}

/** JSON object of one row: `{ id, language, goals: [labels], scores: { "1": …, "17": … }, targets?: { "7.3": … } }`. */
export function jsonRow(result: ScoreResult, level: 'goal' | 'target'): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: result.id,
    language: result.language,
    goals: [...result.labels],
    scores: Object.fromEntries(result.goals.map((g) => [String(g.goal), round(g.score)])),
  };
  if (level === 'target') {
    // Non-zero targets only, UN order: 169 zeros per row would drown the useful ones.
    const byId = new Map(result.targets.map((t) => [t.target, t.score]));
    row.targets = Object.fromEntries(targets.filter((t) => (byId.get(t.id) ?? 0) > 0).map((t) => [t.id, round(byId.get(t.id)!)]));
  }
  return row;
}

/** One output row: a CSV line (with its line end) or a JSON object (no separator: the writer adds it). */
export const formatScoredRow = (result: ScoreResult, { level, format }: RowFormat): string =>
  format === 'csv' ? csvLine(csvRow(result, level)) : JSON.stringify(jsonRow(result, level));
