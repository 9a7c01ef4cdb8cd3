import path from 'node:path';

/**
 * Which inputs are web pages. Kept apart from the conversion (./html.ts) so that a run with no HTML input
 * never loads linkedom, which takes some 0.2 s to import.
 */

/** File endings read as HTML whatever their content. */
export const HTML_EXTENSIONS = ['html', 'htm'] as const;

/** Content that opens as an HTML document: `<!doctype html` or `<html` after whitespace (and comments). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text);
}

/** A file named `.html`/`.htm` is a page; anything else (standard input too) is one when it opens as one. */
export function isHtmlInput(file: string, text: string): boolean {
  const extension = path.extname(file).slice(1).toLowerCase();
  return (HTML_EXTENSIONS as readonly string[]).includes(extension) || looksLikeHtml(text);
}
