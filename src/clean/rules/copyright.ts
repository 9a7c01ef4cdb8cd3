import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { isShort, wordCount } from '../text.js';

/**
 * Copyright and reuse notices: "© Thomson Reuters 2025.", "©2025 GPlusMedia Inc.",
 * "Copyright 2016 WJHL. All rights reserved.", "This material may not be published, broadcast ...".
 * Sentences about copyright law ("Copyright law changed in 2019.") are not notices: the word must
 * be followed by a year or a © sign.
 */

const NOTICE_START = /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4}|copyright\s*©)/i;
/** "Copyright The Example Times": the word, then the owner's name in capitals (a law or a fight has no capital). */
const COPYRIGHT_OWNER = /^(?:Copyright|COPYRIGHT)\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&.'’,-]*){0,5}\.?$/u;
/** "TM and © Copyright 2011 CBS Radio Inc. ...": the notice further into the line. */
const NOTICE_INSIDE = /©\s*(?:copyright\s*)?\d{4}|\bcopyright\s*(?:©|\(c\))?\s*\d{4}\b/i;
/** "2016 Click2Houston/KPRC2", "2015 Example Media Group": a year and an owner, the notice without its sign. */
const YEAR_AND_OWNER = /^(?:19|20)\d{2}\s+\p{Lu}[\p{L}\p{N}/&.,'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}/&.,'’-]*){0,3}$/u;
const NOTICE_PHRASES = [
  'all rights reserved',
  'may not be published, broadcast, rewritten or redistributed',
  'do not reproduce without permission',
  'may not be reproduced',
];

export function isCopyrightNotice(text: string): boolean {
  if (NOTICE_START.test(text) || NOTICE_INSIDE.test(text.slice(0, 120))) return true;
  if (!isShort(text)) return false;
  const lower = text.toLowerCase();
  if (NOTICE_PHRASES.some((phrase) => lower.includes(phrase))) return true;
  // A © sign in a short line is a notice; in a long one it may be a caption's credit.
  if (text.includes('©') && wordCount(text) <= 12) return true;
  return YEAR_AND_OWNER.test(text) || COPYRIGHT_OWNER.test(text);
}

/**
 * A notice that closes a page ("© 2025 Latin Times. All rights reserved."): carries a year,
 * a company or a reservation. A bare "© AFP" under a photo is a credit and closes nothing.
 */
export function isFooterCopyright(text: string): boolean {
  if (!isCopyrightNotice(text)) return false;
  return /\d{4}|all rights reserved|\b(?:inc|ltd|llc|plc|gmbh)\b|copyright/i.test(text.slice(0, 300));
}

export const copyrightRule = (line: LineContext): RemovalReason | null =>
  isCopyrightNotice(line.text) ? 'copyright' : null;
