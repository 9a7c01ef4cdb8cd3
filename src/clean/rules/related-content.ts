import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { STORY_LIST_NOUNS, STORY_LIST_QUALIFIERS } from '../../language/en/clutter-words.js';
import { bareWordsOf, endsSentence, finalMark, isShort, isTitleLike, normalizeLabel, wordCount } from '../text.js';
import { isRelativeTimestamp } from './timestamp.js';

/**
 * Pointers to other stories: list headers ("Recent News", "Related Sources:"), one-line links
 * ("Related: Police: 5 officers dead ...", "More from World", "Previous story: ..."), video teasers
 * ("... Felicia Rodriguez reports. More") and the items of headline lists (a title, a teaser cut
 * off with "…", then "4 hours ago").
 */

/** Headers of lists of other stories. Met after the article has begun, they end it (see end-of-article.ts). */
const LIST_HEADERS = new Set([
  'recent news', 'latest news', 'latest stories', 'related', 'related news', 'related stories',
  'related articles', 'related article', 'related story', 'related content', 'related coverage', 'related links',
  'related topics', 'related sources',
  'related posts', 'more stories', 'more news', 'more articles', 'more to read', 'top stories', 'top news',
  'trending', 'trending now', 'trending stories', 'most read', 'most popular', 'most viewed', 'most shared',
  'popular stories', 'popular now', 'recommended', 'recommended for you', 'recommended stories',
  'you may also like', 'you might also like', 'you may be interested in', 'you might be interested in',
  'read next', 'up next', 'what to read next', 'further reading', "editor's picks", 'editors picks',
  "don't miss", 'dont miss', 'in case you missed it', 'also read', 'read also', 'see also', 'more coverage',
  'more on this story', 'around the web', 'from the web', 'elsewhere on the web', 'explore more on these topics',
  'more on these topics',
]);

/** "Related: <headline>", "More from GlobalPost: <headline>", "Previous story: <headline>". */
const LINK_LABELS = [
  'related(?: stories| articles| news| coverage| content| links| story| article)?', 'more from [^:]{1,40}',
  'more on [^:]{1,40}', 'see also', 'also read', 'also see', 'read also', 'read more', 'previous story', 'next story',
  'previous article', 'next article', 'recommended', 'must read', 'watch', 'video', 'listen', 'opinion', 'explainer',
];
const LINK_PREFIX = new RegExp(`^(?:${LINK_LABELS.join('|')})\\s?[:|]`, 'i');

/** "More from World", "More from Reuters": a widget title. */
const MORE_FROM = /^more (?:from|on|in) \S/i;

/** A sentence followed by a bare "More": a video or story teaser's link. */
const TEASER_MORE_LINK = /[.!?]["”’]?\s+More$/;

/** "Also on Example News:", "More from our partners:": the header of a list that was not scraped. */
const ALSO_ON_HEADER = /^(?:also|more|elsewhere|meanwhile|plus) (?:on|from|at|in) [^:.!?]{1,40}:$/i;

export function isListHeader(text: string): boolean {
  return isShort(text) && (LIST_HEADERS.has(normalizeLabel(text)) || ALSO_ON_HEADER.test(text.trim()) || isStoryListLabel(text));
}

/** Most words a label of a list of stories has. */
const MAX_LABEL_WORDS = 4;

/**
 * "Previous Stories:", "More Videos", "Past coverage": a label whose last word names stories and whose other words
 * only qualify them (STORY_LIST_QUALIFIERS); no sentence, no other word.
 */
function isStoryListLabel(text: string): boolean {
  if (text.length > 40 || /[.!?]["”’]?$/u.test(text)) return false;
  const words = bareWordsOf(text);
  if (words.length < 2 || words.length > MAX_LABEL_WORDS) return false;
  const last = words[words.length - 1]!;
  return STORY_LIST_NOUNS.has(last) && words.slice(0, -1).every((w) => STORY_LIST_QUALIFIERS.has(w));
}

/** "Related stories 2 killed in ...", "Linked Articles Sheriff: ...": a list header glued to its first title. */
const HEADER_AND_TITLE =
  /^(?:related|linked|more|other|similar|recommended|top|latest|recent) (?:stories|articles|news|links|coverage|content|posts|videos|reading)\b[:\s]/i;

/** "[Three hurt in a crash on Route 9]": a whole line in square brackets is a link to another story. */
function isBracketedLink(text: string): boolean {
  return /^\[[^\]]{8,200}\]$/.test(text) && wordCount(text) >= 3;
}

/** A teaser cut off mid-sentence: "Creator of one of the longest-running manga series ... in…". */
export function isCutOffTeaser(text: string): boolean {
  return finalMark(text) === '…' || /\w\.\.\.$/.test(text.slice(-10));
}

/** " | ": the bar between the titles of a row of links. */
const TITLE_BAR = / \| /g;

export function isStoryLink(text: string): boolean {
  // Teasers run long (a whole summary), so this one looks only at the line's end.
  if (TEASER_MORE_LINK.test(text.slice(-20))) return true;
  // "More on this story: <title> | <title> | <title>": a labelled row of titles, however long.
  if (LINK_PREFIX.test(text.slice(0, 60)) && (text.slice(0, 2000).match(TITLE_BAR)?.length ?? 0) >= 2) return true;
  if (!isShort(text)) return false;
  if (isBracketedLink(text)) return true;
  if (HEADER_AND_TITLE.test(text) && !endsSentence(text) && wordCount(text) <= 30) return true;
  return LINK_PREFIX.test(text) || (MORE_FROM.test(text) && isTitleLike(text) && wordCount(text) <= 6);
}

/**
 * An item of a list of other stories: a cut-off teaser or a title, directly followed by the
 * relative time stamp such lists carry ("4 hours ago"), or a title followed by such a teaser.
 * (A headline followed by "Published: November 28, 2005" is the article's own, hence "relative".)
 */
export function isStoryListItem(line: LineContext): boolean {
  const next = line.next;
  if (next === undefined || !isShort(line.text)) return false;
  if (isRelativeTimestamp(next)) return isCutOffTeaser(line.text) || isTitleLike(line.text);
  return line.bodyStarted && isTitleLike(line.text) && isCutOffTeaser(next) && wordCount(next) >= 5;
}

/** The title right under a "Related article" box header that did not end the article. */
function isBoxedStoryTitle(line: LineContext): boolean {
  return line.previous !== undefined && isListHeader(line.previous) && isTitleLike(line.text);
}

export const relatedContentRule = (line: LineContext): RemovalReason | null =>
  isListHeader(line.text) || isStoryLink(line.text) || isStoryListItem(line) || isBoxedStoryTitle(line)
    ? 'related-content'
    : null;
