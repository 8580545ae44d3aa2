/** `sdg-align plan-types`: the plan types, with their expected (and core) goals. */
import { planTypes } from '../../plans/index.js';
import type { CommandContext } from '../io.js';
import { openOutput } from '../output.js';

export async function run(ctx: CommandContext, _positionals: string[], raw: Record<string, unknown>): Promise<number> {
  const format = (raw.format as 'text' | 'json' | undefined) ?? 'text';
  let text: string;
  if (format === 'json') {
    const list = planTypes.map((t) => ({
      id: t.id,
      acronym: t.acronym,
      name_fr: t.name_fr,
      name_en: t.name_en,
      goals: [...t.sdgs],
      core: [...t.sdgs_core],
      targets: [...t.targets],
      aliases: [...t.aliases],
    }));
    text = `${JSON.stringify(list, null, 2)}\n`;
  } else {
    const idWidth = Math.max(...planTypes.map((t) => t.id.length));
    const acronymWidth = Math.max(...planTypes.map((t) => t.acronym.length));
    text = planTypes
      .map((t) => {
        const goals = t.sdgs.map((g) => (t.sdgs_core.includes(g) ? `${g}*` : String(g))).join(',');
        return `${t.id.padEnd(idWidth)}  ${t.acronym.padEnd(acronymWidth)}  ${t.name_fr} — ODD ${goals}\n`;
      })
      .join('');
    text += '\n* core goal (checked by `sdg-align check`)\n';
  }
  const sink = openOutput(ctx, undefined);
  await sink.write(text);
  await sink.commit();
  return 0;
}
