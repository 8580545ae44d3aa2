/**
 * `sdg-align review-template FILE`: from a CSV written by `sdg-align score` (any of its dialects,
 * `--excel` included), the review file a person fills in: one row per label, decision empty.
 */
import { findColumn, requireColumn } from '../../csv/columns.js';
import { SdgAlignError } from '../../errors.js';
import { catalogue } from '../../locales/index.js';
import { openCsv } from '../../node/csv-read.js';
import { parseGoalCell, reviewTemplateRows } from '../../review/index.js';
import { readDecimal } from '../define.js';
import type { ReviewTemplateOptions } from '../commands.js';
import { checkEncodable, dialectOf, encodedSink, outputEncoding } from '../csv-output.js';
import { inputName, inputSource, type CommandContext } from '../io.js';
import { BufferedWriter, openOutput } from '../output.js';
import { writeCsvRow, csvStart } from '../../csv/write.js';

/**
 * Where the score columns stand: the last `id` directly followed by `language` and `goals` (kept
 * input columns come first and may have any name, `id` included).
 */
function scoreBlock(header: readonly string[], file: string): { id: number; goals: number; scores: number[] } {
  for (let i = header.length - 3; i >= 0; i--) {
    if (header[i] === 'id' && header[i + 1] === 'language' && header[i + 2] === 'goals') {
      return { id: i, goals: i + 2, scores: Array.from({ length: 17 }, (_, g) => (header[i + 3 + g] === `sdg${g + 1}` ? i + 3 + g : -1)) };
    }
  }
  // Not written by sdg-align score: name what is missing.
  const id = requireColumn(header, 'id', file);
  const goals = requireColumn(header, 'goals', file);
  return { id, goals, scores: Array.from({ length: 17 }, (_, g) => findColumn(header, `sdg${g + 1}`, { file })) };
}

export async function run(ctx: CommandContext, positionals: string[], options: ReviewTemplateOptions): Promise<number> {
  if (positionals.length !== 1) {
    throw new SdgAlignError('USAGE', positionals.length ? { messageId: 'oneFile', command: 'review-template', count: positionals.length, stdin: true } : { messageId: 'needsFile', command: 'review-template', kinds: 'scored' });
  }
  const input = positionals[0]!;
  const file = inputName(input);
  const encoding = outputEncoding(options);
  const outputName = options.output ?? '<stdout>';
  const dialect = dialectOf(options);
  const sink = encodedSink(openOutput(ctx, options.output, [input]), encoding, outputName);
  try {
    const table = await openCsv(inputSource(ctx, input), {
      file,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.inputDelimiter ? { delimiter: options.inputDelimiter } : {}),
    });
    const m = catalogue(ctx.locale);
    const out = new BufferedWriter(sink);
    await out.write(csvStart(dialect) + writeCsvRow(m.review.header, dialect));
    let rows = 0;
    let labels = 0;
    if (table.header.length) {
      const block = scoreBlock(table.header, file);
      for await (const row of table.rows) {
        rows++;
        const id = row.values[block.id]!.trim();
        const goals = row.values[block.goals]!.split('|').map((g) => parseGoalCell(g)).filter((g) => g !== undefined);
        const scores = block.scores.map((c) => (c >= 0 ? readDecimal(row.values[c]!.trim()) : NaN));
        checkEncodable(encoding, [id], ['id'], { file, line: row.line });
        for (const line of reviewTemplateRows({ id, labels: goals, ...(scores.every(Number.isFinite) ? { scores } : {}) }, ctx.locale, dialect)) {
          await out.write(line);
          labels++;
        }
        if (out.closed) break;
      }
    }
    await out.flush();
    await sink.commit();
    if (ctx.verbose) ctx.info(m.cli.templateSummary({ rows, labels, file }));
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return 0;
}
