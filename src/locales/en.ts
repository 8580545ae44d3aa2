/**
 * The English catalogue. Error sentences here are the messages of the errors themselves
 * (`error.message`): `new SdgAlignError(code, details)` writes them from this file.
 */
import { formatter } from './format.js';
import type { AppMessages, Catalogue, CliMessages, CheckMessages, DemoMessages, ErrorMessages, ExplainMessages, ReportMessages, ReviewMessages, ValueProblem } from './types.js';

const f = /* @__PURE__ */ formatter('en');
const q = (v: unknown): string => JSON.stringify(v) ?? String(v);
const plural = (n: number, one: string, many: string): string => `${f.number(n)} ${n === 1 ? one : many}`;

/** A flag or config value's problem, as a clause ("expected a number from 0 to 1…, got "2""). */
export function problemEn(p: ValueProblem): string {
  switch (p.kind) {
    case 'one-of':
      return `expected one of ${p.values.join(', ')}, got ${p.got}`;
    case 'number':
      return `expected a number from ${p.min} to ${p.max} (such as 0.4 or 0,4), got ${p.got}`;
    case 'whole':
      return `expected a whole number from ${p.min} to ${p.max}, got ${p.got}`;
    case 'text':
      return `expected a non-empty string, got ${p.got}`;
    case 'columns':
      return `expected column names, got ${p.got}`;
    case 'goals':
      return p.got === undefined ? 'expected goal numbers 1–17 such as 7,11,13' : `expected goal numbers 1–17 such as 7,11,13, got ${p.got}`;
    case 'delimiter':
      return `expected one character (or comma, semicolon, tab), got ${p.got}`;
    case 'encoding':
      return `expected auto, utf8 or windows-1252, got ${p.got}`;
    case 'boolean':
      return `expected true or false, got ${p.got}`;
  }
}

const READ_REASONS: Readonly<Record<string, string>> = { ENOENT: 'no such file', EISDIR: 'is a directory, not a file', EACCES: 'permission denied', EPERM: 'permission denied' };

/** Why a file cannot be written, by errno code (or our own reason ids). */
export const WRITE_REASONS_EN: Readonly<Record<string, string>> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long (at most 255 bytes)',
  ENXIO: 'no reader on the other end',
  'read-only': 'the file is read-only',
  'not-regular': 'not a regular file, a device or a FIFO',
};

const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0');

export const enErrors: ErrorMessages = {
  UNKNOWN_GOAL: (d, english) => english || `Unknown goal ${q(d.goal)}: goals are numbered 1 to 17.`,
  UNKNOWN_TARGET: (d, english) => english || `Unknown target ${q(d.target)}: target ids look like "6.2" or "6.a" (169 targets).`,
  UNKNOWN_PLAN_TYPE: (d, english) => english || `Unknown plan type ${q(d.planType)}.`,
  UNKNOWN_FINALITE: (d, english) => english || `Unknown finalité ${q(d.finalite)}.`,
  INVALID_OPTIONS: (d, english) => english || `Invalid options${d.field ? ` (${d.field})` : ''}.`,
  INVALID_INPUT: (d, english) => (d.messageId === 'emptyText' ? `${String(d.command)}: the text is empty.` : english || 'Invalid input.'),
  QUERY_SYNTAX: (_, english) => english,
  QUERY_TOO_COMPLEX: (_, english) => english,
  CSV_FORMAT: (d) => {
    switch (d.reason) {
      case 'unclosed-quote':
        return `${d.file}:${d.line}:${d.column}: malformed CSV: unclosed quoted field (a \`"\` opens a field that never closes).`;
      case 'after-quote':
        return `${d.file}:${d.line}:${d.column}: malformed CSV: unexpected ${q(d.char)} after a closing quote (a quote inside a quoted field must be doubled: "").`;
      case 'field-too-long':
        return `${d.file}:${d.line}:${d.column}: malformed CSV: field longer than ${d.max} characters${d.quoted ? ' (probably an unclosed quote)' : ''}.`;
      case 'too-many-fields':
        return `${d.file}:${d.line}: malformed CSV: ${d.fields} fields but the header has ${d.columns} (delimiter ${q(d.delimiter)}; is it the right one?).`;
    }
  },
  CSV_MISSING_COLUMN: (d) =>
    `${d.file}: no column ${q(d.column)}${d.option ? ` (${d.option})` : ''}; the columns are: ${d.columns.length ? d.columns.map(q).join(', ') : '(none: the file is empty)'}.`,
  CSV_AMBIGUOUS_COLUMN: (d) =>
    `${d.file}: columns ${d.positions[0]! + 1} ${q(d.columns[0])} and ${d.positions[1]! + 1} ${q(d.columns[1])} both answer to ${q(d.column)}; ${
      d.option ? `rename one, or give the exact name of the one to use (${d.option})` : 'rename one'
    }.`,
  REVIEW_FORMAT: (d) => {
    switch (d.reason) {
      case 'missing-column':
        return `${d.file}: no ${d.column} column: a review file has the columns id, goal, decision and note (or identifiant, ODD, décision, note); the columns are: ${
          d.columns.length ? d.columns.map(q).join(', ') : '(none: the file is empty)'
        }.`;
      case 'empty-id':
        return `${d.file}:${d.line}:${d.column}: the id is empty.`;
      case 'bad-goal':
        return `${d.file}:${d.line}:${d.column}: ${q(d.value)} is not a goal (1 to 17, such as 7 or ODD 7).`;
      case 'bad-decision':
        return `${d.file}:${d.line}:${d.column}: decision ${q(d.value)}: expected accept or reject (also accepter, rejeter, oui, non), or nothing to leave the label undecided.`;
    }
  },
  FILE_UNREADABLE: (d) => `${d.file}: cannot read: ${(d.code && READ_REASONS[d.code]) ?? d.reason ?? d.code ?? 'unknown error'}.`,
  FILE_UNWRITABLE: (d) => `${d.file}: cannot write: ${(d.reason && WRITE_REASONS_EN[d.reason]) ?? (d.code && WRITE_REASONS_EN[d.code]) ?? d.reason ?? d.code ?? 'unknown error'}.`,
  FILE_BINARY: (d) => `${d.file}: looks like a binary file (NUL bytes in the first ${d.bytes} bytes), not text or CSV.`,
  ENCODING: (d) =>
    d.messageId === 'unencodable'
      ? `${d.file}${d.line !== undefined ? `:${d.line}` : ''}${d.column !== undefined ? `, column ${q(d.column)}` : ''}: ${q(d.char)} (U+${hex(d.codePoint, 4)}) has no Windows-1252 form; write UTF-8 instead (--excel without --encoding windows-1252: Excel reads UTF-8 with a BOM).`
      : `${d.file}:${d.line}:${d.column}: invalid UTF-8 (byte 0x${hex(d.byte, 2)}) in a file read as UTF-8 from its start; convert the file to UTF-8, or give --encoding windows-1252 (or --encoding utf8 to read invalid bytes as U+FFFD).`,
  USAGE: (d) => {
    switch (d.messageId) {
      case 'commandExpected':
        return `expected a command before ${d.option}.`;
      case 'unknownCommand':
        return `unknown command ${q(d.command)}${d.suggestion ? ` (did you mean '${d.suggestion}'?)` : ''}.`;
      case 'unknownOption':
        return `unknown option ${d.option} for '${d.command}'${d.hint ? ` (did you mean ${d.hint}?)` : ''}.`;
      case 'optionTakesNoValue':
        return `option ${d.option} takes no value.`;
      case 'optionNeedsValue':
        return `option ${d.option} needs a value.`;
      case 'arguments':
        return d.text;
      case 'badValue':
        return `--${d.flag}: ${problemEn(d.problem)}.`;
      case 'configAndNoConfig':
        return '--config and --no-config cannot be used together.';
      case 'oneFile':
        return `${d.command} takes one FILE${d.stdin ? ' (or - for stdin)' : ''}, got ${d.count}.`;
      case 'needsFile':
        return {
          csv: `${d.command} needs a FILE (or - for stdin).`,
          plan: `${d.command} needs a FILE (.csv, .md or .txt).`,
          plans: `${d.command} needs at least one FILE (.md, .txt or .csv).`,
          scored: `${d.command} needs a FILE: a CSV written by sdg-align score (or - for stdin).`,
        }[d.kinds];
      case 'needsPlanTypeOrExpect':
        return `${d.command} needs --plan-type T (see sdg-align plan-types) or --expect 7,11,13.`;
      case 'planTypeAndExpect':
        return `${d.command} takes --plan-type or --expect, not both.`;
      case 'stdinOnce':
        return `${d.command}: stdin (-) can be read once; give - once.`;
      case 'planTypeUnknown':
        return `${d.command}: cannot tell the plan type of ${d.file}${d.title ? ` (title ${q(d.title)})` : ''}: give --plan-type T (see 'sdg-align plan-types') or --require goals.`;
      case 'textAndFile':
        return `${d.command} takes a TEXT or --file F, not both.`;
      case 'needsText':
        return `${d.command} needs a TEXT (in quotes) or --file F.`;
      case 'outputIsInput':
        return `--output ${d.output} is the input ${d.input}: writing it would destroy the data being read; choose another output file.`;
      case 'fileKind':
        return `${d.command}: ${d.file}: expected a .md, .txt or .csv file (or give --input-format csv, md or text).`;
      case 'flagNeeds':
        return `--${d.flag} needs ${d.needs}.`;
    }
  },
  CONFIG: (d) => {
    switch (d.messageId) {
      case 'unreadable':
        return `${d.file}: cannot read the config file: ${d.code === 'ENOENT' ? 'no such file' : (d.reason ?? d.code ?? 'unknown error')}.`;
      case 'json':
        return `${d.file}${d.line !== undefined ? `:${d.line}:${d.column}` : ''}: invalid JSON: ${d.reason}.`;
      case 'unknownKeys':
        return `${d.file}: unknown option ${d.keys.map((k) => `"${k}"`).join(', ')} (options are the flag names, e.g. "threshold", "idColumn" or "id-column", or a section per command: ${d.commands
          .map((c) => `"${c}"`)
          .join(', ')}).`;
      case 'badValue':
        return `${d.file}: ${d.field}: ${problemEn(d.problem)}${d.command ? ` (for '${d.command}')` : ''}.`;
      case 'invalid':
        return `${d.file}: ${d.field || '(top level)'}: ${d.text}${d.text.endsWith('.') ? '' : '.'}`;
    }
  },
};

export const enCli: CliMessages = {
  errorLine: ({ message }) => `sdg-align: error: ${message}`,
  warningLine: ({ message }) => `sdg-align: warning: ${message}`,
  noteLine: ({ message }) => `sdg-align: note: ${message}`,
  infoLine: ({ message }) => `sdg-align: ${message}`,
  internalErrorLine: ({ detail }) => `sdg-align: internal error: ${detail}`,
  usageHint: ({ command }) => (command ? `Run 'sdg-align ${command} --help' for usage.` : "Run 'sdg-align --help' for usage."),
  helpUsage: 'Usage',
  helpCommands: 'Commands',
  helpOptions: 'Options',
  helpCommonOptions: 'Options of every command',
  helpExamples: 'Examples',
  helpExitCodes: 'Exit codes: 0 ok, 1 a check failed, 2 usage, configuration or input error.',
  helpDefault: ({ value }) => `(default: ${value})`,
  mainDescription: 'Score French/English local-government programmes against the 17 UN Sustainable Development Goals (ODD) and their 169 targets.',
  commands: {
    score: {
      summary: 'score one document per CSV row (CSV, JSON or NDJSON out)',
      description:
        'Scores each row of a CSV file (- reads stdin) and writes one result per row, in input order, as rows are read (memory stays flat on large files).',
      notes:
        'CSV output: columns id,language,goals,sdg1,...,sdg17 (after the --keep-columns ones); goals lists the labelled goals strongest first joined by "|"; scores have 4 decimals. With --level target one more column per target, t1.1 ... t17.19 (UN order); with --review a reviewed column lists the goals a person confirmed. Text cells starting with = + - @, a tab or a carriage return (also after spaces or quotes) get a leading \' so spreadsheets do not run them as formulas; cells holding , ; tab, a quote or a line break are quoted. JSON: an array of objects; NDJSON: one object per line.',
    },
    gaps: {
      summary: 'gap report of a plan against its plan type (Markdown, JSON, HTML)',
      description:
        "Gap report of a plan's programmes (a CSV, one programme per row, or a Markdown / text file split at its headings) against the goals expected of its plan type. The report names the document (its first heading, or --title), the collectivité (--author) and the date (--date); the HTML prints on A4.",
    },
    check: {
      summary: 'fail (exit 1) when a plan misses required or core goals',
      description:
        'Checks plans (Markdown, text or CSV files of programmes). A Markdown or text file is split at its headings (each heading and its body is a programme), or, without headings, at blank lines. The plan type comes from --plan-type, or from the --plan-type-column of a CSV, or is detected from the document title (else the file name). Fails (exit 1) when a required or core goal is missing, or coverage < minimum.',
    },
    explain: {
      summary: 'show goals, targets and the evidence behind a score',
      description: 'Prints the goals and targets a text addresses and the evidence behind them, with the matched words marked.',
    },
    'plan-types': {
      summary: 'list the 50 French plan types and the goals they serve',
      description: 'Lists the French plan types (PCAET, SCoT, PLU(i), PAT...) with their expected and core goals. Use an id, acronym or alias with --plan-type.',
    },
    'review-template': {
      summary: 'write the review file to fill in from a scored CSV',
      description:
        'Reads a CSV written by sdg-align score and writes the review file a person fills in: one row per label (id, goal, goal title, score, decision, note), decision empty. Write accept or reject in the decision column, then give the file to score, gaps or check with --review.',
    },
  },
  flags: {
    help: 'show help (also: sdg-align <command> --help)',
    version: 'print the version',
    config: 'options file (default: sdg-align.config.json in the current directory or above, up to the repository root or the home folder); command-line flags override it',
    'no-config': 'read no options file',
    verbose: 'report progress and details on stderr',
    locale: 'language of the messages and reports: fr or en (default: from LC_ALL, LC_MESSAGES or LANG; fr* is French, else English)',
    'id-column': 'column holding the row id (default: the 1-based row number)',
    'gaps.id-column': 'column holding the programme id (default: the first named id, code, identifiant, ref, référence, numéro, N° fiche, N° action; else the row number)',
    'text-column':
      'column(s) to score, repeatable; several are joined with a line break. Default: the first column named text, texte, description, descriptif, libellé, intitulé, contenu, content, body, résumé, summary, abstract or « description de l’action »; else the column with the most text in the first 100 rows. Names match ignoring case, accents, spaces, "_" and "-".',
    'title-column': "column holding the programme title (default: the first named title, titre, intitulé de l'action, nom de l'action, intitulé, nom, name), scored with the text",
    'plan-type-column': 'column holding each row\'s plan type: the rows are checked as one plan per type (never guessed from the column names)',
    'keep-columns': 'input columns copied before the score columns, in input order: C[,C...] or all (formula guard applied)',
    level: 'target: also one score column per target (default: goal)',
    threshold: 'a goal is labelled when its score is >= X (0-1; 0.4 or 0,4)',
    'gaps.threshold': 'a goal is addressed when a programme scores >= X (0.4 or 0,4)',
    lang: 'language of the analysed text: auto, fr or en (default: auto, per row)',
    'score.format': 'output format',
    'gaps.format': 'output format',
    'check.format': 'findings format',
    'plan-types.format': 'output format',
    output: 'write to FILE (atomically: a failed run leaves no file)',
    'input-delimiter': 'delimiter of the input CSV: , ; tab (default: detected on the header)',
    encoding:
      'encoding of the input: auto, utf8 or windows-1252 (default: auto: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252); with --excel, the output is written in it too',
    excel: 'write the CSV as French Excel opens it: ";" separator, decimal comma, UTF-8 with BOM, CRLF line ends (= --delimiter ";" --decimal-comma --bom --crlf)',
    delimiter: 'delimiter of the CSV written: , ; tab (default: ,)',
    'decimal-comma': 'write numbers with a decimal comma (0,4231)',
    bom: 'start the CSV written with a UTF-8 byte order mark (Excel then reads it as UTF-8)',
    crlf: 'end the lines of the CSV written with CRLF (Windows)',
    review: 'a review file (id,goal,decision[,note]; French headers accepted): rejected labels are removed, accepted ones kept whatever the score, and the output says which a person confirmed',
    workers: 'scoring threads (this one and N − 1 worker threads), 1 to min(64, 4 × cores) (default: one per core, at most 4, for files of 2 MB or more on 4 cores or more; else 1)',
    'plan-type': 'plan type id, acronym or alias (see: sdg-align plan-types)',
    'check.plan-type': 'plan type for every file (default: detected)',
    expect: 'expected goals, instead of a plan type',
    require: 'goals that must be addressed',
    'min-coverage': 'minimum coverage of the expected goals (0-1; 0.7 or 0,7)',
    'input-format': 'csv, md or text (default: from the extension; stdin: md when it starts with a # heading, else csv)',
    title: 'title of the document in the report (default: the first heading of a .md or .txt plan)',
    author: 'the collectivité (or author) named in the report',
    date: 'date shown in the report (2026-03-15 is written out in words)',
    file: 'read the text from a file (- for stdin)',
    'explain.locale': "language of the explanation (default: from LC_ALL, LC_MESSAGES or LANG when set, else the text's)",
  },
  formats: {
    'score.csv': 'CSV, one row per input row',
    'score.json': 'a JSON array of objects',
    'score.ndjson': 'one JSON object per line',
    'report.md': 'Markdown (GitHub flavour)',
    'report.html': 'one self-contained HTML page (prints on A4)',
    'report.json': 'the report as JSON (schemaVersion 1)',
    'check.text': 'file:line:col: severity: message',
    'check.github': '::error annotations for GitHub workflows',
    'check.json': '{ schemaVersion, ok, summary, plans, findings }',
    'plan-types.text': 'one line per plan type',
    'plan-types.json': 'a JSON array',
  },
  configUsed: ({ path, fields }) => `config: ${path}${fields.length ? ` (${fields.join(', ')})` : ' (no option for this command)'}`,
  configNote: ({ file, fields }) => `options taken from ${file}: ${fields.join(', ')}.`,
  fileLanguage: ({ file, language }) => `${file}: rows too short to tell their language are read in ${language === 'fr' ? 'French' : 'English'}, the file's language.`,
  csvRead: ({ file, encoding, delimiter, text, id, title }) =>
    `${file}: encoding ${encoding}, delimiter ${q(delimiter)}, text from ${text.map(q).join(' + ')}${title !== undefined ? `, titles from ${q(title)}` : ''}, ids from ${id !== undefined ? q(id) : 'row numbers'}.`,
  noWorkerScript: ({ workers }) => `--workers ${workers}: no built worker script (running from sources); scoring on one thread.`,
  workerThreads: ({ workers }) => `scoring on ${workers} threads: this one and ${workers - 1} worker thread${workers - 1 === 1 ? '' : 's'}.`,
  outputClosed: 'output closed early',
  progress: ({ unit, done, total, share, perSecond, elapsedMs, remainingMs }) =>
    `sdg-align: ${plural(done, unit === 'rows' ? 'row' : 'programme', unit)} scored${total !== undefined ? ` of ~${f.number(total)}` : ''}${share !== undefined ? ` (${f.percent(share)})` : ''}${
      perSecond !== undefined ? ` · ${f.number(perSecond)} ${unit}/s` : ''
    } · ${f.duration(elapsedMs)}${remainingMs !== undefined ? `, ~${f.duration(remainingMs)} left` : ''}`,
  scoreSummary: ({ rows, ms, empty, closed }) =>
    `${plural(rows, 'row', 'rows')} scored in ${f.duration(ms)}${empty ? `, ${f.number(empty)} without text` : ''}${closed ? ' (output closed early)' : ''}.`,
  gapsSummary: ({ programmes, ms, coverage }) => `${plural(programmes, 'programme', 'programmes')} scored in ${f.duration(ms)}, coverage ${f.percent(coverage)}.`,
  checkPlan: ({ file, planType, programmes, coverage }) => `${file}: ${planType ?? 'no plan type'}, ${plural(programmes, 'programme', 'programmes')}, coverage ${f.percent(coverage, 1)}.`,
  checkSummary: ({ plans, programmes, errors, warnings, ms }) =>
    `${plural(plans, 'plan', 'plans')} (${plural(programmes, 'programme', 'programmes')}) checked in ${f.duration(ms)}: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.`,
  reviewSummary: ({ file, decisions, accepted, rejected, skipped }) =>
    `${file}: ${plural(decisions, 'decision', 'decisions')} (${f.number(accepted)} accepted, ${f.number(rejected)} rejected)${skipped ? `, ${plural(skipped, 'row', 'rows')} left undecided` : ''}.`,
  planTypesFootnote: '* core goal (checked by `sdg-align check`)',
  templateSummary: ({ rows, labels, file }) => `${file}: ${plural(labels, 'label', 'labels')} to review from ${plural(rows, 'row', 'rows')}.`,
};

export const enCheck: CheckMessages = {
  error: 'error',
  warning: 'warning',
  thePlan: 'the plan',
  goal: ({ goal, name }) => `goal ${goal} (${name})`,
  best: ({ best, threshold }) => `best score ${f.decimal(best, 2)} < ${f.decimal(threshold, 2)}`,
  missingRequired: ({ goal, best }) => `required ${goal} is not addressed by any programme (${best}).`,
  missingCore: ({ goal, plan, best }) => `core ${goal} of ${plan} is not addressed by any programme (${best}).`,
  weakCore: ({ goal, plan, best }) => `core ${goal} of ${plan} is only weakly addressed (${best}).`,
  missingExpected: ({ goal, plan }) => `expected ${goal} of ${plan} is not addressed by any programme.`,
  coverage: ({ coverage, minimum }) => `coverage of the expected goals is ${f.percent(coverage, 1).replace(/\.0%$/, '%')}, below the minimum ${f.percent(minimum, 1).replace(/\.0%$/, '%')}.`,
  unaligned: ({ programme }) => `programme ${q(programme)} addresses no goal.`,
  confirmed: ({ count }) => `${plural(count, 'label', 'labels')} confirmed by a person.`,
};

export const enReview: ReviewMessages = {
  header: ['id', 'goal', 'title', 'score', 'decision', 'note'],
  unknownId: ({ file, line, id }) => `${file}:${line}: no row has the id ${q(id)}; the decision is ignored.`,
  notLabelled: ({ file, line, id, goal }) => `${file}:${line}: ${q(id)} is not labelled with goal ${goal}: nothing to reject.`,
  duplicate: ({ file, line, first, id, goal }) => `${file}:${line}: a second decision for ${q(id)} and goal ${goal} (first on line ${first}); the last one counts.`,
  reviewed: 'reviewed',
};

export const enReport: ReportMessages = {
  title: 'SDG gap report',
  goal: 'SDG',
  goalShort: (n) => `SDG ${n}`,
  planType: 'Plan type',
  customExpectation: 'Expected goals set by the user',
  document: 'Document',
  author: 'Authority',
  date: 'Date',
  programmes: 'Programmes',
  threshold: 'Threshold',
  weakThreshold: 'Weak threshold',
  coverage: 'Coverage of expected goals',
  coverageHelp: '(covered + ½ × weak) / expected',
  coverageExplained: ({ coverage, covered, weak, expected }) =>
    `${coverage ? `${coverage} — of` : 'Of'} the ${expected} expected goals, ${covered} ${covered === 1 ? 'is' : 'are'} covered by at least one programme${weak ? ` and ${weak} only weakly (a weak goal counts half)` : ''}.`,
  statusHeader: 'Status',
  status: { covered: 'covered', weak: 'weak', missing: 'missing', 'not-expected': 'not expected' },
  notExpectedAddressed: 'not expected, addressed',
  summary: 'Summary',
  missingGoals: 'Missing expected goals',
  noMissing: 'No expected goal is missing.',
  core: 'core',
  goalsTable: 'The 17 goals',
  best: 'Best score',
  share: 'Share of programmes',
  addressedBy: 'Programmes',
  legend: '✓ covered · ~ weak · ✗ missing · · not expected',
  weakEvidence: 'Weak goals: evidence found',
  matched: 'Matched words',
  excerpt: 'Excerpt',
  targetGaps: 'Targets not addressed',
  targetGapsHelp: 'Targets of the expected goals that no programme addresses (score below the target threshold).',
  keyTarget: 'key target',
  keyTargets: 'Key targets of the plan type',
  otherTargets: 'Other targets',
  indicators: 'Indicators',
  closest: 'closest',
  none: 'none',
  allTargetsAddressed: 'all targets addressed',
  unexpectedCovered: 'Goals addressed but not expected',
  orphans: 'Programmes with no goal',
  orphansHelp: 'None of their scores reaches the threshold.',
  concentration: 'Concentration',
  top2Share: ({ share, goals }) => `The two most frequent goals (${goals}) hold ${share} of the labels.`,
  entropy: ({ value }) => `Normalised Shannon entropy: ${value} (0 = a single goal, 1 = spread over all 17).`,
  entropyPlain: ({ value }) => `Spread of the labels over the 17 goals: ${value} (0 = all on one goal, 1 = evenly over the 17; normalised Shannon entropy).`,
  noLabels: 'No programme reaches the threshold: no label.',
  provenance: 'Link provenance',
  provenanceNote: 'Most goal links of this plan type are judgement reconstructed from public sources, not a transcription of the CEREMA figure.',
  provenanceKind: { judgement: 'judgement', cited: 'cited', 'cited-generic': 'cited (generic)', custom: 'user' },
  link: 'Link',
  source: 'Source',
  heatmap: 'Programmes × goals',
  heatmapHelp: 'Each cell is the probability that the programme serves the goal. Click a programme to see the words behind its goals.',
  heatmapLegend: ({ threshold }) => `Colour: the score relative to the threshold (${threshold}); bold: the goal is addressed; blank: below 0.005.`,
  heatmapLow: 'no evidence',
  heatmapHigh: 'addressed',
  programme: 'Programme',
  wheel: 'SDG wheel',
  wheelHelp: 'Opacity: best score relative to the threshold; thick outline: expected goal (dashed when missing).',
  wheelCentre: 'expected goals',
  colon: ': ',
  generatedBy: 'Generated by sdg-align',
  more: (n) => `… and ${n} more`,
  decimal: '.',
  percentSpace: '',
  programmeEvidence: 'Programmes: the words behind each goal',
  programmeEvidenceHelp: 'For each programme, the goals it is counted for, the words matched and where they stand in its text.',
  noGoal: 'addresses no goal',
  evidenceOmitted: ({ shown, total }) => `Evidence is shown for the first ${shown} of the ${total} programmes.`,
  similarityOnly: 'no keyword: the text is close to the goal as a whole',
  backToHeatmap: 'back to the table',
  finalites: 'The five finalités of sustainable development',
  finalitesHelp:
    "The goals covered, grouped by the five finalités of article L110-1 of the Code de l'environnement, on which authorities of more than 50,000 inhabitants report each year (rapport développement durable).",
  finalitesNote: 'Every link between a goal and a finalité is judgement written for sdg-align from the goal and target texts: no correspondence table published by the CGDD could be read.',
  finalite: 'Finalité',
  linkedGoals: 'Linked goals',
  coveredGoals: 'Covered',
  missingExpected: 'Expected, not covered',
  notExpectedForPlan: 'none expected of this plan type',
  annex: 'Technical annex',
  annexHelp: 'How the figures above are computed.',
  thresholdsExplained: ({ threshold, weak, target }) =>
    `a programme addresses a goal when its score (a probability) reaches ${threshold}; an expected goal is weak when its best score reaches ${weak} without reaching ${threshold}; a target is addressed at ${target}.`,
  confirmed: 'Confirmed by a person',
  confirmedCount: ({ confirmed, rejected }) => `${plural(confirmed, 'label', 'labels')} confirmed by a person, ${plural(rejected, 'label', 'labels')} rejected.`,
  confirmedMark: 'confirmed',
  reviewedBy: 'Review',
  contents: 'Contents',
  englishOnly: '(UN text in English only)',
  otherTargetsInAnnex: 'their text is in the annex',
  otherTargetsTitle: 'The other targets not addressed',
  reportOf: ({ plan }) => `SDG gap report — ${plan}`,
  programmeCount: ({ count }) => plural(count, 'programme', 'programmes'),
};

export const enExplain: ExplainMessages = {
  language: 'Language',
  none: 'No goal reaches the threshold',
  goals: 'Goals',
  threshold: 'threshold',
  goal: 'Goal',
  keyword: 'keywords',
  similarity: 'similarity',
  target: 'target',
  weight: 'weight',
  noEvidence: 'no keyword evidence (similarity only)',
  und: 'undetermined (read as French and English)',
  why: 'why',
  evidenceGroup: 'keywords',
  similarityGroup: 'similarity',
  lengthGroup: 'length',
  baseGroup: 'base rate',
  indicators: 'indicators',
  colon: ': ',
};

export const enDemo: DemoMessages = {
  file: ({ file, rows, encoding, delimiter }) => `${file}: ${plural(rows, 'programme', 'programmes')}, ${encoding}, delimiter "${delimiter}"`,
  legend: ({ strong, threshold, faint }) => `█ ≥ ${strong}   ▓ ≥ ${threshold} (addressed)   ░ ≥ ${faint}   · below`,
  programme: 'programme',
  goals: 'SDG',
  labels: 'goals',
  evidence: 'first evidence',
  perGoal: 'Programmes per goal:',
};

const enApp: AppMessages = {
  docHeading: 'The document (optional)',
  docHelp: 'The report names it: title, local authority, date (as --title, --author and --date on the command line).',
  docTitle: 'Document title',
  docAuthor: 'Local authority',
  docDate: 'Date (YYYY-MM-DD)',
  appTitle: 'sdg-align — your texts against the SDGs',
  appLead: 'Everything happens in this file, on your computer: nothing is sent over the Internet. The scores say how likely a text is to serve each of the 17 Sustainable Development Goals, with the words that show it.',
  appNoscript: 'This page needs JavaScript, and no network.',
  appFooter: ({ version }) => `sdg-align ${version} · offline page: no connection, no cookie. Most links between plan types, goals and finalités are documented judgement.`,
  localeLabel: 'Interface language',
  inputHeading: '1. Your text or your file',
  inputText: 'Paste or type a text: the scores update as you type.',
  inputFile: 'Or choose a file: CSV (Excel export), .md or .txt',
  inputDrop: 'You can also drop the file on this box.',
  inputLang: 'Language of the texts analysed',
  inputCloseFile: 'Close the file',
  langAuto: 'detected for each text',
  langFr: 'French',
  langEn: 'English',
  langUnd: 'undetermined',
  inputReading: ({ file }) => `Reading ${file}…`,
  inputLoadedCsv: ({ delimiter, encoding, file, rows }) => `${file}: ${rows} rows, delimiter "${delimiter}", encoding ${encoding}.`,
  inputLoadedDoc: ({ file, sections }) => `${file}: ${sections} sections.`,
  errorFile: ({ file }) => `${file} could not be read:`,
  errorKind: ({ file }) => `${file}: not a .csv, .tsv, .md or .txt file.`,
  errorScoring: 'Scoring failed:',
  columnsHeading: '2. Columns of the file',
  columnsHelp: 'Chosen as the command line does; change them if needed.',
  columnsId: 'Id column',
  columnsTitle: 'Title column',
  columnsText: 'Text column',
  columnsNone: '(none)',
  columnsRowNumber: '(row number)',
  planHeading: '3. Plan type',
  planHelp: 'The plan type says which goals are expected: the wheel, the heat map and the missing goals depend on it.',
  planSearch: 'Search a plan type (acronym or name)',
  planList: 'Plan type',
  planNone: '(none: no gap report)',
  planCount: ({ n, total }) => `${n} plan types of ${total}`,
  planCountOne: ({ n, total }) => `${n} plan type of ${total}`,
  planDetected: ({ plan, title }) => `Detected from "${title}": ${plan}.`,
  resultsHeading: '4. Results',
  resultsEmpty: 'Paste a text or choose a file to see the goals it serves.',
  resultsNoPlan: 'Choose a plan type (step 3) to see the SDG wheel, the heat map and the missing goals.',
  resultsBigPlan: ({ n }) => `${n} texts: the wheel is shown here; the whole report, with the heat map, is in the HTML report to download.`,
  runWorker: 'Scoring in a Web Worker: the page stays usable meanwhile.',
  runMain: 'Scoring on the main thread: this browser could not start a Web Worker from this file (the work is done in slices).',
  runProgress: 'Texts scored',
  runProgressText: ({ done, total }) => `${done} of ${total}`,
  runCancel: 'Cancel',
  runCancelled: 'Scoring cancelled.',
  runDone: ({ n, duration }) => `${n} texts scored in ${duration}.`,
  reportFootnote: 'Note on where the links come from',
  downloadsHeading: 'Download',
  downloadsCsv: 'Score table (CSV for Excel)',
  downloadsHtml: 'HTML report',
  downloadsJson: 'JSON report',
  downloadsReview: 'Review file (CSV)',
  shareButton: 'Link to share',
  shareLabel: 'Link that opens this page with this text',
  shareTooLong: ({ n }) => `Text too long for a link (${n} characters at most).`,
  reviewHeading: 'Review',
  reviewToggle: 'Review mode: accept or reject each goal found',
  reviewHelp: 'A rejected goal no longer counts for its text; an accepted one counts whatever its score. The review file can be loaded again here or by the command line (--review).',
  reviewLoad: 'Load a review file',
  reviewAccept: 'Accept',
  reviewReject: 'Reject',
  reviewAcceptGoal: ({ goal, id }) => `Accept ${goal} for ${id}`,
  reviewRejectGoal: ({ goal, id }) => `Reject ${goal} for ${id}`,
  reviewAccepted: 'confirmed by a person',
  reviewRejected: 'rejected by a person',
  reviewSummary: ({ accepted, rejected }) => `Decisions: ${accepted} accepted, ${rejected} rejected.`,
  reviewLoaded: ({ file, n }) => `${file}: ${n} decisions read.`,
  textsHeading: 'The texts',
  textsRange: ({ from, to, total }) => `Texts ${from} to ${to} of ${total}`,
  textsPrevious: 'Previous texts',
  textsNext: 'Next texts',
  textNoGoal: ({ threshold }) => `No goal reaches the threshold (${threshold}).`,
  textLanguage: ({ language }) => `Read as: ${language}`,
  textGoals: 'Goals found',
  textAllScores: 'The 17 scores',
  textTargets: 'Targets',
  textIndicators: 'Indicators',
  textMatched: 'Matched words',
  textSource: 'The text, matched words highlighted',
  textScore: 'score',
  textPasted: 'Text typed',
};

export const en: Catalogue = { locale: 'en', errors: enErrors, cli: enCli, check: enCheck, review: enReview, report: enReport, explain: enExplain, demo: enDemo, app: enApp };
