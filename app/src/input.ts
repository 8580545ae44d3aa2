/**
 * The two ways in: a text pasted or typed (debounced), or a file dropped or chosen, read as the CLI
 * reads it: bytes decoded by the core (UTF-8, BOM, UTF-16, Windows-1252), a CSV by the core's
 * reader (errors with file, line and column), a .md/.txt plan split into sections.
 */
import { SdgAlignError } from '../../src/errors.js';
import { chooseColumns, type Columns } from '../../src/csv/programmes.js';
import { openCsvText, type CsvRow } from '../../src/csv/table.js';
import { splitDocument, type Section } from '../../src/markdown/sections.js';
import { binaryError, decodeBytes, looksBinary, StreamDecoder, type DetectedEncoding } from '../../src/text/encoding.js';
import { pause } from './scoring.js';

export type Source =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'csv';
      readonly file: string;
      readonly encoding: DetectedEncoding;
      readonly delimiter: string;
      readonly header: readonly string[];
      readonly rows: readonly CsvRow[];
      /** The columns the CLI's `gaps` would read: id, title and text (`chooseColumns`, guessing). */
      readonly columns: Pick<Columns, 'id' | 'title' | 'text'>;
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

/** Bytes decoded and parsed at a time: between two, the page draws and answers (a 20 MB file is not one long task). */
export const READ_CHUNK_BYTES = 1 << 20;

/**
 * The text of `bytes` in pieces, as the CLI's reader gives it to the CSV table: binary refused,
 * the encoding decided once from the start (`StreamDecoder`), the thread given back between pieces.
 */
async function* decodedChunks(bytes: Uint8Array, decoder: StreamDecoder, file: string): AsyncGenerator<string> {
  if (looksBinary(bytes)) throw binaryError(file);
  for (let at = 0; at < bytes.length; at += READ_CHUNK_BYTES) {
    yield decoder.decode(bytes.subarray(at, at + READ_CHUNK_BYTES));
    await pause();
  }
  yield decoder.end();
}

/** Reads a file the way the CLI reads it; throws `SdgAlignError` (its message names the file, and the line when there is one). */
export async function readSource(file: File): Promise<Source> {
  const kind = fileKind(file.name);
  if (!kind) throw new SdgAlignError('USAGE', { messageId: 'fileKind', command: 'sdg-align', file: file.name });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (kind === 'doc') {
    const doc = splitDocument(decodeBytes(bytes, { file: file.name }).text);
    return { kind, file: file.name, ...(doc.title ? { title: doc.title } : {}), sections: doc.sections };
  }
  const decoder = new StreamDecoder('auto', { file: file.name });
  const table = await openCsvText(decodedChunks(bytes, decoder, file.name), { file: file.name, encoding: () => decoder.encoding ?? 'utf8' });
  const { id, title, text, rows: all } = await chooseColumns(table, { guess: true });
  const rows: CsvRow[] = [];
  for await (const row of all()) rows.push(row);
  return { kind, file: file.name, encoding: table.encoding, delimiter: table.delimiter, header: table.header, rows, columns: { id, title, text } };
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
