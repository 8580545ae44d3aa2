/**
 * A small Chrome DevTools Protocol client for tests: drives Debian's headless Chromium over
 * `--remote-debugging-pipe` (fd 3 = Chromium reads, fd 4 = Chromium writes, JSON messages each
 * ended by a NUL byte), so no WebSocket library and no downloaded browser build are needed.
 *
 *   const browser = await launchBrowser();
 *   try {
 *     const page = await browser.newPage({ width: 1280, height: 800 });
 *     await page.goto(pathToFileURL(file).href);
 *     await page.type('textarea', 'Qualité de l’air');
 *     await page.waitFor('document.querySelector("#out").textContent !== ""');
 *   } finally {
 *     await browser.close();
 *   }
 *
 * Seen with Debian's Chromium 156 on file:// (origin "null"): a classic Worker from a Blob URL
 * (or a data: URL) runs; a module Worker from a Blob URL fails ("Refused to cross-origin redirects
 * of the top-level worker script"), and new Worker('worker.js') throws a SecurityError.
 * Downloads of Blob URLs through <a download> work.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM, HEADLESS_FLAGS } from './chromium.js';

/** One message on the pipe: a reply carries the request's id, an event its method (+ sessionId for a page's). */
interface Message { id?: number; method?: string; params?: any; result?: any; error?: { message: string }; sessionId?: string }

/** Polls `check` (sync or async) until it returns something other than undefined/false. */
export async function waitUntil<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = 10_000, intervalMs = 50, label = 'condition' }: { timeoutMs?: number; intervalMs?: number; label?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The pipe transport: request/response matching by id, and "wait until a message says so". */
class Connection {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: any) => void; reject: (e: Error) => void }>();
  private readonly watchers = new Set<(message: Message) => void>();
  private chunks: Buffer[] = [];
  private closedReason: string | undefined;

  constructor(
    private readonly input: Writable,
    output: Readable,
  ) {
    output.on('data', (chunk: Buffer) => {
      // A message may span chunks and a chunk may hold several: split on NUL, keep the tail.
      let start = 0;
      for (let end = chunk.indexOf(0); end !== -1; start = end + 1, end = chunk.indexOf(0, start)) {
        this.chunks.push(chunk.subarray(start, end));
        const text = Buffer.concat(this.chunks).toString('utf8');
        this.chunks = [];
        this.dispatch(JSON.parse(text) as Message);
      }
      if (start < chunk.length) this.chunks.push(chunk.subarray(start));
    });
    input.on('error', () => {}); // EPIPE after Chromium exits; close() reports what matters.
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    for (const watch of [...this.watchers]) watch(message);
  }

  send<T = any>(method: string, params: object = {}, sessionId?: string, timeoutMs = 30_000): Promise<T> {
    if (this.closedReason) return Promise.reject(new Error(`CDP ${method}: ${this.closedReason}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`CDP ${method}: no answer from Chromium after ${timeoutMs} ms`));
      }, timeoutMs);
      const settle = (fn: () => void) => { clearTimeout(timer); fn(); };
      this.pending.set(id, {
        resolve: (r) => settle(() => resolve(r)),
        reject: (e) => settle(() => reject(new Error(`CDP ${method}: ${e.message}`))),
      });
      this.input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  /** Calls `listener` on every event; returns the unsubscribe function. */
  on(listener: (message: Message) => void): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  /**
   * Resolves with the first defined value of `check`, run now and after each event, or rejects
   * naming `label`. Subscribe *before* triggering the event (e.g. before Page.navigate).
   */
  until<T>(check: (message?: Message) => T | undefined, timeoutMs: number, label: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const finish = (fn: () => void) => { clearTimeout(timer); this.watchers.delete(watch); fn(); };
      const watch = (message: Message) => {
        if (message.method === 'closed') return finish(() => reject(new Error(`${label}: ${this.closedReason}`)));
        const value = check(message);
        if (value !== undefined) finish(() => resolve(value));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${label}`))), timeoutMs);
      timer.unref(); // a forgotten waiter must not keep the test process alive
      if (this.closedReason) return watch({ method: 'closed' });
      this.watchers.add(watch);
      const now = check();
      if (now !== undefined) finish(() => resolve(now));
    });
  }

  /** Chromium went away: fail every outstanding request and waiter at once instead of timing out. */
  close(reason: string): void {
    if (this.closedReason) return;
    this.closedReason = reason;
    for (const waiter of this.pending.values()) waiter.reject(new Error(reason));
    this.pending.clear();
    this.dispatch({ method: 'closed' });
  }
}

export interface LaunchOptions {
  /** Extra Chromium flags, after the shared HEADLESS_FLAGS. */
  args?: readonly string[];
  /** Time for Chromium to start and answer its first command (default 60 s: slow 2-vCPU CI). */
  timeoutMs?: number;
  /** 'allowAndName' saves downloads as <dir>/<guid> (no name clashes); 'allow' keeps their names. */
  downloadBehavior?: 'allowAndName' | 'allow';
}

export interface Viewport {
  width: number;
  height: number;
  deviceScaleFactor?: number;
  mobile?: boolean;
}

export interface ConsoleMessage {
  /** console.log → 'log', console.error → 'error'; browser log entries (CSP, network) → 'log:<level>'. */
  type: string;
  text: string;
}

export interface Download {
  path: string;
  suggestedFilename: string;
  bytes: Buffer;
}

interface DownloadState {
  guid: string;
  frameId: string;
  suggestedFilename: string;
  state: 'inProgress' | 'completed' | 'canceled';
  filePath?: string;
  claimed: boolean;
}

export interface Browser {
  readonly pid: number;
  readonly profileDir: string;
  readonly downloadDir: string;
  /** Milliseconds from spawn to Chromium's first CDP answer. */
  readonly startupMs: number;
  newPage(viewport: Viewport): Promise<Page>;
  /** Kills Chromium (and its helper processes) and removes the profile and downloads; idempotent. */
  close(): Promise<void>;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const started = Date.now();
  const profileDir = mkdtempSync(join(tmpdir(), 'sdg-align-cdp-'));
  const downloadDir = join(profileDir, 'Downloads'); // inside the profile: one rm removes both
  mkdirSync(downloadDir);
  const args = [...HEADLESS_FLAGS, `--user-data-dir=${profileDir}`, '--remote-debugging-pipe', ...(options.args ?? []), 'about:blank'];
  // detached: Chromium leads its own process group, so close() can kill the renderers and
  // zygotes with one signal to -pid (they share the group) instead of hunting them by name.
  const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString('utf8')).slice(-4000); });
  child.stdout!.resume();
  const conn = new Connection(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => { conn.close(`Chromium exited (code ${code}, signal ${signal})\n${stderr.trim()}`); resolve(); });
    child.once('error', (error) => { conn.close(`Chromium did not start: ${error.message}`); resolve(); });
  });
  // If the test process exits without close() (crash, forgotten afterAll), take Chromium with it.
  const onExit = (): void => {
    killGroup(child);
    rmSync(profileDir, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await conn.send('Browser.close', {}, undefined, 5_000).catch(() => {});
      const timer = setTimeout(() => killGroup(child), 5_000);
      await exited;
      clearTimeout(timer);
      killGroup(child); // helpers that outlived the browser process
      process.removeListener('exit', onExit);
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    })());

  const downloads: DownloadState[] = [];
  try {
    await conn.send('Browser.getVersion', {}, undefined, options.timeoutMs ?? 60_000);
    await conn.send('Browser.setDownloadBehavior', { behavior: options.downloadBehavior ?? 'allowAndName', downloadPath: downloadDir, eventsEnabled: true });
  } catch (error) {
    await close();
    throw new Error(`launchBrowser: ${(error as Error).message}\nChromium stderr:\n${stderr.trim()}`);
  }
  conn.on(({ method, params }) => {
    if (method === 'Browser.downloadWillBegin') downloads.push({ ...params, state: 'inProgress', claimed: false });
    if (method === 'Browser.downloadProgress') {
      const download = downloads.find((d) => d.guid === params.guid);
      if (download) Object.assign(download, { state: params.state, filePath: params.filePath ?? download.filePath });
    }
  });
  const startupMs = Date.now() - started;

  return {
    pid: child.pid!,
    profileDir,
    downloadDir,
    startupMs,
    close,
    async newPage(viewport) {
      const { targetId } = await conn.send('Target.createTarget', { url: 'about:blank' });
      // flatten: the page's commands and events travel on this same pipe, tagged with sessionId.
      const { sessionId } = await conn.send('Target.attachToTarget', { targetId, flatten: true });
      const page = new Page(conn, targetId, sessionId, downloads, { dir: downloadDir, keepNames: options.downloadBehavior === 'allow' });
      await Promise.all(['Page.enable', 'Runtime.enable', 'Log.enable'].map((m) => page.send(m)));
      await page.setViewport(viewport);
      return page;
    },
  };
}

function killGroup(child: ChildProcess): void {
  try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* ESRCH: the whole group is already gone */ }
}

/** Keys for page.press(), as Chromium's input pipeline wants them (Windows virtual key codes). */
const KEYS: Record<string, { code: string; keyCode: number; text?: string }> = {
  Tab: { code: 'Tab', keyCode: 9 }, Enter: { code: 'Enter', keyCode: 13, text: '\r' }, Escape: { code: 'Escape', keyCode: 27 },
  Space: { code: 'Space', keyCode: 32, text: ' ' }, Backspace: { code: 'Backspace', keyCode: 8 }, Delete: { code: 'Delete', keyCode: 46 },
  Home: { code: 'Home', keyCode: 36 }, End: { code: 'End', keyCode: 35 },
  ArrowLeft: { code: 'ArrowLeft', keyCode: 37 }, ArrowUp: { code: 'ArrowUp', keyCode: 38 },
  ArrowRight: { code: 'ArrowRight', keyCode: 39 }, ArrowDown: { code: 'ArrowDown', keyCode: 40 },
};
const MODIFIERS: Record<string, number> = { Alt: 1, Control: 2, Meta: 4, Shift: 8 };

const PAPER = { A4: { paperWidth: 8.27, paperHeight: 11.69 }, Letter: { paperWidth: 8.5, paperHeight: 11 } };

export class Page {
  private readonly console: ConsoleMessage[] = [];
  private readonly pageErrors: string[] = [];
  private viewport: Viewport = { width: 0, height: 0 };

  constructor(
    private readonly conn: Connection,
    readonly targetId: string,
    readonly sessionId: string,
    private readonly downloads: DownloadState[],
    private readonly download: { dir: string; keepNames: boolean },
  ) {
    conn.on(({ method, params, sessionId: from }) => {
      if (from !== sessionId) return;
      if (method === 'Runtime.consoleAPICalled') this.console.push({ type: params.type, text: params.args.map(argText).join(' ') });
      if (method === 'Log.entryAdded') this.console.push({ type: `log:${params.entry.level}`, text: params.entry.text });
      if (method === 'Runtime.exceptionThrown') this.pageErrors.push(exceptionText(params.exceptionDetails));
    });
  }

  send<T = any>(method: string, params: object = {}, timeoutMs?: number): Promise<T> {
    return this.conn.send<T>(method, params, this.sessionId, timeoutMs);
  }

  /** Navigates (file:// works) and waits for the load event. */
  async goto(url: string, { timeoutMs = 30_000 } = {}): Promise<void> {
    const loaded = this.conn.until((m) => (m?.method === 'Page.loadEventFired' && m.sessionId === this.sessionId) || undefined, timeoutMs, `load of ${url}`);
    loaded.catch(() => {}); // if navigate itself fails, that error is the one to report
    const { errorText } = await this.send('Page.navigate', { url });
    if (errorText) throw new Error(`goto ${url}: ${errorText}`);
    await loaded;
  }

  /**
   * Runs an expression, or a function with JSON-serialisable arguments, in the page; awaits a
   * returned promise and gives back its value (by value: DOM nodes come back as {}).
   * A function is sent as its source text, so it must not use variables from the test file.
   */
  evaluate<T = unknown>(expression: string): Promise<T>;
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  async evaluate(code: string | ((...args: any[]) => unknown), ...args: unknown[]): Promise<unknown> {
    const options = { awaitPromise: true, returnByValue: true };
    const answer =
      typeof code === 'string'
        ? await this.send('Runtime.evaluate', { expression: code, ...options })
        : await this.send('Runtime.callFunctionOn', {
            // tsx/esbuild (keepNames) rewrite inner named functions as __name(fn, "fn"): give them a no-op.
            functionDeclaration: `function (...args) { const __name = (f) => f; return (${code.toString()}).apply(this, args); }`,
            arguments: args.map((value) => ({ value })),
            objectId: await this.globalObject(),
            ...options,
          });
    if (answer.exceptionDetails) throw new Error(`page threw: ${exceptionText(answer.exceptionDetails)}`);
    return answer.result.value;
  }

  /** callFunctionOn needs a `this`: the page's globalThis in its current (main-world) context. */
  private async globalObject(): Promise<string> {
    const { result } = await this.send('Runtime.evaluate', { expression: 'globalThis' });
    return result.objectId;
  }

  /** Polls `predicate` in the page until it is truthy; returns its value. Page errors while polling (e.g. mid-navigation) are retried. */
  async waitFor<T = unknown>(predicate: string | (() => T), { timeoutMs = 10_000, intervalMs = 50, label }: { timeoutMs?: number; intervalMs?: number; label?: string } = {}): Promise<T> {
    let lastError = '';
    const check = async (): Promise<T | undefined> => {
      try {
        const value = typeof predicate === 'string' ? await this.evaluate<T>(predicate) : ((await this.evaluate(predicate)) as T);
        return value ? value : undefined;
      } catch (error) {
        lastError = ` (last error: ${(error as Error).message})`;
        return undefined;
      }
    };
    const what = label ?? (typeof predicate === 'string' ? predicate : predicate.toString());
    return waitUntil(check, { timeoutMs, intervalMs, label: what }).catch((error: Error) => {
      throw new Error(`page.waitFor: ${error.message}${lastError}`);
    });
  }

  /** Focuses the element and inserts text as an IME commit / paste would: fires beforeinput + input, not key or paste events. */
  async type(selector: string, text: string): Promise<void> {
    await this.evaluate((sel: string) => {
      const el = document.querySelector(sel) as HTMLElement | null;
      if (!el) throw new Error(`no element matches ${sel}`);
      el.focus();
      if (document.activeElement !== el) throw new Error(`${sel} cannot take focus`);
      const field = el as HTMLTextAreaElement;
      try { field.setSelectionRange(field.value.length, field.value.length); } catch { /* not a text field */ }
    }, selector);
    await this.send('Input.insertText', { text });
  }

  /** A real mouse click at the element's centre (scrolled into view), so overlays and disabled states count. */
  async click(selector: string): Promise<void> {
    const { x, y } = await this.evaluate((sel: string) => {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`no element matches ${sel}`);
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) throw new Error(`${sel} is not visible`);
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, selector);
    await this.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    for (const type of ['mousePressed', 'mouseReleased']) await this.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
  }

  /** Presses a key from KEYS, with optional modifiers: 'Tab', 'Shift+Tab', 'Enter', 'Escape'. */
  async press(combo: string): Promise<void> {
    const parts = combo.split('+');
    const name = parts.pop()!;
    const key = KEYS[name];
    if (!key) throw new Error(`page.press: unknown key ${name} (known: ${Object.keys(KEYS).join(', ')})`);
    const modifiers = parts.reduce((sum, m) => sum + (MODIFIERS[m] ?? 0), 0);
    const event = { key: name === 'Space' ? ' ' : name, code: key.code, windowsVirtualKeyCode: key.keyCode, modifiers };
    // 'keyDown' with text types the character; 'rawKeyDown' is a key that only acts (Tab, Escape).
    await this.send('Input.dispatchKeyEvent', { type: key.text ? 'keyDown' : 'rawKeyDown', text: key.text, ...event });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  }

  /** Sets the files of an <input type=file> as a user's pick would (fires input and change). */
  async setFileInput(selector: string, paths: readonly string[]): Promise<void> {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
    if (exceptionDetails || !result.objectId) throw new Error(`setFileInput: no element matches ${selector}`);
    await this.send('DOM.setFileInputFiles', { files: paths, objectId: result.objectId });
  }

  async setViewport(viewport: Viewport): Promise<void> {
    this.viewport = viewport;
    await this.send('Emulation.setDeviceMetricsOverride', { deviceScaleFactor: 1, mobile: false, ...viewport });
  }

  /** PNG of the viewport, or of the whole page height at the viewport's width. */
  async screenshot(path: string, { fullPage = false } = {}): Promise<Buffer> {
    let clip;
    if (fullPage) {
      const { cssContentSize } = await this.send('Page.getLayoutMetrics');
      clip = { x: 0, y: 0, width: this.viewport.width, height: Math.ceil(cssContentSize.height), scale: 1 };
    }
    const { data } = await this.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: fullPage, ...(clip && { clip }) });
    const bytes = Buffer.from(data, 'base64');
    writeFileSync(path, bytes);
    return bytes;
  }

  /** Prints with the page's print styles, backgrounds on, on A4 (8.27×11.69 in) or Letter paper. */
  async pdf(path: string, { format = 'A4', landscape = false, printBackground = true }: { format?: keyof typeof PAPER; landscape?: boolean; printBackground?: boolean } = {}): Promise<Buffer> {
    const { data } = await this.send('Page.printToPDF', { ...PAPER[format], landscape, printBackground }, 60_000);
    const bytes = Buffer.from(data, 'base64');
    writeFileSync(path, bytes);
    return bytes;
  }

  consoleMessages(): readonly ConsoleMessage[] { return [...this.console]; }

  /** Uncaught exceptions and unhandled rejections, as "Error: message" (with stack when Chromium gives one). */
  errors(): readonly string[] { return [...this.pageErrors]; }

  /**
   * The next download this page's main frame started that no earlier call returned, once complete.
   * Downloads are recorded from launch on, so calling this after the click that starts one is fine.
   */
  async waitForDownload({ timeoutMs = 30_000 } = {}): Promise<Download> {
    const mine = () => this.downloads.find((d) => !d.claimed && d.frameId === this.targetId);
    const begun = await this.conn.until(() => mine(), timeoutMs, 'a download to begin');
    begun.claimed = true;
    const state = await this.conn.until(() => (begun.state === 'inProgress' ? undefined : begun.state), timeoutMs, `download of ${begun.suggestedFilename} to complete`);
    if (state !== 'completed') throw new Error(`download of ${begun.suggestedFilename} was ${state}`);
    // filePath is reported by recent Chromium; otherwise rebuild it from the download behaviour.
    const path = begun.filePath ?? join(this.download.dir, this.download.keepNames ? begun.suggestedFilename : begun.guid);
    return { path, suggestedFilename: begun.suggestedFilename, bytes: readFileSync(path) };
  }

  async close(): Promise<void> {
    await this.conn.send('Target.closeTarget', { targetId: this.targetId });
  }
}

/** A console argument as text: primitives by value, objects by Chromium's short description. */
function argText(arg: { type: string; value?: unknown; description?: string; unserializableValue?: string }): string {
  if (arg.type === 'string') return String(arg.value);
  if ('value' in arg) return JSON.stringify(arg.value);
  return arg.unserializableValue ?? arg.description ?? arg.type;
}

function exceptionText(details: { text: string; exception?: { description?: string; value?: unknown } }): string {
  return details.exception?.description ?? (details.exception && 'value' in details.exception ? `${details.text} ${String(details.exception.value)}` : details.text);
}
