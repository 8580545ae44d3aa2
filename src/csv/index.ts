// CSV in the browser-safe core: reading (from decoded text), writing (quoting and formula guard),
// delimiter detection and column picking. `sdg-align/node` adds files and stdin.
export { openCsvText, readCsvText, peekRows, type CsvRow, type CsvTable, type CsvTextOptions } from './table.js';
export { CsvParser, parseCsv, MAX_FIELD_LENGTH, type CsvRecord, type CsvParserOptions } from './parse.js';
export { detectDelimiter, DELIMITER_CANDIDATES, type Delimiter } from './delimiter.js';
export { columnKey, findColumn, requireColumn, defaultTextColumn, pickLongestColumn, DEFAULT_TEXT_COLUMNS, LONGEST_COLUMN_SAMPLE } from './columns.js';
export { neutraliseCell, quoteField, textCell, csvLine, scoreCell, writeCsvRow, csvStart, DEFAULT_DIALECT, EXCEL_DIALECT, type CsvDialect, type CsvCell } from './write.js';
export { chooseColumns, rowText, programmeReader, firstColumn, ID_COLUMNS, TITLE_COLUMNS, type ColumnRequest, type Columns, type CsvProgramme } from './programmes.js';
