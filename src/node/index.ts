// sdg-align/node: the Node layer (files, encodings, CSV streams, atomic output). The core stays browser-safe.
export {
  StreamDecoder,
  decodeBytes,
  decodeWindows1252,
  detectEncoding,
  isValidUtf8,
  looksBinary,
  BINARY_SNIFF_BYTES,
  CP1252_HIGH,
  type DetectedEncoding,
  type EncodingOption,
} from '../text/encoding.js';
export { detectDelimiter, DELIMITER_CANDIDATES, type Delimiter } from '../csv/delimiter.js';
export { CsvParser, parseCsv, MAX_FIELD_LENGTH, type CsvRecord, type CsvParserOptions } from '../csv/parse.js';
export { openCsv, readCsv, type CsvRow, type CsvTable, type OpenCsvOptions } from './csv-read.js';
export { readTextChunks, readTextFile, fileError, type InputSource } from './input.js';
export {
  columnKey,
  findColumn,
  requireColumn,
  defaultTextColumn,
  pickLongestColumn,
  DEFAULT_TEXT_COLUMNS,
  LONGEST_COLUMN_SAMPLE,
} from '../csv/columns.js';
// The CSV writer is browser-safe and lives in src/csv; re-exported here, where it always was.
export { neutraliseCell, quoteField, textCell, formatScore as formatCsvScore, csvLine } from '../csv/write.js';
export { fileOutput, streamOutput, type OutputSink } from './output.js';
export { splitDocument, type Section, type SplitDocument } from '../markdown/sections.js';
export { fileSpool, IN_MEMORY_BLOCKS } from './score-spool.js';
export { fileSlots, fileStrings, IN_MEMORY_ID_BLOCKS, IN_MEMORY_SLOTS, REBUILD_WINDOW_SLOTS } from './string-spool.js';
export { scratchFile, type ScratchFile } from './scratch-file.js';
