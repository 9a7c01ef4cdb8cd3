import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { isShort, normalizeLabel, wordCount } from '../text.js';

/**
 * An editor's log of changes to the page: "UPDATES:", "5:45 p.m.: This post was updated with new
 * details", "This article has been corrected to ...", "This transcript was automatically generated". It is about
 * the page, not the event. An update
 * note that carries news ("UPDATE - Police said on Monday ...") says nothing about the page itself
 * and stays.
 */

const LOG_HEADERS = new Set(['update', 'updates', 'updated', 'update log', 'story updates', 'editor’s note', "editor's note", 'correction', 'corrections']);
const CHANGED =
  /\b(?:this|the) (?:post|article|story|report|page|piece|transcript|text|video|caption|captions) (?:was|has been|had been|is being|will be|is|may be|were|are) (?:(?:automatically|machine|computer|auto)[ -])?(?:updated|corrected|changed|amended|edited|revised|generated|transcribed|produced|translated)\b/i;
/** "Correction: An earlier version of this story misstated ...". */
const EARLIER_VERSION = /\ban earlier version of this (?:post|article|story|report|page|piece)\b/i;
const MAX_WORDS = 40;

export function isUpdateLog(text: string): boolean {
  if (!isShort(text)) return false;
  if (LOG_HEADERS.has(normalizeLabel(text)) && /:\s*$/.test(text)) return true;
  return (CHANGED.test(text) || EARLIER_VERSION.test(text)) && wordCount(text) <= MAX_WORDS;
}

export const updateLogRule = (line: LineContext): RemovalReason | null => (isUpdateLog(line.text) ? 'update-log' : null);
