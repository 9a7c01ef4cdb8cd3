import path from 'node:path';
import { domainToUnicode } from 'node:url';

/** A page that names its outlet (`og:site_name`, or its canonical URL's host): `at` is its file or URL. */
export interface SiteInput {
  site: string;
  at: string | URL;
}

/** What an id is made from: a file's path, a page's URL, or a page's own site name. */
export type IdInput = string | URL | SiteInput;

/**
 * Give every input an id: its file name without extension. Inputs that share a file name get the shortest
 * trailing part of their path that tells them apart ("a/story" and "b/story"), so ids stay readable and
 * do not depend on the order the inputs were given in.
 *
 * A URL's id is its outlet, the host without `www.` ("example.org"); two pages of one host get the host and the
 * shortest trailing part of their paths that tells them apart ("example.org/story-a"), as files do. A page that
 * names its site (a SiteInput) takes that name instead of its host or file name, lengthened the same way
 * ("The Courier/story-a"). Files, pages and sites share one space of ids: a file named like a host lengthens too.
 *
 * Linear in the number of inputs (times the depth of their paths): the ids of each depth are counted once, in
 * a map, not compared pair by pair (20,000 files took 30 s that way).
 */
export function assignIds(inputs: readonly IdInput[]): string[] {
  const parts = inputs.map(idParts);
  const countsByDepth = new Map<number, Map<string, number>>();
  const countsAt = (depth: number): Map<string, number> => {
    let counts = countsByDepth.get(depth);
    if (counts === undefined) {
      counts = countOf(parts.map((p) => p.at(depth)));
      countsByDepth.set(depth, counts);
    }
    return counts;
  };
  const fullCounts = countOf(parts.map((p) => p.full));
  const seenLongest = new Map<string, number>();
  return parts.map((own) => {
    for (let depth = 1; depth <= own.depths; depth++) {
      const id = own.at(depth);
      if (countsAt(depth).get(id) === 1) return id;
    }
    // Same name but for the extension ("story.txt", "story.md"), or a page's port or query: keep them.
    if (fullCounts.get(own.full) === 1) return own.full;
    // Two inputs with the very same path (stdin given twice, say): number them by position.
    const id = own.at(own.depths);
    const same = seenLongest.get(id) ?? 0;
    seenLongest.set(id, same + 1);
    return same === 0 ? id : `${id}~${same + 1}`;
  });
}

/** The ids an input can take: `at(depth)` for depth 1 to `depths` (longer ones repeat the longest), then `full`. */
interface IdParts {
  depths: number;
  at(depth: number): string;
  full: string;
}

function idParts(input: IdInput): IdParts {
  if (typeof input === 'string') return fileParts(input);
  if (input instanceof URL) return urlParts(input);
  const segments = typeof input.at === 'string' ? splitPath(input.at) : urlSegments(input.at);
  return headedParts(input.site, segments, `${input.site}/${idParts(input.at).full}`);
}

function fileParts(p: string): IdParts {
  const parts = splitPath(p);
  return { depths: parts.length, at: (depth) => suffixId(parts, depth), full: parts.join('/') };
}

/**
 * A page: its host (without `www.`, in Unicode rather than punycode), then the trailing parts of its path; in
 * full, with the `www.`, port and query too. Percent-escapes are decoded, so that ids read as the outlet's words do.
 */
function urlParts(url: URL): IdParts {
  const hostname = visibleName(domainToUnicode(url.hostname) || url.hostname);
  const port = url.port === '' ? '' : `:${url.port}`;
  const full = `${hostname}${port}${visibleName(decoded(url.pathname))}${visibleName(decoded(url.search))}`;
  return headedParts(hostname.replace(/^www\./i, ''), urlSegments(url), full);
}

/** `head` alone, then `head/` and the trailing parts of `segments` that tell it apart. */
function headedParts(head: string, segments: readonly string[], full: string): IdParts {
  const at = (depth: number) => (depth <= 1 || segments.length === 0 ? head : `${head}/${suffixId(segments, depth - 1)}`);
  return { depths: segments.length + 1, at, full };
}

function urlSegments(url: URL): string[] {
  return url.pathname.split('/').filter((s) => s !== '').map((s) => visibleName(decoded(s)));
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function countOf(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * A path's parts, as this system separates them (a backslash is a character of a file name on POSIX, not a
 * separator: four files with backslashes in their names made two ids alike), each made visible (see visibleName).
 */
function splitPath(p: string): string[] {
  if (p === '-') return ['stdin'];
  return path
    .normalize(p)
    .split(path.sep)
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .map(visibleName);
}

/** Characters that show as nothing: zero-width spaces and joiners, soft hyphens, word joiners, format controls. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * A file name with every invisible character shown as its code point (`reu<U+2060>ters`), so two ids that would
 * print alike (`reuters` and `reu` + U+2060 + `ters`) read apart.
 */
export function visibleName(name: string): string {
  return name.replace(INVISIBLE, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

function suffixId(parts: readonly string[], depth: number): string {
  const tail = parts.slice(-depth);
  const last = tail[tail.length - 1] ?? '';
  const ext = path.extname(last);
  tail[tail.length - 1] = ext && ext !== last ? last.slice(0, -ext.length) : last;
  return tail.join('/');
}
