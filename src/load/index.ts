import type { Source, Warning } from '../types.js';
import { InputError, LimitError } from './errors.js';
import { isHtmlInput } from './html-detect.js';
import { assignIds } from './ids.js';
import { decodeBytes, DEFAULT_MAX_FILE_MB, DEFAULT_MAX_TOTAL_MB, MEGABYTE, megabytes, readFileBytes, readStreamBytes } from './read.js';
import { resolveInputList, STDIN } from './resolve.js';

export { describeFsError, InputError, LimitError } from './errors.js';
export { HTML_EXTENSIONS, isHtmlInput, looksLikeHtml } from './html-detect.js';
export type { HtmlArticle } from './html.js';
export { assignIds } from './ids.js';
export { decodeBytes, decodeText, DEFAULT_MAX_FILE_MB, DEFAULT_MAX_TOTAL_MB, invalidUtf8, MEGABYTE, megabytes, withinStringLimit } from './read.js';
export { resolveInputList, resolveInputs, STDIN, type ResolvedInput } from './resolve.js';

/** A source as loaded; `notes` (on Source) is absent when there is nothing to tell about how it was read. */
export type LoadedSource = Source;

export interface LoadOptions {
  /** The largest input read, in bytes (default DEFAULT_MAX_FILE_MB megabytes): a larger one stops the run. */
  maxFileBytes?: number;
  /** The most bytes read over all inputs together (default DEFAULT_MAX_TOTAL_MB megabytes): more stops the run. */
  maxTotalBytes?: number;
}

export interface LoadResult {
  /** Every input read, in path order. */
  sources: LoadedSource[];
  /** What was found and not read, each naming the file (its path, in `source`) and why. */
  skipped: Warning[];
}

/**
 * Resolve the arguments and read every input: the I/O half of the pipeline, kept out of `compare`.
 * A file named on the command line that cannot be read (missing, binary, unreadable) stops the run with an
 * InputError naming it; one found in a folder or by a glob is skipped and named in `skipped`. A file over the
 * size limit always stops the run.
 */
export async function loadInputs(args: readonly string[], stdin: NodeJS.ReadableStream, options: LoadOptions = {}): Promise<LoadResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_MB * MEGABYTE;
  const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_MB * MEGABYTE;
  let total = 0;
  const { inputs, warnings: skipped } = await resolveInputList(args);
  const read: Array<{ path: string; text: string; notes: string[] }> = [];
  for (const input of inputs) {
    try {
      const bytes = input.path === STDIN ? await readStreamBytes(stdin, 'stdin', maxBytes) : await readFileBytes(input.path, maxBytes, input.bytes);
      total += bytes.length;
      if (total > maxTotal) throw tooMuchInAll(input.path === STDIN ? 'stdin' : input.path, maxTotal);
      read.push({ path: input.path, ...decodeBytes(input.path === STDIN ? 'stdin' : input.path, bytes) });
    } catch (error) {
      if (!(error instanceof InputError) || error instanceof LimitError || input.named) throw error;
      skipped.push({ source: input.path, message: `skipped: ${error.problem}` });
    }
  }
  // Ids from the files read: a file skipped does not lengthen the ids of the others.
  const ids = assignIds(read.map((r) => r.path));
  const sources: LoadedSource[] = [];
  for (const [i, r] of read.entries()) sources.push(await toSource(ids[i]!, r.path, r.text, r.notes));
  return { sources, skipped };
}

function tooMuchInAll(file: string, maxTotal: number): LimitError {
  return new LimitError(file, `takes the inputs past ${megabytes(maxTotal)} in all, the --max-total-size limit (raise it, or compare fewer files)`);
}

/** The sources of loadInputs, for callers with no use for what was skipped. */
export async function loadSources(args: readonly string[], stdin: NodeJS.ReadableStream, options: LoadOptions = {}): Promise<LoadedSource[]> {
  return (await loadInputs(args, stdin, options)).sources;
}

/**
 * One input's text -> its source. A web page becomes its article text here, before the clean stage, so
 * line numbers in the report refer to that text, not to the HTML. Control characters (a terminal escape
 * sequence, a stray NUL) become U+FFFD, so no report can carry them to the reader's terminal.
 */
export async function toSource(id: string, file: string, raw: string, readNotes: readonly string[] = []): Promise<LoadedSource> {
  let text = raw;
  const notes = [...readNotes];
  if (isHtmlInput(file, raw)) {
    // Loaded only when a page is met: linkedom is slow to import, and most runs read text files.
    const { htmlToArticleText } = await import('./html.js');
    const article = htmlToArticleText(raw);
    text = article.text;
    notes.push(...article.notes);
  }
  const controls = replaceControls(text);
  text = controls.text;
  if (controls.count > 0) {
    notes.push(
      `${controls.count} control character(s) replaced with U+FFFD (the first on line ${controls.firstLine}): ` +
        'terminal escapes and other invisible codes are not article text',
    );
  }
  return notes.length === 0 ? { id, path: file, text } : { id, path: file, text, notes };
}

/** C0 controls but tab, line and page breaks, DEL, and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Controls -> U+FFFD, counted; a vertical tab or form feed (page break) -> a space, as the text's white space. */
function replaceControls(text: string): { text: string; count: number; firstLine: number } {
  const spaced = /[\u000b\u000c]/.test(text) ? text.replace(/[\u000b\u000c]/g, ' ') : text;
  const first = spaced.search(CONTROL);
  if (first < 0) return { text: spaced, count: 0, firstLine: 0 };
  let found = 0;
  const replaced = spaced.replace(CONTROL, () => {
    found++;
    return '\ufffd';
  });
  return { text: replaced, count: found, firstLine: spaced.slice(0, first).split(/\r\n|\r|\n/).length };
}
