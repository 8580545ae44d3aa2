/** `sdg-align plan-types`: the plan types, with their expected (and core) goals. */
import { planTypes } from '../../plans/index.js';
import type { PlanTypesOptions } from '../commands.js';
import { PLAN_TYPES_FORMATS } from '../formats.js';
import type { CommandContext } from '../io.js';
import { openOutput } from '../output.js';

export async function run(ctx: CommandContext, _positionals: string[], options: PlanTypesOptions): Promise<number> {
  const format = await PLAN_TYPES_FORMATS[options.format ?? 'text'].load();
  const sink = openOutput(ctx, undefined);
  await sink.write(format(planTypes, { locale: ctx.locale }));
  await sink.commit();
  return 0;
}
