/**
 * A look at an HTML page before any parser runs, and a plain reading of it for pages no parser should get.
 * Both are single passes over the text: their time grows with its length, whatever its shape. linkedom and
 * Readability are not so bounded: their time grows with the square of the nesting depth (40,000 levels: 3 s,
 * 400,000: over a minute) and by seconds per megabyte of markup (2 MB: 15 s).
 */

/** Elements whose content is never page text: skipped by the scan and by the plain reading. */
const RAW_TEXT_ELEMENTS = ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp'];

/** Elements with no content, and elements whose end tag a page may leave out: neither nests the next one. */
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption',
  'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body',
]);

/** Elements that start a paragraph in the plain reading. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul',
]);

export interface HtmlShape {
  /** The deepest nesting of elements that must be closed (an unclosed `<p>` or `<li>` does not count). */
  depth: number;
  /** Characters of markup and text, without script, style and comment content. */
  chars: number;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Where the tag ends (after its `>`). */
  end: number;
}

/** The tag starting at `lt` (a `<`), or undefined when `<` starts no tag there (text such as "a < b"). */
function tagAt(html: string, lt: number): Tag | undefined {
  const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
  if (match === null) return undefined;
  const gt = html.indexOf('>', lt);
  const end = gt < 0 ? html.length : gt + 1;
  return { name: match[2]!.toLowerCase(), closing: match[1] === '/', selfClosing: html.charAt(end - 2) === '/', end };
}

/**
 * Where the content of a raw-text element (script, style...) that starts at `from` ends: at its end tag, in any
 * case, or at the end of the page. Searched in place, not in a lower-cased copy of the page made before the scan:
 * V8 may compute such a copy (a pure call) inside the optimised loop that uses it, once per tag, and a 3 MB page
 * then took minutes instead of a fraction of a second.
 */
function rawTextEnd(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}`, 'gi');
  endTag.lastIndex = from;
  return endTag.exec(html)?.index ?? html.length;
}

/**
 * Walks the page's tags once, skipping comments and the content of script, style and the like; calls `onTag`
 * for each tag and `onText` for the text between tags.
 */
function scanTags(html: string, onTag: (tag: Tag) => void, onText: (text: string) => void): void {
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      onText(html.slice(at));
      return;
    }
    if (lt > at) onText(html.slice(at, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const gt = html.indexOf('>', lt);
      at = gt < 0 ? html.length : gt + 1;
      continue;
    }
    const tag = tagAt(html, lt);
    if (tag === undefined) {
      onText('<');
      at = lt + 1;
      continue;
    }
    onTag(tag);
    at = tag.end;
    if (!tag.closing && !tag.selfClosing && RAW_TEXT_ELEMENTS.includes(tag.name)) at = rawTextEnd(html, tag.name, at);
  }
}

/** How deeply the page nests and how much markup it has, in one pass, before any parser sees it. */
export function measureHtml(html: string): HtmlShape {
  let depth = 0;
  let deepest = 0;
  let chars = 0;
  scanTags(
    html,
    (tag) => {
      chars += tag.name.length + 2;
      if (NON_NESTING.has(tag.name) || tag.selfClosing) return;
      depth = Math.max(0, depth + (tag.closing ? -1 : 1));
      deepest = Math.max(deepest, depth);
    },
    (text) => {
      chars += text.length;
    },
  );
  return { depth: deepest, chars };
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The page's text without a parser: block elements start paragraphs, other tags vanish, entities are read,
 * white space collapses; script, style and comments are left out. Laid out as an article file: one paragraph
 * per line, a blank line between paragraphs.
 */
export function plainHtmlText(html: string): string {
  const paragraphs: string[] = [];
  let pending: string[] = [];
  const flush = (): void => {
    const text = decodeEntities(pending.join('')).replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    pending = [];
  };
  scanTags(
    html,
    (tag) => {
      if (BLOCK_TAGS.has(tag.name)) flush();
      else if (tag.name === 'td' || tag.name === 'th') pending.push(' ');
    },
    (text) => {
      pending.push(text);
    },
  );
  flush();
  return paragraphs.length === 0 ? '' : `${paragraphs.join('\n\n')}\n`;
}
