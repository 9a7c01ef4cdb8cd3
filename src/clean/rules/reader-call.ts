import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { wordCount } from '../text.js';
import { MEDIA_CALL_VERBS, MEDIA_CALL_WORDS } from '../../language/en/reader-calls.js';

/**
 * The page sending its reader to something else: "Watch her full interview here.", "Look for more coverage on
 * Channel 9 at six", "Click to see the gallery". A short line opening with a verb in the imperative (no subject
 * before it) and naming a medium or the page itself; reporting tells what someone did, it does not tell the
 * reader to watch. The words are language/en/reader-calls.ts.
 */
const MAX_WORDS = 20;

const OPENS_WITH_CALL = new RegExp(`^(?:${MEDIA_CALL_VERBS.join('|')})\\b`, 'i');
const NAMES_MEDIUM = new RegExp(`\\b(?:${MEDIA_CALL_WORDS.join('|')})\\b`, 'i');

export function isReaderCall(text: string): boolean {
  if (wordCount(text) > MAX_WORDS) return false;
  // Quoted speech may give an order ("Watch out!"): a call to the reader is not in quotes.
  if (/["“”]/.test(text)) return false;
  return OPENS_WITH_CALL.test(text.trim()) && NAMES_MEDIUM.test(text);
}

export const readerCallRule = (line: LineContext): RemovalReason | null => (isReaderCall(line.text) ? 'promotion' : null);
