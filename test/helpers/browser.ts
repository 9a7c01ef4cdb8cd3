/**
 * Headless Chromium for the browser tests, with no dependency: Debian's `chromium` package, driven over the
 * DevTools protocol on `--remote-debugging-pipe` (file descriptors 3 and 4, NUL-separated JSON messages).
 *
 * `ensureChromium()` installs the package with apt-get when it is missing and the process is root (as in CI),
 * once per machine; anywhere else it says why the browser tests cannot run, and they are skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

export const CHROMIUM = process.env.CLAIMDIFF_CHROMIUM ?? '/usr/bin/chromium';

export type ChromiumStatus = { ok: true; path: string } | { ok: false; reason: string };

let status: ChromiumStatus | undefined;

/** Find Chromium, installing Debian's package when it is absent and we may (root, apt-get present). */
export function ensureChromium(): ChromiumStatus {
  status ??= findOrInstall();
  return status;
}

function findOrInstall(): ChromiumStatus {
  if (works(CHROMIUM)) return { ok: true, path: CHROMIUM };
  if (fs.existsSync(CHROMIUM)) return { ok: false, reason: `${CHROMIUM} is present but does not start (--version failed)` };
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    return { ok: false, reason: `${CHROMIUM} is missing and installing it needs root: run \`apt-get install -y chromium\`` };
  }
  if (!fs.existsSync('/usr/bin/apt-get')) return { ok: false, reason: `${CHROMIUM} is missing and there is no apt-get to install it` };
  process.stderr.write('browser tests: installing Debian chromium (apt-get update && apt-get install -y chromium)...\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt-get (a parallel test worker, say) instead of failing on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const steps: string[][] = [
    ['apt-get', ...lock, 'update'],
    ['apt-get', ...lock, 'install', '-y', '--no-install-recommends', 'chromium'],
  ];
  for (const step of steps) {
    const result = spawnSync(step[0]!, step.slice(1), { env, encoding: 'utf8', timeout: 600_000, stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      const tail = `${result.stderr ?? ''}${result.error?.message ?? ''}`.trim().split('\n').slice(-3).join(' / ');
      return { ok: false, reason: `\`${step.join(' ')}\` failed (exit ${result.status}): ${tail}` };
    }
  }
  return works(CHROMIUM) ? { ok: true, path: CHROMIUM } : { ok: false, reason: `installed chromium, but ${CHROMIUM} does not start` };
}

function works(binary: string): boolean {
  if (!fs.existsSync(binary)) return false;
  return spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
}

/**
 * The flags every launch uses. The machine has no network: without the background-networking, component-update
 * and sync switches Chromium waits on lookups that never answer.
 */
export function chromiumFlags(userDataDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-dev-shm-usage',
    '--hide-scrollbars',
    '--mute-audio',
    `--user-data-dir=${userDataDir}`,
  ];
}

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
  method: string;
}

type EventListener = (params: Record<string, unknown>, sessionId?: string) => void;

/** One Chromium process and its DevTools pipe. */
export class Browser {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<EventListener>>();
  private buffer = '';
  private stderr = '';
  private closed = false;

  private constructor(
    private readonly child: ChildProcess,
    private readonly userDataDir: string,
  ) {
    const input = child.stdio[4] as Readable;
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    (child.stderr as Readable).on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    child.on('exit', (code) => {
      this.closed = true;
      for (const p of this.pending.values()) p.reject(new Error(`chromium exited (${code}) during ${p.method}: ${this.stderr.trim()}`));
      this.pending.clear();
    });
  }

  static async launch(binary: string): Promise<Browser> {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-chromium-'));
    const child = spawn(binary, [...chromiumFlags(userDataDir), '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
    const browser = new Browser(child, userDataDir);
    await browser.send('Browser.getVersion', {}, undefined, 20_000);
    return browser;
  }

  /** Send one DevTools command (to a page when `sessionId` is given) and wait for its answer. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string, timeoutMs = 10_000): Promise<Record<string, unknown>> {
    if (this.closed) return Promise.reject(new Error(`chromium is not running (${method}): ${this.stderr.trim()}`));
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`DevTools ${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      (this.child.stdio[3] as Writable).write(`${message}\0`);
    });
  }

  on(event: string, listener: EventListener): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  async newPage(options: { width?: number; height?: number } = {}): Promise<Page> {
    const { targetId } = (await this.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const page = new Page(this, targetId, sessionId);
    await page.send('Page.enable');
    await page.send('Runtime.enable');
    await page.send('Emulation.setDeviceMetricsOverride', {
      width: options.width ?? 1280,
      height: options.height ?? 900,
      deviceScaleFactor: 1,
      mobile: false,
    });
    return page;
  }

  async close(): Promise<void> {
    if (!this.closed) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.send('Browser.close').catch(() => undefined);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(this.userDataDir, { recursive: true, force: true });
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) !== -1) {
      const raw = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      const message = JSON.parse(raw) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: { message: string };
        method?: string;
        params?: Record<string, unknown>;
        sessionId?: string;
      };
      if (message.id !== undefined) {
        const pending = this.pending.get(message.id);
        if (!pending) continue;
        this.pending.delete(message.id);
        if (message.error) pending.reject(new Error(`DevTools ${pending.method}: ${message.error.message}`));
        else pending.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
      }
    }
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One tab. */
export class Page {
  /** Messages the page logged and exceptions it threw, for assertions and for failure messages. */
  readonly console: string[] = [];

  constructor(
    private readonly browser: Browser,
    readonly targetId: string,
    readonly sessionId: string,
  ) {
    browser.on('Runtime.consoleAPICalled', (params, session) => {
      if (session !== sessionId) return;
      const args = (params.args as Array<{ value?: unknown; description?: string }>) ?? [];
      this.console.push(`${String(params.type)}: ${args.map((a) => String(a.value ?? a.description)).join(' ')}`);
    });
    browser.on('Runtime.exceptionThrown', (params, session) => {
      if (session !== sessionId) return;
      const details = params.exceptionDetails as { text?: string; exception?: { description?: string } };
      this.console.push(`exception: ${details.exception?.description ?? details.text}`);
    });
    browser.on('Log.entryAdded', (params, session) => {
      if (session !== sessionId) return;
      const entry = params.entry as { level: string; text: string };
      this.console.push(`${entry.level}: ${entry.text}`);
    });
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.browser.send(method, params, this.sessionId);
  }

  /** Load a URL and wait for its load event. */
  async goto(url: string): Promise<void> {
    await this.send('Log.enable');
    const loaded = new Promise<void>((resolve) => {
      const off = this.browser.on('Page.loadEventFired', (_params, session) => {
        if (session !== this.sessionId) return;
        off();
        resolve();
      });
    });
    const result = (await this.send('Page.navigate', { url })) as { errorText?: string };
    if (result.errorText) throw new Error(`navigation to ${url} failed: ${result.errorText}`);
    await loaded;
  }

  /** Evaluate an expression in the page and return its value (JSON-serialisable values only). */
  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) {
      throw new Error(`page threw: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    }
    return result.result.value as T;
  }

  /** Where the first element matching `selector` is on screen, scrolled into view; undefined when absent. */
  async box(selector: string): Promise<Box | undefined> {
    return this.evaluate<Box | undefined>(`(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) return undefined;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    })()`);
  }

  /** Click the middle of an element with real mouse events, as a person would. */
  async click(selector: string): Promise<void> {
    const box = await this.box(selector);
    if (!box || box.width === 0 || box.height === 0) throw new Error(`nothing visible to click at ${selector}`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await this.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    await this.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
  }

  /** Press and release a key (`Tab`, `Enter`, `ArrowDown`, ` `...) on whatever has focus. */
  async press(key: string, options: { shift?: boolean } = {}): Promise<void> {
    const codes: Record<string, [string, number, string?]> = {
      Tab: ['Tab', 9],
      Enter: ['Enter', 13, '\r'],
      ' ': ['Space', 32, ' '],
      ArrowDown: ['ArrowDown', 40],
      ArrowUp: ['ArrowUp', 38],
      Escape: ['Escape', 27],
    };
    const [code, keyCode, text] = codes[key] ?? [key, 0, key];
    const modifiers = options.shift ? 8 : 0;
    const common = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, modifiers };
    await this.send('Input.dispatchKeyEvent', { type: text ? 'keyDown' : 'rawKeyDown', ...common, ...(text ? { text } : {}) });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
  }

  /** Emulate a media type ('print', or '' for the screen again). */
  async media(media: 'print' | ''): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', { media });
  }

  /** Save a PNG of the viewport, the whole page, or one element (`selector`) to `file`. */
  async screenshot(file: string, options: { fullPage?: boolean; selector?: string } = {}): Promise<void> {
    let clip: Record<string, number> | undefined;
    if (options.selector) {
      const box = await this.evaluate<Box | undefined>(`(() => {
        const el = document.querySelector(${JSON.stringify(options.selector)});
        if (!el) return undefined;
        const r = el.getBoundingClientRect();
        return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: Math.min(r.height, 8000) };
      })()`);
      if (!box) throw new Error(`nothing to capture at ${options.selector}`);
      clip = { ...box, scale: 1 };
    } else if (options.fullPage) {
      const size = await this.evaluate<{ width: number; height: number }>(
        '({ width: document.documentElement.scrollWidth, height: Math.min(document.documentElement.scrollHeight, 16000) })',
      );
      clip = { x: 0, y: 0, width: size.width, height: size.height, scale: 1 };
    }
    const { data } = (await this.send('Page.captureScreenshot', {
      format: 'png',
      ...(clip ? { clip, captureBeyondViewport: true } : {}),
    })) as { data: string };
    fs.writeFileSync(file, Buffer.from(data, 'base64'));
  }

  /** Print the page to PDF, as a person printing it would get it. */
  async pdf(file: string): Promise<void> {
    const { data } = (await this.send('Page.printToPDF', { printBackground: false, preferCSSPageSize: true })) as { data: string };
    fs.writeFileSync(file, Buffer.from(data, 'base64'));
  }

  async close(): Promise<void> {
    await this.browser.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
  }
}
