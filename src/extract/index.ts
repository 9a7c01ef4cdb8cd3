/**
 * The extract stage: every fact a sentence states (numbers, dates, weekdays, names, quotes).
 * The sentence is parsed by wink once and the token array shared by all extractors.
 */
import type { Fact, Sentence } from '../types.js';
import { extractDates } from './dates/index.js';
import { extractNames } from './names.js';
import { extractNumbers } from './numbers/index.js';
import { parseSentence } from './parse.js';
import { extractQuotes } from './quotes.js';
import { extractDirections, extractRoles, extractSettings } from './relations.js';
import { sentenceScope } from './scopes/index.js';
import { frameOf } from './frames.js';
import { withWholes } from './sums.js';
import type { ExtractedFact, NameFact, ParsedSentence } from './types.js';

export interface ExtractContext {
  /** ISO date of the article; weekdays and relative dates resolve against it only when given. */
  anchor?: string;
}

/** All facts of one sentence, sorted by where they start (then by where they end). */
export function extractFacts(sentence: Sentence, context: ExtractContext = {}, parsed: ParsedSentence = parseSentence(sentence.text)): ExtractedFact[] {
  const dateOptions = context.anchor !== undefined ? { anchor: context.anchor } : {};
  const names = extractNames(sentence, parsed);
  const facts: ExtractedFact[] = [
    ...extractDates(sentence, parsed, dateOptions),
    ...extractNumbers(sentence, parsed),
    ...names,
    ...extractQuotes(sentence, parsed),
    ...(extractDirections(sentence, names) as ExtractedFact[]),
    ...(extractRoles(sentence, names) as ExtractedFact[]),
    ...(extractSettings(sentence) as ExtractedFact[]),
  ];
  return facts.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}

/**
 * The sentence's facts with their frames and scopes: what question each answers and what limits it. Facts without
 * a frame are left as they are (names, quotes, figures whose clause does not say what they count).
 */
export function frameFacts<F extends Fact>(facts: readonly F[], parsed: ParsedSentence): F[] {
  const names = facts.filter((f) => f.kind === 'name') as unknown as NameFact[];
  const framed = facts.map((fact) => {
    const frame = fact.frame ?? frameOf(fact, parsed, names);
    // A time of day is the fact layer's to frame, but its day and other-event scope are read here like any other.
    if (frame === undefined) return isClockTime(fact) ? { ...fact, scope: sentenceScope(fact, parsed.text, facts) } : fact;
    return { ...fact, frame, scope: sentenceScope(fact, parsed.text, facts) };
  });
  return withWholes(framed, parsed);
}

function isClockTime(fact: Fact): boolean {
  return fact.kind === 'date' && String(fact.value).startsWith('time:');
}

export { articleScopes, isCompared, scopeContext, scopePair, SCOPES, type RunContext, type ScopeRule } from './scopes/index.js';
export { isRunningTotal } from './scopes/cumulative.js';
export { extractDates } from './dates/index.js';
export { extractNames, isDemonymWord, isOrganisationHead, isTitleHead, nameKey, sameName } from './names.js';
export { ageKey } from './ages.js';
export { countedClass } from './events.js';
export { extractNumbers, verbFamily } from './numbers/index.js';
export { extractQuotes, normaliseQuote, quoteContainment, quoteSimilarity } from './quotes.js';
export { parseSentence } from './parse.js';
export type * from './types.js';
