import { catalogue } from '../locales/index.js';
import { findFrameworkTarget, frameworkGoal, goalNameIn, indicatorTextIn } from '../frameworks/index.js';
import { sdgFramework } from '../frameworks/sdg.js';
import type { Framework } from '../frameworks/types.js';
import type { Language } from '../languages/types.js';
import { CALIBRATION } from './calibration.generated.js';
import { contributions, type Calibration } from './calibration.js';
import { calibrationOf } from './framework-calibration.js';
import { FEATURE_NAMES, type FeatureName } from './features.js';
import { formatDecimal } from '../locales/format.js';
import { DEFAULT_THRESHOLD } from './options.js';
import type { Evidence, ScoreResult } from './types.js';

export interface ExplainOptions {
  /** Language of the explanation (default `en`). */
  readonly locale?: Language;
  /** The threshold the result was labelled at, shown in the explanation (default: DEFAULT_THRESHOLD). */
  readonly threshold?: number;
  /** Characters of context shown on each side of a match (default 40). */
  readonly context?: number;
  /** Goals shown: the labelled ones (default) or every goal with a non-zero score. */
  readonly goals?: 'labels' | 'all';
  /** The framework the result was scored against (default: the SDGs; the engine's `explain` gives its own). */
  readonly framework?: Framework;
}

/** The words of an explanation: the `explain` section of the catalogues (src/locales). */
const wordsOf = (locale: Language) => catalogue(locale).explain;

/** Puts `[` `]` around the match and shows it in its context, on one line. */
export function highlight(text: string, evidence: Evidence, context = 40): string {
  const from = Math.max(0, evidence.start - context);
  const to = Math.min(text.length, evidence.end + context);
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${oneLine(text.slice(from, evidence.start))}[${oneLine(text.slice(evidence.start, evidence.end))}]${oneLine(text.slice(evidence.end, to))}${to < text.length ? '…' : ''}`;
}

/** Which part of the explanation each feature belongs to. */
const GROUP_OF: Readonly<Record<FeatureName, 'evidence' | 'similarity' | 'length'>> = Object.fromEntries(
  FEATURE_NAMES.map((name) => [name, name === 'length' ? 'length' : /^similarity|^targetSimilarity/.test(name) ? 'similarity' : 'evidence']),
) as Record<FeatureName, 'evidence' | 'similarity' | 'length'>;

/** `+2.10` / `−1.90` (`+2,10` in French). */
const signed = (x: number, locale: Language) => `${x >= 0 ? '+' : '−'}${formatDecimal(Math.abs(x), locale, 2)}`;

/**
 * The logit of a goal split into what the keywords, the similarity, the length and the base rate
 * contribute: `keywords +2.10, similarity +1.25, length −1.90, base rate −0.50`.
 */
export function contributionLine(features: Readonly<Record<FeatureName, number>>, goal: number, locale: Language, calibration: Calibration = CALIBRATION): string {
  const w = wordsOf(locale);
  const row = Float64Array.from(FEATURE_NAMES.map((n) => features[n]));
  const parts = contributions(calibration, row, 0);
  const groups = { evidence: 0, similarity: 0, length: 0 };
  for (const name of FEATURE_NAMES) groups[GROUP_OF[name]] += parts[name];
  const base = calibration.intercept + (calibration.goalOffsets[goal - 1] ?? 0);
  return `${w.evidenceGroup} ${signed(groups.evidence, locale)}, ${w.similarityGroup} ${signed(groups.similarity, locale)}, ${w.lengthGroup} ${signed(groups.length, locale)}, ${w.baseGroup} ${signed(base, locale)}`;
}

/**
 * Human-readable explanation of a result, from the result alone (nothing is scored again):
 * `text` (the scored text, `documentText(doc)`) shows each match in its context. For what each
 * feature adds, score with `features: true` (the engine's `explain` does).
 */
export function explainResult(result: ScoreResult, text?: string, options: ExplainOptions = {}): string {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const locale = options.locale ?? 'en';
  const framework = options.framework ?? sdgFramework;
  const calibration = calibrationOf(framework);
  const w = wordsOf(locale);
  const c = w.colon;
  /** A score in the explanation's language: `0.9049` / `0,9049`. */
  const n = (x: number) => formatDecimal(x, locale, 4);
  const lines: string[] = [];
  lines.push(`${w.language}${c}${result.language === 'und' ? w.und : result.language}`);
  lines.push(
    result.labels.length
      ? `${w.goals} (${w.threshold} ${n(threshold)})${c}${result.labels.map((g) => `${g} (${n(result.goals[g - 1]!.score)})`).join(', ')}`
      : `${w.none} (${n(threshold)}).`,
  );
  const shown = options.goals === 'all' ? result.goals.filter((g) => g.score > 0).sort((a, b) => b.score - a.score || a.goal - b.goal).map((g) => g.goal) : result.labels;
  for (const goal of shown) {
    const g = result.goals[goal - 1]!;
    lines.push('');
    lines.push(`${w.goal} ${goal} · ${goalNameIn(frameworkGoal(framework, goal), locale).short}${c}${n(g.score)} (${w.keyword} ${n(g.keyword)}, ${w.similarity} ${n(g.similarity)})`);
    if (g.features) lines.push(`  ${w.why}${c}${contributionLine(g.features, goal, locale, calibration)}`);
    const targetLine = result.targets.filter((t) => t.goal === goal).slice(0, 3);
    if (targetLine.length) lines.push(`  ${w.target}${c}${targetLine.map((t) => `${t.target} (${n(t.score)})`).join(', ')}`);
    const top = targetLine[0] ? findFrameworkTarget(framework, targetLine[0].target) : undefined;
    if (top?.indicators.length) lines.push(`  ${w.indicators} ${top.id}${c}${top.indicators.map((i) => `${i.id} ${indicatorTextIn(i, locale) ?? indicatorTextIn(i, 'en') ?? ''}`).join(' · ')}`);
    if (g.evidence.length === 0) lines.push(`  ${w.noEvidence}`);
    for (const e of g.evidence) {
      const where = text === undefined ? `"${e.matched}"` : highlight(text, e, options.context);
      lines.push(`  - ${where}  (${e.target}, ${e.entry}, ${w.weight} ${locale === 'fr' ? String(e.weight).replace('.', ',') : e.weight})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
