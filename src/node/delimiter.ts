/** Delimiter detection on the header line. */

export type Delimiter = ',' | ';' | '\t';

/** Candidates, in tie-break order: French exports use `;` and often keep commas inside header names. */
export const DELIMITER_CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

/**
 * The delimiter of a CSV whose text starts with `text`: the candidate (`,` `;` tab) occurring most often
 * on the first line, outside quotes. Ties go to `;`, then tab, then `,`; a line with none gives `,` (one column).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(DELIMITER_CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted; // a doubled quote toggles twice: still right
    else if (!quoted && (c === '\n' || c === '\r')) break;
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
