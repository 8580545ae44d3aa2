/**
 * `npm run demo`: scores the bundled French fixture (a Windows-1252, `;`-separated, CRLF export
 * as Excel writes it) and prints the alignment table: one row per programme, one column per goal.
 */
import { resolve } from 'node:path';
import { createEngine, getGoal } from '../src/index.js';
import { readCsv } from '../src/node/index.js';

// `npm run demo | head` closes the pipe early: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const file = resolve(import.meta.dirname, '../fixtures/programmes-fr.cp1252.csv');
const table = await readCsv(file);
const column = (name: string) => table.header.indexOf(name);
const [id, title, description] = [column('id'), column('title'), column('description')];

const engine = createEngine();
const shade = (score: number) => (score >= 0.75 ? '█' : score >= engine.threshold ? '▓' : score >= 0.15 ? '░' : '·');

console.log(`${file.split('/').pop()}: ${table.rows.length} programmes, ${table.encoding}, delimiter "${table.delimiter}"`);
console.log(`█ ≥ 0.75   ▓ ≥ ${engine.threshold} (addressed)   ░ ≥ 0.15   · below\n`);
console.log(`${'programme'.padEnd(10)} ODD 1 2 3 4 5 6 7 8 9 …17   ODD retenus   première preuve`);
const covered = new Array<number>(17).fill(0);
for (const row of table.rows) {
  const result = engine.score({ id: row.values[id]!, title: row.values[title]!, text: row.values[description]! });
  result.labels.forEach((g) => covered[g - 1]!++);
  const cells = result.goals.map((g) => shade(g.score)).join('');
  const top = result.labels[0] ? result.goals[result.labels[0] - 1]!.evidence[0] : undefined;
  console.log(`${result.id.padEnd(10)} ${cells}   ${result.labels.join(',').padEnd(13)} ${top ? `« ${top.matched} » → ${top.target}` : ''}`);
}
console.log(`\nProgrammes per goal:`);
covered.forEach((n, i) => console.log(`  ODD ${String(i + 1).padStart(2)} ${getGoal(i + 1).fr.short.padEnd(46)} ${'■'.repeat(n)} ${n}`));
