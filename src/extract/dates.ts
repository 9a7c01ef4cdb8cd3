/**
 * Dates, weekdays, relative dates and times of day.
 *
 * A token scanner rather than chrono-node: chrono merges neighbouring expressions into one result
 * ("this week, on 8 April 2025, Nov 28, 2005 at 5 a.m." came back as a single date) and resolves a
 * bare "Tuesday" against the clock, while a weekday must stay a weekday unless the article gives an
 * anchor date. The scan works on wink tokens, so it costs one pass per sentence.
 */
import { WEEKDAY_NAMES } from '../algebra/dates.js';
import { RELATIONAL_PARTICIPLES } from '../language/en/relational-participles.js';
import type { Sentence } from '../types.js';
import { isClauseBoundary, isCapitalised, isPunct, parseSentence, sliceOf, spanOf } from './parse.js';
import type { DateFact, DateMatch, ParsedSentence, Token, WeekdayFact } from './types.js';


const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

const MONTH_NAMES = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month names that are also ordinary words: only dates when a day, a year or a time preposition is next to them. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'aug', 'sep', 'oct', 'nov', 'dec']);

/** Words before a bare year or month that make it a date ("in 2022", "since February"). */
const DATE_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'through', 'throughout', 'of', 'early', 'late', 'mid', 'circa', 'between', 'last', 'next', 'this', 'around']);

const ZONES = new Set(['gmt', 'utc', 'edt', 'est', 'cet', 'cest', 'bst', 'ist', 'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt', 'msk', 'jst', 'wib', 'eet', 'eest', 'aest', 'uk', 'et', 'pt', 'ct']);

const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall', 'night', 'morning', 'afternoon', 'evening', 'decade', 'century']);
const PLURAL_PERIODS = new Map([['days', 'days'], ['weeks', 'weeks'], ['months', 'months'], ['years', 'years'], ['hours', 'hours'], ['decades', 'decades']]);
const AGO_UNITS = new Map([['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'], ['hour', 'hour'], ['hours', 'hour'], ['minute', 'minute'], ['minutes', 'minute'], ['decade', 'decade'], ['decades', 'decade']]);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const SMALL_NUMBER_WORDS = new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['several', 0], ['few', 0]]);

const SINGLE_RELATIVE = new Map([['yesterday', 'yesterday'], ['today', 'today'], ['tonight', 'tonight'], ['tomorrow', 'tomorrow']]);

// ---------------------------------------------------------------------------------------------
// Token tests

function tokenAt(parsed: ParsedSentence, i: number): Token | undefined {
  return parsed.tokens[i];
}

/** Month number of a month token ("Nov." -> 11), if capitalised as a month name is. */
function monthOf(token: Token | undefined): number | undefined {
  if (token === undefined || !isCapitalised(token)) return undefined;
  return MONTHS.get(token.lower.replace(/\.$/, ''));
}

function weekdayOf(token: Token | undefined): string | undefined {
  if (token === undefined || !isCapitalised(token)) return undefined;
  const w = token.lower.replace(/\.$/, '');
  return WEEKDAY_NAMES.includes(w) ? w : undefined;
}

/** Day of month from "8", "08", "28th", "2nd". */
function dayOf(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token.lower);
  if (m === null) return undefined;
  const day = Number(m[1]);
  return day >= 1 && day <= 31 ? day : undefined;
}

function yearOf(token: Token | undefined): number | undefined {
  if (token === undefined || !/^\d{4}$/.test(token.text)) return undefined;
  const year = Number(token.text);
  return year >= 1000 && year <= 2999 ? year : undefined;
}

/** A plausible year for a bare four-digit number. */
function plausibleYear(token: Token | undefined): number | undefined {
  const year = yearOf(token);
  return year !== undefined && year >= 1500 && year <= 2100 ? year : undefined;
}

function isComma(token: Token | undefined): boolean {
  return token?.text === ',';
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function validDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

// ---------------------------------------------------------------------------------------------
// Matchers: each looks at token i and returns a match or undefined.

/** "2025-04-08", "11/27/2005" (month first unless the first part cannot be a month), "27/11/2005". */
function matchNumericDate(parsed: ParsedSentence, i: number): DateMatch | undefined {
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
function matchCalendarDate(parsed: ParsedSentence, i: number): DateMatch | undefined {
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
function matchBareMonth(parsed: ParsedSentence, i: number): DateMatch | undefined {
  const t = tokenAt(parsed, i);
  const month = monthOf(t);
  if (t === undefined || month === undefined) return undefined;
  const before = tokenAt(parsed, i - 1);
  const guarded = before !== undefined && DATE_PREPOSITIONS.has(before.lower);
  if (!guarded) return undefined;
  if (AMBIGUOUS_MONTHS.has(t.lower) && !['in', 'since', 'until', 'early', 'late', 'mid', 'last', 'next', 'this', 'during', 'by'].includes(before.lower)) return undefined;
  return { kind: 'date', value: `month:${MONTH_NAMES[month]}`, first: i, last: i };
}

/** "Tuesday", "on Tuesday", "late Tuesday", "Tuesday afternoon", "last Tuesday", "Sunday's quake". */
function matchWeekday(parsed: ParsedSentence, i: number): DateMatch | undefined {
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
function matchRelative(parsed: ParsedSentence, i: number): DateMatch | undefined {
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
    if (a !== undefined && b !== undefined && ['previous', 'next', 'following'].includes(a.lower) && ['day', 'week', 'month', 'year', 'night', 'morning'].includes(b.lower)) {
      const which = a.lower === 'previous' ? 'previous' : 'next';
      return { kind: 'date', value: `relative:${which}-${b.lower}`, first: i + 1, last: i + 2 };
    }
  }
  return undefined;
}

interface Clock {
  hour: number;
  minute: number;
  last: number;
  /** What must follow for the number to be a time: nothing ("07:20"), "a.m./p.m." ("5"), or a zone/"hours" ("1023"). */
  needs: 'nothing' | 'meridiem' | 'zone';
}

const MERIDIEM = /^([ap])\.?m\.?$/i;

/** The clock reading of token i, before checking what follows it. */
function readClock(parsed: ParsedSentence, i: number): Clock | undefined {
  const text = tokenAt(parsed, i)?.text ?? '';
  // wink splits "3.45pm" into "3.4" + "5pm": put it back together.
  const split = /^(\d{1,2})\.(\d)$/.exec(text);
  const tail = tokenAt(parsed, i + 1);
  const tailMatch = split !== null && tail !== undefined && !tail.spaced ? /^(\d)([ap])\.?m\.?$/i.exec(tail.text) : null;
  if (split !== null && tailMatch !== null && Number(split[1]) <= 12) {
    return { hour: to24(Number(split[1]), (tailMatch[2] ?? 'a').toLowerCase()), minute: Number(`${split[2]}${tailMatch[1]}`), last: i + 1, needs: 'nothing' };
  }
  const joined = /^(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m\.?$/i.exec(text); // "7:00pm", "5am"
  if (joined !== null) return { hour: to24(Number(joined[1]), (joined[3] ?? 'a').toLowerCase()), minute: Number(joined[2] ?? 0), last: i, needs: 'nothing' };
  const clock = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (clock !== null) return { hour: Number(clock[1]), minute: Number(clock[2]), last: i, needs: 'nothing' };
  const dotted = /^(\d{1,2})\.(\d{2})$/.exec(text); // "3.45" only with "pm" after it
  if (dotted !== null) return { hour: Number(dotted[1]), minute: Number(dotted[2]), last: i, needs: 'meridiem' };
  if (/^\d{1,2}$/.test(text)) return { hour: Number(text), minute: 0, last: i, needs: 'meridiem' }; // "5" only with "a.m."
  const military = /^([01]\d|2[0-3])([0-5]\d)$/.exec(text); // "1023" only with a zone, "hours" or "at 1353 ("
  if (military !== null) return { hour: Number(military[1]), minute: Number(military[2]), last: i, needs: 'zone' };
  return undefined;
}

/** A zone written after a time: "GMT", "UTC", "local time". */
function readZone(parsed: ParsedSentence, last: number): { zone: string; last: number } | undefined {
  const token = tokenAt(parsed, last + 1);
  if (token !== undefined && ZONES.has(token.lower) && token.text === token.text.toUpperCase()) return { zone: token.text, last: last + 1 };
  if (token?.lower === 'local' && tokenAt(parsed, last + 2)?.lower === 'time') return { zone: 'local', last: last + 2 };
  return undefined;
}

/** "07:20", "5 a.m.", "1:53 p.m. local time", "7:00pm", "1023 GMT", "1100 hours", "at 1353 (", "at noon". */
function matchTime(parsed: ParsedSentence, i: number): DateMatch | undefined {
  const t = tokenAt(parsed, i);
  if (t === undefined) return undefined;
  if ((t.lower === 'noon' || t.lower === 'midday' || t.lower === 'midnight') && ['at', 'by', 'before', 'after', 'until', 'around', 'about'].includes(tokenAt(parsed, i - 1)?.lower ?? '')) {
    return { kind: 'date', value: t.lower === 'midnight' ? 'time:00:00' : 'time:12:00', first: i, last: i };
  }
  const clock = readClock(parsed, i);
  if (clock === undefined || clock.minute > 59) return undefined;
  let { hour, last } = clock;
  const next = tokenAt(parsed, last + 1);
  const marker = next !== undefined && clock.needs !== 'zone' && last === i ? MERIDIEM.exec(next.text) : null;
  if (marker !== null) {
    if (hour > 12) return undefined;
    hour = to24(hour, (marker[1] ?? 'a').toLowerCase());
    last += 1;
  } else if (clock.needs === 'meridiem') {
    return undefined;
  } else if (clock.needs === 'zone') {
    const hours = next !== undefined && (next.lower === 'hours' || next.lower === 'hrs');
    const zoned = next !== undefined && ZONES.has(next.lower);
    const atParen = tokenAt(parsed, i - 1)?.lower === 'at' && next?.text === '(';
    if (!hours && !zoned && !atParen) return undefined;
    if (hours) last += 1;
  }
  if (hour > 23) return undefined;
  const match: DateMatch = { kind: 'date', value: `time:${pad(hour)}:${pad(clock.minute)}`, first: i, last };
  const zone = readZone(parsed, last);
  if (zone !== undefined) {
    match.zone = zone.zone;
    match.last = zone.last;
  }
  return match;
}

function to24(hour: number, meridiem: string): number {
  if (meridiem === 'p') return hour === 12 ? 12 : hour + 12;
  return hour === 12 ? 0 : hour;
}

const COUNT_QUALIFIERS = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'over', 'than', 'least', 'estimated', 'another', 'only', 'just']);
const PEOPLE_WORDS = new Set(['people', 'persons', 'men', 'women', 'children', 'police', 'troops', 'staff', 'personnel']);

/** A bare year: "in 2022", "the 2004 tsunami", "since 2014" — but "2000 people" is a count. */
function matchYear(parsed: ParsedSentence, i: number): DateMatch | undefined {
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

/** Words before a year that make it modify the noun phrase after it, names included. */
const YEAR_DETERMINERS = new Set(['a', 'an', 'her', 'his', 'its', 'their', 'our']);

const MATCHERS: ReadonlyArray<(parsed: ParsedSentence, i: number) => DateMatch | undefined> = [
  matchNumericDate,
  matchCalendarDate,
  matchTime,
  matchRelative,
  matchWeekday,
  matchBareMonth,
  matchYear,
];

/** Words that can start a date expression besides digits, months and weekdays. */
const TRIGGER_WORDS = new Set([
  ...SINGLE_RELATIVE.keys(), 'last', 'this', 'next', 'past', 'earlier', 'later', 'early', 'late', 'recent', 'the', 'a', 'an',
  'noon', 'midday', 'midnight', ...SMALL_NUMBER_WORDS.keys(),
]);

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

// ---------------------------------------------------------------------------------------------
// Attaching a weekday to its verb

const SKIP_BACK = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PART', 'PRON', 'AUX']);

function verbLemma(token: Token): string {
  return token.lemma;
}

/** A hyphen inside a compound ("10-year", "long-awaited"): part of a word, not a clause break. */
function isJoiningHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.text === '-' || t.text === '‑') && tokens[k + 1]?.spaced === false;
}

/** A verb form inside a hyphenated compound adjective ("long-awaited", "Russian-backed") is no verb. */
function isCompoundPart(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.spaced === false && isJoiningHyphen(tokens, k - 1);
}

/** The verb a weekday phrase belongs to: the nearest verb before it in its clause, else after it. */
function attachedVerb(parsed: ParsedSentence, match: DateMatch): { verb?: string; noun?: string } {
  const { tokens } = parsed;
  const after = tokens[match.last + 1];
  if (after !== undefined && (after.lower === "'s" || after.lower === '’s')) {
    const noun = tokens.slice(match.last + 2, match.last + 5).find((t) => t.pos === 'NOUN');
    return noun !== undefined ? { noun: noun.lemma } : {};
  }
  // "The United States on Tuesday expressed concern": a verb right after the phrase is its own.
  for (let k = match.last + 1; k < tokens.length && k <= match.last + 3; k++) {
    const t = tokens[k];
    if (t === undefined || RELATIONAL_PARTICIPLES.has(t.lower)) break;
    if (t.pos === 'VERB') return { verb: verbLemma(t) };
    // "on Tuesday had not expressed" but not "on Friday to discuss"
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.lower !== 'not' && t.lower !== "n't") break;
  }
  for (let k = match.first - 1, steps = 0; k >= 0 && steps < 14; k--, steps++) {
    const t = tokens[k];
    if (t === undefined || isClauseBoundary(t)) break;
    if (isJoiningHyphen(tokens, k) || isCompoundPart(tokens, k)) continue;
    // "Arrested following the fire Monday": the weekday may date the fire or the arrest; say neither.
    if (RELATIONAL_PARTICIPLES.has(t.lower)) return {};
    if (t.pos === 'VERB') return { verb: verbLemma(t) };
    if (!SKIP_BACK.has(t.pos)) break;
  }
  let k = match.last + 1;
  // A fronted "On Tuesday, ..." may be followed by a comma before its clause.
  if (tokens[k]?.text === ',' && tokens.slice(0, match.first).every((t) => ['on', 'late', 'early', 'by', 'last', 'next', 'this'].includes(t.lower) || isPunct(t))) k++;
  for (let steps = 0; k < tokens.length && steps < 10; k++, steps++) {
    const t = tokens[k];
    if (t === undefined || isClauseBoundary(t) || RELATIONAL_PARTICIPLES.has(t.lower)) break;
    if (t.pos === 'VERB') return { verb: verbLemma(t) };
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// Anchor resolution

function parseAnchor(anchor: string | undefined): Date | undefined {
  if (anchor === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor);
  if (m === null) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function toIso(d: Date): string {
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** News convention: a weekday in past-tense reporting is the latest such day on or before the anchor. */
export function resolveWeekday(weekday: string, anchor: Date, relative?: 'last' | 'next', future = false): string {
  const target = WEEKDAY_NAMES.indexOf(weekday);
  const today = anchor.getUTCDay();
  if (relative === 'next' || future) {
    let ahead = (target - today + 7) % 7;
    if (ahead === 0 && relative === 'next') ahead = 7;
    return toIso(addDays(anchor, ahead));
  }
  let back = (today - target + 7) % 7;
  if (back === 0 && relative === 'last') back = 7;
  return toIso(addDays(anchor, -back));
}

function resolveRelative(value: string, anchor: Date): string | undefined {
  const rel = value.slice('relative:'.length);
  const year = anchor.getUTCFullYear();
  const month = anchor.getUTCMonth() + 1;
  switch (rel) {
    case 'today':
    case 'tonight':
    case 'this-morning':
    case 'this-afternoon':
    case 'this-evening':
      return toIso(anchor);
    case 'yesterday':
    case 'last-night':
    case 'previous-day':
      return toIso(addDays(anchor, -1));
    case 'tomorrow':
    case 'next-day':
      return toIso(addDays(anchor, 1));
    case 'this-year':
      return String(year);
    case 'last-year':
    case 'previous-year':
      return String(year - 1);
    case 'next-year':
      return String(year + 1);
    case 'this-month':
      return `${year}-${pad(month)}`;
    case 'last-month':
      return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
    case 'next-month':
      return month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
    default: {
      const ago = /^(\d+)-(day|week)s?-ago$/.exec(rel);
      if (ago === null) return undefined;
      const days = Number(ago[1]) * (ago[2] === 'week' ? 7 : 1);
      return toIso(addDays(anchor, -days));
    }
  }
}

/** "--07-02" gets the anchor's year, or the year before when that would put it well after the anchor. */
function resolveMonthDay(value: string, anchor: Date): string | undefined {
  const m = /^--(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return undefined;
  const [month, day] = [Number(m[1]), Number(m[2])];
  let year = anchor.getUTCFullYear();
  const candidate = Date.UTC(year, month - 1, day);
  if (candidate - anchor.getTime() > 60 * 86_400_000) year -= 1;
  return validDate(year, month, day) ? isoDate(year, month, day) : undefined;
}

function resolveDate(value: string, anchor: Date | undefined): string | undefined {
  if (anchor === undefined) return undefined;
  if (value.startsWith('relative:')) return resolveRelative(value, anchor);
  if (value.startsWith('--')) return resolveMonthDay(value, anchor);
  return undefined;
}

/** Whether the clause around a weekday speaks of the future ("will meet on Friday"). */
function isFutureClause(parsed: ParsedSentence, match: DateMatch): boolean {
  for (let k = match.first - 1, steps = 0; k >= 0 && steps < 12; k--, steps++) {
    const t = parsed.tokens[k];
    if (t === undefined || isClauseBoundary(t)) break;
    if (t.lower === 'will' || t.lower === "'ll" || t.lower === 'shall') return true;
    if ((t.lower === 'due' || t.lower === 'scheduled' || t.lower === 'expected') && parsed.tokens[k + 1]?.lower === 'to') return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Facts

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
