import type { RemovalReason } from '../../types.js';
import { endsOpen, hasAttribution, isSentenceLike } from '../text.js';
import { isCommentFurniture, isThreadHeader } from './comments.js';
import { isFooterCopyright } from './copyright.js';
import { isEndOfArticleLabel } from './navigation.js';
import { isCutOffTeaser, isListHeader } from './related-content.js';
import { isSocialEmbed } from './social-embed.js';
import { isRelativeTimestamp, isTimestampLine } from './timestamp.js';
import { isUrlOnly } from './url.js';

/**
 * Where the article ends. Below an article a page carries reader comments (often whole sentences,
 * so no line rule can tell them from article text), lists of other stories and footers. Once a
 * line that closes an article is met - "End of Article", a copyright footer, a comment thread's
 * header, a "Recent News" list - everything after it is page, with the reason of its section.
 * A closing line in the middle of an article (a copyright line under a photo, a "Related" box)
 * must not cut the story short, so unless the marker is explicit the text after it is checked
 * first: if it carries on as reporting, the article goes on.
 */

/** What follows a closing line: reader comments, other stories, or not yet known. */
export type TailSection = 'comments' | 'related-content' | 'unknown';

export interface EndMarker {
  /** Why the marker line itself is removed. */
  reason: RemovalReason;
  /** What the lines after it are. */
  section: TailSection;
  /** Says outright that the article is over ("End of Article"): no need to look further. */
  explicit: boolean;
}

export function endMarker(text: string): EndMarker | null {
  if (isEndOfArticleLabel(text)) return { reason: 'navigation', section: 'unknown', explicit: true };
  if (isThreadHeader(text)) return { reason: 'comments', section: 'comments', explicit: false };
  if (isListHeader(text)) return { reason: 'related-content', section: 'related-content', explicit: false };
  if (isFooterCopyright(text)) return { reason: 'copyright', section: 'unknown', explicit: false };
  return null;
}

/** A header that opens a new section of the page below the article. */
export function sectionHeader(text: string): TailSection | null {
  if (isThreadHeader(text)) return 'comments';
  if (isListHeader(text)) return 'related-content';
  return null;
}

/** How many lines after a closing line are read to decide whether the article goes on. */
const CONTINUATION_WINDOW = 6;

function isPageLine(text: string): boolean {
  return (
    isTimestampLine(text) ||
    isCommentFurniture(text) ||
    isUrlOnly(text) ||
    isSocialEmbed(text) ||
    isCutOffTeaser(text) ||
    endMarker(text) !== null
  );
}

/** Reads like reporting: a sentence with a reporting verb or a quotation. */
function isReportingSentence(text: string): boolean {
  return isSentenceLike(text) && (hasAttribution(text) || /["“”]/.test(text.slice(0, 2000)));
}

/**
 * The lines after a closing line carry on as the article: nothing that belongs to a page (time
 * stamps, comment buttons, links, teasers), mostly sentences, and at least three of them reporting.
 * (A "Related article" box inside a story is followed by one title, then the story again.)
 */
export function continuesArticle(texts: readonly string[], markerIndex: number): boolean {
  const window = texts.slice(markerIndex + 1, markerIndex + 1 + CONTINUATION_WINDOW);
  if (window.some(isPageLine)) return false;
  const sentences = window.filter((t) => isSentenceLike(t) || endsOpen(t));
  return sentences.length >= 4 && window.filter(isReportingSentence).length >= 3;
}

/**
 * After a closing line that does not say what follows (a copyright footer, "End of Article"),
 * the section is told by its furniture: comment signatures and buttons mean comments, time stamps
 * and cut-off teasers mean lists of stories. Reads up to the next section header only.
 */
export function resolveSection(texts: readonly string[], markerIndex: number): TailSection {
  for (let i = markerIndex + 1; i < texts.length; i += 1) {
    const text = texts[i] ?? '';
    if (sectionHeader(text) !== null) break;
    if (isCommentFurniture(text)) return 'comments';
    if (isRelativeTimestamp(text) || isCutOffTeaser(text)) return 'related-content';
  }
  return 'unknown';
}

/** The reason for a line below the article that no line rule claimed. */
export function sectionReason(section: TailSection, text: string): RemovalReason {
  if (section !== 'unknown') return section;
  // Sentences under a footer are most often readers' comments; anything else is page furniture.
  return isSentenceLike(text) ? 'comments' : 'navigation';
}
