/**
 * The extract stage: every fact a sentence states (numbers, dates, weekdays, names, quotes).
 * The sentence is parsed by wink once and the token array shared by all extractors.
 */
import type { Sentence } from '../types.js';
import { extractDates } from './dates.js';
import { extractNames } from './names.js';
import { extractNumbers } from './numbers.js';
import { parseSentence } from './parse.js';
import { extractQuotes } from './quotes.js';
import type { ExtractedFact, ParsedSentence } from './types.js';

export interface ExtractContext {
  /** ISO date of the article; weekdays and relative dates resolve against it only when given. */
  anchor?: string;
}

/** All facts of one sentence, sorted by where they start (then by where they end). */
export function extractFacts(sentence: Sentence, context: ExtractContext = {}, parsed: ParsedSentence = parseSentence(sentence.text)): ExtractedFact[] {
  const dateOptions = context.anchor !== undefined ? { anchor: context.anchor } : {};
  const facts: ExtractedFact[] = [
    ...extractDates(sentence, parsed, dateOptions),
    ...extractNumbers(sentence, parsed),
    ...extractNames(sentence, parsed),
    ...extractQuotes(sentence, parsed),
  ];
  return facts.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}

export { extractDates } from './dates.js';
export { extractNames, nameKey, sameName } from './names.js';
export { extractNumbers, parseQuantity, quantitiesAgree, quantityValue, verbFamily } from './numbers.js';
export { extractQuotes, normaliseQuote, quoteContainment, quoteSimilarity } from './quotes.js';
export { parseSentence } from './parse.js';
export type * from './types.js';
