/** `sdg-align plan-types`: the plan types with their expected (and core) goals, as text or JSON. */
import { catalogue } from '../locales/index.js';
import type { PlanType } from '../plans/index.js';
import type { PlanTypesFormat } from './formats.js';

export const planTypesJson: PlanTypesFormat = (types) =>
  `${JSON.stringify(
    types.map((t) => ({
      id: t.id,
      acronym: t.acronym,
      name_fr: t.name_fr,
      name_en: t.name_en,
      goals: [...t.sdgs],
      core: [...t.sdgs_core],
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
    const goals = t.sdgs.map((g) => (t.sdgs_core.includes(g) ? `${g}*` : String(g))).join(',');
    return `${t.id.padEnd(idWidth)}  ${t.acronym.padEnd(acronymWidth)}  ${t.name_fr} — ODD ${goals}\n`;
  });
  return `${lines.join('')}\n${catalogue(locale).cli.planTypesFootnote}\n`;
};
