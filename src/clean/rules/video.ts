import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { bareWordsOf, isShort, wordCount } from '../text.js';

/**
 * What a video player leaves in a scraped page: its buttons ("CLOSE Skip in Skip x Embed x Share",
 * "Replay", "Autoplay"), subtitle files ("WEBVTT", a transcript's ">>" speaker marks), plug-in and
 * browser notices ("You need the latest version of the Adobe Flash Player"), "VIDEO: ..." labels.
 * Share and like buttons ("Like this: Like Loading...") are the same kind of furniture: lines made only
 * of the words buttons carry.
 */

/** Words of player controls. */
const PLAYER_WORDS = new Set([
  'skip', 'embed', 'replay', 'play', 'pause', 'mute', 'unmute', 'fullscreen', 'autoplay', 'cc', 'captions',
  'subtitles', 'playing', 'video', 'videos', 'watch', 'now', 'next', 'up', 'close', 'x', 'in', 'ad', 'seconds',
  'volume', 'settings', 'quality', 'hd', 'live', 'stream', 'loading', 'more', 'min', 'sec',
]);
/** Words of share, like and print buttons. */
const SHARE_WORDS = new Set([
  'share', 'shares', 'sharing', 'tweet', 'email', 'e-mail', 'print', 'facebook', 'twitter', 'x', 'whatsapp',
  'linkedin', 'reddit', 'pinterest', 'telegram', 'messenger', 'flipboard', 'copy', 'link', 'copied', 'on',
  'via', 'this', 'article', 'story', 'page', 'save', 'bookmark', 'like', 'likes', 'loading', 'comment',
  'comments', 'google', 'tumblr', 'sms', 'text', 'or', 'read', 'and', 'to', 'friend', 'post', 'pin', 'it',
]);
const SHARE_MARKS = new Set(['share', 'tweet', 'facebook', 'whatsapp', 'like', 'pinterest', 'linkedin', 'email', 'copied']);
const PLAYER_MARKS = new Set(['skip', 'embed', 'replay', 'autoplay', 'fullscreen', 'mute', 'unmute', 'cc']);
/** Words of a photo gallery's controls ("Show Thumbnails Show Captions Last SlideNext Slide"). */
const GALLERY_WORDS = new Set(['thumbnails', 'thumbnail', 'slide', 'slides', 'slidenext', 'slideshow', 'captions', 'caption', 'show', 'hide', 'last', 'next', 'previous', 'prev', 'photos', 'photo', 'gallery', 'of', 'image', 'images', 'expand', 'enlarge', 'close', 'buy']);
const GALLERY_MARKS = new Set(['thumbnails', 'thumbnail', 'slide', 'slidenext', 'slides']);

const PLAYER_NOTICES =
  /\b(?:(?:in )?the video (?:player )?(?:above|below)|watch (?:the )?(?:full )?(?:video|report|clip|story) (?:above|below)|flash player|adobe flash|enable javascript|browser (?:does not|doesn't) support|video (?:is )?(?:not available|unavailable|cannot be played)|upgrade your browser|html5 video|to view this video|video will (?:play|begin|start)|(?:video|media) player is loading)\b/i;
/**
 * A player's own notices: its loading message, a video gone ("This video is no longer available"), its keyboard
 * help ("Press space to play or pause"), automatic captions or transcripts ("Captions are generated automatically").
 */
const PLAYER_STATE =
  /\b(?:loading (?:the )?(?:video|player)|video (?:is )?loading|video (?:is |has been )?(?:no longer available|removed|deleted|expired)|press (?:the )?(?:space|spacebar|space bar) to|keyboard shortcuts)\b|^(?:auto-?captions?|automated (?:captions?|transcripts?))\b|\b(?:captions?|subtitles|transcripts?)\b[^.!?]{0,30}\b(?:generated automatically|automatically generated|auto-generated|machine-generated|computer-generated)\b/i;
/** A word PLAYER_STATE needs (looked up before the pattern is tried). */
const STATE_WORDS = new Set(['video', 'player', 'press', 'keyboard', 'captions', 'caption', 'subtitles', 'transcript', 'transcripts', 'auto-captions', 'auto-caption', 'autocaptions', 'automated']);
const VIDEO_LABEL = /^(?:video|watch|watch video|watch live|raw video|live video)\s?[:|»>-]/i;

const MAX_BUTTON_WORDS = 16;
/** A video's teaser (its label, title and description) runs to this many words. */
const MAX_TEASER_WORDS = 60;

/**
 * A video's description signed with its credits, as video players print it: "... at a parade. USA NOW,
 * Jane Doe," - a run of capitalised names, each followed by a comma, after the last full stop.
 */
const CREDIT_LIST_AT_END = /[.!?]["”’]?\s+(?:\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,3},\s?){2,}$/u;

function buttonKind(text: string): 'video' | 'share' | 'gallery' | null {
  const words = bareWordsOf(text);
  if (words.length === 0 || words.length > MAX_BUTTON_WORDS) return null;
  if (words.every((w) => GALLERY_WORDS.has(w)) && words.some((w) => GALLERY_MARKS.has(w))) return 'gallery';
  if (words.every((w) => PLAYER_WORDS.has(w) || SHARE_WORDS.has(w))) {
    if (words.some((w) => PLAYER_MARKS.has(w))) return 'video';
    if (words.some((w) => SHARE_MARKS.has(w))) return 'share';
  }
  return null;
}

/**
 * A player's buttons printed before its caption: "CLOSE Skip in Skip x Embed x Share A memorial is ...", "EMBED
 * >More News Videos A boy who ...". The line opens with a player's mark and another button word: the caption
 * after them describes a video, not the story's reporting.
 */
function opensWithPlayerButtons(text: string): boolean {
  const words = bareWordsOf(text.slice(0, 80));
  const run: string[] = [];
  for (const w of words) {
    if (!PLAYER_WORDS.has(w) && !SHARE_WORDS.has(w)) break;
    run.push(w);
  }
  return run.length >= 2 && (PLAYER_MARKS.has(run[0]!) || run[0] === 'close') && run.some((w) => PLAYER_MARKS.has(w));
}

export function videoOrShare(text: string): 'video' | 'share' | 'gallery' | null {
  if (CREDIT_LIST_AT_END.test(text.slice(-200))) return 'video';
  if (opensWithPlayerButtons(text)) return 'video';
  if (!isShort(text)) return /^WEBVTT\b/.test(text) ? 'video' : null;
  if (/^WEBVTT\b/.test(text) || /^>>/.test(text)) return 'video';
  if (wordCount(text) <= 30 && (PLAYER_NOTICES.test(text) || (bareWordsOf(text).some((w) => STATE_WORDS.has(w)) && PLAYER_STATE.test(text)))) {
    return 'video';
  }
  // "RAW VIDEO: <title> <description> (Published ...)": a player's label leads its teaser, however long the teaser.
  if (VIDEO_LABEL.test(text) && wordCount(text) <= MAX_TEASER_WORDS) return 'video';
  return buttonKind(text);
}

export const videoRule = (line: LineContext): RemovalReason | null => videoOrShare(line.text);
