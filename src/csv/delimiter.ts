/** Delimiter detection on the header line. */

export type Delimiter = ',' | ';' | '\t';

/** Candidates, in tie-break order: French exports use `;` and often keep commas inside header names. */
export const DELIMITER_CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

/**
 * Index of the line break that ends the header line of `text` (the first CR or LF outside quotes;
 * a doubled quote toggles twice, so it stays right), or -1 when `text` does not hold all of it yet.
 */
export function headerLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && (c === 0x0a || c === 0x0d)) return i;
  }
  return -1;
}

/**
 * The delimiter of a CSV whose text starts with `text`: the candidate (`,` `;` tab) occurring most often
 * on the header line (see `headerLineEnd`), outside quotes. Ties go to `;`, then tab, then `,`; a line
 * with none gives `,` (one column).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(DELIMITER_CANDIDATES.map((d) => [d, 0]));
  const end = headerLineEnd(text);
  let quoted = false;
  for (let i = 0; i < (end < 0 ? text.length : end); i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITER_CANDIDATES) {
    const n = counts.get(d)!;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}
