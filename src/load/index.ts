import type { Source, Warning } from '../types.js';
import { InputError, LimitError } from './errors.js';
import { DEFAULT_FETCH_TIMEOUT_S, fetchAll, type FetchedPage } from './fetch-url.js';
import { isHtmlInput, looksLikeHtml } from './html-detect.js';
import { assignIds, type IdInput } from './ids.js';
import { decodeBytes, decodeCharset, DEFAULT_MAX_FILE_MB, DEFAULT_MAX_TOTAL_MB, MEGABYTE, readFileBytes, readStreamBytes, tooMuchInAll, type DecodedText } from './read.js';
import { notArticleNote, resolveInputList, STDIN, type ResolvedInput } from './resolve.js';

export { describeFsError, InputError, LimitError } from './errors.js';
export { HTML_EXTENSIONS, isHtmlInput, looksLikeHtml } from './html-detect.js';
export type { HtmlArticle } from './html.js';
export { assignIds, type IdInput, type SiteInput } from './ids.js';
export { decodeBytes, decodeText, DEFAULT_MAX_FILE_MB, DEFAULT_MAX_TOTAL_MB, invalidUtf8, MEGABYTE, megabytes, withinStringLimit } from './read.js';
export { resolveInputList, resolveInputs, STDIN, type ResolvedInput } from './resolve.js';
export { readInputList } from './input-list.js';
export { DEFAULT_FETCH_TIMEOUT_S, FETCH_CONCURRENCY, MAX_REDIRECTS } from './fetch-url.js';

/** A source as loaded; `notes` (on Source) is absent when there is nothing to tell about how it was read. */
export type LoadedSource = Source;

export interface LoadOptions {
  /** The largest input read, in bytes (default DEFAULT_MAX_FILE_MB megabytes): a larger one stops the run. */
  maxFileBytes?: number;
  /** The most bytes read over all inputs together (default DEFAULT_MAX_TOTAL_MB megabytes): more stops the run. */
  maxTotalBytes?: number;
  /** Entries of an --inputs-from list: read as the arguments are, but skipped with a warning when they fail. */
  listed?: readonly string[];
  /** How long a URL may take to answer in full, in milliseconds (default DEFAULT_FETCH_TIMEOUT_S seconds). */
  fetchTimeoutMs?: number;
  /** Told as each URL is done: a progress line. */
  onFetchProgress?(done: number, total: number): void;
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
 * size limit always stops the run. A URL is fetched (./fetch-url.ts), then read as a file of its content type
 * is: the same rules, named or listed, apply to it.
 */
export async function loadInputs(args: readonly string[], stdin: NodeJS.ReadableStream, options: LoadOptions = {}): Promise<LoadResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_MB * MEGABYTE;
  const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_MB * MEGABYTE;
  let total = 0;
  const { inputs, warnings: skipped } = await resolveInputList(args, options.listed);
  const pages = await fetchPages(inputs, maxBytes, maxTotal, options);
  const read: Array<{ input: ResolvedInput; text: string; notes: string[]; html?: boolean }> = [];
  for (const input of inputs) {
    const name = input.path === STDIN ? 'stdin' : input.path;
    try {
      const page = pages.get(input);
      if (page instanceof Error) throw page;
      const bytes = page !== undefined ? page.bytes : input.path === STDIN ? await readStreamBytes(stdin, name, maxBytes) : await readFileBytes(input.path, maxBytes, input.bytes);
      total += bytes.length;
      if (total > maxTotal) throw tooMuchInAll(name, maxTotal);
      read.push(page !== undefined ? { input, ...pageText(name, page) } : { input, ...decodeBytes(name, bytes) });
    } catch (error) {
      if (!(error instanceof InputError) || error instanceof LimitError || input.named) throw error;
      skipped.push({ source: input.path, message: `skipped: ${error.problem}` });
    }
  }
  const articles: Article[] = [];
  for (const r of read) {
    const note = notArticleNote(r.input);
    articles.push(await readArticle(r.text, note === undefined ? r.notes : [...r.notes, note], r.html ?? isHtmlInput(r.input.path, r.text)));
  }
  // Ids from the files read: a file skipped does not lengthen the ids of the others.
  const ids = assignIds(read.map((r, i) => idInput(r.input, articles[i]!.site)));
  return { sources: articles.map((article, i) => sourceOf(ids[i]!, read[i]!.input.path, article)), skipped };
}

/** What names an input's source: the site a page names, else its URL or path. */
function idInput(input: ResolvedInput, site: string | undefined): IdInput {
  const at = input.url ?? input.path;
  return site === undefined ? at : { site, at };
}

/** The URL inputs fetched, each to its page or the error a listed one met; none fetched when there are none. */
async function fetchPages(inputs: readonly ResolvedInput[], maxBytes: number, maxTotal: number, options: LoadOptions): Promise<Map<ResolvedInput, FetchedPage | InputError>> {
  const targets = inputs.filter((input) => input.url !== undefined);
  if (targets.length === 0) return new Map();
  const pages = await fetchAll(
    targets.map((t) => ({ name: t.path, url: t.url!, named: t.named })),
    {
      maxBytes,
      maxTotalBytes: maxTotal,
      timeoutMs: options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_S * 1000,
      ...(options.onFetchProgress !== undefined ? { onProgress: options.onFetchProgress } : {}),
    },
  );
  return new Map(targets.map((t, i) => [t, pages[i]!]));
}

/**
 * A page's text, in its charset, and whether it is read as a web page: a text/html page always (as a `.html`
 * file), a text/plain one when it opens as HTML (as a `.txt` file).
 */
function pageText(name: string, page: FetchedPage): DecodedText & { html: boolean } {
  const decoded = decodeCharset(name, page.bytes, page.charset);
  return { ...decoded, html: page.html || looksLikeHtml(decoded.text) };
}

export interface LoadSourcesOptions extends LoadOptions {
  /** Where `-` is read from (default: the process's standard input). */
  stdin?: NodeJS.ReadableStream;
  /** Told of each input found in a folder, glob or list and skipped (binary, unreadable, a failed fetch). */
  onSkipped?(warning: Warning): void;
}

/**
 * The library's loader: the sources of loadInputs, each input skipped told to `onSkipped`. Files, folders,
 * globs, `-` and http(s) URLs, as on the command line.
 */
export async function loadSources(args: readonly string[], options: LoadSourcesOptions = {}): Promise<LoadedSource[]> {
  const { stdin, onSkipped, ...load } = options;
  const { sources, skipped } = await loadInputs(args, stdin ?? process.stdin, load);
  if (onSkipped !== undefined) for (const warning of skipped) onSkipped(warning);
  return sources;
}

/** An input's text as compared, what to tell about how it was read, and the site a web page names. */
interface Article {
  text: string;
  notes: string[];
  site?: string;
}

/** One input's text -> its source (see readArticle). */
export async function toSource(id: string, file: string, raw: string, readNotes: readonly string[] = [], html = isHtmlInput(file, raw)): Promise<LoadedSource> {
  return sourceOf(id, file, await readArticle(raw, readNotes, html));
}

function sourceOf(id: string, file: string, article: Article): LoadedSource {
  return article.notes.length === 0 ? { id, path: file, text: article.text } : { id, path: file, text: article.text, notes: article.notes };
}

/**
 * One input's text -> its article. A web page (`html`: by default a `.html` file, or text that opens as a page)
 * becomes its article text here, before the clean stage, so line numbers in the report refer to that text, not
 * to the HTML. Control characters (a terminal escape sequence, a stray NUL) become U+FFFD, so no report can
 * carry them to the reader's terminal.
 */
async function readArticle(raw: string, readNotes: readonly string[], html: boolean): Promise<Article> {
  let text = raw;
  let site: string | undefined;
  const notes = [...readNotes];
  if (html) {
    // Loaded only when a page is met: linkedom is slow to import, and most runs read text files.
    const { htmlToArticleText } = await import('./html.js');
    const article = htmlToArticleText(raw);
    text = article.text;
    site = article.site;
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
  return site === undefined ? { text, notes } : { text, notes, site };
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
