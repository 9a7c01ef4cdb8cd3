import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockParagraphs, nestingDepth, type DomElement, type DomNode } from './html-blocks.js';
import { pageSite } from './html-site.js';
import { measureHtml, plainHtmlText } from './html-text.js';
import { count } from './read.js';

/**
 * HTML input: a web page -> the article's text, laid out as the clean stage expects an article file to be:
 * the title on the first line, then one paragraph per line (a `<br>` inside a paragraph starts a new line),
 * a blank line between paragraphs. Mozilla Readability (Firefox's Reader View) picks the article out of the
 * page; it runs on a linkedom document, a DOM without a browser.
 */

export interface HtmlArticle {
  /** The article as text: title, blank line, paragraphs separated by blank lines. */
  text: string;
  title?: string;
  /** The outlet the page names (og:site_name, its canonical URL's host): see ./html-site.ts. */
  site?: string;
  /** About how many text blocks of the page (menus, ads, comments, links) are not in the article. */
  dropped: number;
  /** What the user should be told: the page had no article and its whole body was used, say. */
  notes: string[];
}

/**
 * Readability's time grows with the square of the nesting depth (about 2 s at 400 levels, 8 s at 1,000, and a
 * stack overflow further down). Real pages nest some 20 to 80 levels; one deeper than this is broken or
 * hostile, and its body text is used instead.
 */
const MAX_READABLE_DEPTH = 250;

/**
 * Readability takes some 5 s per megabyte of markup: a page with more (scripts, styles and comments not
 * counted; an article page has well under a megabyte) has its body text used instead.
 */
const MAX_READABLE_CHARS = 1_500_000;

/**
 * Beyond these, linkedom does not parse the page at all (about 1 s and 35 MB per megabyte; time growing with
 * the square of the depth): it is read as plain text (./html-text.ts).
 */
const MAX_PARSED_DEPTH = 1_000;
const MAX_PARSED_CHARS = 3_000_000;

/** What the conversion reads of a linkedom document. */
interface ParsedPage {
  readonly title: string;
  readonly body: DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
  querySelector(selector: string): DomElement | null;
}

/**
 * Elements that may come before the body: when a page leaves out `<body>` (valid HTML) or `<html>` (a
 * fragment), these are its head; the first anything else starts the body. Whole elements are matched so
 * that a `<body>` inside a script is not taken for the real one.
 */
const HEAD_TOKEN =
  /\s*(?:<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<\/?(?:html|head)\b[^>]*>|<(?:meta|link|base)\b[^>]*>|<(title|style|script|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$))/iy;
const BODY_OPEN = /\s*<body\b[^>]*>/iy;
const DOCUMENT_CLOSE = /<\/(?:body|html)\s*>/gi;

/**
 * Rebuild the page as `<html><head>...</head><body>...</body></html>`. linkedom builds the tree as written
 * and does not repair it the way browsers do: content after `</head>` with no `<body>`, or a fragment with
 * no `<html>`, would otherwise be left out of the body or lost.
 */
export function wellFormedPage(html: string): string {
  const head: string[] = [];
  let at = 0;
  for (;;) {
    HEAD_TOKEN.lastIndex = at;
    const token = HEAD_TOKEN.exec(html);
    if (token === null || token[0].length === 0) break;
    if (!/^\s*<(?:!|\?|\/?(?:html|head)\b)/i.test(token[0])) head.push(token[0]);
    at = HEAD_TOKEN.lastIndex;
  }
  BODY_OPEN.lastIndex = at;
  if (BODY_OPEN.exec(html) !== null) at = BODY_OPEN.lastIndex;
  // Browsers keep what follows `</body>` in the body; so does this.
  const body = html.slice(at).replace(DOCUMENT_CLOSE, '');
  return `<!DOCTYPE html><html><head>${head.join('')}</head><body>${body}</body></html>`;
}

function parsePage(html: string): ParsedPage {
  const { document } = parseHTML(wellFormedPage(html));
  return document;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of the page's `<h1>` when it has exactly one. */
function singleHeading(page: ParsedPage): string | undefined {
  const h1s = Array.from(page.querySelectorAll('h1'));
  return h1s.length === 1 ? collapse(blockParagraphs(h1s[0]!).join(' ')) : undefined;
}

/**
 * The headline without the site's name when the title is the page's one `<h1>` plus that name
 * ("Crane falls | The Courier"): Readability keeps the name on titles of four words or fewer.
 */
function preferHeadline(title: string, heading: string | undefined): string {
  if (heading === undefined || heading === '' || title.length <= heading.length) return title;
  return title.toLowerCase().includes(heading.toLowerCase()) ? heading : title;
}

/** The whole page as text: what is used when there is no article, and what `dropped` is counted against. */
interface PageOutline {
  title: string;
  site?: string;
  blocks: string[];
  depth: number;
}

function outlinePage(html: string): PageOutline {
  const page = parsePage(html);
  const site = pageSite(page);
  const named = site === undefined ? {} : { site };
  if (page.body === null) return { title: '', blocks: [], depth: 0, ...named };
  return {
    ...named,
    title: preferHeadline(collapse(page.title), singleHeading(page)),
    blocks: blockParagraphs(page.body),
    depth: nestingDepth(page.body),
  };
}

interface FoundArticle {
  title: string;
  paragraphs: string[];
}

/** The article Readability finds, or why there is none. */
type ArticleSearch = { found: FoundArticle } | { missing: string };

function searchArticle(html: string, depth: number, chars: number): ArticleSearch {
  if (depth > MAX_READABLE_DEPTH) return { missing: `this HTML page nests elements ${depth} deep, too deep for readability` };
  if (chars > MAX_READABLE_CHARS) return { missing: `this HTML page has ${count(chars)} characters of markup and text, too many for readability` };
  try {
    const found = readabilityArticle(html);
    return found === undefined ? { missing: 'readability found no article in this HTML page' } : { found };
  } catch (error) {
    return { missing: `readability failed on this HTML page (${describeError(error)})` };
  }
}

function readabilityArticle(html: string): FoundArticle | undefined {
  // A fresh parse: Readability rewrites the document it is given.
  const document = parsePage(html);
  // Read before Readability runs: it removes the h1 that repeats the title.
  const heading = singleHeading(document);
  // The serializer hands back the article's element itself, to be laid out as text here, not as HTML.
  const article = new Readability<DomNode>(document, { serializer: (node: DomNode) => node }).parse();
  if (article === null || article.content == null) return undefined;
  const paragraphs = blockParagraphs(article.content);
  if (paragraphs.length === 0) return undefined;
  return { title: preferHeadline(collapse(article.title ?? ''), heading), paragraphs };
}

/** Page blocks not among the article's paragraphs (or its title), counted with repeats. */
function countDropped(pageBlocks: readonly string[], kept: readonly string[]): number {
  const available = new Map<string, number>();
  for (const text of kept) available.set(text, (available.get(text) ?? 0) + 1);
  let dropped = 0;
  for (const text of pageBlocks) {
    const left = available.get(text) ?? 0;
    if (left > 0) available.set(text, left - 1);
    else dropped += 1;
  }
  return dropped;
}

/** Title first, then the paragraphs; the paragraph that repeats the title (the page's h1) is left out. */
function layOut(title: string, paragraphs: readonly string[]): string {
  const repeat = title === '' ? -1 : paragraphs.indexOf(title);
  const body = paragraphs.filter((_, i) => i !== repeat);
  const blocks = [...(title === '' ? [] : [title]), ...body];
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function titleField(title: string): { title?: string } {
  return title === '' ? {} : { title };
}

function siteField(page: PageOutline): { site?: string } {
  return page.site === undefined ? {} : { site: page.site };
}

function fromArticle(article: FoundArticle, page: PageOutline): HtmlArticle {
  const dropped = countDropped(page.blocks, [article.title, ...article.paragraphs]);
  const notes =
    dropped === 0
      ? []
      : [`HTML page: ${dropped} text block${dropped === 1 ? '' : 's'} outside the article (menus, ads, comments, links) left out`];
  return { text: layOut(article.title, article.paragraphs), ...titleField(article.title), ...siteField(page), dropped, notes };
}

function fromWholePage(page: PageOutline, why: string): HtmlArticle {
  // No text at all gives no text, title or not: the pipeline then warns that the source is empty.
  if (page.blocks.length === 0) return { text: '', ...siteField(page), dropped: 0, notes: [] };
  const notes = [`${why}: all of its text was used, menus and ads included`];
  return { text: layOut(page.title, page.blocks), ...titleField(page.title), ...siteField(page), dropped: 0, notes };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A web page -> its article text. Never throws: when Readability finds no article (or fails), the page's
 * whole body text is used, and a note says so.
 */
export function htmlToArticleText(html: string): HtmlArticle {
  // Bounded before any parser runs: a page too deep or too large for one is read as plain text, in one pass.
  const shape = measureHtml(html);
  const tooMuch =
    shape.depth > MAX_PARSED_DEPTH
      ? `nests elements ${count(shape.depth)} deep (more than ${count(MAX_PARSED_DEPTH)})`
      : shape.chars > MAX_PARSED_CHARS
        ? `has ${count(shape.chars)} characters of markup and text (more than ${count(MAX_PARSED_CHARS)})`
        : undefined;
  if (tooMuch !== undefined) {
    return { text: plainHtmlText(html), dropped: 0, notes: [`this HTML page ${tooMuch}: read as plain text, its tags left out, menus and ads included`] };
  }
  let page: PageOutline;
  try {
    page = outlinePage(html);
  } catch (error) {
    return { text: '', dropped: 0, notes: [`could not read this HTML page (${describeError(error)})`] };
  }
  const search = searchArticle(html, page.depth, shape.chars);
  return 'found' in search ? fromArticle(search.found, page) : fromWholePage(page, search.missing);
}
