/**
 * A tiny RFC 4180 CSV reader for test fixtures: comma-separated, fields optionally in double
 * quotes (which may hold commas, newlines and doubled quotes `""`), CRLF or LF line ends, an
 * optional UTF-8 BOM. Throws on a quote left open or a stray quote inside an unquoted field.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = (): void => {
    row.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`CSV: unexpected quote at row ${rows.length + 1}`);
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else field += c;
  }
  if (quoted) throw new Error(`CSV: unterminated quoted field at row ${rows.length + 1}`);
  // A last line without a newline; a trailing newline does not make an empty row.
  if (field !== '' || wasQuoted || row.length) endRow();
  return rows;
}

/** Rows as objects keyed by the header row; throws when a row's width differs from the header's. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells, n) => {
    if (cells.length !== header.length) throw new Error(`CSV: row ${n + 2} has ${cells.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((name, i) => [name, cells[i]!]));
  });
}
