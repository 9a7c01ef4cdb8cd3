import path from 'node:path';

/**
 * Which inputs are web pages. Kept apart from the conversion (./html.ts) so that a run with no HTML input
 * never loads linkedom, which takes some 0.2 s to import.
 */

/** File endings read as HTML whatever their content. */
export const HTML_EXTENSIONS = ['html', 'htm'] as const;

const SPACE = /\s*/y;
const XML_DECLARATION = /<\?xml[^>]*>/y;
const DOCUMENT_OPEN = /<(?:!doctype\s+html|html)[\s>]/iy;

/**
 * Content that opens as an HTML document: `<!doctype html` or `<html` after whitespace (and comments). As
 * `/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i` read it, in one pass:
 * that expression tried every way of splitting a run of `<!---->` into comments, twice as long for each more
 * (32 of them: 84 s). Its comments may hold anything, `-->` too, so after a first `<!--` any `-->` can end the
 * run of comments: the document may open after any of them.
 */
export function looksLikeHtml(text: string): boolean {
  let at = skip(SPACE, text, 0);
  if (text.startsWith('<?xml', at)) {
    const declared = skip(XML_DECLARATION, text, at);
    if (declared === at) return false;
    at = skip(SPACE, text, declared);
  }
  if (opensDocument(text, at)) return true;
  if (!text.startsWith('<!--', at)) return false;
  for (let close = text.indexOf('-->', at + 4); close >= 0; close = text.indexOf('-->', close + 1)) {
    if (opensDocument(text, skip(SPACE, text, close + 3))) return true;
  }
  return false;
}

function opensDocument(text: string, at: number): boolean {
  DOCUMENT_OPEN.lastIndex = at;
  return DOCUMENT_OPEN.test(text);
}

/** Where a sticky pattern matched at `at` ends (`at` when it does not match). */
function skip(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : at;
}

/** A file named `.html`/`.htm` is a page; anything else (standard input too) is one when it opens as one. */
export function isHtmlInput(file: string, text: string): boolean {
  const extension = path.extname(file).slice(1).toLowerCase();
  return (HTML_EXTENSIONS as readonly string[]).includes(extension) || looksLikeHtml(text);
}
