import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { endsSentence, hasLetters, isShort, normalizeLabel, wordCount } from '../text.js';

/**
 * Page furniture: "read more", "Click here ...", share buttons, "Categories: ...", section labels
 * ("world"), "End of Article", newsletter and follow prompts.
 */

const NAV_LABELS = new Set([
  'read more', 'read full story', 'read full article', 'read the full story', 'read the full article',
  'continue reading', 'keep reading', 'show more', 'load more', 'see more', 'view more', 'more', 'back to top',
  'skip to content', 'skip to main content', 'skip navigation', 'home', 'menu', 'search', 'close',
  'next', 'previous', 'prev', 'print', 'email', 'share', 'tweet', 'subscribe', 'sign in', 'sign up',
  'log in', 'login', 'register', 'newsletter', 'listen to this article', 'listen to article', 'follow us',
  'breaking news', 'live', 'live updates', 'exclusive', 'top of page', 'go to comments', 'jump to comments',
  'view gallery', 'open gallery', 'view as list', 'view as gallery', 'enlarge', 'expand', 'toggle caption',
  'hide caption', 'image', 'photo', 'video', 'watch', 'audio', 'advertise', 'about us', 'contact us',
  'privacy policy', 'terms of use', 'terms of service', 'cookie policy', 'cookie settings', 'link copied',
  'copy link', 'loading', 'save', 'saved', 'save article', 'reuse this content', 'see all', 'view all',
  'show all', 'see all stories', 'buy photo', 'show caption', 'hide captions', 'show captions', 'story highlights',
]);

/** Labels that say the article is over: everything below them is page. */
const END_LABELS = new Set([
  'end of article', 'end of the article', 'end of story', 'end of the story', 'end', 'ends', '(end)', 'story ends',
]);

/** How calls to action start: "Click here for ...", "Sign up for our newsletter", "Here's a slideshow ...". */
const PROMPTS = [
  'click here', 'tap here', 'click to', 'tap to', 'sign up (?:for|to)', 'subscribe (?:to|for|now)', 'follow us',
  'like us on', 'follow (?:@|\\w+ on (?:twitter|x|facebook|instagram))', 'get (?:our|the) (?:newsletter|latest)',
  'read more\\b', "here'?s a (?:slideshow|gallery|video|look at photos|photo gallery)",
  'see (?:the )?(?:photos|gallery|slideshow)', 'save (?:this )?(?:articles?|stor(?:y|ies)) (?:to|for) read',
];
const PROMPT_START = new RegExp(`^(?:${PROMPTS.join('|')})`, 'i');

/** "5 min read": a reading-time badge. */
const READING_TIME = /^\d{1,3} ?(?:min|mins|minute|minutes) read$/i;

/** Link texts that say what they open: "Purchase Licensing Rights, opens new tab". */
const LINK_TEXT = /, opens (?:a )?new (?:tab|window)$/i;

/** "Categories: Social Media News", "Tags: ...", "Filed under: ...". */
const TAXONOMY =
  /^(?:categories|category|tags|tagged|tagged with|topics|topic|filed under|section|sections|keywords|more about)\s*:/i;

export function isEndOfArticleLabel(text: string): boolean {
  return isShort(text) && END_LABELS.has(normalizeLabel(text));
}

/** "world", "read more", "us news": a few lower-case words with no punctuation is a section label or a link. */
function isLowercaseLabel(text: string): boolean {
  return wordCount(text) <= 3 && /^[\p{Ll}\s-]+$/u.test(text);
}

/** "2", "1 2 3 >": page numbers and counters - digits with no words. */
function isNumbersOnly(text: string): boolean {
  return /\p{N}/u.test(text) && !hasLetters(text);
}

/** "&amp;amp;amp;...": HTML entities left over from an embed code, not text. */
function isEntityResidue(text: string): boolean {
  // Escaped again and again, "&amp;" becomes "&amp;amp;amp;": count every "amp;" of the chain.
  const entities = text.slice(0, 2000).match(/&?(?:amp|nbsp|lt|gt|quot|#\d{1,6});/g) ?? [];
  return entities.join('').length >= Math.min(text.length, 2000) / 2;
}

export function isNavigation(line: LineContext): boolean {
  const { text } = line;
  if (!isShort(text)) return false;
  if (!hasLetters(text)) return isNumbersOnly(text);
  const label = normalizeLabel(text);
  if (NAV_LABELS.has(label) || END_LABELS.has(label)) return true;
  // Share buttons ("Share on Facebook") are the video rule's, which runs before this one.
  if (TAXONOMY.test(text) || isLowercaseLabel(text)) return true;
  if (READING_TIME.test(text) || LINK_TEXT.test(text) || isEntityResidue(text)) return true;
  if (PROMPT_START.test(text) && wordCount(text) <= 25) return true;
  // Before the article begins, a lone word ("Politics", "Opinion") is a section label.
  return !line.bodyStarted && wordCount(text) === 1 && !endsSentence(text);
}

export const navigationRule = (line: LineContext): RemovalReason | null => (isNavigation(line) ? 'navigation' : null);
