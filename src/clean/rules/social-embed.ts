import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { isShort } from '../text.js';
import { isUrlOnly, tokens } from './url.js';

/**
 * The frame of an embedded social post. The post's own words are content (the article quotes
 * them); its signature ("— Volodymyr Zelenskyy (@ZelenskyyUa) April 8, 2025"), its media links
 * ("pic.twitter.com/...") and links to the post are not.
 */

const SOCIAL_HOSTS = /^(?:https?:\/\/)?(?:www\.|mobile\.|m\.)?(?:twitter\.com|x\.com|t\.co|instagram\.com|facebook\.com|fb\.watch|youtube\.com|youtu\.be|tiktok\.com|threads\.net|bsky\.app|t\.me)\//i;
const EMBED_PHRASES = /^(?:a post shared by|view this post on instagram|watch on tiktok|view on threads|see more on facebook)/i;
/**
 * "(@ZelenskyyUa) April 8, 2025" at the end of a line: how Twitter signs an embedded tweet. The date is written in
 * the reader's language ("8 avril 2025", "25 сентября 2016 г."): any short run of words holding a year.
 */
const HANDLE_AND_DATE_AT_END = /\(@\w{1,30}\)\s*(?:on\s+)?(?=[^()@]{0,30}\b(?:19|20)\d{2}\b)[\p{L}\p{N} .,/-]{4,30}$/u;
const HANDLE_ONLY = /^@\w{1,30}$/;

export function isSocialLink(text: string): boolean {
  if (!isUrlOnly(text)) return false;
  for (const url of tokens(text)) if (!SOCIAL_HOSTS.test(url)) return false;
  return true;
}

/** "— Name (@handle) Date", alone or at the end of the post's text. */
export function isPostSignature(text: string): boolean {
  return HANDLE_AND_DATE_AT_END.test(text.slice(-120));
}

export function isSocialEmbed(text: string): boolean {
  if (text.includes('pic.twitter.com/')) return true;
  if (isPostSignature(text) || isSocialLink(text)) return true;
  return isShort(text) && (EMBED_PHRASES.test(text) || HANDLE_ONLY.test(text));
}

export const socialEmbedRule = (line: LineContext): RemovalReason | null =>
  isSocialEmbed(line.text) ? 'social-embed' : null;
