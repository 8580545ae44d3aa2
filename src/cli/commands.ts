/**
 * Every command of the CLI, described once: its flags (a public contract), usage, examples and
 * module. The argument parser, the config schema, `--help` and the options type of each `run`
 * are derived from this list. Loaded for every run: the modules behind `load` are not.
 */
import { availableParallelism } from 'node:os';
import { defineCommand, flag, shown, type FlagDef, type OptionsOf } from './define.js';
import { FINDINGS_FORMATS, PLAN_TYPES_FORMATS, REPORT_FORMATS, SCORE_FORMATS } from './formats.js';

/**
 * Most worker threads `score --workers` accepts: 4 per core, at most 64. Each worker holds its own
 * engine (about 40 MB): 1000 of them took 6.2 GB, and past a few per core they only wait.
 */
export const MAX_WORKERS = Math.min(64, availableParallelism() * 4);

/** Flags of every command. */
export const COMMON_FLAGS = {
  help: flag.boolean({ short: 'h', notInConfig: true }),
  config: flag.path('FILE', { notInConfig: true }),
  'no-config': flag.boolean({ notInConfig: true }),
  verbose: flag.boolean(),
  locale: flag.choice(['fr', 'en']),
} as const;

const threshold = { threshold: flag.number(0, 1) } as const;
/** How a CSV input is read. */
const csvInput = { 'input-delimiter': flag.delimiter(), encoding: flag.encoding() } as const;
/** How a CSV output is written: `--excel` is `--delimiter ';' --decimal-comma --bom --crlf`. */
const csvOutput = {
  output: flag.path('FILE', { short: 'o' }),
  excel: flag.boolean(),
  delimiter: flag.delimiter(),
  'decimal-comma': flag.boolean(),
  bom: flag.boolean(),
  crlf: flag.boolean(),
} as const;
/** The columns of a plan's CSV (`gaps`, `check`). */
const planColumns = {
  'id-column': { ...flag.text('C'), help: 'gaps.id-column' },
  'title-column': flag.text('C'),
  'text-column': flag.columns(),
} as const;
const review = { review: flag.path('FILE') } as const;
/** What `gaps` and `check` share: how a plan is read and scored. */
const planInput = {
  threshold: { ...flag.number(0, 1), help: 'gaps.threshold' },
  lang: flag.choice(['auto', 'fr', 'en']),
  ...review,
  'input-format': flag.choice(['csv', 'md', 'text'], { placeholder: 'F' }),
  ...planColumns,
} as const;

/** `C[,C…]` (repeatable) or `all`. */
const keepColumns: FlagDef<string[] | 'all'> = {
  type: 'string',
  multiple: true,
  placeholder: 'C[,C...]|all',
  parse: (v) => {
    const list = (Array.isArray(v) ? v : [v]).flatMap((s) => (typeof s === 'string' ? s.split(',').map((c) => c.trim()) : [s]));
    if (list.length === 1 && typeof list[0] === 'string' && list[0].toLowerCase() === 'all') return { value: 'all' };
    return list.every((c) => typeof c === 'string' && c !== '') ? { value: list as string[] } : { error: { kind: 'columns', got: shown(v) } };
  },
};
export const SCORE_FLAGS = {
  ...COMMON_FLAGS,
  ...threshold,
  'id-column': flag.text('C'),
  'text-column': flag.columns(),
  'keep-columns': keepColumns,
  level: flag.choice(['goal', 'target']),
  lang: flag.choice(['auto', 'fr', 'en']),
  format: flag.format(SCORE_FORMATS, 'csv'),
  ...csvInput,
  ...csvOutput,
  ...review,
  workers: flag.whole(1, MAX_WORKERS),
} as const;

export const SCORE = defineCommand({
  name: 'score',
  usage: 'FILE|- [options]',
  flags: SCORE_FLAGS,
  examples: [
    'sdg-align score fixtures/programmes-fr.csv --id-column id --text-column title --text-column description',
    'sdg-align score fixtures/programmes-fr.cp1252.csv --id-column id --format ndjson',
    'cat fixtures/programmes-fr.csv | sdg-align score - --level target -o scores.csv',
    'sdg-align score fixtures/programmes-fr.cp1252.csv --id-column id --keep-columns all --excel -o scores-excel.csv',
  ],
  load: () => import('./commands/score.js'),
});

export const GAPS_FLAGS = {
  ...COMMON_FLAGS,
  'plan-type': flag.text('T'),
  expect: flag.goals(),
  format: flag.format(REPORT_FORMATS, 'md'),
  output: flag.path('FILE', { short: 'o' }),
  title: flag.text('TEXT'),
  author: flag.text('TEXT'),
  date: flag.text('DATE'),
  ...planInput,
  ...csvInput,
} as const;

export const GAPS = defineCommand({
  name: 'gaps',
  usage: 'FILE (--plan-type T | --expect 7,11,13) [options]',
  flags: GAPS_FLAGS,
  examples: [
    'sdg-align gaps fixtures/plans/pcaet-valdoise-2026.md --plan-type pcaet',
    'sdg-align gaps fixtures/programmes-fr.csv --plan-type plh --locale en --format json',
    'sdg-align gaps fixtures/plans/pcaet-valdoise-2026.md --plan-type pcaet --author "Communauté d\'agglomération du Val" --date 2026-03-15 --format html -o rapport.html',
    'sdg-align gaps fixtures/plans/pcaet-valdoise-2027.md --expect 3,7,11,13 --format html -o gaps.html',
  ],
  load: () => import('./commands/gaps.js'),
});

export const CHECK_FLAGS = {
  ...COMMON_FLAGS,
  'plan-type': flag.text('T'),
  require: flag.goals('3,7,13'),
  'min-coverage': flag.number(0, 1),
  format: flag.format(FINDINGS_FORMATS, 'text'),
  ...planInput,
  'plan-type-column': flag.text('C'),
  ...csvInput,
} as const;

export const CHECK = defineCommand({
  name: 'check',
  usage: 'FILE... [options]',
  flags: CHECK_FLAGS,
  examples: [
    'sdg-align check fixtures/plans/pcaet-valdoise-2027.md',
    'sdg-align check fixtures/plans/pcaet-valdoise-2026.md --require 13 --format github',
    'sdg-align check fixtures/programmes-fr.csv --plan-type-column plan_type --min-coverage 0,6 --format json',
  ],
  load: () => import('./commands/check.js'),
});

export const EXPLAIN_FLAGS = {
  ...COMMON_FLAGS,
  locale: { ...flag.choice(['fr', 'en']), help: 'explain.locale' },
  ...threshold,
  file: flag.path('F', { short: 'f' }),
  lang: flag.choice(['auto', 'fr', 'en']),
  encoding: flag.encoding(),
} as const;

export const EXPLAIN = defineCommand({
  name: 'explain',
  usage: 'TEXT | --file F [options]',
  flags: EXPLAIN_FLAGS,
  examples: [
    'sdg-align explain "Rénovation énergétique des écoles et développement des pistes cyclables"',
    'sdg-align explain "Access to safe drinking water for every household" --locale fr',
    'sdg-align explain --file fixtures/plans/rapport-dd-example.txt',
  ],
  load: () => import('./commands/explain.js'),
});

export const PLAN_TYPES_FLAGS = {
  ...COMMON_FLAGS,
  format: flag.format(PLAN_TYPES_FORMATS, 'text'),
} as const;

export const PLAN_TYPES = defineCommand({
  name: 'plan-types',
  usage: '[--format text|json]',
  flags: PLAN_TYPES_FLAGS,
  examples: ['sdg-align plan-types', 'sdg-align plan-types --format json'],
  load: () => import('./commands/plan-types.js'),
});

export const REVIEW_TEMPLATE_FLAGS = {
  ...COMMON_FLAGS,
  ...csvInput,
  ...csvOutput,
} as const;

export const REVIEW_TEMPLATE = defineCommand({
  name: 'review-template',
  usage: 'FILE|- [options]',
  flags: REVIEW_TEMPLATE_FLAGS,
  examples: [
    'sdg-align review-template fixtures/review/scores.csv --excel -o revue.csv',
    'sdg-align score fixtures/programmes-fr.csv --id-column id --review fixtures/review/revue.csv',
  ],
  load: () => import('./commands/review-template.js'),
});

export const COMMANDS = [SCORE, GAPS, CHECK, EXPLAIN, PLAN_TYPES, REVIEW_TEMPLATE] as const;

export type Command = (typeof COMMANDS)[number];
export type CommandName = Command['name'];

/** The options each command's `run` receives. */
export type ScoreOptions = OptionsOf<typeof SCORE_FLAGS>;
export type GapsOptions = OptionsOf<typeof GAPS_FLAGS>;
export type CheckOptions = OptionsOf<typeof CHECK_FLAGS>;
export type ExplainOptions = OptionsOf<typeof EXPLAIN_FLAGS>;
export type PlanTypesOptions = OptionsOf<typeof PLAN_TYPES_FLAGS>;
export type ReviewTemplateOptions = OptionsOf<typeof REVIEW_TEMPLATE_FLAGS>;

export const commandNamed = (name: string): Command | undefined => COMMANDS.find((c) => c.name === name);

/** Lines of the top-level help's examples. */
export const MAIN_EXAMPLES: readonly string[] = [
  'sdg-align score fixtures/programmes-fr.csv --id-column id',
  'sdg-align explain "Rénovation énergétique des écoles et pistes cyclables"',
  'sdg-align plan-types',
];
