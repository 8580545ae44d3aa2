/** `sdg-align plan-types`: the plan types with their expected (and core) goals, as text or JSON. */
import { catalogue } from '../locales/index.js';
import type { PlanType } from '../plans/index.js';
import type { PlanTypesFormat } from './formats.js';

export const planTypesJson: PlanTypesFormat = (types) =>
  `${JSON.stringify(
    types.map((t) => ({
      id: t.id,
      acronym: t.acronym,
      nameFr: t.nameFr,
      nameEn: t.nameEn,
      goals: [...t.goals],
      core: [...t.coreGoals],
      targets: [...t.targets],
      aliases: [...t.aliases],
    })),
    null,
    2,
  )}\n`;

export const planTypesText: PlanTypesFormat = (types: readonly PlanType[], { locale }) => {
  const idWidth = Math.max(...types.map((t) => t.id.length));
  const acronymWidth = Math.max(...types.map((t) => t.acronym.length));
  const lines = types.map((t) => {
    const goals = t.links.map(({ goal: g, core }) => (core ? `${g}*` : String(g))).join(',');
    return `${t.id.padEnd(idWidth)}  ${t.acronym.padEnd(acronymWidth)}  ${t.nameFr} — ODD ${goals}\n`;
  });
  return `${lines.join('')}\n${catalogue(locale).cli.planTypesFootnote}\n`;
};
