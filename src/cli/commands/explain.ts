/** `sdg-align explain TEXT | --file F`: goals, targets and evidence with the matched words in [brackets]. */
import { resolve } from 'node:path';
import { SdgAlignError } from '../../errors.js';
import { createEngine } from '../../scoring/engine.js';
import { explainResult } from '../../scoring/explain.js';
import type { ExplainOptions } from '../commands.js';
import { readTextFile } from '../../node/input.js';
import type { CommandContext } from '../io.js';
import { openOutput } from '../output.js';

export async function run(ctx: CommandContext, positionals: string[], options: ExplainOptions): Promise<number> {
  if (options.file !== undefined && positionals.length) throw new SdgAlignError('USAGE', { messageId: 'textAndFile', command: 'explain' });
  let text: string;
  if (options.file !== undefined) {
    const source = options.file === '-' ? ctx.io.stdin : resolve(ctx.io.cwd, options.file);
    text = (await readTextFile(source, { file: options.file === '-' ? '<stdin>' : options.file, ...(options.encoding ? { encoding: options.encoding } : {}) })).text;
  } else if (positionals.length) {
    // Unquoted words are one text: `sdg-align explain eau potable` works too.
    text = positionals.join(' ');
  } else {
    throw new SdgAlignError('USAGE', { messageId: 'needsText', command: 'explain' });
  }
  if (!text.trim()) throw new SdgAlignError('INVALID_INPUT', 'explain: the text is empty.', { messageId: 'emptyText', command: 'explain' });
  // Scored once, with each goal's features, and explained from the result.
  const engine = createEngine({ language: options.lang ?? 'auto', features: true, ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
  const result = engine.score({ id: '1', text });
  // The explanation speaks the reader's language when the environment names one (or --locale), else the text's.
  const locale = options.locale ?? (ctx.localeStated ? ctx.locale : result.language === 'fr' ? 'fr' : 'en');
  const sink = openOutput(ctx, undefined);
  await sink.write(explainResult(result, text, { locale, threshold: engine.threshold }));
  await sink.commit();
  return 0;
}
