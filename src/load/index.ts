import type { Source } from '../types.js';
import { assignIds } from './ids.js';
import { readFileText, readStreamText } from './read.js';
import { resolveInputs, STDIN } from './resolve.js';

export { InputError } from './errors.js';
export { assignIds } from './ids.js';
export { decodeText } from './read.js';
export { resolveInputs, STDIN } from './resolve.js';

/** Resolve the arguments and read every input: the I/O half of the pipeline, kept out of `compare`. */
export async function loadSources(args: readonly string[], stdin: NodeJS.ReadableStream): Promise<Source[]> {
  const paths = await resolveInputs(args);
  const ids = assignIds(paths);
  const sources: Source[] = [];
  for (const [i, p] of paths.entries()) {
    const text = p === STDIN ? await readStreamText(stdin, 'stdin') : readFileText(p);
    sources.push({ id: ids[i]!, path: p, text });
  }
  return sources;
}
