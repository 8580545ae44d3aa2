/** Usage texts. Imports nothing: `sdg-align --help` loads this file and main.ts only. */
import type { CommandName } from './flags.js';

export const MAIN_HELP = `Usage: sdg-align <command> [options]

Score French/English local-government programmes against the 17 UN Sustainable
Development Goals (ODD) and their 169 targets.

Commands:
  score FILE|-        score one document per CSV row (CSV, JSON or NDJSON out)
  gaps FILE           gap report of a plan against its plan type (Markdown, JSON, HTML)
  check FILE...       fail (exit 1) when a plan misses required or core goals
  explain TEXT        show goals, targets and the evidence behind a score
  plan-types          list the 50 French plan types and the goals they serve

Options:
  -h, --help          show help (also: sdg-align <command> --help)
  --version           print the version
  --config FILE       options file (default: sdg-align.config.json in the current
                      directory or above, up to the repository root or the home
                      folder); command-line flags override it
  --no-config         read no options file
  --verbose           report progress and details on stderr

Exit codes: 0 ok, 1 a check failed, 2 usage, configuration or input error.

Examples:
  sdg-align score fixtures/programmes-fr.csv --id-column id
  sdg-align explain "Rénovation énergétique des écoles et pistes cyclables"
  sdg-align plan-types
`;

export const COMMAND_HELP: Readonly<Record<CommandName, string>> = {
  score: `Usage: sdg-align score FILE|- [options]

Scores each row of a CSV file (- reads stdin) and writes one result per row, in
input order, as rows are read (memory stays flat on large files).

Options:
  --id-column C        column holding the row id (default: the 1-based row number)
  --text-column C      column(s) to score, repeatable; several are joined with a
                       line break. Default: the first column named text, texte,
                       description, descriptif, libellé, intitulé, contenu, content,
                       body, résumé, summary or abstract; else the column with the
                       most text in the first 100 rows. Names match ignoring case,
                       accents, spaces, "_" and "-".
  --level goal|target  target: also one score column per target (default: goal)
  --threshold X        a goal is labelled when its score is >= X (0-1; 0.4 or 0,4)
  --lang auto|fr|en    language of the texts (default: auto, per row)
  --format csv|json|ndjson   output format (default: csv)
  -o, --output FILE    write to FILE (atomically: a failed run leaves no file)
  --delimiter D        input delimiter: , ; tab (default: detected on the header)
  --encoding E         auto|utf8|windows-1252 (default: auto: UTF-8 with or without
                       BOM, else Windows-1252)
  --workers N          worker threads, 1 to min(64, 4 × cores) (default: one per core,
                       at most 4, for files of 2 MB or more)

CSV output: columns id,language,goals,sdg1,...,sdg17; goals lists the labelled
goals strongest first joined by "|"; scores have 4 decimals. With --level target
one more column per target, t1.1 ... t17.19 (UN order). Text cells starting with
= + - @, a tab or a carriage return (also after spaces or quotes) get a leading '
so spreadsheets do not run them as formulas; cells holding , ; tab, a quote or a
line break are quoted. JSON: an array of objects; NDJSON: one object per line.

Examples:
  sdg-align score fixtures/programmes-fr.csv --id-column id --text-column title --text-column description
  sdg-align score fixtures/programmes-fr.cp1252.csv --id-column id --format ndjson
  cat fixtures/programmes-fr.csv | sdg-align score - --level target -o scores.csv
`,
  gaps: `Usage: sdg-align gaps FILE (--plan-type T | --expect 7,11,13) [options]

Gap report of a plan's programmes (a CSV, one programme per row, or a Markdown /
text file split at its headings) against the goals expected of its plan type.

Options:
  --plan-type T        plan type id, acronym or alias (see: sdg-align plan-types)
  --expect 7,11,13     expected goals, instead of a plan type
  --format md|json|html   output format (default: md)
  --lang fr|en         language of the report (default: fr)
  --threshold X        a goal is addressed when a programme scores >= X
  -o, --output FILE    write to FILE (atomically)
  --input-format F     csv, md or text (default: from the extension; stdin: md
                       when it starts with a # heading, else csv)
  --delimiter D, --encoding E   as for score

Examples:
  sdg-align gaps fixtures/plans/pcaet-valdoise-2026.md --plan-type pcaet
  sdg-align gaps fixtures/programmes-fr.csv --plan-type plh --lang en --format json
  sdg-align gaps fixtures/plans/pcaet-valdoise-2027.md --expect 3,7,11,13 --format html -o gaps.html
`,
  check: `Usage: sdg-align check FILE... [options]

Checks plans (Markdown, text or CSV files of programmes). A Markdown or text file
is split at its headings (each heading and its body is a programme), or, without
headings, at blank lines. The plan type comes from --plan-type or is detected
from the document title (a CSV: its plan_type column, else the file name).
Fails (exit 1) when a required or core goal is missing, or coverage < minimum.

Options:
  --plan-type T        plan type for every file (default: detected)
  --require 3,7,13     goals that must be addressed
  --min-coverage X     minimum coverage of the expected goals (0-1)
  --threshold X        a goal is addressed when a programme scores >= X
  --format text|json|github   text: file:line:col: severity: message;
                       github: ::error annotations; json: { schemaVersion, ... }
  --input-format F     csv, md or text (default: from the extension; stdin, which
                       can be given once: md when it starts with a # heading)
  --delimiter D, --encoding E   as for score

Examples:
  sdg-align check fixtures/plans/pcaet-valdoise-2027.md
  sdg-align check fixtures/plans/pcaet-valdoise-2026.md --require 13 --format github
  sdg-align check fixtures/programmes-fr.csv --min-coverage 0.6 --format json
`,
  explain: `Usage: sdg-align explain TEXT | --file F [options]

Prints the goals and targets a text addresses and the evidence behind them, with
the matched words marked.

Options:
  -f, --file F         read the text from a file (- for stdin)
  --lang auto|fr|en    language of the text (default: auto)
  --locale fr|en       language of the explanation (default: the text's, else en)
  --threshold X        a goal is labelled when its score is >= X

Examples:
  sdg-align explain "Rénovation énergétique des écoles et développement des pistes cyclables"
  sdg-align explain "Access to safe drinking water for every household" --locale fr
  sdg-align explain --file fixtures/plans/rapport-dd-example.txt
`,
  'plan-types': `Usage: sdg-align plan-types [--format text|json]

Lists the French plan types (PCAET, SCoT, PLU(i), PAT...) with their expected
and core goals. Use an id, acronym or alias with --plan-type.

Examples:
  sdg-align plan-types
  sdg-align plan-types --format json
`,
};

/** One-line hint printed after a usage error. */
export const usageHint = (command?: CommandName): string =>
  command ? `Run 'sdg-align ${command} --help' for usage.` : "Run 'sdg-align --help' for usage.";
