import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';

/**
 * Reads stay where the user pointed. A folder or glob names a tree; a link found in it may point anywhere (a
 * fixture folder in a pull request can carry `notes.txt -> /home/runner/.ssh/id_rsa` or `/proc/self/maps`),
 * so what is found is read only when its real path, every link resolved, lies inside the real path of the
 * folder that was named. What is named itself is read as named.
 */

/** The real path of `p` (every link resolved), or undefined when it cannot be resolved (broken, a loop). */
export function realPath(p: fs.PathLike): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** Whether the real path `inner` is the real path `root` or below it. */
export function isWithin(root: string, inner: string): boolean {
  const rel = path.relative(root, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** The folders a glob names: the static part before its first wildcard (one per brace alternative). */
export function globRoots(pattern: string): string[] {
  const bases = fg.generateTasks(pattern).map((task) => task.base);
  return [...new Set(bases.length > 0 ? bases : ['.'])];
}

/** The real paths of `roots` that exist. */
export function realRoots(roots: readonly string[]): string[] {
  return roots.map(realPath).filter((r): r is string => r !== undefined);
}

/** Whether `found` (a path found in one of `roots`, already real-pathed) lies inside one of them. */
export function insideAny(roots: readonly string[], found: string): boolean {
  return roots.some((root) => isWithin(root, found));
}

/** The warning for a link whose target lies outside the folder the user named. */
export function outsideMessage(root: string): string {
  return `skipped: a link out of ${root}, not followed (name the file itself to read it)`;
}

/**
 * Whether any part of `p`, as spelled (for a relative path, the parts below the working folder), is a symbolic
 * link: a folder reached that way is not written into, whatever its real path.
 */
export function throughLink(p: string): boolean {
  const parts = path.normalize(p).split(path.sep).filter((part) => part !== '' && part !== '.');
  let at = path.isAbsolute(p) ? path.parse(path.resolve(p)).root : '';
  for (const part of parts) {
    at = at === '' ? part : path.join(at, part);
    if (part === '..') continue;
    try {
      if (fs.lstatSync(at).isSymbolicLink()) return true;
    } catch {
      return false;
    }
  }
  return false;
}
