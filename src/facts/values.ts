/**
 * Verdicts on typed values shared by the measures: quantities as intervals, clocks as readings. Pure functions
 * over the model's values.
 */
import { hedgeSlack, roundedAlike } from '../algebra/quantity.js';
import type { ClockValue, FactValue, QuantityValue, Verdict } from './model.js';

function widened(q: QuantityValue): [number, number] {
  const slack = q.approx === true ? hedgeSlack(q.min) : 0;
  return [q.min - slack, q.max + (q.nearly === true ? 0 : slack)];
}

/** A measure's compare for quantities of one base unit: quantityVerdict, and any other value agrees. */
export function quantityCompare(a: FactValue, b: FactValue): Verdict {
  return a.type === 'quantity' && b.type === 'quantity' ? quantityVerdict(a, b) : 'agree';
}

/**
 * Two quantities of one unit: exact figures that differ conflict (unless one is the other rounded: "600" /
 * "612"); ranges and hedged figures that cannot overlap are possibly in conflict; overlapping ones agree.
 */
export function quantityVerdict(a: QuantityValue, b: QuantityValue): Verdict {
  if (a.unit !== b.unit) return 'agree';
  const exact = (q: QuantityValue) => q.min === q.max && q.approx !== true;
  if (exact(a) && exact(b)) return a.min === b.min || roundedAlike(a.min, b.min) ? 'agree' : 'conflict';
  const [aLo, aHi] = widened(a);
  const [bLo, bHi] = widened(b);
  return aLo > bHi || bLo > aHi ? 'possible' : 'agree';
}

/**
 * Two quantities that keep the figures the outlets wrote (`stated`), perhaps in different units ("130 pounds",
 * "59 kg"). A measurement is read to its last written digit: "130 pounds" is not "135" rounded (a count's "600"
 * may be "612" rounded; a weight, a temperature, a height is stated as measured), "1.8 m" covers 1.83 m. Exact
 * figures agree within what that rounding allows, converted by `perUnit` (base units per stated unit) when the
 * units differ; hedged and open values are compared as quantities in the base unit.
 */
export function statedVerdict(a: QuantityValue, b: QuantityValue, perUnit: (unit: string) => number): Verdict {
  const [sa, sb] = [a.stated, b.stated];
  const exact = (q: QuantityValue) => q.min === q.max && q.approx !== true;
  if (sa === undefined || sb === undefined || !exact(a) || !exact(b)) return quantityVerdict(a, b);
  if (a.unit !== b.unit) return 'agree';
  if (sa.unit === sb.unit) return Math.abs(sa.amount - sb.amount) <= Math.max(roundingHalf(sa.amount), roundingHalf(sb.amount)) + 1e-9 ? 'agree' : 'conflict';
  const slack = roundingHalf(sa.amount) * perUnit(sa.unit) + roundingHalf(sb.amount) * perUnit(sb.unit);
  return Math.abs(a.min - b.min) <= slack + 1e-9 ? 'agree' : 'conflict';
}

/** Half the unit of a figure's last written digit: 135 -> 0.5, 1.8 -> 0.05. */
function roundingHalf(n: number): number {
  const decimals = /\.(\d+)$/.exec(String(n))?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

/** How long after (or before) a reading "shortly after" reaches. */
const SHORTLY = 45 * 60;

/** The moments a reading allows, in seconds: its rounding, its hedge and its side. */
function clockRange(c: ClockValue): [number, number] {
  // A round reading is itself a rounding ("3 p.m." covers ten minutes either side, "about 3 p.m." twenty, a half
  // hour half that); a reading to the minute is read as stated, hedged or not ("about 2:17" / "around 2:20").
  const minutes = c.seconds / 60;
  const round = c.seconds % 3600 === 0 ? 10 : Number.isInteger(minutes) && minutes % 30 === 0 ? 5 : 0;
  const slack = (c.approx === true ? 2 * round : round) * 60;
  if (c.side === 'after') return [c.seconds, c.seconds + SHORTLY + slack];
  if (c.side === 'before') return [c.seconds - SHORTLY - slack, c.seconds];
  return [c.seconds - slack, c.seconds + slack];
}

/**
 * Two clock readings: they agree when the moments they allow meet; otherwise two readings to the minute conflict,
 * and anything rounded, hedged or one-sided is possibly in conflict.
 */
export function clockVerdict(a: ClockValue, b: ClockValue): Verdict {
  if (a.zone !== b.zone && a.zone !== undefined && b.zone !== undefined) return 'agree';
  const [aLo, aHi] = clockRange(a);
  const [bLo, bHi] = clockRange(b);
  if (aLo <= bHi && bLo <= aHi) return 'agree';
  const loose = (c: ClockValue) => c.approx === true || c.side !== undefined || clockRange(c)[0] !== c.seconds;
  return loose(a) || loose(b) ? 'possible' : 'conflict';
}

/** A figure as people write it, with its sign: whole numbers grouped, others to four significant digits. */
export function figure(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(Number(n.toPrecision(4)));
}
