/**
 * The two ways in: a text pasted or typed (debounced), or a file dropped or chosen, read as the CLI
 * reads it: bytes decoded by the core (UTF-8, BOM, UTF-16, Windows-1252), a CSV by the core's
 * reader (errors with file, line and column), a .md/.txt plan split into sections.
 */
import { SdgAlignError } from '../../src/errors.js';
import { readCsvText, type CsvRow } from '../../src/csv/table.js';
import { splitDocument, type Section } from '../../src/markdown/sections.js';
import { decodeBytes, type DetectedEncoding } from '../../src/text/encoding.js';

export type Source =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'csv';
      readonly file: string;
      readonly encoding: DetectedEncoding;
      readonly delimiter: string;
      readonly header: readonly string[];
      readonly rows: readonly CsvRow[];
    }
  | { readonly kind: 'doc'; readonly file: string; readonly title?: string; readonly sections: readonly Section[] };

/** Scoring waits this long after the last keystroke. */
export const TYPING_DEBOUNCE_MS = 120;

/** `csv` or `doc` by extension (as the CLI's `gaps` and `check`), else undefined. */
export function fileKind(name: string): 'csv' | 'doc' | undefined {
  const ext = /\.[^.]*$/.exec(name.toLowerCase())?.[0];
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (ext === '.md' || ext === '.markdown' || ext === '.txt' || ext === '.text') return 'doc';
  return undefined;
}

/** Reads a file the way the CLI reads it; throws `SdgAlignError` (its message names the file, and the line when there is one). */
export async function readSource(file: File): Promise<Source> {
  const kind = fileKind(file.name);
  if (!kind) throw new SdgAlignError('USAGE', `${file.name}: expected a .md, .txt or .csv file.`, { file: file.name });
  const { text, encoding } = decodeBytes(new Uint8Array(await file.arrayBuffer()), { file: file.name });
  if (kind === 'doc') {
    const doc = splitDocument(text);
    return { kind, file: file.name, ...(doc.title ? { title: doc.title } : {}), sections: doc.sections };
  }
  const table = await readCsvText(text, { file: file.name, encoding: () => encoding });
  return { kind, file: file.name, encoding, delimiter: table.delimiter, header: table.header, rows: table.rows };
}

export interface InputElements {
  readonly text: HTMLTextAreaElement;
  readonly file: HTMLInputElement;
  readonly drop: HTMLElement;
}

export interface InputHandlers {
  /** The text changed (after the debounce). */
  onText(text: string): void;
  onFile(file: File): void;
}

/** Wires the text area (debounced), the file chooser and the drop zone. */
export function wireInput(el: InputElements, handlers: InputHandlers): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  el.text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => handlers.onText(el.text.value), TYPING_DEBOUNCE_MS);
  });
  el.file.addEventListener('change', () => {
    const file = el.file.files?.[0];
    if (file) handlers.onFile(file);
    el.file.value = ''; // choosing the same file again reads it again
  });
  const over = (event: DragEvent) => {
    event.preventDefault();
    el.drop.classList.add('over');
  };
  el.drop.addEventListener('dragenter', over);
  el.drop.addEventListener('dragover', over);
  el.drop.addEventListener('dragleave', () => el.drop.classList.remove('over'));
  el.drop.addEventListener('drop', (event) => {
    event.preventDefault();
    el.drop.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) handlers.onFile(file);
  });
  // A file dropped next to the zone must not replace the page.
  for (const type of ['dragover', 'drop'] as const) document.addEventListener(type, (event) => event.preventDefault());
}
