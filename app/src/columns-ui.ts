/** The id, title and text pickers of a CSV, pre-selected as the CLI's `gaps` chooses them (`chooseColumns`). */
import type { Columns } from '../../src/csv/programmes.js';
import { t, type Locale } from './i18n.js';

export type ChosenColumns = Pick<Columns, 'id' | 'title' | 'text'>;

export interface ColumnElements {
  readonly id: HTMLSelectElement;
  readonly title: HTMLSelectElement;
  readonly text: HTMLSelectElement;
}

function fill(select: HTMLSelectElement, header: readonly string[], selected: number, none: string | undefined): void {
  const options = header.map((name, i) => new Option(name || `#${i + 1}`, String(i)));
  if (none !== undefined) options.unshift(new Option(none, '-1'));
  select.replaceChildren(...options);
  select.value = String(selected >= 0 || none !== undefined ? selected : 0);
}

/** Fills the three pickers with the header's columns; `none` entries for the id (row numbers) and the title. */
export function renderColumns(el: ColumnElements, header: readonly string[], chosen: ChosenColumns, locale: Locale): void {
  fill(el.id, header, chosen.id, t(locale, 'app.columnsRowNumber'));
  fill(el.title, header, chosen.title, t(locale, 'app.columnsNone'));
  fill(el.text, header, chosen.text[0] ?? 0, undefined);
}

/** The person's choice; a title that is also the text is not said twice (as `chooseColumns` does). */
export function readColumns(el: ColumnElements): ChosenColumns {
  const text = Number(el.text.value);
  const title = Number(el.title.value);
  return { id: Number(el.id.value), title: title === text ? -1 : title, text: [text] };
}
