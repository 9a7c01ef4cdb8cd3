/**
 * The algebra of stated quantities, shared by the stages below which it sits: how a figure is encoded as a value,
 * and whether two figures can both be true. Pure functions over numbers and strings; no text is read here.
 */

/**
 * A quantity as an interval. Exact numbers have min === max. Open bounds are null.
 * Value strings (NumberFact.value when the quantity is not exact) encode the same thing stably:
 *   "~40"        about/around/approximately 40      -> {min:40, max:40, approx:true}
 *   "<~80"       nearly / almost 80                 -> {min:80, max:80, approx:true, nearly:true}
 *   ">50"        more than / over / above 50        -> {min:50, max:null, minExclusive:true}
 *   ">=24"       at least / no fewer than / or more -> {min:24, max:null}
 *   "<100"       fewer than / less than / under     -> {min:null, max:100, maxExclusive:true}
 *   "<=30"       up to / at most / as many as       -> {min:null, max:30}
 *   "40..70"     between 40 and 70 / 40-70 / 40 to 70 / two or three
 *   "200..999"   class words: "hundreds", "several hundred" (see VAGUE_CLASSES in facts/lexicon/en/vague-amounts.ts)
 */
export interface Quantity {
  min: number | null;
  max: number | null;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** A hedged figure ("about 40", "nearly 100"): compare with some tolerance. */
  approx?: boolean;
  /** "Nearly 100", "almost 100": hedged below the figure only (a little under 100, never more). */
  nearly?: boolean;
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

/** Encode a quantity as NumberFact.value: a number when exact, else the stable string of `Quantity`. */
export function quantityValue(q: Quantity): string | number {
  const { min, max } = q;
  if (min !== null && max !== null) {
    if (min === max) return q.approx === true ? `${q.nearly === true ? '<~' : '~'}${formatNumber(min)}` : min;
    return `${formatNumber(min)}..${formatNumber(max)}`;
  }
  if (min !== null) return q.minExclusive === true ? `>${formatNumber(min)}` : `>=${formatNumber(min)}`;
  if (max !== null) return q.maxExclusive === true ? `<${formatNumber(max)}` : `<=${formatNumber(max)}`;
  return '';
}

/** Decode NumberFact.value back into a quantity (the inverse of `quantityValue`). */
export function parseQuantity(value: string | number): Quantity | undefined {
  if (typeof value === 'number') return { min: value, max: value };
  const m = /^(<~|~|>=|<=|>|<)?(-?\d+(?:\.\d+)?)(?:\.\.(-?\d+(?:\.\d+)?))?$/.exec(value);
  if (m === null) return undefined;
  const a = Number(m[2]);
  if (m[3] !== undefined) return { min: a, max: Number(m[3]) };
  return boundedQuantity(a, m[1] as QuantityOp | undefined);
}

/**
 * How a figure is qualified: about, more than, at least, fewer than, at most, nearly (a little under it); none for
 * an exact figure.
 */
export type QuantityOp = '~' | '>' | '>=' | '<' | '<=' | '<~';

/** A figure with its qualifier as a quantity: "at least 24" -> {min: 24, max: null}. */
export function boundedQuantity(n: number, op: QuantityOp | undefined): Quantity {
  switch (op) {
    case '~':
      return { min: n, max: n, approx: true };
    case '<~':
      return { min: n, max: n, approx: true, nearly: true };
    case '>':
      return { min: n, max: null, minExclusive: true };
    case '>=':
      return { min: n, max: null };
    case '<':
      return { min: null, max: n, maxExclusive: true };
    case '<=':
      return { min: null, max: n };
    default:
      return { min: n, max: n };
  }
}

/** How a disagreement between two figures shows: both exact, or at least one hedged, bounded or a range. */
export type Disagreement = 'exact' | 'hedged';

/**
 * Whether two stated figures cannot both be true, and how plainly: undefined when they agree. Bounds are read as
 * inclusive ("more than 40" against "40" is precision, not fact); a hedged figure gets a tolerance that follows its
 * precision ("about 100" covers 90 to 110, "an estimated 102" only 99 to 105); a figure rounded from a more precise
 * one agrees with it ("600" / "612").
 */
export function disagreement(a: string | number, b: string | number): Disagreement | undefined {
  const qa = parseQuantity(a);
  const qb = parseQuantity(b);
  if (qa === undefined || qb === undefined) return a === b ? undefined : 'hedged';
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === b || roundedAlike(a, b)) return undefined;
    return 'exact';
  }
  const [aLo, aHi] = interval(qa);
  const [bLo, bHi] = interval(qb);
  if (aLo > bHi || bLo > aHi) return 'hedged';
  // Two floors (or two ceilings) far apart are two outlets' different best figures: "more than 26,000" against
  // "more than 31,000", "at least one" against "at least five".
  if (sameOpenSide(qa, qb)) {
    const [x, y] = qa.max === null ? [qa.min!, qb.min!] : [qa.max, qb.max!];
    if (!roundedAlike(x, y) && Math.abs(x - y) > 0.1 * Math.max(Math.abs(x), Math.abs(y))) return 'hedged';
  }
  return undefined;
}

function sameOpenSide(a: Quantity, b: Quantity): boolean {
  return (a.max === null && b.max === null && a.min !== null && b.min !== null) || (a.min === null && b.min === null && a.max !== null && b.max !== null);
}

/** The values a stated quantity allows, bounds inclusive, hedges widened by their precision. */
function interval(q: Quantity): [number, number] {
  const centre = q.min ?? q.max ?? 0;
  const slack = q.approx === true ? hedgeSlack(centre) : 0;
  // "Nearly 50" reaches down as a hedge does, never above 50.
  return [q.min === null ? -Infinity : q.min - slack, q.max === null ? Infinity : q.max + (q.nearly === true ? 0 : slack)];
}

/** "About 100" is a round figure: 10%; "an estimated 102" is precise: 3%; never less than one unit for a count. */
export function hedgeSlack(n: number): number {
  const magnitude = Math.abs(n);
  const round = Number.isInteger(magnitude) && magnitude >= 10 && magnitude % 10 === 0;
  return Math.max(Number.isInteger(magnitude) ? 1 : 0, magnitude * (round ? 0.1 : 0.03));
}

/**
 * A round figure and a precise one within 5% of it ("600" / "612", "6 miles" / "6.2 miles"): an outlet that
 * rounded, not one that disagrees. Figures of the same precision (12 / 14, 5.9 / 6.1) still disagree.
 */
export function roundedAlike(a: number, b: number): boolean {
  if (a === b) return true;
  const near = Math.abs(a - b) <= 0.05 * Math.max(Math.abs(a), Math.abs(b));
  return near && significantDigits(a) !== significantDigits(b);
}

function significantDigits(n: number): number {
  return String(Math.abs(n)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** Lengths in kilometres, so "700 miles" meets "1,130 km". */
export const KILOMETRES: ReadonlyMap<string, number> = new Map([
  ['km', 1], ['kilometer', 1], ['kilometre', 1], ['mile', 1.609344], ['meter', 0.001], ['metre', 0.001],
  ['foot', 0.0003048], ['feet', 0.0003048], ['yard', 0.0009144],
]);

/** Whether a unit is a length. */
export function isLength(unit: string | undefined): boolean {
  return unit !== undefined && KILOMETRES.has(unit);
}

/** Whether two length units are one ("km" / "kilometre", "feet" / "foot"): their figures compare as written. */
export function sameLengthUnit(a: string | undefined, b: string | undefined): boolean {
  const [fa, fb] = [KILOMETRES.get(a ?? ''), KILOMETRES.get(b ?? '')];
  return fa !== undefined && fa === fb;
}

/**
 * Two lengths in different units, in kilometres: "700 miles" meets "1,130 km" within its rounding (see
 * asRoundedKilometres).
 */
export function lengthsInKilometres(a: { value: string | number; unit: string }, b: { value: string | number; unit: string }): [string | number, string | number] | undefined {
  const [fa, fb] = [KILOMETRES.get(a.unit), KILOMETRES.get(b.unit)];
  const [qa, qb] = [parseQuantity(a.value), parseQuantity(b.value)];
  if (fa === undefined || fb === undefined || qa === undefined || qb === undefined) return undefined;
  return [fa === 1 ? a.value : asRoundedKilometres(qa, fa), fb === 1 ? b.value : asRoundedKilometres(qb, fb)];
}

/**
 * A length in another unit as the kilometre range its wording allows: an exact figure spans its rounding ("6 miles"
 * 5.5 to 6.5, "700 miles" 650 to 750), a hedged one twice that ("about 20 miles": 10 to 30). Kilometres stay as
 * written: the outlet that converted is the one that rounded.
 */
function asRoundedKilometres(q: NonNullable<ReturnType<typeof parseQuantity>>, factor: number): string | number {
  const scale = (n: number | null): number | null => (n === null ? null : Number((n * factor).toPrecision(6)));
  if (q.min !== null && q.min === q.max) {
    const half = roundingHalfUnit(q.min) * (q.approx === true ? 2 : 1);
    return quantityValue({ min: scale(q.min - half), max: scale(q.max + half) });
  }
  return quantityValue({ ...q, min: scale(q.min), max: scale(q.max) });
}

/** Half the unit of a figure's last significant digit: 6 -> 0.5, 700 -> 50, 6.2 -> 0.05. */
function roundingHalfUnit(n: number): number {
  const text = String(Math.abs(n));
  const decimals = text.includes('.') ? text.split('.')[1]!.length : 0;
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  const zeros = /0*$/.exec(text)![0].length;
  return 0.5 * 10 ** Math.min(zeros, text.length - 1);
}
