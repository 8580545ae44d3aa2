import { getGoal, type Language } from '../taxonomy/index.js';
import { formatScore } from './matrix.js';
import type { Evidence, ScoreResult } from './types.js';

export interface ExplainOptions {
  /** Language of the explanation (default `en`). */
  readonly locale?: Language;
  /** Characters of context shown on each side of a match (default 40). */
  readonly context?: number;
  /** Goals shown: the labelled ones (default) or every goal with a non-zero score. */
  readonly goals?: 'labels' | 'all';
}

const WORDS = {
  en: {
    language: 'Language', none: 'No goal reaches the threshold', goals: 'Goals', threshold: 'threshold', goal: 'Goal',
    keyword: 'keywords', similarity: 'similarity', target: 'target', weight: 'weight', noEvidence: 'no keyword evidence (similarity only)',
    und: 'undetermined (read as French and English)',
  },
  fr: {
    language: 'Langue', none: 'Aucun ODD n’atteint le seuil', goals: 'ODD', threshold: 'seuil', goal: 'ODD',
    keyword: 'mots-clés', similarity: 'similarité', target: 'cible', weight: 'poids', noEvidence: 'aucun mot-clé (similarité seule)',
    und: 'indéterminée (lu en français et en anglais)',
  },
} as const;

/** Puts `[` `]` around the match and shows it in its context, on one line. */
export function highlight(text: string, evidence: Evidence, context = 40): string {
  const from = Math.max(0, evidence.start - context);
  const to = Math.min(text.length, evidence.end + context);
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${oneLine(text.slice(from, evidence.start))}[${oneLine(text.slice(evidence.start, evidence.end))}]${oneLine(text.slice(evidence.end, to))}${to < text.length ? '…' : ''}`;
}

/** Human-readable explanation; `text` (the scored text) enables context around each match. */
export function explainResult(result: ScoreResult, text: string | undefined, threshold: number, options: ExplainOptions = {}): string {
  const locale = options.locale ?? 'en';
  const w = WORDS[locale];
  const lines: string[] = [];
  lines.push(`${w.language}: ${result.language === 'und' ? w.und : result.language}`);
  lines.push(
    result.labels.length
      ? `${w.goals} (${w.threshold} ${formatScore(threshold)}): ${result.labels.map((g) => `${g} (${formatScore(result.goals[g - 1]!.score)})`).join(', ')}`
      : `${w.none} (${formatScore(threshold)}).`,
  );
  const shown = options.goals === 'all' ? result.goals.filter((g) => g.score > 0).sort((a, b) => b.score - a.score || a.goal - b.goal).map((g) => g.goal) : result.labels;
  for (const goal of shown) {
    const g = result.goals[goal - 1]!;
    lines.push('');
    lines.push(`${w.goal} ${goal} · ${getGoal(goal)[locale].short}: ${formatScore(g.score)} (${w.keyword} ${formatScore(g.keyword)}, ${w.similarity} ${formatScore(g.similarity)})`);
    const targetLine = result.targets.filter((t) => t.goal === goal).slice(0, 3);
    if (targetLine.length) lines.push(`  ${w.target}: ${targetLine.map((t) => `${t.target} (${formatScore(t.score)})`).join(', ')}`);
    if (g.evidence.length === 0) lines.push(`  ${w.noEvidence}`);
    for (const e of g.evidence) {
      const where = text === undefined ? `"${e.matched}"` : highlight(text, e, options.context);
      lines.push(`  - ${where}  (${e.target}, ${e.entry}, ${w.weight} ${e.weight})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
