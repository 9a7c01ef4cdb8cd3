import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';

/**
 * Lines that are nothing but links ("https://example.com/story", "www.example.com").
 * A sentence that contains a link ("For more information, go to http://bit.ly/2a9wvrK") is text.
 */

/** A link's start; the rest of a whitespace-free word is its address (not matched by a regex: a 5 MB word would fill the regex engine's backtrack stack). */
const URL_START = /^(?:https?:\/\/|www\.)/i;

function isUrlToken(token: string): boolean {
  const start = URL_START.exec(token);
  return start !== null && token.length > start[0].length;
}

/** The whitespace-separated words of a line, one at a time, so a check can stop at the first failure. */
export function* tokens(text: string): Generator<string> {
  const word = /\S+/g;
  for (let match = word.exec(text); match !== null; match = word.exec(text)) yield match[0];
}

export function isUrlOnly(text: string): boolean {
  if (!/^(?:https?:\/\/|www\.)/i.test(text)) return false;
  for (const token of tokens(text)) if (!isUrlToken(token)) return false;
  return true;
}

/**
 * A link with a label: "Read or Share this story: http://...", "LIVE COVERAGE NOW: https://...". The words
 * before the address are few and end in a colon or no sentence at all; "For more information, go to
 * http://..." inside a paragraph of reporting is longer than that.
 */
const TRAILING_URL = /\s(?:https?:\/\/|www\.)\S+$/i;
const LABEL_WORDS = 12;

export function isLabelledLink(text: string): boolean {
  if (text.length > 300) return false;
  const match = TRAILING_URL.exec(text);
  if (match === null) return false;
  const label = text.slice(0, match.index).trim();
  const words = label.split(/\s+/).filter((w) => w !== '');
  return words.length <= LABEL_WORDS && !/[.!?]["”’)]?$/.test(label);
}

export const urlRule = (line: LineContext): RemovalReason | null =>
  isUrlOnly(line.text) || isLabelledLink(line.text) ? 'url' : null;
