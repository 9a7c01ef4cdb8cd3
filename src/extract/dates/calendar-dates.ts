/**
 * Calendar dates: numeric ("2025-04-08", "11/27/2005"), written ("April 8, 2025", "Monday, 28 November 2005",
 * "28th of November", "December 2003"), a month alone after a time preposition ("in February") and a bare year ("in
 * 2022", "the 2004 tsunami", "the 1990s"), but not a count ("2000 people").
 */
import { MONTH_NAMES } from '../../algebra/dates.js';
import { COUNT_QUALIFIERS, DATE_PREPOSITIONS, PEOPLE_WORDS, YEAR_DETERMINERS } from '../../facts/lexicon/en/bare-dates.js';
import { AMBIGUOUS_MONTH_PREPOSITIONS, AMBIGUOUS_MONTHS } from '../../facts/lexicon/en/months.js';
import { isPunct } from '../parse.js';
import type { DateMatch, ParsedSentence } from '../types.js';
import { isoDate, pad, validDate } from './calendar.js';
import { dayOf, isComma, monthOf, plausibleYear, tokenAt, weekdayOf, yearOf } from './tokens.js';

/** "2025-04-08", "11/27/2005" (month first unless the first part cannot be a month), "27/11/2005". */
export function matchNumericDate(parsed: ParsedSentence, i: number): DateMatch | undefined {
  const t = tokenAt(parsed, i);
  if (t === undefined) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.text);
  if (iso !== null) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDate(y, m, d)) return { kind: 'date', value: isoDate(y, m, d), first: i, last: i };
  }
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t.text);
  if (slash !== null) {
    const [a, b, y] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
    const [m, d] = a > 12 ? [b, a] : [a, b];
    if (validDate(y, m, d)) return { kind: 'date', value: isoDate(y, m, d), first: i, last: i };
  }
  return undefined;
}

interface DayMonthYear {
  month: number;
  day?: number;
  year?: number;
  last: number;
}

/** MONTH [.] DAY [,] [YEAR]  |  MONTH [,] YEAR  — "April 8, 2025", "Nov. 28, 2005", "July 02 2013", "December 2003". */
function monthFirst(parsed: ParsedSentence, i: number): DayMonthYear | undefined {
  const month = monthOf(tokenAt(parsed, i));
  if (month === undefined) return undefined;
  let j = i + 1;
  if (tokenAt(parsed, j)?.text === '.') j++;
  const day = dayOf(tokenAt(parsed, j));
  if (day !== undefined && yearOf(tokenAt(parsed, j)) === undefined) {
    let k = j + 1;
    if (isComma(tokenAt(parsed, k))) k++;
    const year = yearOf(tokenAt(parsed, k));
    if (year !== undefined) return { month, day, year, last: k };
    return { month, day, last: j };
  }
  const k = isComma(tokenAt(parsed, j)) ? j + 1 : j;
  const year = yearOf(tokenAt(parsed, k));
  if (year !== undefined) return { month, year, last: k };
  return undefined;
}

/** DAY [of] MONTH [,] [YEAR] — "8 April 2025", "03 JULY 2013", "28th of November". */
function dayFirst(parsed: ParsedSentence, i: number): DayMonthYear | undefined {
  const day = dayOf(tokenAt(parsed, i));
  if (day === undefined) return undefined;
  let j = i + 1;
  if (tokenAt(parsed, j)?.lower === 'of') j++;
  const month = monthOf(tokenAt(parsed, j));
  if (month === undefined) return undefined;
  let k = j + 1;
  if (isComma(tokenAt(parsed, k))) k++;
  const year = yearOf(tokenAt(parsed, k));
  if (year !== undefined) return { month, day, year, last: k };
  return { month, day, last: j };
}

function dateValue(parts: DayMonthYear): string | undefined {
  const { month, day, year } = parts;
  if (year !== undefined && day !== undefined) return validDate(year, month, day) ? isoDate(year, month, day) : undefined;
  if (year !== undefined) return `${pad(year, 4)}-${pad(month)}`;
  if (day !== undefined) return validDate(2000, month, day) ? `--${pad(month)}-${pad(day)}` : undefined;
  return undefined;
}

/** A calendar date with an optional leading weekday: "Monday, 28 November 2005", "WEDNESDAY 03 JULY 2013". */
export function matchCalendarDate(parsed: ParsedSentence, i: number): DateMatch | undefined {
  const weekday = weekdayOf(tokenAt(parsed, i));
  const start = weekday !== undefined ? (isComma(tokenAt(parsed, i + 1)) ? i + 2 : i + 1) : i;
  const parts = monthFirst(parsed, start) ?? dayFirst(parsed, start);
  if (parts === undefined) return undefined;
  const value = dateValue(parts);
  if (value === undefined) return undefined;
  const match: DateMatch = { kind: 'date', value, first: i, last: parts.last };
  if (weekday !== undefined) match.weekday = weekday;
  return match;
}

/** A month on its own, only after a time preposition ("in February", "since March"). */
export function matchBareMonth(parsed: ParsedSentence, i: number): DateMatch | undefined {
  const t = tokenAt(parsed, i);
  const month = monthOf(t);
  if (t === undefined || month === undefined) return undefined;
  const before = tokenAt(parsed, i - 1);
  const guarded = before !== undefined && DATE_PREPOSITIONS.has(before.lower);
  if (!guarded) return undefined;
  if (AMBIGUOUS_MONTHS.has(t.lower) && !AMBIGUOUS_MONTH_PREPOSITIONS.includes(before.lower)) return undefined;
  return { kind: 'date', value: `month:${MONTH_NAMES[month - 1]}`, first: i, last: i };
}

/** A bare year: "in 2022", "the 2004 tsunami", "since 2014" — but "2000 people" is a count. */
export function matchYear(parsed: ParsedSentence, i: number): DateMatch | undefined {
  const t = tokenAt(parsed, i);
  const decade = t !== undefined ? /^(1[5-9]|20)(\d)0s$/.exec(t.text) : null;
  if (decade !== null && t !== undefined) return { kind: 'date', value: `decade:${t.text}`, first: i, last: i };
  const year = plausibleYear(t);
  if (year === undefined) return undefined;
  const before = tokenAt(parsed, i - 1);
  const after = tokenAt(parsed, i + 1);
  const beforeWord = before?.lower ?? '';
  // "roughly 2000 people", "2000 people": a count.
  if (COUNT_QUALIFIERS.has(beforeWord) || (after !== undefined && PEOPLE_WORDS.has(after.lower))) return undefined;
  // "between 1991 and 1993", "2003 to 2005"
  if (['and', 'to', 'or', '-', '–'].includes(beforeWord) && plausibleYear(tokenAt(parsed, i - 2)) !== undefined) return { kind: 'date', value: String(year), first: i, last: i };
  if (DATE_PREPOSITIONS.has(beforeWord) || beforeWord === 'the' || beforeWord === "'s" || beforeWord === '’s') return { kind: 'date', value: String(year), first: i, last: i };
  if (before?.text === '-' && ['mid', 'early', 'late'].includes(tokenAt(parsed, i - 2)?.lower ?? '')) return { kind: 'date', value: String(year), first: i, last: i };
  // Followed by a plural noun it counts something ("2000 people").
  if (after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN') && after.lemma !== after.lower) return undefined;
  if (after === undefined || isPunct(after) || after.pos === 'NOUN' || after.pos === 'ADJ') return { kind: 'date', value: String(year), first: i, last: i };
  // "a 1955 Senate hearing", "her 1972 Oscar win": after an article or a possessive, a year names a noun's date.
  if (after.pos === 'PROPN' && YEAR_DETERMINERS.has(beforeWord)) return { kind: 'date', value: String(year), first: i, last: i };
  return undefined;
}
