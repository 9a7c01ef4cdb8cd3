import { domainToUnicode } from 'node:url';
import type { DomElement } from './html-blocks.js';

/** What the site reading asks of a parsed page. */
export interface SitePage {
  querySelector(selector: string): DomElement | null;
}

/** Longer than any outlet's name: a page that puts its description in og:site_name is not named by it. */
const MAX_SITE_NAME = 60;

/**
 * The outlet a web page says it belongs to, to name its source: its `og:site_name` ("The Courier"), else the
 * host of its canonical URL (`<link rel="canonical">`, then `og:url`) without `www.`. Undefined when the page says
 * neither: a fetched page then keeps its URL's host, a file its file name.
 */
export function pageSite(page: SitePage): string | undefined {
  const named = siteName(attribute(page, 'meta[property="og:site_name"]', 'content') ?? attribute(page, 'meta[name="og:site_name"]', 'content'));
  if (named !== undefined) return named;
  return hostOf(attribute(page, 'link[rel~="canonical"]', 'href')) ?? hostOf(attribute(page, 'meta[property="og:url"]', 'content'));
}

function attribute(page: SitePage, selector: string, name: string): string | undefined {
  return page.querySelector(selector)?.getAttribute(name) ?? undefined;
}

/**
 * A site name as an id can carry it: one line, spaces collapsed, no slash (ids lengthen with `/` and a path), no
 * control characters; none when empty or too long to be a name.
 */
export function siteName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const name = raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/[/\\]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return name === '' || name.length > MAX_SITE_NAME ? undefined : name;
}

/** The host of an absolute http(s) URL, without `www.`, in Unicode; none for a relative or other URL. */
function hostOf(href: string | undefined): string | undefined {
  if (href === undefined || !URL.canParse(href.trim())) return undefined;
  const url = new URL(href.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = (domainToUnicode(url.hostname) || url.hostname).replace(/^www\./i, '');
  return host === '' ? undefined : host;
}
