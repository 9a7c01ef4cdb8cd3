/**
 * Escaping for the formats that put article text inside markup. Article text is untrusted: a page can hold
 * `<script>`, `| table | pipes |`, `**emphasis**` or `@someone`; in the report it must read as the words it is.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]!);
}

/** Zero-width space: breaks a GitHub @mention or #123 reference without changing what the reader sees. */
const ZWSP = '\u200b';

/**
 * Text for one line of GitHub-flavoured Markdown: a table cell, a list item, a blockquote line, a heading.
 *
 * - Line breaks become spaces, so text cannot end a table row or start a block of its own.
 * - `&`, `<` and `>` become entities: no HTML tag, comment or entity reaches the page.
 * - Characters that start inline markup are backslash-escaped: `\` `` ` `` `*` `_` `[` `]` `|` `~` `$` (math)
 *   (`!` and `(`/`)` make nothing without `[`/`]`). A bare URL may still show as a link to itself.
 * - A line-start construct (`#`, `-`, `+`, `=`, `1.`) at the very start is escaped, since the text can open a
 *   line after a prefix like "> ".
 * - `@name` and `#123` get a zero-width space after `@`/`#`, so a comment quoting an article pings nobody and
 *   links no issue; so do the other shapes GitHub links: `GH-123`, a commit SHA (7 to 40 hex digits, broken
 *   every six) and the number after `/issues/`, `/pull/` or `/commit/` in a URL.
 */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeMarkdownFragment(text.replace(/\s+/g, ' ').trim()));
}

/** `escapeMarkdown` for a piece of a line (whitespace kept as it is, but line breaks made spaces). */
export function escapeMarkdownFragment(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]|~$]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWSP}`)
    .replace(/#(?=\p{N})/gu, `#${ZWSP}`)
    .replace(/\b(gh)-(?=\p{N})/giu, `$1-${ZWSP}`)
    .replace(/\b[0-9a-f]{7,40}\b/gi, (hex) => hex.replace(/.{6}(?=.)/g, `$&${ZWSP}`))
    .replace(/(\/(?:issues|pull|pulls|discussions|commit|commits|compare)\/)(?=[0-9a-f])/gi, `$1${ZWSP}`);
}

/** Escape a block construct (`#`, `-`, `+`, `=`, `1.`, `1)`) at the start of an escaped line. */
export function escapeLineStart(escaped: string): string {
  return escaped.replace(/^([ ]*)([#+=-])/, '$1\\$2').replace(/^([ ]*\d+)([.)])/, '$1\\$2');
}

/** Undo `escapeMarkdown` as far as reading goes: what a Markdown renderer shows for the escaped text. */
export function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(new RegExp(ZWSP, 'g'), '');
}
