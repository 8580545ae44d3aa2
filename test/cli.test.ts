/**
 * The CLI, driven from one table of cases. Each case runs twice: in-process through `main` (fake
 * streams) and as a real subprocess of the built `node dist/cli.cjs` (built once if missing or stale).
 * Score values depend on the engine and are not pinned here; formats, exit codes and messages are.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, createReadStream, existsSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../package.json';
import { COMMANDS, MAIN_EXAMPLES, MAX_WORKERS } from '../src/cli/commands.js';
import { main } from '../src/cli/main.js';
import { BIN, Collector, IS_ROOT, ROOT, ensureBuilt, mknod, runInProcess, runSubprocess, tempDir, type CliResult } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'fixtures');
const FR_CSV = join(FIXTURES, 'programmes-fr.csv');
const CP1252_CSV = join(FIXTURES, 'programmes-fr.cp1252.csv');
const PCAET_MD = join(FIXTURES, 'plans', 'pcaet-valdoise-2026.md');

const GOAL_HEADER = `id,language,goals,${Array.from({ length: 17 }, (_, i) => `sdg${i + 1}`).join(',')}`;
const SCORES = Array.from({ length: 17 }, () => '\\d\\.\\d{4}').join(',');
/** One CSV output row: id, language, labels, 17 scores. */
const row = (id: string) => new RegExp(`^${id},(fr|en|und),[\\d|]*,${SCORES}$`, 'm');

const SIMPLE_CSV = 'id,texte\n1,Rénovation énergétique des écoles et pistes cyclables\n2,Accès à l’eau potable et assainissement\n3,Lutte contre le gaspillage alimentaire\n';
/** A French export with accented headers: « N° fiche », « Intitulé de l'action ». */
const FICHES_CSV = "N° fiche;Intitulé de l'action;Description\nF-01;Rénovation des écoles;Isolation des combles et remplacement des chaudières au fioul des écoles\nF-02;Pistes cyclables;Création de 20 km de pistes cyclables entre les bourgs et la gare\n";

/** A CSV as French Excel opens it: UTF-8 after a BOM, ";" between cells, CRLF, numbers with a decimal comma. */
function readAsFrenchExcel(text: string): (string | number)[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) => line.split(';').map((cell) => (/^\d+,\d+$/.test(cell) ? Number(cell.replace(',', '.')) : cell)));
}

/** The same cells from the plain CSV. */
const readAsCsv = (text: string): (string | number)[][] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => line.split(',').map((cell) => (/^\d+\.\d+$/.test(cell) ? Number(cell) : cell)));

const INJECTION_CSV = 'id,description\n"=HYPERLINK(""http://evil.example"",""clic"")",Rénovation énergétique des écoles\n+33 1 23,Pistes cyclables\n@SUM(A1),Eau potable\n';

interface Case {
  name: string;
  args: string[];
  stdin?: string | Buffer;
  /** Files created in the case's temporary working directory. */
  files?: Record<string, string | Buffer>;
  /** Working directory inside the temporary directory (default: its root). */
  cwd?: string;
  /** Environment of the run; `HOME` may name a folder of the temporary directory (`<dir>/…`). */
  env?: Record<string, string>;
  exit: number;
  stdout?: string | RegExp | ((stdout: string) => void);
  stderr?: string | RegExp | ((stderr: string) => void);
  /** Prepares the temporary directory (special files, links, modes); its result is passed to `after`. */
  setup?: (dir: string) => unknown;
  /** Needs root (device nodes made with mknod in the temporary directory); skipped otherwise. */
  needsRoot?: boolean;
  /** `full`: stdout fails every write with ENOSPC. */
  stdoutTo?: 'full';
  /** Checks on the temporary directory after the run. */
  after?: (dir: string, result: CliResult, setup: unknown) => void | Promise<void>;
}

/** Everything a FIFO receives, once its writer closes it. */
const readFifo = (path: string) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    createReadStream(path)
      .on('data', (c) => chunks.push(c as Buffer))
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      .on('error', reject);
  });
const modeOf = (path: string) => statSync(path).mode & 0o777;

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

const cases: Case[] = [
  // Help and version.
  { name: 'top-level --help', args: ['--help'], exit: 0, stdout: /^Usage: sdg-align <command> \[options\]/, stderr: '' },
  { name: 'no arguments: usage on stderr, exit 2', args: [], exit: 2, stdout: '', stderr: /^Usage: sdg-align/ },
  { name: '--version', args: ['--version'], exit: 0, stdout: `${pkg.version}\n`, stderr: '' },
  { name: 'score --help', args: ['score', '--help'], exit: 0, stdout: /--id-column C[\s\S]*fixtures\/programmes-fr\.csv/ },
  { name: 'gaps --help', args: ['gaps', '-h'], exit: 0, stdout: /--plan-type T[\s\S]*--expect 7,11,13/ },
  { name: 'check --help', args: ['check', '--help'], exit: 0, stdout: /--min-coverage X[\s\S]*--format text\|json\|github/ },
  { name: 'explain --help', args: ['explain', '--help'], exit: 0, stdout: /--file F/ },
  { name: 'plan-types --help', args: ['plan-types', '--help'], exit: 0, stdout: /--format text\|json/ },
  { name: 'help TOPIC', args: ['help', 'score'], exit: 0, stdout: /^Usage: sdg-align score FILE\|-/ },

  // Usage errors.
  {
    name: 'unknown command suggests the closest',
    args: ['scor', 'x.csv'],
    exit: 2,
    stdout: '',
    stderr: `sdg-align: error: unknown command "scor" (did you mean 'score'?).\nRun 'sdg-align --help' for usage.\n`,
  },
  {
    name: 'unknown flag gives the command usage hint',
    args: ['score', 'a.csv', '--bogus'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 2,
    stdout: '',
    stderr: `sdg-align: error: unknown option --bogus for 'score'.\nRun 'sdg-align score --help' for usage.\n`,
  },
  { name: 'flag without its value', args: ['score', 'a.csv', '--threshold'], exit: 2, stderr: /^sdg-align: error: option --threshold needs a value\.\n/ },
  {
    name: 'flag value out of range',
    args: ['score', 'a.csv', '--threshold', '2'],
    exit: 2,
    stderr: `sdg-align: error: --threshold: expected a number from 0 to 1 (such as 0.4 or 0,4), got "2".\nRun 'sdg-align score --help' for usage.\n`,
  },
  ...[['1000'], ['4294967296'], ['0'], ['-1'], ['2.5']].map(([n]) => ({
    name: `--workers ${n} is out of bounds: usage error naming the range`,
    args: ['score', 'a.csv', '--workers', n!],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 2,
    stdout: '',
    stderr: new RegExp(`^sdg-align: error: --workers: expected a whole number from 1 to ${MAX_WORKERS}, got "${n!.replace('.', '\\.')}"\\.\\n`),
  })),
  ...[['0x1'], ['NaN'], ['Infinity'], ['1e-1'], ['-0.5'], ['0,4,5']].map(([x]) => ({
    name: `--threshold ${x}: usage error`,
    args: ['score', 'a.csv', '--threshold', x!],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 2,
    stdout: '',
    stderr: `sdg-align: error: --threshold: expected a number from 0 to 1 (such as 0.4 or 0,4), got "${x}".\nRun 'sdg-align score --help' for usage.\n`,
  })),
  {
    name: '--threshold 0,4 is read as 0.4 (French decimal comma)',
    args: ['score', 'a.csv', '--threshold', '0,4'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 0,
    after: async (dir, result) => expect(result.stdout).toBe((await runInProcess(['score', 'a.csv', '--threshold', '0.4'], { cwd: dir })).stdout),
  },
  { name: 'check --min-coverage 0,99 is read as 0.99', args: ['check', PCAET_MD, '--min-coverage', '0,99'], exit: 1, stdout: /error: coverage of the expected goals is [\d.]+%, below the minimum 99%\./ },
  { name: 'score --help gives the --workers range', args: ['score', '--help'], exit: 0, stdout: /--workers N +scoring threads \(this one and N − 1 worker threads\), 1 to\n +min\(64, 4 × cores\)/ },
  { name: 'bad --format', args: ['score', 'a.csv', '--format', 'xml'], exit: 2, stderr: /--format: expected one of csv, json, ndjson, got "xml"/ },
  { name: 'score without FILE', args: ['score'], exit: 2, stderr: /score needs a FILE \(or - for stdin\)/ },

  // score: formats and columns.
  {
    name: 'score: CSV, ids are row numbers, default text column "texte"',
    args: ['score', 'a.csv'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 0,
    stderr: '',
    stdout: (out) => {
      const l = lines(out);
      expect(l[0]).toBe(GOAL_HEADER);
      expect(l).toHaveLength(4);
      for (const id of ['1', '2', '3']) expect(out).toMatch(row(id));
      expect(l[1]).toMatch(/^1,(fr|und),[\d|]*7[\d|]*,/); // energy renovation labels goal 7 (short texts may be `und`)
    },
  },
  {
    name: 'score: --id-column and --text-column matched ignoring case and accents',
    args: ['score', 'a.csv', '--id-column', 'CODE', '--text-column', 'libelle', '--text-column', 'Détail'],
    files: { 'a.csv': 'Code;Libellé;detail\nA-1;Pistes cyclables;Vers les gares\nA-2;Eau potable;Réseau\n' },
    exit: 0,
    stdout: (out) => {
      expect(out).toMatch(row('A-1'));
      expect(out).toMatch(row('A-2'));
    },
  },
  {
    name: 'score: no text-like column: the longest one is scored',
    args: ['score', 'a.csv', '--format', 'ndjson'],
    files: { 'a.csv': 'ref,x,y\n1,ab,Rénovation énergétique des logements et des écoles publiques\n' },
    exit: 0,
    stdout: (out) => expect(JSON.parse(lines(out)[0]!).goals).toContain(7),
  },
  {
    name: 'score: --format json is an array in input order',
    args: ['score', 'a.csv', '--format', 'json', '--id-column', 'id'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 0,
    stdout: (out) => {
      const data = JSON.parse(out) as { id: string; language: string; goals: number[]; scores: Record<string, number> }[];
      expect(data.map((d) => d.id)).toEqual(['1', '2', '3']);
      expect(Object.keys(data[0]!.scores)).toHaveLength(17);
      expect(data[0]).not.toHaveProperty('targets');
    },
  },
  {
    name: 'score: --format ndjson, one object per line',
    args: ['score', 'a.csv', '--format', 'ndjson', '--level', 'target'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 0,
    stdout: (out) => {
      const objects = lines(out).map((l) => JSON.parse(l) as { id: string; targets: Record<string, number> });
      expect(objects.map((o) => o.id)).toEqual(['1', '2', '3']);
      expect(Object.keys(objects[0]!.targets)).toContain('7.3');
    },
  },
  {
    name: 'score: --level target adds t1.1…t17.19 columns',
    args: ['score', 'a.csv', '--level', 'target'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 0,
    stdout: (out) => {
      const [header, first] = lines(out);
      const columns = header!.split(',');
      expect(columns).toHaveLength(3 + 17 + 169);
      expect(columns.slice(20, 22)).toEqual(['t1.1', 't1.2']);
      expect(columns.at(-1)).toBe('t17.19');
      expect(first!.split(',')).toHaveLength(columns.length);
    },
  },
  {
    name: 'score: formula injection is neutralised in id cells',
    args: ['score', 'a.csv', '--id-column', 'id'],
    files: { 'a.csv': INJECTION_CSV },
    exit: 0,
    stdout: (out) => {
      const l = lines(out);
      expect(l[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""clic""\)",/);
      expect(l[2]).toMatch(/^'\+33 1 23,/);
      expect(l[3]).toMatch(/^'@SUM\(A1\),/);
    },
  },
  {
    name: 'score: an id with ; or a formula behind spaces or quotes is quoted and guarded (French Excel splits on ;)',
    args: ['score', 'a.csv', '--id-column', 'id'],
    files: { 'a.csv': `id,description\n"x;=cmd|' /C calc'!A0;",Eau potable\n"  =1+1",Eau potable\n"""=2""",Eau\n` },
    exit: 0,
    stdout: (out) => {
      const l = lines(out);
      expect(l[1]).toMatch(/^"x;=cmd\|' \/C calc'!A0;",/);
      expect(l[2]).toMatch(/^'  =1\+1,/);
      expect(l[3]).toMatch(/^"'""=2""",/);
    },
  },
  {
    name: 'score: stdin with -',
    args: ['score', '-', '--format', 'ndjson'],
    stdin: SIMPLE_CSV,
    exit: 0,
    stdout: (out) => expect(lines(out)).toHaveLength(3),
  },
  {
    name: 'score: short rows of a French file are read in French',
    args: ['score', 'actions.csv', '--id-column', 'id', '--verbose'],
    files: { 'actions.csv': 'id,texte\n1,Aide aux devoirs\n2,Rénovation énergétique des écoles et des gymnases de la commune\n3,Création de pistes cyclables entre les bourgs et la gare\n' },
    exit: 0,
    stdout: /^1,fr,/m,
    stderr: /rows too short to tell their language are read in French/,
  },
  { name: 'score: empty file gives the header alone', args: ['score', 'empty.csv'], files: { 'empty.csv': '' }, exit: 0, stdout: `${GOAL_HEADER}\n`, stderr: '' },
  { name: 'score: header-only CSV gives the header alone', args: ['score', 'h.csv', '--id-column', 'id'], files: { 'h.csv': 'id,text\r\n' }, exit: 0, stdout: `${GOAL_HEADER}\n` },
  { name: 'score: empty stdin, JSON', args: ['score', '-', '--format', 'json'], stdin: '', exit: 0, stdout: '[]\n' },
  {
    name: 'score: --output writes the file atomically, nothing on stdout',
    args: ['score', 'a.csv', '--output', 'out/scores.csv'],
    files: { 'a.csv': SIMPLE_CSV, 'out/.keep': '' },
    exit: 0,
    stdout: '',
    stderr: '',
    after: (dir) => {
      expect(readFileSync(join(dir, 'out/scores.csv'), 'utf8')).toMatch(new RegExp(`^${GOAL_HEADER}\n`));
      expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.keep', 'scores.csv']);
    },
  },
  {
    name: 'score: a failed run leaves no output file',
    args: ['score', 'bad.csv', '--output', 'scores.csv'],
    files: { 'bad.csv': 'id,text\n1,ok\n2,"never closed\n3,x\n' },
    exit: 2,
    stdout: '',
    after: (dir) => expect(readdirSync(dir)).toEqual(['bad.csv']),
  },
  {
    name: 'score: --output into a missing directory fails and writes nothing',
    args: ['score', 'a.csv', '-o', 'missing/scores.csv'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 2,
    stdout: '',
    stderr: /^sdg-align: error: .*missing\/scores\.csv: cannot write: no such directory\.\n$/,
    after: (dir) => expect(readdirSync(dir)).toEqual(['a.csv']),
  },
  { name: 'score: --workers is accepted', args: ['score', 'a.csv', '--workers', '4'], files: { 'a.csv': SIMPLE_CSV }, exit: 0, stdout: row('1') },

  // Output targets: devices, FIFOs, links, modes, inputs, long names (nodes made in the case's temporary directory only).
  {
    name: 'output onto a character device: written directly, still a device after',
    args: ['score', 'a.csv', '-o', 'nulldev'],
    files: { 'a.csv': SIMPLE_CSV },
    setup: (dir) => mknod(join(dir, 'nulldev'), 1, 3),
    needsRoot: true,
    exit: 0,
    stdout: '',
    stderr: '',
    after: (dir) => {
      expect(lstatSync(join(dir, 'nulldev')).isCharacterDevice()).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['a.csv', 'nulldev']);
    },
  },
  {
    name: 'output onto a FIFO: written into it, no temp file, still a FIFO',
    args: ['score', 'a.csv', '-o', 'fifo', '--format', 'ndjson'],
    files: { 'a.csv': SIMPLE_CSV },
    setup: (dir) => {
      execFileSync('mkfifo', [join(dir, 'fifo')]);
      // Wrapped: the runner awaits what setup returns, and this resolves only once the CLI closes the FIFO.
      return { reading: readFifo(join(dir, 'fifo')) };
    },
    exit: 0,
    stdout: '',
    after: async (dir, _result, prepared) => {
      expect(lines(await (prepared as { reading: Promise<string> }).reading).map((l) => JSON.parse(l).id)).toEqual(['1', '2', '3']);
      expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['a.csv', 'fifo']);
    },
  },
  {
    name: 'output through a symbolic link: the file it leads to is replaced atomically, mode kept, link kept',
    args: ['score', 'a.csv', '-o', 'link.csv'],
    files: { 'a.csv': SIMPLE_CSV, 'real/scores.csv': 'old\n' },
    setup: (dir) => {
      chmodSync(join(dir, 'real/scores.csv'), 0o640);
      symlinkSync('real/scores.csv', join(dir, 'link.csv'));
    },
    exit: 0,
    stdout: '',
    after: (dir) => {
      expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'real/scores.csv'), 'utf8')).toMatch(new RegExp(`^${GOAL_HEADER}\n`));
      expect(modeOf(join(dir, 'real/scores.csv'))).toBe(0o640);
      expect(readdirSync(join(dir, 'real'))).toEqual(['scores.csv']);
      expect(readdirSync(dir).sort()).toEqual(['a.csv', 'link.csv', 'real']);
    },
  },
  {
    name: 'output through a dangling symbolic link: the file it names is created',
    args: ['score', 'a.csv', '-o', 'link.csv'],
    files: { 'a.csv': SIMPLE_CSV, 'real/.keep': '' },
    setup: (dir) => symlinkSync('real/new.csv', join(dir, 'link.csv')),
    exit: 0,
    after: (dir) => {
      expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'real/new.csv'), 'utf8')).toMatch(new RegExp(`^${GOAL_HEADER}\n`));
    },
  },
  {
    name: 'output onto an existing file keeps its mode',
    args: ['score', 'a.csv', '-o', 'out.csv'],
    files: { 'a.csv': SIMPLE_CSV, 'out.csv': 'old\n' },
    setup: (dir) => chmodSync(join(dir, 'out.csv'), 0o600),
    exit: 0,
    after: (dir) => {
      expect(modeOf(join(dir, 'out.csv'))).toBe(0o600);
      expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toMatch(new RegExp(`^${GOAL_HEADER}\n`));
    },
  },
  {
    name: 'output onto a read-only file is refused, exit 2, file unchanged',
    args: ['score', 'a.csv', '-o', 'out.csv'],
    files: { 'a.csv': SIMPLE_CSV, 'out.csv': 'keep\n' },
    setup: (dir) => chmodSync(join(dir, 'out.csv'), 0o444),
    exit: 2,
    stdout: '',
    stderr: 'sdg-align: error: out.csv: cannot write: the file is read-only.\n',
    after: (dir) => {
      expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('keep\n');
      expect(readdirSync(dir).sort()).toEqual(['a.csv', 'out.csv']);
    },
  },
  // A folder as --output: refused before the (missing) input is read, so before any scoring.
  ...[['score', 'missing.csv'], ['gaps', 'missing.csv', '--plan-type', 'pcaet']].map(
    (args): Case => ({
      name: `${args[0]}: a folder as --output fails before anything is read`,
      args: [...args, '-o', 'dir'],
      files: { 'dir/x': '' },
      exit: 2,
      stdout: '',
      stderr: 'sdg-align: error: dir: cannot write: is a directory.\n',
      after: (dir) => expect(readdirSync(join(dir, 'dir'))).toEqual(['x']),
    }),
  ),
  {
    name: 'score: --output the input file itself is refused before reading, exit 2',
    args: ['score', 'a.csv', '-o', 'a.csv'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 2,
    stdout: '',
    stderr: /^sdg-align: error: --output a\.csv is the input a\.csv: writing it would destroy the data being read/,
    after: (dir) => {
      expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe(SIMPLE_CSV);
      expect(readdirSync(dir)).toEqual(['a.csv']);
    },
  },
  {
    name: 'gaps: --output a hard link to the input (same inode) is refused',
    args: ['gaps', 'a.csv', '--plan-type', 'pcaet', '-o', 'same.csv'],
    files: { 'a.csv': SIMPLE_CSV },
    setup: (dir) => linkSync(join(dir, 'a.csv'), join(dir, 'same.csv')),
    exit: 2,
    stderr: /^sdg-align: error: --output same\.csv is the input a\.csv/,
    after: (dir) => expect(readFileSync(join(dir, 'same.csv'), 'utf8')).toBe(SIMPLE_CSV),
  },
  {
    name: 'a 239-character output name is written (its temp name is shortened)',
    args: ['score', 'a.csv', '-o', `${'r'.repeat(235)}.csv`],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 0,
    stderr: '',
    after: (dir) => expect(readdirSync(dir).sort()).toEqual(['a.csv', `${'r'.repeat(235)}.csv`]),
  },
  {
    name: 'a 300-character output name fails with a sentence, not a raw ENAMETOOLONG',
    args: ['score', 'a.csv', '-o', `${'r'.repeat(296)}.csv`],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 2,
    stderr: /^sdg-align: error: r+\.csv: cannot write: file name too long \(at most 255 bytes\)\.\n$/,
  },
  // A write error on stdout (a full disk): one line, exit 2, whatever the command.
  ...[['score', 'a.csv'], ['score', 'a.csv', '--format', 'json'], ['gaps', 'a.csv', '--plan-type', 'pcaet'], ['check', 'a.csv', '--plan-type', 'pcaet'], ['explain', 'Eau potable'], ['plan-types'], ['--help'], ['--version'], ['score', '--help']].map(
    (args): Case => ({
      name: `stdout full: ${args.join(' ')}`,
      args,
      files: { 'a.csv': SIMPLE_CSV },
      stdoutTo: 'full',
      exit: 2,
      stdout: '',
      stderr: 'sdg-align: error: <stdout>: cannot write: no space left on device.\n',
    }),
  ),

  // Encodings and delimiters.
  {
    name: 'score: Windows-1252, ";" and CRLF fixture gives the same output as the UTF-8 one',
    args: ['score', CP1252_CSV, '--id-column', 'id', '--format', 'ndjson'],
    exit: 0,
    stdout: (out) => {
      const objects = lines(out).map((l) => JSON.parse(l) as { id: string });
      expect(objects).toHaveLength(48);
      expect(objects[0]!.id).toBe('PCAET-01');
    },
    after: async () => {
      const utf8 = await runInProcess(['score', FR_CSV, '--id-column', 'id'], { cwd: ROOT });
      const cp1252 = await runInProcess(['score', CP1252_CSV, '--id-column', 'id'], { cwd: ROOT });
      expect(cp1252.stdout).toBe(utf8.stdout);
    },
  },
  {
    name: 'score: --verbose reports encoding and delimiter on stderr',
    args: ['score', CP1252_CSV, '--id-column', 'id', '--verbose'],
    exit: 0,
    stderr: /encoding windows-1252, delimiter ";", text from "description", ids from "id"/,
  },
  {
    name: 'score: UTF-8 with BOM, header matched',
    args: ['score', 'bom.csv', '--id-column', 'id', '--format', 'ndjson'],
    files: { 'bom.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,description\nX1,Eau potable pour tous\n')]) },
    exit: 0,
    stdout: /^\{"id":"X1",/,
  },
  {
    name: 'score: forced --encoding windows-1252 and --input-delimiter tab',
    args: ['score', 't.tsv', '--encoding', 'windows-1252', '--input-delimiter', 'tab', '--id-column', 'id', '--format', 'ndjson'],
    files: { 't.tsv': Buffer.from('id\ttext\n\x80-1\tR\xe9novation \x9cuvre\n', 'latin1') },
    exit: 0,
    stdout: /^\{"id":"€-1",/,
  },

  {
    name: 'score: an invalid byte later in a UTF-8 file is an error naming file:line:column, exit 2',
    args: ['score', 'mixed.csv', '--output', 'out.csv'],
    files: { 'mixed.csv': Buffer.concat([Buffer.from('id,text\n1,Accès à l’eau\n2,R'), Buffer.from([0xe9]), Buffer.from('novation\n3,Vélo\n')]) },
    exit: 2,
    stdout: '',
    stderr: /^sdg-align: error: mixed\.csv:3:4: invalid UTF-8 \(byte 0xE9\) in a file read as UTF-8 from its start; .*--encoding windows-1252/,
    after: (dir) => expect(readdirSync(dir)).toEqual(['mixed.csv']),
  },
  {
    name: 'score: --encoding utf8 reads the invalid byte as U+FFFD in its row only',
    args: ['score', 'mixed.csv', '--encoding', 'utf8', '--format', 'ndjson', '--id-column', 'text'],
    files: { 'mixed.csv': Buffer.concat([Buffer.from('id,text\n1,Accès à l’eau\n2,R'), Buffer.from([0xe9]), Buffer.from('novation\n3,Vélo\n')]) },
    exit: 0,
    stdout: (out) => expect(lines(out).map((l) => JSON.parse(l).id)).toEqual(['Accès à l’eau', 'R\uFFFDnovation', 'Vélo']),
  },

  // Input errors.
  {
    name: 'missing column names it and lists the columns',
    args: ['score', 'a.csv', '--text-column', 'résumé'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 2,
    stdout: '',
    stderr: 'sdg-align: error: a.csv: no column "résumé" (--text-column); the columns are: "id", "texte".\n',
  },
  {
    name: 'malformed CSV: unclosed quote, with file and line',
    args: ['score', 'bad.csv'],
    files: { 'bad.csv': 'id,text\n1,ok\n2,"never closed\n3,x\n' },
    exit: 2,
    stderr: 'sdg-align: error: bad.csv:3:3: malformed CSV: unclosed quoted field (a `"` opens a field that never closes).\n',
  },
  {
    name: 'malformed CSV: text after a closing quote',
    args: ['score', 'bad.csv'],
    files: { 'bad.csv': 'id,text\n1,"a"b\n' },
    exit: 2,
    stderr: /^sdg-align: error: bad\.csv:2:6: malformed CSV: unexpected "b" after a closing quote/,
  },
  {
    name: 'malformed CSV: more fields than the header',
    args: ['score', 'bad.csv'],
    files: { 'bad.csv': 'id;text\n1;a;b;c\n' },
    exit: 2,
    stderr: /^sdg-align: error: bad\.csv:2: malformed CSV: 4 fields but the header has 2/,
  },
  { name: 'missing file', args: ['score', 'nope.csv'], exit: 2, stdout: '', stderr: 'sdg-align: error: nope.csv: cannot read: no such file.\n' },
  { name: 'a directory is not a file', args: ['score', 'dir'], files: { 'dir/x': '' }, exit: 2, stderr: 'sdg-align: error: dir: cannot read: is a directory, not a file.\n' },
  {
    name: 'binary file refused',
    args: ['score', 'data.csv'],
    files: { 'data.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]) },
    exit: 2,
    stderr: 'sdg-align: error: data.csv: looks like a binary file (NUL bytes in the first 8192 bytes), not text or CSV.\n',
  },

  // Config.
  {
    name: 'config from the working directory',
    args: ['score', 'a.csv'],
    files: { 'a.csv': SIMPLE_CSV, 'sdg-align.config.json': '{ "format": "ndjson", "idColumn": "id" }' },
    exit: 0,
    stdout: (out) => expect(lines(out).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['1', '2', '3']),
  },
  {
    name: 'config keys may be written as the flags are (kebab-case)',
    args: ['score', 'a.csv', '--format', 'ndjson'],
    files: { 'a.csv': 'code,x,y\nK1,Eau potable,b\n', 'sdg-align.config.json': '{ "id-column": "code", "text-column": ["x", "y"] }' },
    exit: 0,
    stdout: /^\{"id":"K1",/,
  },
  {
    name: 'config found in a parent directory; flags override it',
    args: ['score', '../a.csv', '--format', 'csv'],
    files: { 'a.csv': SIMPLE_CSV, 'sdg-align.config.json': '{ "score": { "format": "json" } }', 'sub/.keep': '' },
    cwd: 'sub',
    exit: 0,
    stdout: new RegExp(`^${GOAL_HEADER}\n`),
  },
  {
    name: 'invalid config value names the file and field',
    args: ['score', 'a.csv'],
    files: { 'a.csv': SIMPLE_CSV, 'sdg-align.config.json': '{ "score": { "threshold": 2 } }' },
    exit: 2,
    stdout: '',
    stderr: 'sdg-align: error: sdg-align.config.json: score.threshold: expected a number from 0 to 1 (such as 0.4 or 0,4), got 2.\n',
  },
  {
    name: 'unknown config key',
    args: ['score', 'a.csv'],
    files: { 'a.csv': SIMPLE_CSV, 'sdg-align.config.json': '{ "treshold": 0.3 }' },
    exit: 2,
    stderr: /^sdg-align: error: sdg-align\.config\.json: unknown option "treshold"/,
  },
  {
    name: 'config value valid elsewhere but not for this command',
    args: ['score', 'a.csv'],
    files: { 'a.csv': SIMPLE_CSV, 'c.json': '{ "format": "html" }' },
    exit: 2,
    stderr: `sdg-align: error: c.json: format: expected one of csv, json, ndjson, got "html" (for 'score').\n`,
    // (--config given below through args)
  },
  {
    name: 'config search stops at the repository root (.git folder): a config above it is not applied',
    args: ['score', 'a.csv'],
    files: { 'sdg-align.config.json': '{ "format": "json" }', 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/src/a.csv': SIMPLE_CSV },
    cwd: 'repo/src',
    exit: 0,
    stdout: new RegExp(`^${GOAL_HEADER}\n`),
  },
  {
    name: 'config search stops at a .git file too (worktree), and uses the config at the repository root',
    args: ['score', '../a.csv'],
    files: { 'sdg-align.config.json': '{ "format": "json" }', 'repo/.git': 'gitdir: /elsewhere\n', 'repo/sdg-align.config.json': '{ "format": "ndjson" }', 'repo/a.csv': SIMPLE_CSV, 'repo/src/.keep': '' },
    cwd: 'repo/src',
    exit: 0,
    stdout: /^\{"id":"1",/,
  },
  {
    name: 'config search stops at the home folder: a config above it is not applied, one in it is',
    args: ['score', 'a.csv'],
    files: { 'sdg-align.config.json': '{ "format": "json" }', 'home/proj/a.csv': SIMPLE_CSV },
    cwd: 'home/proj',
    env: { HOME: '<dir>/home' },
    exit: 0,
    stdout: new RegExp(`^${GOAL_HEADER}\n`),
    after: async (dir) => {
      writeFileSync(join(dir, 'home', 'sdg-align.config.json'), '{ "format": "ndjson" }');
      const again = await runInProcess(['score', 'a.csv'], { cwd: join(dir, 'home', 'proj'), env: { HOME: join(dir, 'home') } });
      expect(again.stdout).toMatch(/^\{"id":"1",/);
    },
  },
  {
    name: 'paths in a config are resolved against the config folder, not the working directory',
    args: ['score', 'a.csv'],
    files: { 'sdg-align.config.json': '{ "output": "out/scores.csv" }', 'out/.keep': '', 'sub/a.csv': SIMPLE_CSV },
    cwd: 'sub',
    exit: 0,
    stdout: '',
    after: (dir) => {
      expect(readFileSync(join(dir, 'out', 'scores.csv'), 'utf8')).toMatch(new RegExp(`^${GOAL_HEADER}\n`));
      expect(readdirSync(join(dir, 'sub'))).toEqual(['a.csv']);
    },
  },
  {
    name: 'an error caused by a config value names the config',
    args: ['score', 'a.csv'],
    files: { 'a.csv': SIMPLE_CSV, 'sdg-align.config.json': '{ "score": { "idColumn": "code" } }' },
    exit: 2,
    stdout: '',
    stderr: 'sdg-align: error: a.csv: no column "code" (--id-column); the columns are: "id", "texte".\nsdg-align: note: options taken from sdg-align.config.json: score.idColumn.\n',
  },
  {
    name: '--verbose names the config used',
    args: ['score', 'a.csv', '--verbose'],
    files: { 'a.csv': SIMPLE_CSV, 'sdg-align.config.json': '{ "format": "ndjson" }' },
    exit: 0,
    stderr: /^sdg-align: config: .*sdg-align\.config\.json \(format\)\n/,
  },
  {
    name: '--no-config ignores the config file',
    args: ['score', 'a.csv', '--no-config'],
    files: { 'a.csv': SIMPLE_CSV, 'sdg-align.config.json': '{ "format": "json", "treshold": 1 }' },
    exit: 0,
    stdout: new RegExp(`^${GOAL_HEADER}\n`),
  },
  { name: '--config with --no-config is a usage error', args: ['plan-types', '--config', 'c.json', '--no-config'], files: { 'c.json': '{}' }, exit: 2, stderr: /^sdg-align: error: --config and --no-config cannot be used together\./ },
  {
    name: 'a deeply nested invalid config reports its position (not 1:NaN)',
    args: ['score', 'a.csv', '--config', 'c.json'],
    files: { 'a.csv': SIMPLE_CSV, 'c.json': `{"score": ${'['.repeat(100_000)}` },
    exit: 2,
    stderr: /^sdg-align: error: c\.json:1:100011: invalid JSON/,
  },
  {
    name: 'a deeply nested valid config value is a config error, not an internal error',
    args: ['score', 'a.csv', '--config', 'c.json'],
    files: { 'a.csv': SIMPLE_CSV, 'c.json': `{"threshold": ${'['.repeat(50_000)}${']'.repeat(50_000)}}` },
    exit: 2,
    stderr: 'sdg-align: error: c.json: threshold: expected a number from 0 to 1 (such as 0.4 or 0,4), got an array.\n',
  },
  { name: 'config with invalid JSON', args: ['plan-types', '--config', 'c.json'], files: { 'c.json': '{\n  "format": json\n}' }, exit: 2, stderr: /^sdg-align: error: c\.json:2:13: invalid JSON/ },
  { name: '--config file missing', args: ['plan-types', '--config', 'none.json'], exit: 2, stderr: 'sdg-align: error: none.json: cannot read the config file: no such file.\n' },

  // gaps.
  { name: 'gaps: Markdown report', args: ['gaps', FR_CSV, '--plan-type', 'pcaet'], exit: 0, stdout: /^#/, stderr: '' },
  {
    name: 'gaps: JSON report with schemaVersion',
    args: ['gaps', PCAET_MD, '--plan-type', 'PCAET', '--format', 'json'],
    exit: 0,
    stdout: (out) => {
      const report = JSON.parse(out) as { schemaVersion: number; planType: { id: string }; expected: { coreMissing: number[] } };
      expect(report.schemaVersion).toBe(1);
      expect(report.planType.id).toBe('pcaet');
      expect(report.expected.coreMissing).toContain(3);
    },
  },
  { name: 'gaps: HTML report with --expect, in English', args: ['gaps', PCAET_MD, '--expect', '7,11,13', '--format', 'html', '--lang', 'en'], exit: 0, stdout: /^<!DOCTYPE html>/i },
  { name: 'gaps: needs a plan type or expected goals', args: ['gaps', FR_CSV], exit: 2, stderr: /gaps needs --plan-type T/ },
  { name: 'gaps: unknown plan type suggests the closest', args: ['gaps', FR_CSV, '--plan-type', 'pcaett'], exit: 2, stderr: /^sdg-align: error: Unknown plan type "pcaett"\. Did you mean "pcaet"/ },
  { name: 'gaps: bad --expect', args: ['gaps', FR_CSV, '--expect', '7,18'], exit: 2, stderr: /--expect: expected goal numbers 1–17 such as 7,11,13, got "18"/ },

  { name: 'gaps --verbose says the encoding decided', args: ['gaps', CP1252_CSV, '--plan-type', 'pcaet', '--verbose', '-o', 'r.md'], exit: 0, stderr: /programmes-fr\.cp1252\.csv: encoding windows-1252, delimiter ";"\./ },

  // check.
  {
    name: 'check: a PCAET without health fails on core goal 3 (plan type from the title)',
    args: ['check', PCAET_MD],
    exit: 1,
    stdout: /^.*pcaet-valdoise-2026\.md:1:1: error: core goal 3 \(Good health and well-being\) of PCAET is not addressed by any programme/m,
    stderr: '',
  },
  {
    name: 'check: --format github annotations',
    args: ['check', 'plan.md', '--plan-type', 'pcaet', '--format', 'github'],
    files: { 'plan.md': '# Mon plan\n\n## Action 1\n\nRénovation énergétique des logements.\n' },
    exit: 1,
    stdout: /^::error file=plan\.md,line=1,col=1::core goal 3 /m,
  },
  {
    name: 'check: --format json has a stable schema',
    args: ['check', 'plan.md', '--require', '7', '--format', 'json'],
    files: { 'plan.md': '# Mon plan\n\n## Action 1\n\nRénovation énergétique des logements et des écoles.\n\n## Action 2\n\nFête du village.\n' },
    exit: 0,
    stdout: (out) => {
      const result = JSON.parse(out) as { schemaVersion: number; ok: boolean; plans: { planType: string | null; required: number[] }[]; findings: { rule: string; line: number; programme?: string }[] };
      expect(result.schemaVersion).toBe(1);
      expect(result.ok).toBe(true);
      expect(result.plans[0]).toMatchObject({ planType: null, required: [7] });
      expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'unaligned-programme', line: 7, programme: 'Action 2' }));
    },
  },
  {
    name: 'check: a required goal missing fails',
    args: ['check', 'plan.txt', '--require', '7,14'],
    files: { 'plan.txt': 'Mon plan\n\nRénovation énergétique des logements et des écoles.\n' },
    exit: 1,
    stdout: /^plan\.txt:1:1: error: required goal 14 \(Life below water\) is not addressed/m,
  },
  {
    name: 'check: minimum coverage',
    args: ['check', PCAET_MD, '--min-coverage', '1'],
    exit: 1,
    stdout: /error: coverage of the expected goals is [\d.]+%, below the minimum 100%\./,
  },
  {
    name: 'check: a CSV with --plan-type-column is checked plan by plan',
    args: ['check', FR_CSV, '--plan-type-column', 'plan_type', '--format', 'json'],
    // Some plans of the fixture miss a core goal: the check fails, and says so plan by plan.
    exit: 1,
    stdout: (out) => {
      const result = JSON.parse(out) as { plans: { planType: string; programmes: number }[] };
      expect(result.plans.map((p) => [p.planType, p.programmes])).toEqual([
        ['pcaet', 12],
        ['plh', 12],
        ['pat', 12],
        ['contrat-de-ville', 12],
      ]);
    },
  },
  {
    name: 'check: Windows-1252 CSV from stdin',
    args: ['check', '-', '--plan-type', 'pcaet', '--require', '7', '--format', 'json'],
    stdin: readFileSync(CP1252_CSV),
    exit: 0,
    stdout: (out) => {
      const result = JSON.parse(out) as { ok: boolean; plans: { file: string; programmes: number; covered: number[] }[] };
      expect(result.ok).toBe(true);
      expect(result.plans).toMatchObject([{ file: '<stdin>', programmes: 48 }]);
      expect(result.plans[0]!.covered).toContain(7);
    },
  },
  { name: 'check: plan type cannot be told', args: ['check', 'notes.md'], files: { 'notes.md': '# Notes\n\nEau potable.\n' }, exit: 2, stderr: /cannot tell the plan type of notes\.md \(title "Notes"\)/ },
  { name: 'check: unsupported file type', args: ['check', 'plan.docx'], exit: 2, stderr: /plan\.docx: expected a \.md, \.txt or \.csv file/ },

  // Smaller defects: stdin once, Markdown on stdin, duplicate and repeated columns.
  { name: 'check - - is refused: stdin is read once', args: ['check', '-', '-', '--require', '7'], stdin: SIMPLE_CSV, exit: 2, stdout: '', stderr: /^sdg-align: error: check: stdin \(-\) can be read once; give - once\.\n/ },
  {
    name: 'check: Markdown on stdin is read as Markdown (a leading # heading)',
    args: ['check', '-', '--require', '7', '--format', 'json'],
    stdin: '# Mon plan\n\n## Action 1\n\nRénovation énergétique des logements et des écoles.\n\n## Action 2\n\nFête du village.\n',
    exit: 0,
    stdout: (out) => {
      const result = JSON.parse(out) as { plans: { programmes: number }[]; findings: { programme?: string; line: number }[] };
      expect(result.plans[0]!.programmes).toBe(2);
      expect(result.findings).toContainEqual(expect.objectContaining({ programme: 'Action 2', line: 7 }));
    },
  },
  {
    name: 'gaps: --input-format md reads stdin as a text plan (paragraphs)',
    args: ['gaps', '-', '--expect', '7', '--input-format', 'md', '--format', 'json'],
    stdin: 'Mon plan\n\nRénovation énergétique des logements.\n\nFête du village.\n',
    exit: 0,
    stdout: (out) => expect((JSON.parse(out) as { programmes: { id: string }[] }).programmes.map((p) => p.id)).toEqual(['line 3', 'line 5']),
  },
  {
    name: 'check: --input-format csv reads a .txt file as CSV',
    args: ['check', 'plan.txt', '--input-format', 'csv', '--require', '7', '--format', 'json'],
    files: { 'plan.txt': 'id,texte\nA1,Rénovation énergétique des logements et des écoles\n' },
    exit: 0,
    stdout: (out) => expect((JSON.parse(out) as { plans: { programmes: number }[] }).plans[0]!.programmes).toBe(1),
  },
  { name: 'bad --input-format', args: ['check', '-', '--input-format', 'docx'], exit: 2, stderr: /--input-format: expected one of csv, md, text, got "docx"/ },
  {
    name: 'score: two columns answering to the text column name: an error naming both',
    args: ['score', 'a.csv'],
    files: { 'a.csv': 'id,texte,Texte\n1,Eau potable,Vélo\n' },
    exit: 2,
    stdout: '',
    stderr: 'sdg-align: error: a.csv: columns 2 "texte" and 3 "Texte" both answer to "texte"; rename one, or give the exact name of the one to use (--text-column).\n',
  },
  {
    name: 'score: the exact name disambiguates duplicate-looking columns',
    args: ['score', 'a.csv', '--text-column', 'Texte', '--format', 'ndjson'],
    files: { 'a.csv': 'id,texte,Texte\n1,Rénovation énergétique des écoles,Le match\n' },
    exit: 0,
    stdout: (out) => expect(JSON.parse(lines(out)[0]!).goals).toEqual([]),
  },
  {
    name: 'score: two columns with the same exact name used as --id-column: an error naming both',
    args: ['score', 'a.csv', '--id-column', 'id'],
    files: { 'a.csv': 'id,text,id\n1,Eau,2\n' },
    exit: 2,
    stderr: 'sdg-align: error: a.csv: columns 1 "id" and 3 "id" both answer to "id"; rename one, or give the exact name of the one to use (--id-column).\n',
  },
  {
    name: 'score: a repeated --text-column is read once, not joined with itself',
    args: ['score', 'a.csv', '--text-column', 'texte', '--text-column', 'TEXTE', '--text-column', 'texte'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 0,
    after: async (dir, result) => expect(result.stdout).toBe((await runInProcess(['score', 'a.csv', '--text-column', 'texte'], { cwd: dir })).stdout),
  },

  // explain and plan-types.
  { name: 'explain: matched words marked', args: ['explain', 'Rénovation énergétique des écoles'], exit: 0, stdout: /\[Rénovation énergétique\]/ },
  { name: 'explain: --file and --locale', args: ['explain', '--file', 't.txt', '--locale', 'en'], files: { 't.txt': 'Accès à l’eau potable et assainissement pour tous' }, exit: 0, stdout: /^Language: / },
  { name: 'explain: needs a text', args: ['explain'], exit: 2, stderr: /explain needs a TEXT/ },
  { name: 'plan-types: text', args: ['plan-types'], exit: 0, stdout: /^pcaet +PCAET +Plan climat-air-énergie territorial — ODD [\d,*]+$/m },
  {
    name: 'plan-types: json',
    args: ['plan-types', '--format', 'json'],
    exit: 0,
    stdout: (out) => {
      const list = JSON.parse(out) as { id: string; core: number[] }[];
      expect(list).toHaveLength(50);
      expect(list.find((t) => t.id === 'pcaet')?.core).toEqual([3, 7, 13]);
    },
  },

  // Issue 11: the Excel round trip.
  {
    name: 'score --excel: ";", decimal comma, UTF-8 BOM, CRLF; read back as French Excel would, the same numbers',
    args: ['score', FR_CSV, '--id-column', 'id', '--excel'],
    exit: 0,
    stderr: '',
    after: async (_dir, result) => {
      expect(result.stdout.startsWith('\uFEFFid;language;goals;sdg1;')).toBe(true);
      expect(result.stdout).toMatch(/^PCAET-01;fr;7;0,\d{4};/m);
      expect(result.stdout.split('\r\n').at(-1)).toBe('');
      expect(result.stdout.replace(/\r\n/g, '')).not.toContain('\n');
      const plain = await runInProcess(['score', FR_CSV, '--id-column', 'id'], { cwd: ROOT });
      expect(readAsFrenchExcel(result.stdout)).toEqual(readAsCsv(plain.stdout));
    },
  },
  {
    name: 'score: --delimiter, --decimal-comma, --bom and --crlf each alone',
    args: ['score', 'a.csv', '--delimiter', 'tab', '--decimal-comma'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 0,
    stdout: (out) => {
      expect(out.startsWith('id\tlanguage\tgoals\tsdg1')).toBe(true);
      expect(out).toMatch(/^1\t(fr|und)\t[\d|]*\t0,\d{4}\t/m);
      expect(out).not.toContain('\r');
    },
  },
  {
    name: 'score --excel --encoding windows-1252: the output in Windows-1252, no BOM',
    args: ['score', CP1252_CSV, '--id-column', 'id', '--keep-columns', 'title', '--excel', '--encoding', 'windows-1252', '-o', 'out.csv'],
    exit: 0,
    after: (dir) => {
      const bytes = readFileSync(join(dir, 'out.csv'));
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.includes(Buffer.from('Rénovation', 'latin1'))).toBe(true);
      expect(bytes.toString('latin1').split('\r\n')[0]).toBe(`title;${GOAL_HEADER.replace(/,/g, ';')}`);
    },
  },
  {
    name: 'score --encoding windows-1252 without --excel: the input is read in it, the output stays UTF-8',
    args: ['score', CP1252_CSV, '--id-column', 'id', '--keep-columns', 'title', '--encoding', 'windows-1252', '-o', 'out.csv'],
    exit: 0,
    after: (dir) => expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toMatch(/^title,id,[\s\S]*\nRénovation performante des maisons individuelles,PCAET-01,/),
  },
  {
    name: 'score --keep-columns: the input columns before the scores, in input order, formula guard applied',
    args: ['score', 'a.csv', '--keep-columns', 'budget,Commune', '--format', 'csv'],
    files: { 'a.csv': 'Commune;texte;budget\nVernèche;Rénovation énergétique des écoles;=1+1\nMontcorbier;Eau potable;1200\n' },
    exit: 0,
    stdout: (out) => {
      const [header, first, second] = lines(out);
      expect(header).toBe(`Commune,budget,${GOAL_HEADER}`);
      expect(first).toMatch(/^Vernèche,'=1\+1,1,/);
      expect(second).toMatch(/^Montcorbier,1200,2,/);
    },
  },
  {
    name: 'score --keep-columns all, in JSON: a columns object',
    args: ['score', 'a.csv', '--keep-columns', 'all', '--format', 'ndjson'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 0,
    stdout: (out) => expect(JSON.parse(lines(out)[0]!).columns).toEqual({ id: '1', texte: 'Rénovation énergétique des écoles et pistes cyclables' }),
  },
  {
    name: 'score --keep-columns: a missing column is named, with the columns that exist',
    args: ['score', 'a.csv', '--keep-columns', 'budget'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 2,
    stderr: 'sdg-align: error: a.csv: no column "budget" (--keep-columns); the columns are: "id", "texte".\n',
  },

  // gaps and check on a CSV: the columns, and the plan type read only from a column asked for.
  {
    name: 'gaps on a French export: ids from « N° fiche », titles from « Intitulé de l’action », text from « Description »',
    args: ['gaps', 'plan.csv', '--expect', '7,11', '--format', 'json', '--verbose'],
    files: { 'plan.csv': FICHES_CSV },
    exit: 0,
    stdout: (out) => {
      const report = JSON.parse(out) as { programmes: { id: string; title: string }[] };
      expect(report.programmes.map((p) => [p.id, p.title])).toEqual([
        ['F-01', 'Rénovation des écoles'],
        ['F-02', 'Pistes cyclables'],
      ]);
    },
  },
  {
    name: 'gaps --id-column, --title-column and a repeated --text-column',
    args: ['gaps', 'plan.csv', '--expect', '7', '--format', 'json', '--id-column', 'Code', '--title-column', 'Nom', '--text-column', 'But', '--text-column', 'Moyens'],
    files: { 'plan.csv': 'Code;Nom;But;Moyens;Plan\nX1;Écoles;Rénovation énergétique;Isolation des combles et pompes à chaleur;bidule\n' },
    exit: 0,
    stdout: (out) => expect((JSON.parse(out) as { programmes: { id: string; title: string; goals: number[] }[] }).programmes).toMatchObject([{ id: 'X1', title: 'Écoles', goals: [7] }]),
  },
  {
    name: 'check: a column named "Plan" is not taken as the plan type',
    args: ['check', 'plan.csv', '--require', '7', '--format', 'json'],
    files: { 'plan.csv': 'id;Plan;texte\nA1;à revoir;Rénovation énergétique des logements et des écoles\n' },
    exit: 0,
    stdout: (out) => expect((JSON.parse(out) as { plans: { planType: string | null }[] }).plans).toMatchObject([{ planType: null }]),
  },
  {
    name: 'check --plan-type-column reads it, and names a value that is no plan type',
    args: ['check', 'plan.csv', '--plan-type-column', 'Plan'],
    files: { 'plan.csv': 'id;Plan;texte\nA1;à revoir;Rénovation énergétique des logements et des écoles\n' },
    exit: 2,
    stderr: /^sdg-align: error: plan\.csv:2: Unknown plan type "à revoir"\./,
  },
  {
    name: 'check: --id-column names a missing column',
    args: ['check', 'plan.csv', '--require', '7', '--id-column', 'Numéro'],
    files: { 'plan.csv': FICHES_CSV },
    exit: 2,
    stderr: 'sdg-align: error: plan.csv: no column "Numéro" (--id-column); the columns are: "N° fiche", "Intitulé de l\'action", "Description".\n',
  },
  {
    name: 'gaps --delimiter is the input’s --input-delimiter now: the error says so',
    args: ['gaps', 'plan.csv', '--expect', '7', '--delimiter', ';'],
    files: { 'plan.csv': FICHES_CSV },
    exit: 2,
    stderr: /unknown option --delimiter for 'gaps' \(did you mean --input-delimiter\?\)/,
  },

  // A French interface.
  {
    name: 'LANG=fr_FR.UTF-8: errors in French, with French typography',
    args: ['score', 'a.csv', '--text-column', 'résumé'],
    files: { 'a.csv': SIMPLE_CSV },
    env: { LANG: 'fr_FR.UTF-8' },
    exit: 2,
    stderr: 'sdg-align\u00a0: erreur\u00a0: a.csv\u00a0: pas de colonne «\u00a0résumé\u00a0» (--text-column)\u00a0; les colonnes sont\u00a0: «\u00a0id\u00a0», «\u00a0texte\u00a0».\n',
  },
  {
    name: 'LANG=fr_FR.UTF-8: a usage error in French with the French hint',
    args: ['scor', 'a.csv'],
    env: { LANG: 'fr_FR.UTF-8' },
    exit: 2,
    stderr: 'sdg-align\u00a0: erreur\u00a0: commande inconnue «\u00a0scor\u00a0» (vouliez-vous dire «\u00a0score\u00a0»\u00a0?).\nAide\u00a0: sdg-align --help\n',
  },
  {
    name: '--locale fr: a bad flag value in French, whatever LANG says',
    args: ['score', 'a.csv', '--threshold', '2', '--locale', 'fr'],
    env: { LANG: 'en_US.UTF-8' },
    exit: 2,
    stderr: 'sdg-align\u00a0: erreur\u00a0: --threshold\u00a0: un nombre de 0 à 1 est attendu (comme 0,4 ou 0.4), reçu "2".\nAide\u00a0: sdg-align score --help\n',
  },
  {
    name: '--locale en wins over LANG=fr_FR.UTF-8',
    args: ['score', 'nope.csv', '--locale', 'en'],
    env: { LANG: 'fr_FR.UTF-8' },
    exit: 2,
    stderr: 'sdg-align: error: nope.csv: cannot read: no such file.\n',
  },
  {
    name: 'LC_ALL=fr_FR.UTF-8: --help in French',
    args: ['check', '--help'],
    env: { LC_ALL: 'fr_FR.UTF-8' },
    exit: 0,
    stdout: /^Utilisation\u00a0: sdg-align check FILE\.\.\. \[options\][\s\S]*--min-coverage X +couverture minimale des ODD attendus/,
  },
  {
    name: 'check --locale fr: findings in French, in every format',
    args: ['check', PCAET_MD, '--locale', 'fr', '--format', 'github'],
    exit: 1,
    stdout: /^::error file=.*pcaet-valdoise-2026\.md,line=1,col=1::ODD 3 \(Bonne santé et bien-être\), essentiel pour PCAET\u00a0: aucun programme ne le traite \(meilleur score 0,03 < 0,50\)\.$/m,
  },
  {
    name: 'gaps --locale fr --format html: a French report naming the collectivité and the date',
    args: ['gaps', PCAET_MD, '--plan-type', 'pcaet', '--locale', 'fr', '--format', 'html', '--author', 'Agglomération du Val', '--date', '2026-03-15'],
    exit: 0,
    stdout: (out) => {
      expect(out).toContain('<html lang="fr">');
      expect(out).toContain('<p class="meta byline">Agglomération du Val · 15 mars 2026</p>');
      expect(out).toContain('<h1>Plan climat-air-énergie territorial 2026-2031');
      expect(out).not.toMatch(/competence-level|as summarised|recommends|Targets not addressed|Normalised/);
    },
  },
  {
    name: 'French numbers wherever a number is taken: --min-coverage 0,7 and a config "0,4"',
    args: ['check', PCAET_MD, '--min-coverage', '0,7', '--format', 'json'],
    files: { 'sdg-align.config.json': '{ "threshold": "0,5" }' },
    exit: 1,
    stdout: (out) => expect((JSON.parse(out) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toContain('coverage'),
  },

  // Human review of labels.
  {
    name: 'score --review: rejected labels removed, accepted ones kept whatever the score, a reviewed column',
    args: ['score', FR_CSV, '--id-column', 'id', '--review', join(FIXTURES, 'review', 'revue.csv')],
    exit: 0,
    stderr: '',
    stdout: (out) => {
      const header = lines(out)[0]!.split(',');
      expect(header.at(-1)).toBe('reviewed');
      const row = (id: string) => Object.fromEntries(lines(out).find((l) => l.startsWith(`${id},`))!.split(',').map((v, i) => [header[i], v]));
      expect(row('PCAET-01')).toMatchObject({ goals: '7', reviewed: '7' });
      expect(row('PCAET-03')).toMatchObject({ goals: '11|13', reviewed: '11|13' });
      expect(row('PCAET-04')).toMatchObject({ goals: '', reviewed: '' });
      expect(row('PLH-01')).toMatchObject({ goals: '11', reviewed: '' });
    },
  },
  {
    name: 'score --review: a decision that matches nothing is a warning naming its line',
    args: ['score', 'a.csv', '--id-column', 'id', '--review', 'revue.csv', '--format', 'ndjson'],
    files: { 'a.csv': SIMPLE_CSV, 'revue.csv': 'identifiant;ODD;décision\n9;7;accepter\n3;13;rejeter\n1;7;oui\n' },
    exit: 0,
    stdout: (out) => expect(JSON.parse(lines(out)[0]!).reviewed).toEqual([7]),
    stderr: 'sdg-align: warning: revue.csv:2: no row has the id "9"; the decision is ignored.\nsdg-align: warning: revue.csv:3: "3" is not labelled with goal 13: nothing to reject.\n',
  },
  {
    name: 'score --review: a malformed decision is an error with file, line and column, in French under --locale fr',
    args: ['score', 'a.csv', '--review', 'revue.csv', '--locale', 'fr'],
    files: { 'a.csv': SIMPLE_CSV, 'revue.csv': 'identifiant;ODD;décision\n1;7;peut-être\n' },
    exit: 2,
    stderr: /^sdg-align\u00a0: erreur\u00a0: revue\.csv:2:5\u00a0: décision «\u00a0peut-être\u00a0»\u00a0: accepter ou rejeter est attendu/,
  },
  {
    name: 'gaps --review: confirmed goals marked and counted in the report',
    args: ['gaps', FR_CSV, '--plan-type', 'pcaet', '--review', join(FIXTURES, 'review', 'revue.csv'), '--format', 'json'],
    exit: 0,
    stdout: (out) => {
      const report = JSON.parse(out) as { review: { confirmed: number; rejected: number }; goals: { goal: number; confirmed: number }[] };
      expect(report.review).toEqual({ confirmed: 3, rejected: 1 });
      expect(report.goals.find((g) => g.goal === 13)!.confirmed).toBe(1);
    },
  },
  {
    name: 'check --review: the summary counts the confirmed labels',
    args: ['check', FR_CSV, '--plan-type-column', 'plan_type', '--review', join(FIXTURES, 'review', 'revue.csv'), '--format', 'json'],
    exit: 1,
    stdout: (out) => expect((JSON.parse(out) as { plans: { planType: string; confirmed: number }[] }).plans.find((p) => p.planType === 'pcaet')!.confirmed).toBe(3),
  },
  {
    name: 'review-template: one row per label, decision empty, French headers under --locale fr',
    args: ['review-template', 'scores.csv', '--locale', 'fr'],
    files: { 'scores.csv': `${GOAL_HEADER}\nA1,fr,7|13,${Array.from({ length: 17 }, (_, i) => (i === 6 ? '0.9000' : i === 12 ? '0.6000' : '0.0100')).join(',')}\nA2,fr,,${Array(17).fill('0.0100').join(',')}\n` },
    exit: 0,
    stdout: "identifiant,ODD,intitulé,score,décision,note\nA1,7,Énergie propre et d'un coût abordable,0.9000,,\nA1,13,Mesures relatives à la lutte contre les changements climatiques,0.6000,,\n",
  },
  {
    name: 'review-template --excel reads an --excel score output (kept columns first) and writes the Excel form',
    args: ['review-template', join(FIXTURES, 'review', 'scores.csv'), '--excel', '-o', 'revue.csv'],
    exit: 0,
    after: async (dir) => {
      const text = readFileSync(join(dir, 'revue.csv'), 'utf8');
      expect(text.startsWith('\uFEFFid;goal;title;score;decision;note\r\nPCAET-01;7;')).toBe(true);
      // Filled in and read back by score --review.
      writeFileSync(join(dir, 'filled.csv'), text.replace(/^(PCAET-01;7;[^;]*;[^;]*);/m, '$1;accept'));
      const scored = await runInProcess(['score', FR_CSV, '--id-column', 'id', '--review', 'filled.csv'], { cwd: dir });
      expect(scored.stderr).toBe('');
      expect(lines(scored.stdout)[1]).toMatch(/,7$/);
    },
  },
  {
    name: 'review-template on a CSV that sdg-align did not write names the missing column',
    args: ['review-template', 'a.csv'],
    files: { 'a.csv': SIMPLE_CSV },
    exit: 2,
    stderr: 'sdg-align: error: a.csv: no column "goals"; the columns are: "id", "texte".\n',
  },
];

// The config case above reads c.json through --config.
cases.find((c) => c.name.startsWith('config value valid elsewhere'))!.args.push('--config', 'c.json');

function check(expected: Case['stdout'], actual: string): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else if (expected instanceof RegExp) expect(actual).toMatch(expected);
  else expected(actual);
}

const modes = {
  'in-process': runInProcess,
  subprocess: runSubprocess,
} as const;

beforeAll(() => ensureBuilt());

for (const [mode, run] of Object.entries(modes)) {
  describe.concurrent(`sdg-align CLI (${mode})`, () => {
    it.each(cases)('$name', async (c) => {
      // Device nodes need root: made with mknod, in the case's temporary directory only.
      if ((c.needsRoot || (c.stdoutTo === 'full' && mode === 'subprocess')) && !IS_ROOT) return;
      const dir = tempDir(c.files);
      const prepared = await c.setup?.(dir);
      const env = c.env && Object.fromEntries(Object.entries(c.env).map(([k, v]) => [k, v.replace(/^<dir>/, dir)]));
      const result = await run(c.args, {
        cwd: c.cwd ? join(dir, c.cwd) : dir,
        ...(c.stdin !== undefined ? { stdin: c.stdin } : {}),
        ...(c.stdoutTo ? { stdout: c.stdoutTo } : {}),
        ...(env ? { env } : {}),
      });
      const context = `${mode} sdg-align ${c.args.join(' ')}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
      expect(result.exit, context).toBe(c.exit);
      check(c.stdout, result.stdout);
      check(c.stderr, result.stderr);
      // Whatever happens, no stack trace reaches the user.
      expect(result.stderr).not.toMatch(/\n\s+at /);
      await c.after?.(dir, result, prepared);
    });
  });
}

describe('sdg-align CLI: pipes', () => {
  beforeAll(() => ensureBuilt());

  // The built command finds its worker script from its own path: a folder whose name holds `%` or
  // `#` (which a file: URL must escape) gave an internal error or a silent single thread.
  it.each(['p%zz', 'C#'])('score --workers 2 from a copy of dist/ in a folder named %s: this thread and a worker thread, the same rows', (name) => {
    const root = join(tempDir(), name);
    cpSync(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true, filter: (source) => !source.includes(`${join('dist', 'app')}`) });
    const csv = join(root, 'plan.csv');
    writeFileSync(csv, 'id,text\n1,Rénovation énergétique des écoles\n2,Eau potable et assainissement\n');
    const run = (bin: string) => spawnSync(process.execPath, [bin, 'score', csv, '--workers', '2', '--verbose'], { encoding: 'utf8' });
    const copied = run(join(root, 'dist', 'cli.cjs'));
    expect(copied.stderr).toContain('scoring on 2 threads: this one and 1 worker thread.');
    expect(copied.stderr).not.toMatch(/internal error|one thread/);
    expect(copied.status).toBe(0);
    expect(copied.stdout).toBe(run(BIN).stdout);
  });

  it('score --review with --workers 2 (batches scored by this thread and by a worker): the same rows and the same warnings as one thread', () => {
    const dir = tempDir();
    const texts = ['Rénovation énergétique des écoles et pistes cyclables', 'Accès à l’eau potable', 'Fête du village', 'Circuits courts et restauration collective bio'];
    writeFileSync(join(dir, 'plan.csv'), `id,text\n${Array.from({ length: 1200 }, (_, i) => `P${i},${texts[i % 4]} ${i}`).join('\n')}\n`);
    // Decisions on rows of the first batch and of later ones; two of them find nothing (warnings).
    writeFileSync(join(dir, 'revue.csv'), 'identifiant;ODD;décision\nP0;7;rejeter\nP1;6;accepter\nP900;7;rejeter\nP1101;13;rejeter\nP1199;2;accepter\nP1150;13;rejeter\n');
    const run = (workers: string) => spawnSync(process.execPath, [BIN, 'score', 'plan.csv', '--id-column', 'id', '--review', 'revue.csv', '--workers', workers], { cwd: dir, encoding: 'utf8' });
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(0);
    expect(one.stderr).toMatch(/P1101" is not labelled with goal 13/);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  it.each(['1', '2'])('ends quietly with exit 0 when the reader closes the pipe early (| head), --workers %s', async (workers) => {
    const body = Array.from({ length: 20_000 }, (_, i) => `${i + 1},Rénovation énergétique des écoles et pistes cyclables numéro ${i}`).join('\n');
    const child = spawn(process.execPath, [BIN, 'score', '-', '--workers', workers], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (c: Buffer) => stderr.push(c));
    child.stdin.on('error', () => {});
    child.stdin.end(`id,text\n${body}\n`);
    let first = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8');
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toMatch(new RegExp(`^${GOAL_HEADER}\n`));
    expect(code).toBe(0);
    expect(Buffer.concat(stderr).toString('utf8')).toBe('');
  });

  it.each(['1', '2'])('writes the rows of a stdin burst without waiting for more input, --workers %s', async (workers) => {
    const child = spawn(process.execPath, [BIN, 'score', '-', '--workers', workers, '--format', 'ndjson'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write('id,text\n1,Eau potable\n2,Pistes cyclables\n');
    let out = '';
    // Both rows come out while stdin is still open (the test times out otherwise).
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (lines(out).length === 2) resolve();
      });
    });
    expect(child.stdin.writableEnded).toBe(false);
    child.stdin.end('3,Eau\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(lines(out).map((l) => JSON.parse(l).id)).toEqual(['1', '2', '3']);
  }, 20_000);

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s mid-run removes the hidden temp file, keeps the previous output, exits %d', async (signal, code) => {
    const dir = tempDir({ 'out.csv': 'previous\n' });
    const child = spawn(process.execPath, [BIN, 'score', '-', '-o', 'out.csv'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write('id,text\n1,Eau potable\n');
    const temp = /^\.out\.csv\.\d+\.[0-9a-f]{8}\.tmp$/;
    // Wait (polling the folder, no timing assertion) until the run is writing its temp file.
    while (!readdirSync(dir).some((f) => temp.test(f))) await new Promise((resolve) => setTimeout(resolve, 20));
    const closed = new Promise<[number | null, string | null]>((resolve) => child.on('close', (exit, sig) => resolve([exit, sig])));
    child.kill(signal);
    expect(await closed).toEqual([code, null]);
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('previous\n');
  }, 20_000);

  it('gaps aggregates while it reads: 20,000 rows fit in a 96 MB heap (each scored result with its evidence is dropped)', () => {
    const dir = tempDir();
    const texts = ['Rénovation énergétique des écoles et pistes cyclables', 'Circuits courts et restauration collective bio', 'Accès à l’eau potable', 'Fête du village'];
    writeFileSync(join(dir, 'plan.csv'), `id,description\n${Array.from({ length: 20_000 }, (_, i) => `P${i},${texts[i % 4]} numéro ${i}`).join('\n')}\n`);
    const run = spawnSync(process.execPath, ['--max-old-space-size=96', BIN, 'gaps', 'plan.csv', '--plan-type', 'pcaet', '--format', 'json', '-o', 'report.json'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { programmes: { id: string }[]; goals: { goal: number; programmes: string[] }[] };
    expect(report.programmes).toHaveLength(20_000);
    expect(report.goals[6]!.programmes).toHaveLength(5000);
  }, 120_000);

  it('--workers 2 gives the same bytes as one thread, in input order', async () => {
    const dir = tempDir();
    const input = join(dir, 'many.csv');
    const texts = [
      'Rénovation énergétique des écoles et pistes cyclables',
      'Circuits courts et restauration collective bio',
      'Access to safe drinking water for rural households',
      'Le match s’est terminé sur un score nul',
    ];
    writeFileSync(input, `id,text\n${Array.from({ length: 3000 }, (_, i) => `R${i},${texts[i % texts.length]} ${i}`).join('\n')}\n`);
    const one = spawnSync(process.execPath, [BIN, 'score', input, '--id-column', 'id', '--workers', '1'], { encoding: 'utf8' });
    const two = spawnSync(process.execPath, [BIN, 'score', input, '--id-column', 'id', '--workers', '2'], { encoding: 'utf8' });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(lines(two.stdout).slice(1).map((l) => l.split(',')[0])).toEqual(Array.from({ length: 3000 }, (_, i) => `R${i}`));
    const ndjson = spawnSync(process.execPath, [BIN, 'score', input, '--workers', '2', '--format', 'ndjson'], { encoding: 'utf8' });
    expect(lines(ndjson.stdout).map((l) => JSON.parse(l).id)).toEqual(Array.from({ length: 3000 }, (_, i) => String(i + 1)));
  });

  it('the Windows-1252 fixture is in sync with its source (scripts/make-cp1252-fixture.mjs --check)', () => {
    expect(existsSync(FR_CSV)).toBe(true);
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'make-cp1252-fixture.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('sdg-align CLI: the examples in --help run', () => {
  const examples = [...MAIN_EXAMPLES, ...COMMANDS.flatMap((c) => c.examples)];
  it('there are examples for every command', () => {
    for (const { name } of COMMANDS) expect(examples.some((e) => e.includes(`sdg-align ${name}`))).toBe(true);
  });
  it.each(examples)('%s', async (example) => {
    const out = tempDir();
    const piped = /^cat (\S+) \| /.exec(example);
    // Split like a shell would for these simple lines: "quoted text" stays one argument.
    const words = [...example.replace(/^cat \S+ \| /, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(1);
    // Outputs go to a temporary directory, not into the repository.
    const args = words.map((w, i) => (words[i - 1] === '-o' || words[i - 1] === '--output' ? join(out, w) : w));
    const result = await runInProcess(args, { cwd: ROOT, ...(piped ? { stdin: readFileSync(join(ROOT, piped[1]!)) } : {}) });
    expect(result.stderr).toBe('');
    expect(result.exit === 0 || (args[0] === 'check' && result.exit === 1)).toBe(true);
  });
});

describe('sdg-align CLI: terminal', () => {
  it('draws progress on stderr only when it is a terminal, and clears it', async () => {
    const dir = tempDir({ 'a.csv': SIMPLE_CSV });
    const stdin = new PassThrough();
    stdin.end();
    const stdout = new Collector();
    const stderr = new Collector();
    stderr.isTTY = true;
    const exit = await main({ argv: ['score', 'a.csv'], stdin, stdout, stderr, cwd: dir });
    expect(exit).toBe(0);
    expect(stderr.text).toMatch(/^\r\x1b\[2Ksdg-align: 1 row scored/);
    // Cleared, then the one-line summary.
    expect(stderr.text).toMatch(/\r\x1b\[2Ksdg-align: 3 rows scored in \d+/);
    expect(stderr.text.endsWith('.\n')).toBe(true);
    expect(stdout.text).toMatch(new RegExp(`^${GOAL_HEADER}\n`));
  });
});
