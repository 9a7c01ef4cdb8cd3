/**
 * Anchor resolution: a weekday, a relative date ("yesterday", "two days ago", "last month") or a day without a year
 * ("July 2") read against the article's date.
 */
import { WEEKDAY_NAMES } from '../../algebra/dates.js';
import { isClauseBoundary } from '../parse.js';
import type { DateMatch, ParsedSentence } from '../types.js';
import { isoDate, pad, validDate } from './calendar.js';

export function parseAnchor(anchor: string | undefined): Date | undefined {
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

export function resolveDate(value: string, anchor: Date | undefined): string | undefined {
  if (anchor === undefined) return undefined;
  if (value.startsWith('relative:')) return resolveRelative(value, anchor);
  if (value.startsWith('--')) return resolveMonthDay(value, anchor);
  return undefined;
}

/** Whether the clause around a weekday speaks of the future ("will meet on Friday"). */
export function isFutureClause(parsed: ParsedSentence, match: DateMatch): boolean {
  for (let k = match.first - 1, steps = 0; k >= 0 && steps < 12; k--, steps++) {
    const t = parsed.tokens[k];
    if (t === undefined || isClauseBoundary(t)) break;
    if (t.lower === 'will' || t.lower === "'ll" || t.lower === 'shall') return true;
    if ((t.lower === 'due' || t.lower === 'scheduled' || t.lower === 'expected') && parsed.tokens[k + 1]?.lower === 'to') return true;
  }
  return false;
}
