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

/**
 * Date values the extract stage carries with their form before a colon: a clock time ("time:07:37", 24-hour), a
 * month named alone ("month:november"), a decade ("decade:1990s"), a date relative to the article ("relative:
 * yesterday"). The report's JSON writes each as a fact of that kind with the rest as its value ({"kind": "time",
 * "value": "07:37"}), so no reader meets the carrying form.
 */
export const DATE_FORMS = ['time', 'month', 'decade', 'relative'] as const;
export type DateForm = (typeof DATE_FORMS)[number];

/** The form and the value of a carried date value ("time:07:37" -> time, "07:37"), undefined for a plain one. */
export function splitDateValue(value: string | number): { form: DateForm; value: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const colon = value.indexOf(':');
  const form = value.slice(0, colon) as DateForm;
  return colon > 0 && DATE_FORMS.includes(form) ? { form, value: value.slice(colon + 1) } : undefined;
}

/** The carried form of a date value of a form: (time, "07:37") -> "time:07:37". */
export function joinDateValue(form: DateForm, value: string): string {
  return `${form}:${value}`;
}

/** "HH:MM" of a carried clock time ("time:07:37" -> "07:37"), undefined for any other value. */
export function clockOfDateValue(value: string | number): string | undefined {
  const split = splitDateValue(value);
  return split?.form === 'time' ? split.value : undefined;
}

/** The carried form of a clock time: "07:37" -> "time:07:37". */
export function dateValueOfClock(clock: string): string {
  return joinDateValue('time', clock);
}
