/**
 * The date scan: every date-like expression of a sentence, left to right, non-overlapping, by the first matcher
 * that reads one at a token. Memoised on the parsed sentence: numbers and names skip the tokens it covers.
 */
import { WEEKDAY_NAMES } from '../../algebra/dates.js';
import { TRIGGER_WORDS } from '../../facts/lexicon/en/date-starts.js';
import { MONTHS } from '../../facts/lexicon/en/months.js';
import type { DateMatch, ParsedSentence, Token } from '../types.js';
import { matchBareMonth, matchCalendarDate, matchNumericDate, matchYear } from './calendar-dates.js';
import { matchTime } from './clock.js';
import { matchRelative, matchWeekday } from './relative.js';

/** The matchers, in the order they are tried at a token: the first that reads an expression wins. */
const MATCHERS: ReadonlyArray<(parsed: ParsedSentence, i: number) => DateMatch | undefined> = [
  matchNumericDate,
  matchCalendarDate,
  matchTime,
  matchRelative,
  matchWeekday,
  matchBareMonth,
  matchYear,
];

/** Cheap test before running the matchers: most tokens cannot start a date. */
function mayStartDate(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  if (first >= 48 && first <= 57) return true; // a digit
  if (TRIGGER_WORDS.has(token.lower)) return true;
  return (first >= 65 && first <= 90 && (MONTHS.has(token.lower.replace(/\.$/, '')) || WEEKDAY_NAMES.includes(token.lower)));
}

/** Every date-like expression of the sentence, left to right, non-overlapping. Memoised on `parsed`. */
export function findDateMatches(parsed: ParsedSentence): DateMatch[] {
  if (parsed.dateMatches !== undefined) return parsed.dateMatches;
  const matches: DateMatch[] = [];
  const n = parsed.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!mayStartDate(parsed.tokens[i] as Token)) continue;
    for (const matcher of MATCHERS) {
      const m = matcher(parsed, i);
      if (m !== undefined) {
        matches.push(m);
        i = m.last;
        break;
      }
    }
  }
  parsed.dateMatches = matches;
  return matches;
}

/** Token indices covered by dates and times: numbers and names skip them. */
export function dateTokenSet(parsed: ParsedSentence): Set<number> {
  if (parsed.dateTokens !== undefined) return parsed.dateTokens;
  const covered = new Set<number>();
  for (const m of findDateMatches(parsed)) {
    for (let k = m.first; k <= m.last; k++) covered.add(k);
  }
  parsed.dateTokens = covered;
  return covered;
}
