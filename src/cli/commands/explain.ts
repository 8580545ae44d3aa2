/** `sdg-align explain TEXT | --file F`: goals, targets and evidence with the matched words in [brackets]. */
import { SdgAlignError } from '../../errors.js';
import { createEngine } from '../../scoring/engine.js';
import { explainResult } from '../../scoring/explain.js';
import type { ExplainOptions } from '../commands.js';
import { readTextFile } from '../../node/input.js';
import { inputName, inputSource, type CommandContext } from '../io.js';
import { openOutput } from '../output.js';

export async function run(ctx: CommandContext, positionals: string[], options: ExplainOptions): Promise<number> {
  if (options.file !== undefined && positionals.length) throw new SdgAlignError('USAGE', { messageId: 'textAndFile', command: 'explain' });
  let text: string;
  if (options.file !== undefined) {
    text = (await readTextFile(inputSource(ctx, options.file), { file: inputName(options.file), ...(options.encoding ? { encoding: options.encoding } : {}) })).text;
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
