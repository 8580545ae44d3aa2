/** What the page holds: one state object, changed by main.ts and read by the views. */
import type { ScoreResult } from '../../src/scoring/types.js';
import type { ChosenColumns } from './columns-ui.js';
import type { Locale } from './i18n.js';
import type { Source } from './input.js';
import type { EvidenceCache, PlanReading } from './report.js';
import type { DecisionMap } from './review.js';
import type { CompactResult, Programme, Reading, TextLanguage } from './scoring.js';
import type { RunMode, ScoreJob } from './worker-client.js';

export interface Run {
  readonly job: ScoreJob;
  readonly started: number;
  done: number;
  total: number;
}

export interface AppState {
  locale: Locale;
  /** Language of the texts analysed (`#lang`). */
  lang: TextLanguage;
  /** How the current texts are read: `lang`, and a file's own language for its short rows. */
  languages: Reading;
  source: Source | undefined;
  columns: ChosenColumns | undefined;
  programmes: readonly Programme[];
  /** Scores of `programmes`, same order, before review; undefined while (re)scoring. */
  results: readonly CompactResult[] | undefined;
  /** For a typed text: its full result, with evidence (the live reading). */
  live: ScoreResult | undefined;
  planTypeId: string | undefined;
  /** Who chose the plan type: detection never overrides a person's choice. */
  planSetBy: 'user' | 'detected' | 'link' | undefined;
  /** The title the plan type was detected from. */
  detectedFrom: string | undefined;
  reading: PlanReading | undefined;
  /** Results with their evidence of the programmes the report quotes, for the current file (report.ts). */
  evidence: EvidenceCache;
  /** Settles when `evidence` holds the programmes the report shows. */
  evidenceReady: Promise<void>;
  run: Run | undefined;
  /** Where the last job ran. */
  mode: RunMode | undefined;
  /** Status line of the last job (done in …, cancelled). */
  runStatus: string;
  reviewMode: boolean;
  decisions: DecisionMap;
  /** First text shown in the list (pages of `TEXTS_PER_PAGE`). */
  firstText: number;
}

export const state: AppState = {
  locale: 'fr',
  lang: 'auto',
  languages: { language: 'auto' },
  source: undefined,
  columns: undefined,
  programmes: [],
  results: undefined,
  live: undefined,
  planTypeId: undefined,
  planSetBy: undefined,
  detectedFrom: undefined,
  reading: undefined,
  evidence: new Map(),
  evidenceReady: Promise.resolve(),
  run: undefined,
  mode: undefined,
  runStatus: '',
  reviewMode: false,
  decisions: new Map(),
  firstText: 0,
};

/** The name of the source for file names: the file's name without extension, else `sdg-align`. */
export const baseName = (source: Source | undefined): string => (source && source.kind !== 'text' ? source.file.replace(/\.[^.]*$/, '') || 'sdg-align' : 'sdg-align');
