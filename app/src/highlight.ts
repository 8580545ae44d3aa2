/**
 * The text with its evidence marked: one `<mark>` per run of matched characters (overlapping
 * matches merged), built with DOM text nodes, never HTML, so the text cannot inject anything.
 */

export interface Span {
  /** 0-based UTF-16 offsets into the text, as the engine's evidence gives them. */
  readonly start: number;
  readonly end: number;
  /** Who matched there: « ODD 7 · 7.3 ». */
  readonly label: string;
  readonly goal: number;
}

export interface MarkedRun {
  readonly start: number;
  readonly end: number;
  /** Labels of every span in the run, in first-seen order, without repeats. */
  readonly labels: readonly string[];
  /** The goal of the run's first span (its colour). */
  readonly goal: number;
}

/** Spans merged into disjoint runs, in text order (a span that overlaps the last run joins it). */
export function markedRuns(spans: readonly Span[], length: number): MarkedRun[] {
  const sorted = spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= length).sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: { start: number; end: number; labels: string[]; goal: number }[] = [];
  for (const s of sorted) {
    const last = runs[runs.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.labels.includes(s.label)) last.labels.push(s.label);
    } else runs.push({ start: s.start, end: s.end, labels: [s.label], goal: s.goal });
  }
  return runs;
}

/** Fills `into` with `text`, the runs as `<mark data-start data-end data-goal title>`. */
export function renderMarked(into: HTMLElement, text: string, spans: readonly Span[]): void {
  const doc = into.ownerDocument;
  const parts: Node[] = [];
  let at = 0;
  for (const run of markedRuns(spans, text.length)) {
    if (run.start > at) parts.push(doc.createTextNode(text.slice(at, run.start)));
    const mark = doc.createElement('mark');
    mark.textContent = text.slice(run.start, run.end);
    mark.dataset.start = String(run.start);
    mark.dataset.end = String(run.end);
    mark.dataset.goal = String(run.goal);
    mark.title = run.labels.join(' ; ');
    parts.push(mark);
    at = run.end;
  }
  if (at < text.length) parts.push(doc.createTextNode(text.slice(at)));
  into.replaceChildren(...parts);
}
