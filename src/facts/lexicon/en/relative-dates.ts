/**
 * Words of dates given relative to the day of writing: "yesterday", "last week", "two days ago", "the past few
 * weeks", "Tuesday afternoon".
 */
import { CARDINAL_WORDS } from './counting-words.js';

/** One-word relative days. */
export const SINGLE_RELATIVE: ReadonlyMap<string, string> = new Map([
  ['yesterday', 'yesterday'], ['today', 'today'], ['tonight', 'tonight'], ['tomorrow', 'tomorrow'],
]);

/** Periods after "last", "this", "next", "past": "last week", "this morning", "next year". */
export const PERIODS: ReadonlySet<string> = new Set([
  'week', 'month', 'year', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall', 'night', 'morning', 'afternoon',
  'evening', 'decade', 'century',
]);

/** Plural periods after a count or "recent": "the past few weeks", "the last two years", "in recent days". */
export const PLURAL_PERIODS: ReadonlyMap<string, string> = new Map([
  ['days', 'days'], ['weeks', 'weeks'], ['months', 'months'], ['years', 'years'], ['hours', 'hours'], ['decades', 'decades'],
]);

/** Units of "N UNIT ago", to the singular: "two days ago", "a week ago". */
export const AGO_UNITS: ReadonlyMap<string, string> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'], ['hour', 'hour'], ['hours', 'hour'], ['minute', 'minute'], ['minutes', 'minute'],
  ['decade', 'decade'], ['decades', 'decade'],
]);

/** Periods after "the previous", "the next", "the following": "the following day", "the previous night". */
export const SEQUENCE_PERIODS: readonly string[] = ['day', 'week', 'month', 'year', 'night', 'morning'];

/** Parts of a day after a weekday: "Tuesday afternoon". */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Counts before a period, up to twelve ("two days ago", "a week ago"); "several" and "few" are counts of no number
 * ("the past few weeks").
 */
export const SMALL_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...[...CARDINAL_WORDS].filter(([, n]) => n <= 12),
  ['several', 0],
  ['few', 0],
]);
