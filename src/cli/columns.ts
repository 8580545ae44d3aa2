/** The CLI's column choice is the core's (src/csv/programmes.ts), shared with the offline page. */
export { chooseColumns, rowText, ID_COLUMNS, TITLE_COLUMNS, type ColumnRequest, type Columns } from '../csv/programmes.js';
