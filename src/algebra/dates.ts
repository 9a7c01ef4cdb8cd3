/**
 * Calendar values as the extract stage encodes them ("2008-11-19", "--11-19", "2008-11", "2008", "month:november")
 * and whether two of them can name the same day: every field both give must match, so "November 2008" agrees with
 * "2008-11-19" and "November 19" disagrees with "November 18".
 */
import { capitalised } from '../language/en/inflect.js';

interface CalendarFields {
  year?: number;
  month?: number;
  day?: number;
}

/** The months as the extract stage writes them ("month:november"): lower case, January first. */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => CalendarFields]> = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })],
  [/^--(\d{2})-(\d{2})$/, (m) => ({ month: Number(m[1]), day: Number(m[2]) })],
  [/^(\d{4})-(\d{2})$/, (m) => ({ year: Number(m[1]), month: Number(m[2]) })],
  [/^(\d{4})$/, (m) => ({ year: Number(m[1]) })],
  // A month named alone ("replaced in November"): the extract stage writes it by name.
  [/^month:([a-z]+)$/, (m) => (MONTH_NAMES.includes(m[1]!) ? { month: MONTH_NAMES.indexOf(m[1]!) + 1 } : {})],
];

/** The fields of a calendar value, or undefined for anything else (relative dates, times). */
export function calendarFields(value: string): CalendarFields | undefined {
  for (const [pattern, read] of PATTERNS) {
    const m = pattern.exec(value);
    if (m !== null) return read(m);
  }
  return undefined;
}

/** Whether two calendar values can name the same day (undefined when either is not a calendar value). */
export function calendarAgree(a: string, b: string): boolean | undefined {
  const x = calendarFields(a);
  const y = calendarFields(b);
  if (x === undefined || y === undefined) return undefined;
  return (['year', 'month', 'day'] as const).every((f) => x[f] === undefined || y[f] === undefined || x[f] === y[f]);
}

/** The weekdays as the extract stage writes them: lower case. */
export const WEEKDAY_NAMES: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A day as people read it: a weekday capitalised ("Thursday"), a day of a month with its name ("January 29"),
 * anything else (an ISO date, a year) as it is.
 */
export function dayInWords(day: string): string {
  if (WEEKDAY_NAMES.includes(day)) return capitalised(day);
  const m = /^--(\d{2})-(\d{2})$/.exec(day);
  const month = m === null ? undefined : MONTH_NAMES[Number(m[1]) - 1];
  return month === undefined ? day : `${capitalised(month)} ${Number(m![2])}`;
}
