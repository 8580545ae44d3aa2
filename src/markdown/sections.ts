/**
 * Splitting a Markdown or plain-text plan into programmes.
 *
 * With ATX headings (`#` … `######`, outside fenced code): each heading and the text under it is a
 * programme, its line being the heading's. A lone first-level heading that comes first is the
 * document title, not a programme; a heading with no text of its own directly followed by a deeper
 * one ("## Axe 1" then "### Action 1.1") only groups them and is skipped.
 * Without headings: each blank-line-separated paragraph is a programme; a first paragraph of one short
 * line is the title.
 */

export interface Section {
  /** The heading text (made unique with its line number when repeated), or "line N" for a paragraph. */
  readonly id: string;
  /** The heading text; absent for paragraphs. */
  readonly title?: string;
  /** The text under the heading, or the paragraph. */
  readonly text: string;
  /** 1-based line of the heading, or of the paragraph's first line. */
  readonly line: number;
}

export interface SplitDocument {
  /** The first-level heading, else the first non-empty line (for plan-type detection). */
  readonly title?: string;
  /** 1-based line of the title (1 when there is none). */
  readonly titleLine: number;
  readonly sections: Section[];
}

const FENCE = /^ {0,3}(```|~~~)/;
/** A first paragraph this short and on one line reads as a title. */
const MAX_TITLE_LENGTH = 150;

interface Heading {
  readonly level: number;
  readonly text: string;
  /** 0-based index into lines. */
  readonly index: number;
}

/** Counts the characters a scan looks at (tests bound it by the input length). */
export interface StepCounter {
  count: number;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * An ATX heading (CommonMark): up to 3 spaces, 1 to 6 `#`, then a space or tab (or the end), the
 * text, and an optional closing run of `#` after a space. A scanner, not a regular expression: the
 * pattern `[ \t]+(.*?)[ \t]*#*[ \t]*$` backtracks cubically on a line of spaces, and this reads
 * each character at most three times.
 */
export function parseHeading(line: string, steps?: StepCounter): { level: number; text: string } | undefined {
  const n = line.length;
  let looked = 0;
  let i = 0;
  while (i < 3 && line[i] === ' ') i++, looked++;
  let j = i;
  while (j < n && j - i <= 6 && line[j] === '#') j++, looked++;
  const level = j - i;
  if (level < 1 || level > 6 || (j < n && !isBlank(line[j]))) {
    if (steps) steps.count += looked + 1;
    return undefined;
  }
  // From the end: trailing blanks, then a closing run of # if a blank (or the opening run) precedes it.
  let end = n;
  while (end > j && isBlank(line[end - 1])) end--, looked++;
  let k = end;
  while (k > j && line[k - 1] === '#') k--, looked++;
  if (k < end && (k === j || isBlank(line[k - 1]))) end = k;
  let start = j;
  while (start < end && isBlank(line[start])) start++, looked++;
  while (end > start && isBlank(line[end - 1])) end--, looked++;
  if (steps) steps.count += looked + 1;
  return { level, text: line.slice(start, end) };
}

export function splitDocument(source: string, steps?: StepCounter): SplitDocument {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headings: Heading[] = [];
  let fenced = false;
  lines.forEach((line, index) => {
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) return;
    const h = parseHeading(line, steps);
    if (h) headings.push({ ...h, index });
  });
  return headings.length ? byHeadings(lines, headings) : byParagraphs(lines);
}

function byHeadings(lines: string[], headings: Heading[]): SplitDocument {
  const h1 = headings.filter((h) => h.level === 1);
  const titleHeading = h1.length === 1 && headings[0] === h1[0] && headings.length > 1 ? h1[0] : undefined;
  const firstText = lines.findIndex((l) => l.trim() !== '');
  const title = titleHeading?.text ?? h1[0]?.text ?? (firstText >= 0 ? lines[firstText]!.replace(/^\s*#+\s*/, '').trim() : undefined);
  const titleLine = (titleHeading ?? h1[0])?.index ?? Math.max(firstText, 0);
  const sections: Section[] = [];
  const seen = new Set<string>();
  headings.forEach((heading, i) => {
    if (heading === titleHeading) return;
    const next = headings[i + 1];
    const body = lines.slice(heading.index + 1, next ? next.index : lines.length).join('\n').trim();
    if (!body && next && next.level > heading.level) return; // a grouping heading
    if (!body && !heading.text) return;
    const name = heading.text || `line ${heading.index + 1}`;
    const id = seen.has(name) ? `${name} (line ${heading.index + 1})` : name;
    seen.add(name);
    sections.push({ id, ...(heading.text ? { title: heading.text } : {}), text: body, line: heading.index + 1 });
  });
  return { ...(title ? { title } : {}), titleLine: titleLine + 1, sections };
}

function byParagraphs(lines: string[]): SplitDocument {
  const paragraphs: { text: string; line: number; lines: number }[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) paragraphs.push({ text: lines.slice(start, end).join('\n').trim(), line: start + 1, lines: end - start });
    start = -1;
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') close(index);
    else if (start < 0) start = index;
  });
  close(lines.length);
  const first = paragraphs[0];
  const hasTitle = first !== undefined && paragraphs.length > 1 && first.lines === 1 && first.text.length <= MAX_TITLE_LENGTH;
  const sections = (hasTitle ? paragraphs.slice(1) : paragraphs).map((p) => ({ id: `line ${p.line}`, text: p.text, line: p.line }));
  return { ...(first ? { title: first.text.split('\n')[0]! } : {}), titleLine: first?.line ?? 1, sections };
}
