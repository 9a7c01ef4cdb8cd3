import { isAllCaps, wordsOf } from '../../text.js';
import { flag, type Feature } from './feature.js';

/** The line's shape: length, punctuation, function words, capitals, digits (boilerpipe's and jusText's signals). */

const LOG_64 = Math.log(64);

/** Share of the line's words (with a letter) whose first letter is a capital. */
function capitalShare(words: readonly string[]): number {
  let lettered = 0;
  let capitalised = 0;
  for (const word of words.slice(0, 100)) {
    const code = word.charCodeAt(0);
    // ASCII letters at once; anything else (a quote mark, an accented letter) by the first letter's case.
    if (code >= 65 && code <= 90) capitalised += 1;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      lettered += 1;
      continue;
    }
    const first = /\p{L}/u.exec(word)?.[0];
    if (first === undefined) continue;
    lettered += 1;
    if (first !== first.toLowerCase()) capitalised += 1;
  }
  return lettered === 0 ? 0 : capitalised / lettered;
}

/** Share of the first few hundred characters, white space aside, that are digits. */
function digitShare(text: string): number {
  let chars = 0;
  let digits = 0;
  for (let k = 0; k < Math.min(text.length, 300); k += 1) {
    const code = text.charCodeAt(k);
    if (code === 32 || code === 9) continue;
    chars += 1;
    if (code >= 48 && code <= 57) digits += 1;
  }
  return chars === 0 ? 0 : digits / chars;
}

export const SHAPE_FEATURES: readonly Feature[] = [
  { name: 'length', reason: null, value: (f, i) => Math.min(Math.log1p(f.lines[i]!.words) / LOG_64, 1) },
  { name: 'very-short', reason: 'navigation', value: (f, i) => flag(f.lines[i]!.words <= 3) },
  { name: 'short', reason: 'navigation', value: (f, i) => flag(f.lines[i]!.words <= 8) },
  { name: 'ends-sentence', reason: null, value: (f, i) => flag(f.lines[i]!.endsSentence) },
  { name: 'ends-open', reason: null, value: (f, i) => flag(f.lines[i]!.endsOpen) },
  { name: 'function-share', reason: null, value: (f, i) => f.lines[i]!.functionShare },
  { name: 'no-function-words', reason: 'navigation', value: (f, i) => flag(f.lines[i]!.functionShare === 0) },
  {
    name: 'capitals',
    reason: 'related-content',
    value: (f, i) => capitalShare(wordsOf(f.page.texts[i] ?? '')),
  },
  { name: 'digits', reason: 'timestamp', value: (f, i) => Math.min(digitShare(f.page.texts[i] ?? '') * 3, 1) },
  { name: 'all-caps', reason: 'navigation', value: (f, i) => flag(isAllCaps(f.page.texts[i] ?? '')) },
  { name: 'list-item', reason: 'navigation', value: (f, i) => flag(f.lines[i]!.listItem) },
  {
    name: 'in-brackets',
    reason: 'credit',
    value: (f, i) => flag(/^\(.*\)\.?$/su.test((f.page.texts[i] ?? '').slice(0, 300))),
  },
  { name: 'prose', reason: null, value: (f, i) => flag(f.lines[i]!.prose) },
];
