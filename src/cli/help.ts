/**
 * The `--help` texts, built from the command list (flags, usage, examples) and the catalogue
 * (what each command and flag does, in French or English). Loads no command module.
 */
import { catalogue } from '../locales/index.js';
import type { Locale } from '../locales/types.js';
import { COMMANDS, COMMON_FLAGS, MAIN_EXAMPLES, type Command } from './commands.js';
import type { FlagDef } from './define.js';

const WIDTH = 80;
/** Column where option descriptions start. */
const INDENT = 23;

/** Words of `text` in lines of at most `width` characters (a longer word stands alone). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `  --id-column C        column holding…`, wrapped, continuation lines indented. */
function optionLines(left: string, text: string): string[] {
  const body = wrap(text, WIDTH - INDENT);
  const head = `  ${left}`;
  const pad = ' '.repeat(INDENT);
  if (head.length < INDENT - 1) return [`${head.padEnd(INDENT)}${body[0] ?? ''}`, ...body.slice(1).map((l) => pad + l)];
  return [head, ...body.map((l) => pad + l)];
}

const flagLeft = (name: string, def: FlagDef): string => `${def.short ? `-${def.short}, ` : ''}--${name}${def.type === 'string' && def.placeholder ? ` ${def.placeholder}` : ''}`;

function flagHelp(command: string, name: string, def: FlagDef, locale: Locale): string[] {
  const m = catalogue(locale).cli;
  const key = def.help ?? name;
  const text = m.flags[`${command}.${key}`] ?? m.flags[key] ?? '';
  const lines = optionLines(flagLeft(name, def), def.default !== undefined ? `${text} ${m.helpDefault({ value: def.default })}` : text);
  for (const [choice, { help }] of Object.entries(def.choices ?? {})) lines.push(...optionLines(`    ${choice}`, m.formats[help] ?? ''));
  return lines;
}

/** The help of one command. */
export function commandHelp(command: Command, locale: Locale): string {
  const m = catalogue(locale).cli;
  const about = m.commands[command.name]!;
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const own = Object.entries(command.flags as Record<string, FlagDef>).filter(([name]) => !(name in COMMON_FLAGS));
  const out = [`${m.helpUsage}${colon} sdg-align ${command.name} ${command.usage}`, '', ...wrap(about.description, WIDTH), ''];
  if (own.length) out.push(`${m.helpOptions}${colon}`, ...own.flatMap(([name, def]) => flagHelp(command.name, name, def, locale)), '');
  out.push(`${m.helpCommonOptions}${colon} ${Object.keys(COMMON_FLAGS).map((f) => `--${f}`).join(', ')} (sdg-align --help)`, '');
  if (about.notes) out.push(...wrap(about.notes, WIDTH), '');
  out.push(`${m.helpExamples}${colon}`, ...command.examples.map((e) => `  ${e}`));
  return `${out.join('\n')}\n`;
}

/** The top-level help: the commands, the options of every command, exit codes, examples. */
export function mainHelp(locale: Locale): string {
  const m = catalogue(locale).cli;
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const out = [`${m.helpUsage}${colon} sdg-align <command> [options]`, '', ...wrap(m.mainDescription, WIDTH), '', `${m.helpCommands}${colon}`];
  for (const c of COMMANDS) out.push(...optionLines(`${c.name} ${c.usage.replace(/ \[options\]$/, '').replace(/ \(.*$/, '').replace(/^\[.*\]$/, '')}`.trim(), m.commands[c.name]!.summary));
  out.push('', `${m.helpOptions}${colon}`);
  for (const [name, def] of Object.entries(COMMON_FLAGS as Record<string, FlagDef>)) out.push(...flagHelp('', name, def, locale));
  out.push(...optionLines('--version', m.flags.version ?? ''));
  out.push('', ...wrap(m.helpExitCodes, WIDTH), '', `${m.helpExamples}${colon}`, ...MAIN_EXAMPLES.map((e) => `  ${e}`));
  return `${out.join('\n')}\n`;
}

/** One-line hint printed after a usage error. */
export const usageHint = (locale: Locale, command?: string): string => catalogue(locale).cli.usageHint({ command });
