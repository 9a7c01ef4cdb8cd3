import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { rememberLast } from '../text.js';

/**
 * Date and time lines: "4 hours ago", "Updated: July 02, 2013 15:50 IST", "11/30/09 05:40 PM ET".
 * A line is a time stamp when every word is a date or time word and at least one pins a date or
 * time down; one ordinary word ("Monday's earthquake ...") makes it a sentence.
 */

const MAX_LENGTH = 80;
const MAX_TOKENS = 16;

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?$/;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?$/;
/** "5:55", "5:55pm", "5:55p" (the short meridiem of some publishing systems), "17.40". */
const CLOCK = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm|a|p|a\.m\.|p\.m\.)?$/;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/;
const NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/;
const MERIDIEM = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m']);
const ZONES = new Set([
  'gmt', 'utc', 'ist', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt',
  'bst', 'cet', 'cest', 'eet', 'eest', 'jst', 'kst', 'aest', 'aedt', 'hkt', 'sgt', 'wib', 'msk', 'uk',
]);
/** "GMT+2", "UTC-05:00". */
const ZONE_OFFSET = /^(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?$/;
/** Words that label a time stamp without pinning anything down. */
const LABELS = new Set([
  'posted', 'updated', 'published', 'modified', 'created', 'last', 'first', 'date', 'at', 'on', 'in',
  'and', 'of', 'edited', 'time', 'local', 'update', 'previously', 'earlier',
  // The part of a day: "(First published Tuesday morning)".
  'morning', 'afternoon', 'evening', 'night', 'overnight', 'early', 'late', 'originally',
]);
const RELATIVE_UNITS = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'a', 'an',
]);
const SEPARATORS = new Set(['|', '-', '–', '—', '·', '•']);
/** Words that pin a time stamp down on their own. */
const ANCHORS = new Set(['ago', 'today', 'yesterday', 'now', 'just']);

type TokenKind = 'anchor' | 'filler' | 'other';

function tokenKind(raw: string): TokenKind {
  const token = raw.toLowerCase().replace(/^[(\[]+/, '').replace(/[,;:)\]]+$/, '');
  if (token === '' || SEPARATORS.has(token)) return 'filler';
  if (MONTH.test(token) || WEEKDAY.test(token) || CLOCK.test(token) || NUMERIC_DATE.test(token)) return 'anchor';
  if (ANCHORS.has(token)) return 'anchor';
  if (NUMBER.test(token) || MERIDIEM.has(token) || ZONES.has(token) || ZONE_OFFSET.test(token)) return 'filler';
  return LABELS.has(token) || RELATIVE_UNITS.has(token) ? 'filler' : 'other';
}

const tokensOf: (text: string) => readonly string[] = rememberLast((text) => text.split(/\s+/).filter((t) => t !== ''));

/** The words form a time stamp: all date/time words, at least one anchoring a date or time. */
export function isTimestampTokens(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return false;
  let anchored = false;
  for (const token of tokens) {
    const kind = tokenKind(token);
    if (kind === 'other') return false;
    if (kind === 'anchor') anchored = true;
  }
  return anchored;
}

/** The whole line is a date, a time or "N hours ago", with optional labels like "Updated:". */
export function isTimestampLine(text: string): boolean {
  return text.length <= MAX_LENGTH && isTimestampTokens(tokensOf(text));
}

/** "4 hours ago", "Yesterday", "Today 07:20": the kind of time stamp lists of stories and comments carry. */
export function isRelativeTimestamp(text: string): boolean {
  return isTimestampLine(text) && /\bago\b|^(?:today|yesterday|just now)\b/i.test(text);
}

/**
 * A reader comment's signature: a user name (one or two words, maybe glued to "Today") followed
 * by a time stamp, as in "RichardPearceToday  07:20 am JST" or "jsmith 2 hours ago".
 */
export function isCommentSignature(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  const tokens = tokensOf(text);
  for (const nameLength of [1, 2]) {
    const name = tokens.slice(0, nameLength);
    const rest = tokens.slice(nameLength);
    if (rest.length === 0 || !isTimestampTokens(rest)) continue;
    // An all-caps first word is a dateline ("KYIV, April 8"), not a user name.
    if (name.some((w) => /[,;:]$/.test(w)) || name.every((w) => !/\p{Ll}/u.test(w))) continue;
    if (name.every((w) => tokenKind(w) !== 'other')) continue;
    return true;
  }
  return false;
}

export const timestampRule = (line: LineContext): RemovalReason | null =>
  isTimestampLine(line.text) ? 'timestamp' : null;
