import path from 'node:path';

/**
 * Give every input an id: its file name without extension. Inputs that share a file name get the shortest
 * trailing part of their path that tells them apart ("a/story" and "b/story"), so ids stay readable and
 * do not depend on the order the inputs were given in.
 */
export function assignIds(paths: readonly string[]): string[] {
  const parts = paths.map(splitPath);
  return parts.map((own, i) => {
    for (let depth = 1; depth <= own.length; depth++) {
      const id = suffixId(own, depth);
      const clash = parts.some((other, j) => j !== i && suffixId(other, depth) === id);
      if (!clash) return id;
    }
    // Same name but for the extension ("story.txt", "story.md"): keep the extension.
    const full = own.join('/');
    if (!parts.some((other, j) => j !== i && other.join('/') === full)) return full;
    // Two inputs with the very same path (stdin given twice, say): number them by position.
    const id = suffixId(own, own.length);
    const same = parts.filter((other, j) => j < i && suffixId(other, other.length) === id).length;
    return same === 0 ? id : `${id}~${same + 1}`;
  });
}

function splitPath(p: string): string[] {
  if (p === '-') return ['stdin'];
  return path.normalize(p).split(/[\\/]+/).filter((s) => s !== '' && s !== '.' && s !== '..');
}

function suffixId(parts: readonly string[], depth: number): string {
  const tail = parts.slice(-depth);
  const last = tail[tail.length - 1] ?? '';
  const ext = path.extname(last);
  tail[tail.length - 1] = ext && ext !== last ? last.slice(0, -ext.length) : last;
  return tail.join('/');
}
