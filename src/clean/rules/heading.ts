import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import {
  endsOpen,
  endsSentence,
  hasAttribution,
  hasLetters,
  hasPhoneNumber,
  isAllCaps,
  isShort,
  isTitleCase,
  wordCount,
} from '../text.js';

/**
 * Sub-heads inside the article ("Deceased victims identified", "ALL-AGES PARTY", "'We panicked'")
 * and section breaks ("---", "* * *"). A sub-head has no final punctuation and is short; how short
 * depends on the layout: on a page with blank lines between paragraphs it stands alone as a
 * paragraph, while in one-sentence-per-line text (where a sentence may lack its full stop) only
 * very short or title-cased lines qualify. Lines with reporting verbs ("Police say he fled") are
 * sentences that lost their full stop, not sub-heads.
 * (Title-like lines before the article starts are headline candidates: see headline.ts.)
 */

/** Paragraph-layout sub-heads: up to this many words. */
const PARAGRAPH_SUBHEAD_WORDS = 10;
/** Sentence-per-line layout: lines this short without a full stop are sub-heads... */
const BARE_SUBHEAD_WORDS = 3;
/** ...and so are title-cased lines up to this many words. */
const TITLE_SUBHEAD_WORDS = 12;

export function isSeparator(text: string): boolean {
  return isShort(text) && !/[\p{L}\p{N}]/u.test(text);
}

export function isSubhead(line: LineContext): boolean {
  const { text } = line;
  if (!isShort(text) || !hasLetters(text) || endsSentence(text) || endsOpen(text) || hasAttribution(text)) {
    return false;
  }
  // A sentence ending in a link ("... go to the website: http://bit.ly/x") has no full stop either.
  if (/https?:\/\/|www\./i.test(text)) return false;
  // "CRIME STOPPERS: 1-800-222-TIPS": a number to call is part of the text, not a title.
  if (hasPhoneNumber(text)) return false;
  const words = wordCount(text);
  if (isAllCaps(text) && words <= 8) return true;
  // A sub-head introduces text: with nothing under it, a short line is more likely a sentence that lost its stop.
  if (line.paragraphStyle) return line.isolated && line.next !== undefined && words <= PARAGRAPH_SUBHEAD_WORDS;
  return words <= BARE_SUBHEAD_WORDS || (isTitleCase(text) && words <= TITLE_SUBHEAD_WORDS);
}

export const headingRule = (line: LineContext): RemovalReason | null => {
  if (isSeparator(line.text)) return 'heading';
  return line.bodyStarted && isSubhead(line) ? 'heading' : null;
};
