import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProgrammeInput } from '../../src/report/plan.js';
import { parseCsvRecords } from './csv.js';

const fixture = (path: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');

export interface FixtureRow {
  readonly id: string;
  readonly plan_type: string;
  readonly title: string;
  readonly description: string;
  /** Hand labels, ascending. */
  readonly goals: readonly number[];
}

/** fixtures/programmes-fr.csv (id, plan_type, title, description, goals "7|13"). */
export function frenchProgrammes(): FixtureRow[] {
  return parseCsvRecords(fixture('programmes-fr.csv')).map((r) => ({
    id: r.id!,
    plan_type: r.plan_type!,
    title: r.title!,
    description: r.description!,
    goals: r.goals ? r.goals.split('|').map(Number) : [],
  }));
}

export const asProgramme = (row: FixtureRow): ProgrammeInput => ({ id: row.id, title: row.title, text: row.description });

/**
 * A Markdown plan of fixtures/plans as programmes: one per `##` section, id from its number
 * ("## Action 2.1 – Photovoltaïque…" → "A2.1"), title after the dash.
 */
export function markdownPlan(file: string): ProgrammeInput[] {
  return fixture(`plans/${file}`)
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [heading = '', ...body] = section.split('\n');
      const match = /^Action\s+(\S+)\s+[–-]\s+(.*)$/.exec(heading.trim());
      if (!match) throw new Error(`unexpected section heading: ${heading}`);
      return { id: `A${match[1]}`, title: match[2]!, text: body.join('\n').trim() };
    });
}
