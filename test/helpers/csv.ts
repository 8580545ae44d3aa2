/** Fixture CSVs as objects keyed by their header, read with the library's own parser (src/node). */
import { parseCsv } from '../../src/csv/parse.js';

export function parseCsvRecords(text: string, file = 'fixture'): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''), { delimiter: ',', file }).map((r) => r.fields);
  if (!header) return [];
  return rows.map((cells, n) => {
    if (cells.length !== header.length) throw new Error(`${file}: row ${n + 2} has ${cells.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((name, i) => [name, cells[i]!]));
  });
}
