/**
 * The development sets, read from ../shared/data/dev (never copied into the repository), and the
 * project's own labelled fixtures, as one shape: a text, its gold goals, and the group it belongs
 * to for grouped cross-validation. Used by `npm run eval` and `npm run calibrate` only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCsv as readCsvTable } from '../../src/node/index.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SHARED = process.env.SDG_SHARED_DATA ?? join(ROOT, '..', 'shared', 'data');

export type SetName = 'benchmark' | 'frpages' | 'swisstext' | 'fixtures-fr' | 'fixtures-nonsdg';

export interface DevText {
  readonly set: SetName;
  readonly id: string;
  readonly text: string;
  /** Rows sharing a group are kept in one fold (a page's url, a document). */
  readonly group: string;
  /**
   * Gold goals. `benchmark` rows answer one question (`question`) and leave the other goals
   * unknown; `frpages` labels are incomplete (goals not listed are unknown, not wrong).
   */
  readonly gold: readonly number[];
  /** Benchmark only: does `text` address goal `goal`? */
  readonly question?: { readonly goal: number; readonly label: boolean };
  /** frpages only: the text names its goal (left out of the figures). */
  readonly namesGoal?: boolean;
  readonly kind?: string;
}

/** A CSV file as objects keyed by its header, read by the library's own Node layer. */
export async function readCsvObjects(path: string): Promise<Record<string, string>[]> {
  const table = await readCsvTable(path);
  return table.rows.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.values[i] ?? ''])));
}

const goalsOf = (field: string): number[] =>
  field
    .split('|')
    .map((g) => Number(g.trim()))
    .filter((g) => Number.isInteger(g) && g >= 1 && g <= 17);

export const DEV_FILES = {
  benchmark: 'dev/sdg-benchmark-dev.csv',
  frpages: 'dev/fr-pages-dev.csv',
  swisstext: 'dev/swisstext-train.csv',
} as const;

/** SHA-256 of each development file that exists (recorded beside fitted coefficients). */
export function devHashes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of Object.values(DEV_FILES)) {
    const path = join(SHARED, rel);
    if (existsSync(path)) out[rel] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/** The three real development sets (those present). */
export async function loadDevSets(): Promise<DevText[]> {
  const out: DevText[] = [];
  const path = (rel: string) => join(SHARED, rel);
  if (existsSync(path(DEV_FILES.benchmark))) {
    for (const r of await readCsvObjects(path(DEV_FILES.benchmark))) {
      const goal = Number(r.sdg);
      const label = r.label === 'True';
      out.push({ set: 'benchmark', id: r.id!, text: r.text!, group: `benchmark:${r.text}`, gold: label ? [goal] : [], question: { goal, label } });
    }
  }
  if (existsSync(path(DEV_FILES.frpages))) {
    for (const r of await readCsvObjects(path(DEV_FILES.frpages))) {
      out.push({ set: 'frpages', id: r.id!, text: r.text!, group: `frpages:${r.url}`, gold: goalsOf(r.sdgs!), namesGoal: r.names_goal === 'yes', kind: r.kind! });
    }
  }
  if (existsSync(path(DEV_FILES.swisstext))) {
    for (const r of await readCsvObjects(path(DEV_FILES.swisstext))) {
      // Title and abstract, as a user would paste them.
      out.push({ set: 'swisstext', id: r.id!, text: `${r.title}\n${r.abstract}`, group: `swisstext:${r.id}`, gold: goalsOf(r.sdgs!) });
    }
  }
  return out;
}

/** The project's own labelled texts (fixtures/): reported, never fitted on. */
export async function loadFixtureSets(): Promise<DevText[]> {
  const out: DevText[] = [];
  const programmes = join(ROOT, 'fixtures/programmes-fr.csv');
  const labelled = join(ROOT, 'fixtures/eval/fr-labelled.csv');
  const non = join(ROOT, 'fixtures/eval/non-sdg.csv');
  if (existsSync(programmes)) {
    for (const r of await readCsvObjects(programmes)) out.push({ set: 'fixtures-fr', id: r.id!, text: `${r.title}\n${r.description}`, group: r.id!, gold: goalsOf(r.goals!) });
  }
  if (existsSync(labelled)) {
    for (const r of await readCsvObjects(labelled)) out.push({ set: 'fixtures-fr', id: r.id!, text: r.text!, group: r.id!, gold: goalsOf(r.goals!) });
  }
  if (existsSync(non)) {
    for (const r of await readCsvObjects(non)) out.push({ set: 'fixtures-nonsdg', id: r.id!, text: r.text!, group: r.id!, gold: [] });
  }
  return out;
}

/**
 * Fold of each text (0 … folds − 1), grouped: the groups of each set are ordered by a hash of
 * their name and dealt round-robin, so folds are balanced within every set and never depend on
 * row order.
 */
export function assignFolds(texts: readonly DevText[], folds: number): number[] {
  const hash = (s: string) => createHash('sha256').update(s).digest('hex');
  const foldOfGroup = new Map<string, number>();
  const sets = [...new Set(texts.map((t) => t.set))];
  for (const set of sets) {
    const groups = [...new Set(texts.filter((t) => t.set === set).map((t) => t.group))].sort((a, b) => (hash(a) < hash(b) ? -1 : 1));
    groups.forEach((g, i) => foldOfGroup.set(g, i % folds));
  }
  return texts.map((t) => foldOfGroup.get(t.group)!);
}
