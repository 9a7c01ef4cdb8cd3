/**
 * A parsed HTML tree -> its text as paragraphs, the way a browser lays it out: every block element (p, h1-h6,
 * li, blockquote, figcaption, div...) starts a paragraph, inline elements run together, whitespace collapses,
 * `<br>` breaks a line and two of them a paragraph. Script, style and other non-text content never becomes text.
 *
 * Works on a structural view of the DOM rather than DOM types: the project compiles without the DOM library,
 * and linkedom's nodes (and the nodes Readability hands back) have these members.
 */

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements that start and end a paragraph. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'foreignobject', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Table cells sit side by side: a space between them, not a paragraph. */
const CELL_ELEMENTS = new Set(['td', 'th']);

/** Elements whose content is code, media or form controls: never article text, whatever they contain. */
const NON_TEXT_ELEMENTS = new Set([
  'audio', 'button', 'canvas', 'embed', 'head', 'iframe', 'input', 'map', 'math', 'noscript', 'object', 'option',
  'script', 'select', 'style', 'svg', 'template', 'textarea', 'title', 'video',
]);

/** Characters that render as nothing: left in, they would split or glue words invisibly. */
const INVISIBLE_CHARACTERS = /[\u00ad\u200b\u2060\ufeff]/g;

function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

function tagName(node: DomNode): string {
  return node.nodeName.toLowerCase();
}

/** Content a browser would not show: `hidden`, or hidden by an inline style. */
function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** One paragraph's raw text -> its lines, whitespace collapsed; a `<br>` ends a line. */
function paragraphLines(raw: string): string[] {
  return raw.split('\n').map((line) => line.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim());
}

/**
 * Raw text between two block boundaries -> paragraphs (each its lines joined by '\n'). An empty line inside,
 * left by `<br><br>`, splits it: that is how many pages separate paragraphs.
 */
function splitParagraphs(raw: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const line of paragraphLines(raw)) {
    if (line !== '') {
      lines.push(line);
    } else if (lines.length > 0) {
      paragraphs.push(lines.join('\n'));
      lines = [];
    }
  }
  if (lines.length > 0) paragraphs.push(lines.join('\n'));
  return paragraphs;
}

/** A step of the walk: a node to enter, or the end of a block element to close. */
type Step = { node: DomNode } | { closes: string };

/**
 * The paragraphs of the text under `root`, in document order. Walks with an explicit stack: malformed pages
 * can nest unclosed elements tens of thousands deep, which would overflow a recursive walk.
 */
export function blockParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let pending = '';
  const flush = (): void => {
    for (const paragraph of splitParagraphs(pending)) paragraphs.push(paragraph);
    pending = '';
  };

  // Inside <pre>, a newline in the source is a line break; elsewhere it is only whitespace.
  let preformatted = 0;
  const stack: Step[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('closes' in step) {
      if (step.closes === 'pre') preformatted -= 1;
      flush();
      continue;
    }
    const { node } = step;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      // '\n' in `pending` marks a line break (<br>, or a newline in <pre>).
      const text = node.nodeValue ?? '';
      pending += preformatted > 0 ? text.replace(/\r\n?/g, '\n') : text.replace(/[\r\n]/g, ' ');
      continue;
    }
    if (!isElement(node)) continue; // comments, processing instructions
    const tag = tagName(node);
    if (tag === 'svg' && !isHidden(node)) {
      // A drawing is no text, but the HTML it embeds in a <foreignObject> is: read that, as blocks.
      const embedded = foreignObjects(node);
      for (let i = embedded.length - 1; i >= 0; i--) stack.push({ node: embedded[i]! });
      continue;
    }
    if (NON_TEXT_ELEMENTS.has(tag) || isHidden(node)) continue;
    if (tag === 'br') {
      pending += '\n';
      continue;
    }
    if (CELL_ELEMENTS.has(tag)) pending += ' ';
    if (BLOCK_ELEMENTS.has(tag)) {
      flush();
      stack.push({ closes: tag });
      if (tag === 'pre') preformatted += 1;
    }
    // linkedom builds `childNodes` afresh on every read: read it once.
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  flush();
  return paragraphs;
}

/** The outermost `<foreignObject>` elements inside an `<svg>`, in document order. */
function foreignObjects(svg: DomNode): DomNode[] {
  const found: DomNode[] = [];
  const stack: DomNode[] = Array.from(svg.childNodes).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (tagName(node) === 'foreignobject') found.push(node);
    else for (const child of Array.from(node.childNodes).reverse()) stack.push(child);
  }
  return found;
}

/** How deeply elements nest under `root` (root itself is depth 0). */
export function nestingDepth(root: DomNode): number {
  let deepest = 0;
  const stack: Array<{ node: DomNode; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(node.childNodes)) {
      if (isElement(child)) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return deepest;
}
