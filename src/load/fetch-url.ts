import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { InputError, LimitError } from './errors.js';
import { readStreamBytes, tooLarge, tooMuchInAll } from './read.js';

/**
 * URL inputs: a page fetched with Node's own fetch, bounded in redirects, time and size, and checked to be a
 * web page or text. What comes back is bytes and how to read them; ./index.ts reads them as it reads a file.
 */

/** Seconds a page may take, redirects and body included, unless --fetch-timeout says otherwise. */
export const DEFAULT_FETCH_TIMEOUT_S = 20;
/** Redirects followed; one more is an error (a loop would otherwise run until the timeout). */
export const MAX_REDIRECTS = 5;
/** Pages fetched at once: faster than one by one, without hammering one outlet's server. */
export const FETCH_CONCURRENCY = 4;

/** The content types read, and whether each is a web page (else text, read as a .txt file is). */
const CONTENT_TYPES: Readonly<Record<string, boolean>> = { 'text/html': true, 'application/xhtml+xml': true, 'text/plain': false };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface FetchedPage {
  bytes: Uint8Array;
  /** The charset the Content-Type names, if any. */
  charset?: string;
  /** Served as HTML (else as plain text). */
  html: boolean;
}

export interface FetchOptions {
  /** The largest body read, in bytes: reading stops past it. */
  maxBytes: number;
  timeoutMs: number;
  /** Aborts the fetch (another page's error ended the run). */
  stop?: AbortSignal;
}

/** Why a fetch was aborted: its own deadline, or `stop`. */
const TIMED_OUT = Symbol('timed out');

/**
 * One page: its bytes, once the server has answered 2xx with an HTML or text type. Every failure is an
 * InputError naming the URL as given (`name`); a body over `maxBytes` a LimitError, found while reading.
 */
export async function fetchPage(name: string, url: URL, options: FetchOptions): Promise<FetchedPage> {
  if (options.stop?.aborted === true) throw options.stop.reason;
  const controller = new AbortController();
  // Past 2^31 - 1 ms Node fires a timer at once: a huge --fetch-timeout means "no limit", not "none at all".
  const timer = setTimeout(() => controller.abort(TIMED_OUT), Math.min(options.timeoutMs, 2 ** 31 - 1));
  const stop = () => controller.abort(options.stop?.reason);
  options.stop?.addEventListener('abort', stop, { once: true });
  try {
    return await fetchWithin(name, url, options.maxBytes, controller.signal);
  } catch (error) {
    // Aborted, the error is whatever fetch or the body's reader made of it: the reason is what happened.
    if (!controller.signal.aborted) throw error;
    if (controller.signal.reason !== TIMED_OUT) throw controller.signal.reason;
    throw new InputError(name, `no complete answer within ${options.timeoutMs / 1000} s (raise --fetch-timeout)`);
  } finally {
    clearTimeout(timer);
    options.stop?.removeEventListener('abort', stop);
    // A body left unread (an error, a limit passed) must not keep its connection open.
    controller.abort();
  }
}

async function fetchWithin(name: string, start: URL, maxBytes: number, signal: AbortSignal): Promise<FetchedPage> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      // Redirects by hand, to count them and to follow none to another scheme.
      response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.9' } });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new InputError(name, `cannot fetch: ${describeNetworkError(error)}`);
    }
    const location = response.headers.get('location');
    if (REDIRECTS.has(response.status) && location !== null) {
      await response.body?.cancel();
      if (redirects === MAX_REDIRECTS) throw new InputError(name, `more than ${MAX_REDIRECTS} redirects`);
      url = redirectTarget(name, url, location);
      continue;
    }
    const from = url === start ? '' : ` (redirected to ${url.href})`;
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(name, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${from}`);
    }
    const { type, charset } = contentType(response.headers.get('content-type'));
    const html = CONTENT_TYPES[type];
    if (html === undefined) {
      await response.body?.cancel();
      const said = type === '' ? 'has no content type' : `has content type ${type}`;
      throw new InputError(name, `${said}${from}, not a web page or text (${Object.keys(CONTENT_TYPES).join(', ')})`);
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > maxBytes) {
      await response.body?.cancel();
      throw tooLarge(name, length, maxBytes);
    }
    const body = response.body === null ? Readable.from([]) : Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    // A declared UTF-16 page has NUL bytes in its text: the binary sniff is for pages that declare nothing.
    const bytes = await readStreamBytes(body, name, maxBytes, !/^utf-16/i.test(charset ?? ''));
    if (signal.aborted) throw signal.reason;
    return charset === undefined ? { bytes, html } : { bytes, charset, html };
  }
}

function redirectTarget(name: string, from: URL, location: string): URL {
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    throw new InputError(name, `redirected to an address that is not a valid URL`);
  }
  if (to.protocol !== 'http:' && to.protocol !== 'https:') throw new InputError(name, `redirected to an unsupported URL scheme ${to.protocol} (${to.href})`);
  return to;
}

/** `text/html; charset="ISO-8859-1"` -> the type in lower case and the charset, unquoted. */
export function contentType(header: string | null): { type: string; charset?: string } {
  if (header === null) return { type: '' };
  const [type = '', ...params] = header.split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(p)?.[1])
    .find((c): c is string => c !== undefined && c !== '');
  return charset === undefined ? { type: type.trim().toLowerCase() } : { type: type.trim().toLowerCase(), charset };
}

/** What a failed fetch met, in a few words: Node's error says only "fetch failed", its cause says why. */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause as NodeJS.ErrnoException | undefined;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return 'the connection was closed by the server';
    case 'ENOTFOUND':
      return 'host not found';
    case 'EAI_AGAIN':
      return 'host name lookup failed (no network?)';
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return 'network unreachable';
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return 'the connection timed out';
  }
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** A page to fetch: its URL, the argument as given (to name it), whether it was named on the command line. */
export interface FetchTarget {
  name: string;
  url: URL;
  named: boolean;
}

export interface FetchAllOptions extends Omit<FetchOptions, 'stop'> {
  /** Pages past this many bytes in all stop the run (--max-total-size), without waiting for the rest. */
  maxTotalBytes: number;
  /** Told each time a page is done (fetched or failed): a progress line. */
  onProgress?(done: number, total: number): void;
}

/** A fetch given up because another page's error ended the run. */
class Stopped extends Error {}

/**
 * Every page, FETCH_CONCURRENCY at a time, each as its bytes or the InputError it met, in the order given. An
 * error that must stop the run (a page named on the command line, a limit passed) stops the others and is
 * thrown: the first in order among those met, so that a run's message does not depend on which answered first.
 */
export async function fetchAll(targets: readonly FetchTarget[], options: FetchAllOptions): Promise<Array<FetchedPage | InputError>> {
  const results: Array<FetchedPage | InputError | undefined> = new Array(targets.length);
  const stop = new AbortController();
  const fatal = new Map<number, unknown>();
  let next = 0;
  let done = 0;
  let total = 0;
  const worker = async () => {
    for (let i = next++; i < targets.length && !stop.signal.aborted; i = next++) {
      const target = targets[i]!;
      try {
        const page = await fetchPage(target.name, target.url, { ...options, stop: stop.signal });
        total += page.bytes.length;
        if (total > options.maxTotalBytes) throw tooMuchInAll(target.name, options.maxTotalBytes);
        results[i] = page;
      } catch (error) {
        if (error instanceof Stopped) continue;
        if (!(error instanceof InputError) || error instanceof LimitError || target.named) {
          fatal.set(i, error);
          stop.abort(new Stopped());
          continue;
        }
        results[i] = error;
      }
      options.onProgress?.(++done, targets.length);
    }
  };
  options.onProgress?.(0, targets.length);
  await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, targets.length) }, worker));
  if (fatal.size > 0) throw fatal.get(Math.min(...fatal.keys()));
  return results as Array<FetchedPage | InputError>;
}
