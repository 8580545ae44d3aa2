import { Matrix } from 'ml-matrix';
import { SdgAlignError } from '../errors.js';
import { GOAL_NUMBERS, targets } from '../taxonomy/index.js';
import type { AlignmentMatrix, ScoreResult } from './types.js';

/** Scores are written with 4 decimals: finer differences are noise, and fixed width diffs cleanly. */
export const formatScore = (value: number): string => value.toFixed(4);

/** RFC 4180 quoting of one CSV field. */
export const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Builds the documents × goals (or × targets) matrix of combined scores. */
export function createAlignmentMatrix(documents: readonly ScoreResult[], level: 'goal' | 'target', threshold: number): AlignmentMatrix {
  const columnIds = level === 'goal' ? GOAL_NUMBERS.map(String) : targets.map((t) => t.id);
  const rowIds = documents.map((d) => d.id);
  const values = new Matrix(documents.length, columnIds.length);
  const columnIndex = new Map(columnIds.map((c, i) => [c, i]));
  documents.forEach((doc, row) => {
    if (level === 'goal') doc.goals.forEach((g, column) => values.set(row, column, g.score));
    else for (const t of doc.targets) values.set(row, columnIndex.get(t.target)!, t.score);
  });
  return alignmentMatrix(rowIds, columnIds, values, threshold);
}

/** Wraps a Matrix with its row and column ids. */
export function alignmentMatrix(rowIds: readonly string[], columnIds: readonly string[], values: Matrix, defaultThreshold: number): AlignmentMatrix {
  const rowIndex = new Map<string, number>();
  rowIds.forEach((id, i) => {
    if (!rowIndex.has(id)) rowIndex.set(id, i); // duplicate ids: `get` by id returns the first row
  });
  const columnIndex = new Map(columnIds.map((c, i) => [c, i]));

  const resolve = (key: string | number, index: Map<string, number>, size: number, what: string): number => {
    const i = typeof key === 'number' && !index.has(String(key)) ? key : index.get(String(key));
    if (i === undefined || !Number.isInteger(i) || i < 0 || i >= size) {
      throw new SdgAlignError('INVALID_INPUT', `Unknown ${what} ${JSON.stringify(key)} in the alignment matrix.`, { [what]: key });
    }
    return i;
  };

  return {
    rowIds,
    columnIds,
    values,
    get(row, column) {
      return values.get(resolve(row, rowIndex, rowIds.length, 'row'), resolve(column, columnIndex, columnIds.length, 'column'));
    },
    columnSums() {
      return columnIds.map((_, c) => {
        let sum = 0;
        for (let r = 0; r < rowIds.length; r++) sum += values.get(r, c);
        return sum;
      });
    },
    coverage(threshold = defaultThreshold) {
      return columnIds.map((_, c) => {
        if (rowIds.length === 0) return 0;
        let hits = 0;
        for (let r = 0; r < rowIds.length; r++) if (values.get(r, c) >= threshold && values.get(r, c) > 0) hits++;
        return hits / rowIds.length;
      });
    },
    toJSON() {
      return { rowIds: [...rowIds], columnIds: [...columnIds], values: values.to2DArray() };
    },
    toCSV() {
      const lines = [['id', ...columnIds].map(csvField).join(',')];
      rowIds.forEach((id, r) => lines.push([csvField(id), ...columnIds.map((_, c) => formatScore(values.get(r, c)))].join(',')));
      return `${lines.join('\n')}\n`;
    },
  };
}
