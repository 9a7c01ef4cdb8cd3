import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';

/**
 * Lines that are nothing but links ("https://example.com/story", "www.example.com").
 * A sentence that contains a link ("For more information, go to http://bit.ly/2a9wvrK") is text.
 */

const URL_TOKEN = /^(?:https?:\/\/|www\.)\S+$/i;

/** The whitespace-separated words of a line, one at a time, so a check can stop at the first failure. */
export function* tokens(text: string): Generator<string> {
  const word = /\S+/g;
  for (let match = word.exec(text); match !== null; match = word.exec(text)) yield match[0];
}

export function isUrlOnly(text: string): boolean {
  if (!/^(?:https?:\/\/|www\.)/i.test(text)) return false;
  for (const token of tokens(text)) if (!URL_TOKEN.test(token)) return false;
  return true;
}

export const urlRule = (line: LineContext): RemovalReason | null => (isUrlOnly(line.text) ? 'url' : null);
