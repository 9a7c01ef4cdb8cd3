import { InputError } from './errors.js';

/**
 * Which arguments are web addresses. Kept apart from the fetching (./fetch-url.ts) so that telling a URL from a
 * path, and making its id, loads nothing.
 */

/** The schemes fetched. */
const WEB = /^https?:\/\//i;

/** `scheme:` as RFC 3986 spells it. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Schemes refused even without `//` (`data:text/html,...`, `mailto:x`): nobody names a file like that. Any other
 * `word:` without `//` is a file name with a colon in it (`notes:monday.txt`), read as a path.
 */
const OTHER_SCHEMES = new Set(['about', 'blob', 'data', 'file', 'ftp', 'ftps', 'javascript', 'mailto', 'sftp', 'ssh', 'tel', 'urn', 'ws', 'wss']);

/**
 * The URL an argument names, or undefined when it is a path. Only http and https are fetched: any other scheme
 * (`file:`, `data:`, `ftp:`) is an InputError, not a path to read, so that `file:///etc/passwd` means the same
 * to claimdiff as to a browser, never something else quietly.
 */
export function urlArgument(arg: string): URL | undefined {
  const scheme = SCHEME.exec(arg)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (!WEB.test(arg)) {
    const slashes = arg.startsWith('//', scheme.length + 1);
    if (!slashes && !OTHER_SCHEMES.has(scheme)) return undefined;
    const orFile = slashes ? '' : `; to read a file of this name, write ./${arg}`;
    throw new InputError(arg, `unsupported URL scheme "${scheme}:" (only http and https URLs are fetched${orFile})`);
  }
  let url: URL;
  try {
    url = new URL(arg);
  } catch {
    throw new InputError(arg, 'is not a valid URL');
  }
  // fetch refuses them, and a password has no business in a report's source path.
  if (url.username !== '' || url.password !== '') throw new InputError(arg, 'a URL with a user name or password is not fetched');
  // The fragment is not sent: two URLs that differ only there are one page.
  url.hash = '';
  return url;
}

/** A source path that was a URL argument (every such path is one: see urlArgument). */
export function isWebPath(p: string): boolean {
  return WEB.test(p);
}
