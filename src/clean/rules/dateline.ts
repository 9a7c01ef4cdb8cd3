import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { wordsOf } from '../text.js';
import { isTimestampTokens } from './timestamp.js';

/**
 * A dateline on its own line above the article: "KYIV", "FORT MYERS, Fla.", "INDONESIA, July 2, 2013",
 * "WASHINGTON (Reuters) -". Only before the article begins: further down, a short all-caps line
 * ("ALL-AGES PARTY") is a sub-head.
 */

/** "KYIV", "FORT", "D.C.": a place written in capitals. */
const CAPS_WORD = /^\p{Lu}[\p{Lu}.'’-]+,?$/u;
/** What may follow the place: a state or country ("Fla.", "Ukraine"), an agency "(Reuters)", a dash. */
const QUALIFIER = /^(?:\p{Lu}[\p{L}.]{0,12},?|\([\p{L}/]{1,20}\)|[-–—])$/u;

export function isDateline(text: string): boolean {
  // "UPDATE May 5, 2015 —" opens an update note: news, not a place.
  if (text.length > 60 || /\bUPDATE[SD]?\b/.test(text)) return false;
  const words = wordsOf(text);
  let place = 0;
  while (place < words.length && place < 3 && CAPS_WORD.test(words[place] ?? '')) place += 1;
  if (place === 0) return false;
  const rest = words.slice(place);
  if (rest.length === 0) return true;
  if (isTimestampTokens(rest)) return true;
  // A qualifier or two, then optionally a date: "FORT MYERS, Fla.", "KYIV, Ukraine, April 8".
  let i = 0;
  while (i < rest.length && i < 2 && QUALIFIER.test(rest[i] ?? '')) i += 1;
  const tail = rest.slice(i);
  return i > 0 && (tail.length === 0 || isTimestampTokens(tail));
}

/**
 * Above the article any dateline goes; inside it only one with a state or country ("DAYTON, Ohio"): a lone
 * word in capitals there is a sub-head. Either way a dateline is never a sentence of its own.
 */
export const datelineRule = (line: LineContext): RemovalReason | null =>
  isDateline(line.text) && (!line.bodyStarted || line.text.includes(',')) ? 'dateline' : null;
