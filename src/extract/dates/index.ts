/**
 * Dates, weekdays, relative dates and times of day.
 *
 * A token scanner rather than chrono-node: chrono merges neighbouring expressions into one result
 * ("this week, on 8 April 2025, Nov 28, 2005 at 5 a.m." came back as a single date) and resolves a
 * bare "Tuesday" against the clock, while a weekday must stay a weekday unless the article gives an
 * anchor date. The scan works on wink tokens, so it costs one pass per sentence.
 *
 * The scan (scan.ts) tries its matchers at each token: calendar dates and bare years (calendar-dates.ts), times
 * of day (clock.ts), weekdays and relative dates (relative.ts). Here each match becomes a fact: a weekday with the
 * verb it dates (weekday-verb.ts), resolved against the article's date when one is given (resolve.ts). The words
 * they read are data in facts/lexicon/en/ (months, time-zones, relative-dates, bare-dates, date-starts).
 */
import type { Sentence } from '../../types.js';
import { parseSentence, sliceOf, spanOf } from '../parse.js';
import type { DateFact, ParsedSentence, WeekdayFact } from '../types.js';
import { isFutureClause, parseAnchor, resolveDate, resolveWeekday } from './resolve.js';
import { findDateMatches } from './scan.js';
import { attachedVerb } from './weekday-verb.js';

export { resolveWeekday } from './resolve.js';
export { dateTokenSet, findDateMatches } from './scan.js';

export interface DateOptions {
  /** ISO date of the article (publication or dateline): lets weekdays and relative dates resolve. */
  anchor?: string;
}

export function extractDates(sentence: Sentence, parsed: ParsedSentence = parseSentence(sentence.text), options: DateOptions = {}): Array<DateFact | WeekdayFact> {
  const anchor = parseAnchor(options.anchor);
  const facts: Array<DateFact | WeekdayFact> = [];
  for (const match of findDateMatches(parsed)) {
    const span = spanOf(parsed, match.first, match.last);
    const base = { source: sentence.source, span, text: sliceOf(parsed, span) };
    if (match.kind === 'weekday') {
      const fact: WeekdayFact = { ...base, kind: 'weekday', value: match.value };
      const { verb, noun } = attachedVerb(parsed, match);
      if (verb !== undefined) {
        fact.verb = verb;
        fact.about = verb;
      } else if (noun !== undefined) {
        fact.about = noun;
      }
      if (match.relative !== undefined) fact.relative = match.relative;
      if (anchor !== undefined) fact.resolved = resolveWeekday(match.value, anchor, match.relative, isFutureClause(parsed, match));
      facts.push(fact);
    } else {
      const fact: DateFact = { ...base, kind: 'date', value: match.value };
      if (match.zone !== undefined) fact.zone = match.zone;
      if (match.weekday !== undefined) fact.weekday = match.weekday;
      const resolved = resolveDate(match.value, anchor);
      if (resolved !== undefined) fact.resolved = resolved;
      facts.push(fact);
    }
  }
  return facts;
}
