/**
 * The extract stage: every fact a sentence states (numbers, dates, weekdays, names, quotes).
 * The sentence is parsed by wink once and the token array shared by all extractors.
 */
import { clockOfDateValue } from '../algebra/dates.js';
import { plural } from '../language/en/inflect.js';
import type { Fact, Frame, Sentence } from '../types.js';
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
    const frame = fact.frame ?? asWritten(frameOf(fact, parsed, names), parsed);
    // A time of day is the fact layer's to frame, but its day and other-event scope are read here like any other.
    if (frame === undefined) return isClockTime(fact) ? { ...fact, scope: sentenceScope(fact, parsed.text, facts) } : fact;
    return { ...fact, frame, scope: sentenceScope(fact, parsed.text, facts) };
  });
  return withWholes(framed, parsed);
}

/**
 * A count's label with the counted noun as the sentence writes it when that is capitalised after another word: "number of Gazans", "number of AK-47s" (the lexicon's forms are lower case).
 */
function asWritten(frame: Frame | undefined, parsed: ParsedSentence): Frame | undefined {
  if (frame?.measure !== 'count' || frame.counted === undefined) return frame;
  const counted = new Set(plural(frame.counted).split(' '));
  // Only a word after a word: a sentence's or a quote's first word is capitalised whatever it is.
  const afterWord = parsed.tokens.filter((_, i) => i > 0 && /^\p{L}/u.test(parsed.tokens[i - 1]!.text));
  // A capital past the first letter or a digit marks a name ("AK-47s", "SUVs"); a capital alone may be an
  // outlet's style ("two St. Mary Deputies").
  const written = new Map(afterWord.filter((t) => /^\p{Lu}.*[\p{Lu}\d]/u.test(t.text) && counted.has(t.text.toLowerCase())).map((t) => [t.text.toLowerCase(), t.text]));
  const label = frame.label.split(' ').map((w) => written.get(w) ?? w).join(' ');
  return label === frame.label ? frame : { ...frame, label };
}


function isClockTime(fact: Fact): boolean {
  return fact.kind === 'date' && clockOfDateValue(fact.value) !== undefined;
}

export { articleScopes, isCompared, scopeContext, scopePair, SCOPES, type RunContext, type ScopeRule } from './scopes/index.js';
export { isRunningTotal } from './scopes/cumulative.js';
export { extractDates } from './dates/index.js';
export { extractNames, isDemonymWord, isOrganisationHead, isTitleHead, nameKey, sameName } from './names.js';
export { ageKey } from './ages.js';
export { withArticleNames } from './article-names.js';
export { countedClass, namesHappening, REPORTING_VERBS } from './events.js';
export { extractNumbers, verbFamily } from './numbers/index.js';
export { extractQuotes, normaliseQuote, quoteContainment, quoteSimilarity } from './quotes.js';
export { parseSentence } from './parse.js';
export type * from './types.js';
