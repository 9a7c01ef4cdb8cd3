import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { Warning } from '../types.js';
import { globRoots, insideAny, isWithin, outsideMessage, realPath, realRoots } from './contain.js';
import { describeFsError, InputError, notRegular, type FileKind } from './errors.js';
import { HTML_EXTENSIONS } from './html-detect.js';
import { urlArgument } from './url-arg.js';

const TEXT_EXTENSIONS = ['txt', 'md'] as const;

/** The file endings read from a folder. A file named directly is read whatever its ending. */
export const ARTICLE_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS] as const;

export const STDIN = '-';

/** One input to read. */
export interface ResolvedInput {
  /** The path as the user spelled it, or as found below a folder they named (`-` for standard input). */
  path: string;
  /**
   * Named on the command line (or standard input), as opposed to found in a folder or by a glob. A named file
   * that cannot be read stops the run; a found one is skipped with a warning, so that one bad file in a scraped
   * folder does not cost the whole report.
   */
  named: boolean;
  /**
   * The path's bytes, when a name in it is not valid UTF-8: `path` then shows each bad byte as U+FFFD (a
   * stand-in, so the name can be shown) and the file is opened by these bytes.
   */
  bytes?: Buffer;
  /** The page to fetch, when the argument is a URL (see ./url-arg.ts); `path` is the URL as given. */
  url?: URL;
}

/** A file found in a folder: its path as shown, and its bytes when they are not UTF-8 (see ResolvedInput). */
interface Found {
  path: string;
  at: string | Buffer;
}

/**
 * Turn the user's arguments (files, folders, quoted globs, `-`) into a sorted, de-duplicated list of paths.
 * Sorting here is what makes the report independent of the order the arguments were given in.
 */
export async function resolveInputs(args: readonly string[]): Promise<string[]> {
  return (await resolveInputList(args)).inputs.map((input) => input.path);
}

/**
 * As resolveInputs, with whether each input was named, and a warning for every entry of a folder or glob that
 * is not read (a link to a folder, a broken link, a folder that cannot be listed). `listed` are the entries of
 * an --inputs-from list: files, folders, globs and URLs as the arguments are, but treated as found, not named
 * (one that cannot be read or fetched is skipped with a warning), so one dead link in a long list does not
 * cost the whole report.
 */
export async function resolveInputList(args: readonly string[], listed: readonly string[] = []): Promise<{ inputs: ResolvedInput[]; warnings: Warning[] }> {
  const found: ResolvedInput[] = [];
  const warnings: Warning[] = [];
  for (const arg of args) {
    for (const input of await resolveOne(arg, warnings)) found.push(input);
  }
  for (const entry of listed) {
    try {
      for (const input of await resolveOne(entry, warnings)) found.push({ ...input, named: false });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      warnings.push({ source: entry, message: `skipped: ${error.problem}` });
    }
  }
  const inputs = dedupe(found, warnings).sort((a, b) => comparePaths(a.path, b.path));
  return { inputs, warnings: [...new Map(warnings.map((w) => [`${w.source}\u0000${w.message}`, w])).values()].sort(byPath) };
}

async function resolveOne(arg: string, warnings: Warning[]): Promise<ResolvedInput[]> {
  if (arg === STDIN) return [{ path: STDIN, named: true }];
  if (arg === '') throw new InputError("''", 'an empty argument: give a file, a folder, a quoted glob, a URL or - for standard input');
  const url = urlArgument(arg);
  if (url !== undefined) return [{ path: arg, named: true, url }];
  const stat = statOrError(arg);
  if (!(stat instanceof Error)) {
    if (!stat.isDirectory()) return [{ path: arg, named: true }];
    const files = walkFolder(arg, warnings);
    if (files.length === 0) {
      throw new InputError(arg, `folder has no ${dotted(TEXT_EXTENSIONS, ' or ')} files or ${dotted(HTML_EXTENSIONS, '/')} pages`);
    }
    return files.map((f) => (typeof f.at === 'string' ? { path: f.path, named: false } : { path: f.path, named: false, bytes: f.at }));
  }
  if (fg.isDynamicPattern(arg)) return resolveGlob(arg, warnings);
  throw new InputError(arg, describeFsError(stat));
}

/**
 * Every article file below a folder: `.txt`, `.md`, `.html`, `.htm` (any case), hidden files and folders left
 * out. A link to a file is read as that file; a link to a folder is not entered (a link loop must not hang the
 * run, and the same articles must not be read twice) and is named in a warning, as is a broken link and a
 * folder that cannot be listed. Each folder is visited once, whatever mounts or links lead back to it.
 */
function walkFolder(root: string, warnings: Warning[]): Found[] {
  const files: Found[] = [];
  const realRoot = realPath(root) ?? path.resolve(root);
  const visited = new Set<string>();
  const pending: Found[] = [{ path: root, at: root }];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries: Array<fs.Dirent<Buffer>>;
    try {
      const stat = fs.statSync(dir.at);
      const key = `${stat.dev}:${stat.ino}`;
      if (visited.has(key)) continue;
      visited.add(key);
      // Names as bytes: one that is not valid UTF-8 is still a name of a file that can be read.
      entries = fs.readdirSync(dir.at, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      warnings.push({ source: dir.path, message: `folder skipped: ${describeFsError(error)}` });
      continue;
    }
    for (const entry of entries) {
      const name = entry.name.toString('utf8');
      if (name.startsWith('.')) continue;
      const full = { path: path.join(dir.path, name), at: childPath(dir.at, entry.name) };
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isSymbolicLink()) followLink(full, root, realRoot, warnings, files);
      else if (isArticleFile(name)) addRegularFile(full, entry, warnings, files);
    }
  }
  return files;
}

/** The path of `name` in the folder at `dir`: a string while every name is UTF-8, bytes from the first that is not. */
function childPath(dir: string | Buffer, name: Buffer): string | Buffer {
  if (typeof dir === 'string' && isUtf8(name)) return path.join(dir, name.toString('utf8'));
  return Buffer.concat([Buffer.from(dir), Buffer.from(path.sep), name]);
}

/**
 * A link found in a folder: its file is read when it lies inside the named folder's tree (see ./contain.ts), a
 * folder it points to is not entered, a broken one and one pointing out of the tree are named.
 */
function followLink(link: Found, root: string, realRoot: string, warnings: Warning[], files: Found[]): void {
  const target = statOrError(link.at);
  if (target instanceof Error) {
    if (isArticleFile(link.path)) warnings.push({ source: link.path, message: `skipped: ${describeFsError(target)}` });
  } else if (target.isDirectory()) {
    warnings.push({ source: link.path, message: 'a link to a folder, not followed (name the folder itself to read it)' });
  } else if (isArticleFile(link.path)) {
    const real = realPath(link.at);
    if (real === undefined || !isWithin(realRoot, real)) warnings.push({ source: link.path, message: outsideMessage(root) });
    else addRegularFile(link, target, warnings, files);
  }
}

/**
 * Only regular files are read from a folder or glob: a FIFO named like an article would block the run until
 * something writes to it, a device could be read forever. Anything else is skipped and named.
 */
function addRegularFile<T extends string | Found>(file: T, kind: FileKind, warnings: Warning[], files: T[]): void {
  if (kind.isFile()) files.push(file);
  else warnings.push({ source: typeof file === 'string' ? file : file.path, message: `skipped: ${notRegular(kind)}` });
}

async function resolveGlob(pattern: string, warnings: Warning[]): Promise<ResolvedInput[]> {
  let entries: fg.Entry[];
  try {
    // Links are not followed into folders: a link loop must not hang the run.
    entries = await fg(pattern.replace(/\\/g, '/'), { onlyFiles: false, followSymbolicLinks: false, objectMode: true });
  } catch (error) {
    throw new InputError(pattern, describeFsError(error));
  }
  const paths: string[] = [];
  // What a glob finds must lie inside the folders it names (the part before its first wildcard).
  const roots = globRoots(pattern);
  const real = realRoots(roots);
  for (const entry of entries) {
    if (entry.dirent.isDirectory()) continue;
    const target = statOrError(entry.path);
    if (target instanceof Error) {
      warnings.push({ source: entry.path, message: `skipped: ${describeFsError(target)}` });
      continue;
    }
    if (target.isDirectory()) continue;
    const at = realPath(entry.path);
    if (at === undefined || !insideAny(real, at)) warnings.push({ source: entry.path, message: outsideMessage(roots.join(', ')) });
    else addRegularFile(entry.path, entry.dirent.isSymbolicLink() ? target : entry.dirent, warnings, paths);
  }
  const files = paths.map((p) => ({ path: notStdin(p), named: false }));
  if (files.length === 0) throw new InputError(pattern, 'pattern matched no files');
  return files;
}

/** A file found named `-` is that file, not standard input: spelled `./-`. */
export function notStdin(p: string): string {
  return p === STDIN ? `.${path.sep}${STDIN}` : p;
}

/**
 * Endings of files that hold code, data or settings, never an article: one named directly is still read (it is
 * what the user asked for), with a warning, since `claimdiff package.json fixtures/seeds` is more often a slip.
 */
const NOT_ARTICLE_EXTENSIONS = new Set(
  'json jsonl ndjson js mjs cjs jsx ts mts cts tsx map css scss less xml rss atom csv tsv yaml yml toml ini cfg conf lock log py rb sh bash go rs java c h cpp sql'.split(' '),
);

/** The warning for a file named directly whose ending says it is not an article; none for others. */
export function notArticleNote(input: ResolvedInput): string | undefined {
  if (!input.named || input.url !== undefined || input.path === STDIN) return undefined;
  const extension = path.extname(input.path).slice(1);
  if (!NOT_ARTICLE_EXTENSIONS.has(extension.toLowerCase())) return undefined;
  return `${input.path} is a .${extension} file, not an article (${dotted(ARTICLE_EXTENSIONS, ', ')}): compared as one anyway`;
}

function isArticleFile(name: string): boolean {
  const extension = path.extname(name).slice(1).toLowerCase();
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extension);
}

function dotted(extensions: readonly string[], separator: string): string {
  return extensions.map((e) => `.${e}`).join(separator);
}

function statOrError(p: fs.PathLike): fs.Stats | Error {
  try {
    return fs.statSync(p);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * The same file reached twice (named and inside a folder, through two spellings, a symbolic link or a hard
 * link: one device and inode) is read once, under the spelling that sorts first, so the report does not
 * depend on the order of the arguments either. It counts as named when any of its spellings was named.
 * Each other path to it gets a warning; the same path given twice does not.
 */
function dedupe(inputs: readonly ResolvedInput[], warnings: Warning[]): ResolvedInput[] {
  // Per file: the input kept, and each distinct path to it (resolved) with the spelling it was found under.
  const byFile = new Map<string, { kept: ResolvedInput; paths: Map<string, string> }>();
  // A page's spellings ("HTTP://Example.org/a", "http://example.org/a#top") are told apart as given.
  const spot = (input: ResolvedInput) => (input.url !== undefined ? input.path : path.resolve(input.path));
  for (const input of inputs) {
    const key = input.url !== undefined ? `url:${input.url.href}` : input.path === STDIN ? STDIN : fileKey(input.bytes ?? input.path);
    const seen = byFile.get(key);
    if (seen === undefined) {
      byFile.set(key, { kept: input, paths: new Map([[spot(input), input.path]]) });
      continue;
    }
    if (!seen.paths.has(spot(input))) seen.paths.set(spot(input), input.path);
    const kept = comparePaths(input.path, seen.kept.path) < 0 ? input : seen.kept;
    seen.kept = { ...kept, named: seen.kept.named || input.named };
  }
  for (const { kept, paths } of byFile.values()) {
    for (const [at, spelling] of paths) {
      const what = kept.url !== undefined ? 'page' : 'file';
      if (at !== spot(kept)) warnings.push({ source: spelling, message: `skipped: the same ${what} as ${kept.path}, read once` });
    }
  }
  return [...byFile.values()].map((f) => f.kept);
}

/** A file's identity (device and inode, through links); its absolute path when it cannot be looked at. */
function fileKey(p: string | Buffer): string {
  try {
    const stat = fs.statSync(p);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return path.resolve(p.toString());
  }
}

/** Code-point order, not locale order: the same on every machine. Two spellings of one path: the shorter first. */
export function comparePaths(a: string, b: string): number {
  const na = path.normalize(a);
  const nb = path.normalize(b);
  if (na !== nb) return na < nb ? -1 : 1;
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function byPath(a: Warning, b: Warning): number {
  return comparePaths(a.source, b.source) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
