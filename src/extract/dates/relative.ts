/**
 * Weekdays ("Tuesday", "late Tuesday", "last Tuesday", "Tuesday afternoon") and dates relative to the day of writing
 * ("yesterday", "last year", "earlier this week", "two days ago", "in recent weeks", "the following day").
 */
import { AGO_UNITS, DAY_PARTS, PERIODS, PLURAL_PERIODS, SEQUENCE_PERIODS, SINGLE_RELATIVE, SMALL_NUMBER_WORDS } from '../../facts/lexicon/en/relative-dates.js';
import type { DateMatch, ParsedSentence, Token } from '../types.js';
import { tokenAt, weekdayOf } from './tokens.js';

/** "Tuesday", "on Tuesday", "late Tuesday", "Tuesday afternoon", "last Tuesday", "Sunday's quake". */
export function matchWeekday(parsed: ParsedSentence, i: number): DateMatch | undefined {
  const t = tokenAt(parsed, i);
  const weekday = weekdayOf(t);
  if (weekday === undefined || t === undefined) return undefined;
  let first = i;
  let last = i;
  const before = tokenAt(parsed, i - 1);
  let relative: 'last' | 'next' | undefined;
  if (before !== undefined && ['last', 'next', 'this', 'early', 'late', 'past'].includes(before.lower)) {
    first = i - 1;
    if (before.lower === 'last' || before.lower === 'past') relative = 'last';
    if (before.lower === 'next') relative = 'next';
  }
  const after = tokenAt(parsed, i + 1);
  if (after !== undefined && DAY_PARTS.has(after.lower)) last = i + 1;
  const match: DateMatch = { kind: 'weekday', value: weekday, first, last };
  if (relative !== undefined) match.relative = relative;
  return match;
}

function smallNumber(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (/^\d{1,3}$/.test(token.text)) return Number(token.text);
  return SMALL_NUMBER_WORDS.get(token.lower);
}

/** Relative expressions: "yesterday", "last year", "earlier this week", "two days ago", "in recent weeks". */
export function matchRelative(parsed: ParsedSentence, i: number): DateMatch | undefined {
  const t = tokenAt(parsed, i);
  if (t === undefined) return undefined;
  const single = SINGLE_RELATIVE.get(t.lower);
  if (single !== undefined) return { kind: 'date', value: `relative:${single}`, first: i, last: i };

  // [earlier|later|early|late] (last|this|next|past) PERIOD
  let j = i;
  if (['earlier', 'later', 'early', 'late'].includes(t.lower)) j++;
  const deictic = tokenAt(parsed, j);
  const period = tokenAt(parsed, j + 1);
  if (deictic !== undefined && period !== undefined && ['last', 'this', 'next', 'past'].includes(deictic.lower)) {
    if (PERIODS.has(period.lower)) {
      return { kind: 'date', value: `relative:${deictic.lower}-${period.lower}`, first: i, last: j + 1 };
    }
    // "the past few weeks", "the last two years"
    const count = smallNumber(period);
    const unit = tokenAt(parsed, j + 2);
    if ((period.lower === 'few' || count !== undefined) && unit !== undefined && PLURAL_PERIODS.has(unit.lower) && deictic.lower !== 'this') {
      const direction = deictic.lower === 'next' ? 'next' : 'past';
      return { kind: 'date', value: `relative:${direction}-${PLURAL_PERIODS.get(unit.lower)}`, first: i, last: j + 2 };
    }
  }

  // "recent weeks", "recent days"
  if (t.lower === 'recent') {
    const unit = tokenAt(parsed, i + 1);
    if (unit !== undefined && PLURAL_PERIODS.has(unit.lower)) {
      return { kind: 'date', value: `relative:recent-${PLURAL_PERIODS.get(unit.lower)}`, first: i, last: i + 1 };
    }
  }

  // N UNIT ago
  const n = smallNumber(t);
  const unit = tokenAt(parsed, i + 1);
  if (n !== undefined && n > 0 && unit !== undefined && AGO_UNITS.has(unit.lower) && tokenAt(parsed, i + 2)?.lower === 'ago') {
    const unitName = `${AGO_UNITS.get(unit.lower) ?? 'day'}${n === 1 ? '' : 's'}`;
    return { kind: 'date', value: `relative:${n}-${unitName}-ago`, first: i, last: i + 2 };
  }

  // "the previous day", "the next day", "the following day", "the day before"
  if (t.lower === 'the') {
    const a = tokenAt(parsed, i + 1);
    const b = tokenAt(parsed, i + 2);
    if (a !== undefined && b !== undefined && ['previous', 'next', 'following'].includes(a.lower) && SEQUENCE_PERIODS.includes(b.lower)) {
      const which = a.lower === 'previous' ? 'previous' : 'next';
      return { kind: 'date', value: `relative:${which}-${b.lower}`, first: i + 1, last: i + 2 };
    }
  }
  return undefined;
}
