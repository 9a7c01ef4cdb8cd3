/**
 * The day a fact belongs to: the weekday its sentence names for an event (not the day of a report), the weekday
 * of a full date, or a day of a month with no year. Figures of different days are different events (Sunday's
 * quake, Monday's aftershock): the compare stage splits a row by day, and a figure with no day joins the day most
 * sources give.
 */
import { WEEKDAY_NAMES } from '../../algebra/dates.js';
import type { Fact } from '../../types.js';
import { REPORTING_VERBS } from '../events.js';
import type { DateFact, WeekdayFact } from '../types.js';
import type { ScopeRule } from './model.js';

export const day: ScopeRule = {
  name: 'day',
  kinds: ['number', 'date'],
  read: ({ facts }) => {
    const found = dayOf(facts);
    return found !== undefined ? { day: found } : {};
  },
};

/** The day an event sentence names: a weekday, or the weekday of a full date; not the day of a report. */
export function dayOf(facts: readonly Fact[]): string | undefined {
  for (const f of facts) {
    if (f.kind === 'weekday') {
      const w = f as WeekdayFact;
      if (w.verb !== undefined && REPORTING_VERBS.has(w.verb)) continue;
      if (w.relative !== undefined) continue;
      return String(w.value);
    }
    if (f.kind === 'date' && typeof f.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.value)) {
      return (f as DateFact).weekday ?? WEEKDAY_NAMES[new Date(`${f.value}T12:00:00Z`).getUTCDay()];
    }
    // A day of a month with no year ("Jan. 29") has no known weekday: it is a day of its own, kept apart from the
    // weekdays other outlets name rather than joined to one of them.
    if (f.kind === 'date' && typeof f.value === 'string' && /^--\d{2}-\d{2}$/.test(f.value)) return (f as DateFact).weekday ?? f.value;
  }
  return undefined;
}
