import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { InputError } from './errors.js';
import { HTML_EXTENSIONS } from './html-detect.js';

const TEXT_EXTENSIONS = ['txt', 'md'] as const;

/** The file endings read from a folder. A file named directly is read whatever its ending. */
export const ARTICLE_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS] as const;

export const STDIN = '-';

/**
 * Turn the user's arguments (files, folders, quoted globs, `-`) into a sorted, de-duplicated list of paths.
 * Sorting here is what makes the report independent of the order the arguments were given in.
 */
export async function resolveInputs(args: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const arg of args) {
    found.push(...(await resolveOne(arg)));
  }
  return dedupe(found).sort(comparePaths);
}

async function resolveOne(arg: string): Promise<string[]> {
  if (arg === STDIN) return [STDIN];
  const stat = statOrUndefined(arg);
  if (stat?.isDirectory()) {
    const files = await fg(`**/*.{${ARTICLE_EXTENSIONS.join(',')}}`, {
      cwd: arg,
      onlyFiles: true,
      dot: false,
      // Symlinked folders are not entered: a link loop must not hang the run.
      followSymbolicLinks: false,
      caseSensitiveMatch: false,
    });
    if (files.length === 0) {
      throw new InputError(arg, `folder has no ${dotted(TEXT_EXTENSIONS, ' or ')} files or ${dotted(HTML_EXTENSIONS, '/')} pages`);
    }
    return files.map((f) => path.join(arg, f));
  }
  if (stat) return [arg];
  if (fg.isDynamicPattern(arg)) {
    const files = await fg(arg.replace(/\\/g, '/'), { onlyFiles: true, followSymbolicLinks: false });
    if (files.length === 0) throw new InputError(arg, 'pattern matched no files');
    return files;
  }
  throw new InputError(arg, 'no such file or directory');
}

function dotted(extensions: readonly string[], separator: string): string {
  return extensions.map((e) => `.${e}`).join(separator);
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/** The same file reached twice (named and inside a folder, or through two spellings) is read once. */
function dedupe(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const p of paths) {
    const key = p === STDIN ? STDIN : realPath(p);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(p);
  }
  return kept;
}

function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Code-point order, not locale order: the same on every machine. */
export function comparePaths(a: string, b: string): number {
  const na = path.normalize(a);
  const nb = path.normalize(b);
  return na < nb ? -1 : na > nb ? 1 : 0;
}
