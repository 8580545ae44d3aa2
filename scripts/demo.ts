/**
 * `npm run demo`: scores the bundled French fixture (a Windows-1252, `;`-separated, CRLF export
 * as Excel writes it) and prints the alignment table: one row per programme, one column per goal.
 * In the reader's language (LC_ALL, LC_MESSAGES, LANG; `--locale fr|en` wins).
 */
import { resolve } from 'node:path';
import { catalogue, detectLocale, formatDecimal, isLocale, quote } from '../src/locales/index.js';
import { createEngine, getGoal } from '../src/index.js';
import { readCsv } from '../src/node/index.js';

// `npm run demo | head` closes the pipe early: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const asked = process.argv[process.argv.indexOf('--locale') + 1];
const locale = process.argv.includes('--locale') && isLocale(asked) ? asked : detectLocale(process.env);
const m = catalogue(locale).demo;
const n = (x: number) => formatDecimal(x, locale, 2);

const file = resolve(import.meta.dirname, '../fixtures/programmes-fr.cp1252.csv');
const table = await readCsv(file);
const column = (name: string) => table.header.indexOf(name);
const [id, title, description] = [column('id'), column('title'), column('description')];

const engine = createEngine();
const shade = (score: number) => (score >= 0.75 ? '█' : score >= engine.threshold ? '▓' : score >= 0.15 ? '░' : '·');

/** Each goal's column is 3 characters wide: its number right-aligned in the header, its shade under the last digit. */
const CELL = 3;
const ID_WIDTH = Math.max(m.programme.length, ...table.rows.map((r) => r.values[id]!.length));
const LABELS_WIDTH = Math.max(m.labels.length, 13);

console.log(m.file({ file: file.split('/').pop()!, rows: table.rows.length, encoding: table.encoding, delimiter: table.delimiter }));
console.log(`${m.legend({ strong: n(0.75), threshold: n(engine.threshold), faint: n(0.15) })}\n`);
const numbers = Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(CELL)).join('');
console.log(`${''.padEnd(ID_WIDTH)} ${m.goals}`);
console.log(`${m.programme.padEnd(ID_WIDTH)} ${numbers}   ${m.labels.padEnd(LABELS_WIDTH)} ${m.evidence}`);
const covered = new Array<number>(17).fill(0);
for (const row of table.rows) {
  const result = engine.score({ id: row.values[id]!, title: row.values[title]!, text: row.values[description]! });
  result.labels.forEach((g) => covered[g - 1]!++);
  const cells = result.goals.map((g) => shade(g.score).padStart(CELL)).join('');
  const top = result.labels[0] ? result.goals[result.labels[0] - 1]!.evidence[0] : undefined;
  console.log(`${result.id.padEnd(ID_WIDTH)} ${cells}   ${result.labels.join(',').padEnd(LABELS_WIDTH)} ${top ? `${quote(top.matched, locale)} → ${top.target}` : ''}`);
}
console.log(`\n${m.perGoal}`);
covered.forEach((count, i) => console.log(`  ${m.goals} ${String(i + 1).padStart(2)} ${getGoal(i + 1)[locale].short.padEnd(46)} ${'■'.repeat(count)} ${count}`));
