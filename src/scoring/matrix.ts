/**
 * Alignment matrices: documents × goals, or documents × targets, of scores. Plain typed arrays
 * (no matrix library in the core); columns are addressed by their key only (a goal number, a
 * target id), so `get('PCAET-04', 0)` is an error, not goal 1.
 */
import { SdgAlignError } from '../errors.js';
import { csvLine, formatScore, textCell } from '../csv/write.js';
import { goalNumbersOf } from '../frameworks/index.js';
import { sdgFramework } from '../frameworks/sdg.js';
import type { Framework } from '../frameworks/types.js';
import type { GoalNumber } from '../taxonomy/index.js';
import type { AlignmentMatrix, ScoreResult } from './types.js';

export { formatScore };

/** Builds the documents × goals (or × targets) matrix of scores, rows in input order; columns are the framework's (default: the SDGs). */
export function createAlignmentMatrix(documents: readonly ScoreResult[], level: 'goal', threshold: number, framework?: Framework): AlignmentMatrix<GoalNumber>;
export function createAlignmentMatrix(documents: readonly ScoreResult[], level: 'target', threshold: number, framework?: Framework): AlignmentMatrix<string>;
export function createAlignmentMatrix(documents: readonly ScoreResult[], level: 'goal' | 'target', threshold: number, framework: Framework = sdgFramework): AlignmentMatrix<GoalNumber> | AlignmentMatrix<string> {
  const rowIds = documents.map((d) => d.id);
  if (level === 'goal') {
    const goalNumbers = goalNumbersOf(framework) as readonly GoalNumber[];
    const values = new Float64Array(documents.length * goalNumbers.length);
    documents.forEach((doc, row) => doc.goals.forEach((g, column) => (values[row * goalNumbers.length + column] = g.score)));
    return alignmentMatrix(rowIds, goalNumbers, values, threshold);
  }
  const columnIds = framework.targets.map((t) => t.id);
  const position = new Map(columnIds.map((c, i) => [c, i]));
  const values = new Float64Array(documents.length * columnIds.length);
  documents.forEach((doc, row) => {
    for (const t of doc.targets) values[row * columnIds.length + position.get(t.target)!] = t.score;
  });
  return alignmentMatrix(rowIds, columnIds, values, threshold);
}

/** Wraps row-major `values` (rows × columns) with their row and column keys. */
export function alignmentMatrix<K extends string | number>(rowIds: readonly string[], columnIds: readonly K[], values: Float64Array, defaultThreshold: number): AlignmentMatrix<K> {
  const columns = columnIds.length;
  if (values.length !== rowIds.length * columns) {
    throw new SdgAlignError('INVALID_INPUT', `An alignment matrix of ${rowIds.length} × ${columns} needs ${rowIds.length * columns} values, not ${values.length}.`, {});
  }
  const rowIndex = new Map<string, number>();
  rowIds.forEach((id, i) => {
    if (!rowIndex.has(id)) rowIndex.set(id, i); // duplicate ids: `get` by id returns the first row
  });
  const columnIndex = new Map<K, number>(columnIds.map((c, i) => [c, i]));
  const rowOf = (id: string) => {
    const i = rowIndex.get(id);
    if (i === undefined) throw new SdgAlignError('INVALID_INPUT', `Unknown row ${JSON.stringify(id)} in the alignment matrix.`, { row: id });
    return i;
  };
  const columnOf = (key: K) => {
    const i = columnIndex.get(key);
    if (i === undefined) throw new SdgAlignError('INVALID_INPUT', `Unknown column ${JSON.stringify(key)} in the alignment matrix.`, { column: key });
    return i;
  };
  const perColumn = (f: (column: number) => number) => new Map<K, number>(columnIds.map((key, c) => [key, f(c)]));

  return {
    rowIds,
    columnIds,
    values,
    get: (row, column) => values[rowOf(row) * columns + columnOf(column)]!,
    row: (row) => values.subarray(rowOf(row) * columns, (rowOf(row) + 1) * columns),
    columnSums: () =>
      perColumn((c) => {
        let sum = 0;
        for (let r = 0; r < rowIds.length; r++) sum += values[r * columns + c]!;
        return sum;
      }),
    coverage: (threshold = defaultThreshold) =>
      perColumn((c) => {
        if (rowIds.length === 0) return 0;
        let hits = 0;
        for (let r = 0; r < rowIds.length; r++) {
          const v = values[r * columns + c]!;
          if (v >= threshold && v > 0) hits++;
        }
        return hits / rowIds.length;
      }),
    toJSON: () => ({ rowIds: [...rowIds], columnIds: [...columnIds], values: rowIds.map((_, r) => Array.from(values.subarray(r * columns, (r + 1) * columns))) }),
    toCSV: () =>
      csvLine(['id', ...columnIds.map(String)]) +
      rowIds.map((id, r) => csvLine([textCell(id), ...columnIds.map((_, c) => formatScore(values[r * columns + c]!))])).join(''),
  };
}
