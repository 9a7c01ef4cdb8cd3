import fs from 'node:fs';
import path from 'node:path';
import { assignIds } from '../../src/load/index.js';
import type { Source } from '../../src/types.js';
import { ROOT } from './run-cli.js';

/** Read a fixture folder as the CLI would (sorted paths, ids from file names), for tests of `compare`. */
export function fixtureSources(folder: string): Source[] {
  const dir = path.join(ROOT, 'fixtures', folder);
  const paths = fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => path.join('fixtures', folder, f));
  const ids = assignIds(paths);
  return paths.map((p, i) => ({ id: ids[i]!, path: p, text: fs.readFileSync(path.join(ROOT, p), 'utf8') }));
}
