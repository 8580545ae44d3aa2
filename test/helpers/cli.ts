/** Runs the CLI two ways from the same case: in-process through `main`, and as the built `node dist/cli.cjs`. */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'dist', 'cli.cjs');

export interface CliResult {
  exit: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  /** `full`: stdout fails every write with ENOSPC (a stream in-process; a `mknod c 1 7` node made in a temp folder for a subprocess). */
  stdout?: 'full';
}

/** Root may make device nodes (`mknod`), in temp folders only: never a real /dev node as a target. */
export const IS_ROOT = process.getuid?.() === 0;

/** Makes a character device node at `path` (which must be inside a temp folder). */
export function mknod(path: string, major: number, minor: number): void {
  if (!path.startsWith(tmpdir())) throw new Error(`mknod outside the temp folder: ${path}`);
  const result = spawnSync('mknod', [path, 'c', String(major), String(minor)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`mknod ${path} failed: ${result.stderr}`);
}

/** A stdout that fails every write as a full disk does. */
export class FullDevice extends Writable {
  isTTY = false;
  override _write(_chunk: unknown, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }));
  }
}

/** Newest modification time under `dir` (recursive), in ms. */
export function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds dist/ with tsup when dist/cli.cjs is missing or older than src/ or package.json. */
export function ensureBuilt(): void {
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs, statSync(join(ROOT, 'tsup.config.ts')).mtimeMs);
  if (existsSync(BIN) && statSync(BIN).mtimeMs >= sources) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tsup build failed:\n${result.stdout}\n${result.stderr}`);
}

/** A writable that keeps what it gets. */
export class Collector extends Writable {
  chunks: Buffer[] = [];
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    callback();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export async function runInProcess(args: readonly string[], options: RunOptions): Promise<CliResult> {
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const stdout = options.stdout === 'full' ? new FullDevice() : new Collector();
  const stderr = new Collector();
  const exit = await main({ argv: args, stdin, stdout, stderr, cwd: options.cwd, env: options.env ?? {} });
  return { exit, stdout: stdout instanceof Collector ? stdout.text : '', stderr: stderr.text };
}

export function runSubprocess(args: readonly string[], options: RunOptions): Promise<CliResult> {
  // A full disk as stdout: a device node made in a temp folder of its own, opened for the child.
  const full = options.stdout === 'full' ? join(mkdtempSync(join(tmpdir(), 'sdg-align-dev-')), 'full') : undefined;
  if (full) mknod(full, 1, 7);
  const fd = full ? openSync(full, 'w') : undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH, ...options.env },
      stdio: ['pipe', fd ?? 'pipe', 'pipe'],
    });
    if (fd !== undefined) closeSync(fd);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (full) {
        // Still the device it was made as.
        if (!lstatSync(full).isCharacterDevice()) reject(new Error(`${full} is no longer a device`));
        rmSync(dirname(full), { recursive: true });
      }
      resolve({ exit: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin!.on('error', () => {}); // the CLI may exit before reading all of stdin
    child.stdin!.end(options.stdin ?? '');
  });
}

/** A fresh temporary directory holding `files` (relative path → content). */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdg-align-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}
