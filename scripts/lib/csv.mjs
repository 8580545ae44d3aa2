/**
 * RFC 4180 reader for the build scripts' trusted, comma-separated UTF-8 inputs (plain .mjs: the
 * scripts run with node alone, before any build). Quoted fields may hold commas, `""` and line
 * breaks; LF and CRLF line ends; blank lines are skipped. Returns arrays of fields.
 */
export function parseCsvRows(text, name = 'CSV') {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error(`${name}: unclosed quote`);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ''));
}

/** Rows as objects keyed by the header's names. */
export function parseCsvObjects(text, name) {
  const [header, ...body] = parseCsvRows(text, name);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
