import type { Source } from '../types.js';
import { isHtmlInput } from './html-detect.js';
import { assignIds } from './ids.js';
import { readFileText, readStreamText } from './read.js';
import { resolveInputs, STDIN } from './resolve.js';

export { InputError } from './errors.js';
export { HTML_EXTENSIONS, isHtmlInput, looksLikeHtml } from './html-detect.js';
export type { HtmlArticle } from './html.js';
export { assignIds } from './ids.js';
export { decodeText } from './read.js';
export { resolveInputs, STDIN } from './resolve.js';

/** A source as loaded; `notes` (on Source) is absent when there is nothing to tell about how it was read. */
export type LoadedSource = Source;

/** Resolve the arguments and read every input: the I/O half of the pipeline, kept out of `compare`. */
export async function loadSources(args: readonly string[], stdin: NodeJS.ReadableStream): Promise<LoadedSource[]> {
  const paths = await resolveInputs(args);
  const ids = assignIds(paths);
  const sources: LoadedSource[] = [];
  for (const [i, p] of paths.entries()) {
    const raw = p === STDIN ? await readStreamText(stdin, 'stdin') : readFileText(p);
    sources.push(await toSource(ids[i]!, p, raw));
  }
  return sources;
}

/**
 * One input's text -> its source. A web page becomes its article text here, before the clean stage, so
 * line numbers in the report refer to that text, not to the HTML.
 */
export async function toSource(id: string, file: string, raw: string): Promise<LoadedSource> {
  if (!isHtmlInput(file, raw)) return { id, path: file, text: raw };
  // Loaded only when a page is met: linkedom is slow to import, and most runs read text files.
  const { htmlToArticleText } = await import('./html.js');
  const { text, notes } = htmlToArticleText(raw);
  return notes.length === 0 ? { id, path: file, text } : { id, path: file, text, notes };
}
