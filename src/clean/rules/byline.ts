import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { endsSentence, isShort, isTitleCase, wordsOf } from '../text.js';

/**
 * Author lines: "By Yuliia Dysa, Dan Peleschuk", "By AP | Updated ...", "Written by Jane Doe",
 * "Author: Jane Doe", and a lone job title under the name ("Social Media Asia Editor").
 * "By then, all 23 pirates had ..." is a sentence: after "By" come only names.
 */

const BY_PREFIX = /^(?:by|written by|words by|story by|posted by|author|authors|byline)\s*:?\s+/i;
/** Lower-case words and marks a byline may have between names (and before the date some sites add). */
const NAME_JOINERS = new Set([
  'and', '&', 'in', 'for', 'of', 'the', 'de', 'van', 'von', 'al', 'bin', 'la', 'del', 'da', '|', '-', '–', '—', ',',
  '•', '·', 'and,', 'updated', 'published', 'on', 'at', 'am', 'pm',
]);
const JOB_TITLE_END =
  /\b(?:editor|correspondent|reporter|writer|contributor|columnist|producer|journalist|staff|bureau chief|anchor|analyst|critic)s?$/i;

function isNameWord(word: string): boolean {
  const bare = word.replace(/[,;|]+$/, '');
  if (bare === '' || NAME_JOINERS.has(bare.toLowerCase())) return true;
  // Names, and the date some sites print on the same line ("By Jane Doe | Published April 8, 2025").
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(bare) || /^\d{1,4}(?::\d{2})?$/.test(bare);
}

/** "By <names>": a handful of capitalised words, joined by commas, "and", "|". */
export function isByline(text: string): boolean {
  if (!isShort(text) || text.length > 120) return false;
  const match = BY_PREFIX.exec(text);
  if (match === null) return false;
  const names = wordsOf(text.slice(match[0].length));
  return names.length >= 1 && names.length <= 12 && names.every(isNameWord) && !/[!?]$/.test(text);
}

/** A job title alone on a line, as printed under an author's name. */
export function isJobTitleLine(text: string): boolean {
  const words = wordsOf(text);
  if (words.length > 6 || endsSentence(text) || !JOB_TITLE_END.test(text)) return false;
  return isTitleCase(text) || words.length <= 3;
}

/**
 * A note on the author under the article: "Jane Roe is a staff reporter for the Daily Planet.", "Jane Roe covers
 * public safety for KXYZ." A name, then a journalist's trade in the present tense, then whom for.
 */
const AUTHOR_NOTE =
  /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:is an? (?:[\p{L}-]+ ){0,3}(?:reporter|writer|editor|correspondent|columnist|photographer|photojournalist|journalist|producer|intern|contributor)|covers [^.!?]{1,60}|writes about [^.!?]{1,60}|reports on [^.!?]{1,60}) (?:for|at|with) (?:the )?\p{Lu}/u;
const MAX_NOTE_WORDS = 30;

/** "Reporting from Kyiv", printed under the author's name. */
const REPORTING_FROM = /^reporting from \p{Lu}/iu;

export const bylineRule = (line: LineContext): RemovalReason | null =>
  isByline(line.text) ||
  isJobTitleLine(line.text) ||
  (REPORTING_FROM.test(line.text) && wordsOf(line.text).length <= 6) ||
  (AUTHOR_NOTE.test(line.text) && wordsOf(line.text).length <= MAX_NOTE_WORDS)
    ? 'byline'
    : null;
