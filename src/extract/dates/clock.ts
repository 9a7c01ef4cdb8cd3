/** Times of day: "07:20", "5 a.m.", "1:53 p.m. local time", "7:00pm", "1023 GMT", "1100 hours", "at noon". */
import { dateValueOfClock } from '../../algebra/dates.js';
import { ZONES } from '../../facts/lexicon/en/time-zones.js';
import type { DateMatch, ParsedSentence } from '../types.js';
import { pad } from './calendar.js';
import { tokenAt } from './tokens.js';

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

/** A zone written after a time: "GMT", "UTC", "local time", "Astana time". */
function readZone(parsed: ParsedSentence, last: number): { zone: string; last: number } | undefined {
  const token = tokenAt(parsed, last + 1);
  if (token !== undefined && ZONES.has(token.lower) && token.text === token.text.toUpperCase()) return { zone: token.text, last: last + 1 };
  if (token?.lower === 'local' && tokenAt(parsed, last + 2)?.lower === 'time') return { zone: 'local', last: last + 2 };
  // "03:52 Astana time", "9 a.m. Eastern time", "Moscow Standard Time": a place's or a region's clock.
  const named: string[] = [];
  for (let k = last + 1; k <= last + 3; k++) {
    const word = tokenAt(parsed, k);
    if (word === undefined) break;
    if (word.lower === 'time' && named.length > 0) return { zone: named.join(' '), last: k };
    if (!/^\p{Lu}\p{Ll}+$/u.test(word.text)) break;
    named.push(word.lower);
  }
  return undefined;
}

/** "07:20", "5 a.m.", "1:53 p.m. local time", "7:00pm", "1023 GMT", "1100 hours", "at 1353 (", "at noon". */
export function matchTime(parsed: ParsedSentence, i: number): DateMatch | undefined {
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
  const match: DateMatch = { kind: 'date', value: dateValueOfClock(`${pad(hour)}:${pad(clock.minute)}`), first: i, last };
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
