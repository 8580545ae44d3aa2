/**
 * Every command of the CLI, described once: its flags (a public contract), usage, examples and
 * module. The argument parser, the config schema, `--help` and the options type of each `run`
 * are derived from this list. Loaded for every run: the modules behind `load` are not.
 */
import { availableParallelism } from 'node:os';
import { defineCommand, flag, type OptionsOf } from './define.js';
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
} as const;

const threshold = { threshold: flag.number(0, 1) } as const;
export const SCORE_FLAGS = {
  ...COMMON_FLAGS,
  ...threshold,
  'id-column': flag.text('C'),
  'text-column': flag.columns(),
  level: flag.choice(['goal', 'target']),
  lang: flag.choice(['auto', 'fr', 'en']),
  format: flag.format(SCORE_FORMATS, 'csv'),
  output: flag.path('FILE', { short: 'o' }),
  delimiter: { ...flag.delimiter(), help: 'input-delimiter' },
  encoding: flag.encoding(),
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
  ],
  load: () => import('./commands/score.js'),
});

export const GAPS_FLAGS = {
  ...COMMON_FLAGS,
  ...threshold,
  'plan-type': flag.text('T'),
  expect: flag.goals(),
  'input-format': flag.choice(['csv', 'md', 'text'], { placeholder: 'F' }),
  format: flag.format(REPORT_FORMATS, 'md'),
  lang: flag.choice(['fr', 'en'], { help: 'locale' }),
  output: flag.path('FILE', { short: 'o' }),
  delimiter: { ...flag.delimiter(), help: 'input-delimiter' },
  encoding: flag.encoding(),
} as const;

export const GAPS = defineCommand({
  name: 'gaps',
  usage: 'FILE (--plan-type T | --expect 7,11,13) [options]',
  flags: GAPS_FLAGS,
  examples: [
    'sdg-align gaps fixtures/plans/pcaet-valdoise-2026.md --plan-type pcaet',
    'sdg-align gaps fixtures/programmes-fr.csv --plan-type plh --lang en --format json',
    'sdg-align gaps fixtures/plans/pcaet-valdoise-2027.md --expect 3,7,11,13 --format html -o gaps.html',
  ],
  load: () => import('./commands/gaps.js'),
});

export const CHECK_FLAGS = {
  ...COMMON_FLAGS,
  ...threshold,
  'plan-type': flag.text('T'),
  require: flag.goals('3,7,13'),
  'input-format': flag.choice(['csv', 'md', 'text'], { placeholder: 'F' }),
  'min-coverage': flag.number(0, 1),
  format: flag.format(FINDINGS_FORMATS, 'text'),
  delimiter: { ...flag.delimiter(), help: 'input-delimiter' },
  encoding: flag.encoding(),
} as const;

export const CHECK = defineCommand({
  name: 'check',
  usage: 'FILE... [options]',
  flags: CHECK_FLAGS,
  examples: [
    'sdg-align check fixtures/plans/pcaet-valdoise-2027.md',
    'sdg-align check fixtures/plans/pcaet-valdoise-2026.md --require 13 --format github',
    'sdg-align check fixtures/programmes-fr.csv --min-coverage 0.6 --format json',
  ],
  load: () => import('./commands/check.js'),
});

export const EXPLAIN_FLAGS = {
  ...COMMON_FLAGS,
  ...threshold,
  file: flag.path('F', { short: 'f' }),
  lang: flag.choice(['auto', 'fr', 'en']),
  locale: flag.choice(['fr', 'en']),
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

export const COMMANDS = [SCORE, GAPS, CHECK, EXPLAIN, PLAN_TYPES] as const;

export type Command = (typeof COMMANDS)[number];
export type CommandName = Command['name'];

/** The options each command's `run` receives. */
export type ScoreOptions = OptionsOf<typeof SCORE_FLAGS>;
export type GapsOptions = OptionsOf<typeof GAPS_FLAGS>;
export type CheckOptions = OptionsOf<typeof CHECK_FLAGS>;
export type ExplainOptions = OptionsOf<typeof EXPLAIN_FLAGS>;
export type PlanTypesOptions = OptionsOf<typeof PLAN_TYPES_FLAGS>;

export const commandNamed = (name: string): Command | undefined => COMMANDS.find((c) => c.name === name);

/** Lines of the top-level help's examples. */
export const MAIN_EXAMPLES: readonly string[] = [
  'sdg-align score fixtures/programmes-fr.csv --id-column id',
  'sdg-align explain "Rénovation énergétique des écoles et pistes cyclables"',
  'sdg-align plan-types',
];
