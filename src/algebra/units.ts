/**
 * Values of one question stated in different units, shown in one: "about 940 miles" beside "1,500 km" is also
 * "1,513 km". Pure arithmetic over the value encodings of ./quantity.ts; the words for each unit are data below.
 */
import type { CommonValue } from '../types.js';
import { formatNumber, KILOMETRES, parseQuantity, quantityValue } from './quantity.js';

/** A unit a value can be converted from or to: its kind, its size in the kind's base unit, how it is written. */
interface UnitEntry {
  kind: 'length' | 'weight';
  /** How many base units (kilometres, kilograms) one of it is. */
  factor: number;
  /** The short form shown after a converted figure. */
  shown: string;
  /** Forms of it in the words of a value: one of them there means the words name their unit already. */
  forms: readonly string[];
  /** Singular and plural, for words that give only the figure ("six" of a depth in miles). */
  names: readonly [string, string];
}

const LENGTH_FORMS = {
  km: { shown: 'km', forms: ['km', 'kilomet'], names: ['kilometre', 'kilometres'] },
  mile: { shown: 'miles', forms: ['mile', 'mi'], names: ['mile', 'miles'] },
  m: { shown: 'm', forms: ['m', 'metre', 'meter'], names: ['metre', 'metres'] },
  foot: { shown: 'ft', forms: ['ft', 'foot', 'feet'], names: ['foot', 'feet'] },
  yard: { shown: 'yd', forms: ['yd', 'yard'], names: ['yard', 'yards'] },
} as const;

/** The units of the report's values (the facts layer's symbols and the older frames' words), by the unit string. */
const UNITS: ReadonlyMap<string, UnitEntry> = new Map<string, UnitEntry>([
  ...(
    [
      ['km', 'km'], ['kilometer', 'km'], ['kilometre', 'km'], ['mile', 'mile'], ['meter', 'm'], ['metre', 'm'],
      ['foot', 'foot'], ['feet', 'foot'], ['yard', 'yard'],
    ] as const
  ).map(([unit, form]): [string, UnitEntry] => [unit, { kind: 'length', factor: KILOMETRES.get(unit)!, ...LENGTH_FORMS[form] }]),
  ['m', { kind: 'length', factor: 0.001, ...LENGTH_FORMS.m }],
  ['ft', { kind: 'length', factor: 0.0003048, ...LENGTH_FORMS.foot }],
  ['cm', { kind: 'length', factor: 0.00001, shown: 'cm', forms: ['cm', 'centimet'], names: ['centimetre', 'centimetres'] }],
  ['in', { kind: 'length', factor: 0.0000254, shown: 'in', forms: ['in', 'inch'], names: ['inch', 'inches'] }],
  ['kg', { kind: 'weight', factor: 1, shown: 'kg', forms: ['kg', 'kilo'], names: ['kilogram', 'kilograms'] }],
  ['g', { kind: 'weight', factor: 0.001, shown: 'g', forms: ['g', 'gram'], names: ['gram', 'grams'] }],
  ['lb', { kind: 'weight', factor: 0.45359237, shown: 'lb', forms: ['lb', 'pound'], names: ['pound', 'pounds'] }],
  ['oz', { kind: 'weight', factor: 0.028349523125, shown: 'oz', forms: ['oz', 'ounce'], names: ['ounce', 'ounces'] }],
  ['t', { kind: 'weight', factor: 1000, shown: 't', forms: ['t', 'tonne'], names: ['tonne', 'tonnes'] }],
  ['ton', { kind: 'weight', factor: 907.18474, shown: 'tons', forms: ['ton'], names: ['ton', 'tons'] }],
  ['st', { kind: 'weight', factor: 6.35029318, shown: 'st', forms: ['st', 'stone'], names: ['stone', 'stone'] }],
]);


/**
 * Each value's conversion into the unit most of the values are given in (with a tie, the metric one), for those of
 * a convertible unit that is not that one; undefined where nothing is to be added. Units of one size ("km" and
 * "kilometer") need no conversion.
 */
export function commonUnitValues(values: ReadonlyArray<{ value: string | number; unit?: string }>): Array<CommonValue | undefined> {
  const counts = new Map<string, number>();
  for (const v of values) {
    const entry = UNITS.get(v.unit ?? '');
    if (entry !== undefined) counts.set(`${entry.kind}:${entry.factor}`, (counts.get(`${entry.kind}:${entry.factor}`) ?? 0) + 1);
  }
  if (counts.size < 2) return values.map(() => undefined);
  const best = Math.max(...counts.values());
  // With a tie, the unit listed first above: metric before imperial, whatever the order of the sources.
  const target = [...UNITS.values()].find((e) => counts.get(`${e.kind}:${e.factor}`) === best)!;
  return values.map((v) => {
    const entry = UNITS.get(v.unit ?? '');
    if (entry === undefined || entry.kind !== target.kind || entry.factor === target.factor) return undefined;
    const converted = convert(v.value, entry.factor / target.factor);
    return converted === undefined ? undefined : { value: converted, unit: target.shown };
  });
}

/** A value scaled by `ratio`, each figure to a whole number (one decimal below 10, two below 1). */
function convert(value: string | number, ratio: number): string | number | undefined {
  const q = parseQuantity(value);
  if (q === undefined) return undefined;
  const scale = (n: number | null) => (n === null ? null : roundShown(n * ratio));
  return quantityValue({ ...q, min: scale(q.min), max: scale(q.max) });
}

function roundShown(n: number): number {
  const magnitude = Math.abs(n);
  const decimals = magnitude >= 10 ? 0 : magnitude >= 1 ? 1 : 2;
  return Number(n.toFixed(decimals));
}

/**
 * A converted value as a reader sees it, the figure alone: "1,513 km", "64–113 km". Its hedge or bound is in the
 * written words it follows ("about 940 miles (1,513 km)").
 */
export function commonValueText(common: CommonValue): string {
  const q = parseQuantity(common.value);
  if (q === undefined) return `${String(common.value)} ${common.unit}`;
  const grouped = (n: number) => formatNumber(n).replace(/^-?\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
  const { min, max } = q;
  const figure = min !== null && max !== null && min !== max ? `${grouped(min)}–${grouped(max)}` : grouped((min ?? max)!);
  return `${figure} ${common.unit}`;
}

/**
 * Whether a question's values keep their written unit, neither converted nor given a unit: a speed's unit is kept
 * as a length's ("km" of "90 km/h"), and either would make it read as a distance.
 */
export function keepsWrittenUnit(frame: { key: string } | undefined): boolean {
  return frame?.key === 'speed';
}

/** Whether the unit is one of the lengths and weights above, whose words wordsWithUnit knows. */
export function isKnownUnit(unit: string | undefined): boolean {
  return UNITS.has(unit ?? '');
}

/**
 * The words of a value with its unit where they give only the figure: "six" of a depth in miles is "six miles".
 * Words that name a unit already, and values of a unit not listed here, stay as written.
 */
export function wordsWithUnit(words: string, unit: string | undefined): string {
  const entry = UNITS.get(unit ?? '');
  if (entry === undefined) return words;
  // A short form is a word of its own ("10 km", "10km"); a long one may start a longer word ("kilometres").
  const named = entry.forms.some((form) => new RegExp(`(?:\\d|\\b)${form}${form.length <= 2 ? '\\b' : ''}`, 'i').test(words));
  if (named) return words;
  // As the unit is given: spelled out ("six miles"), or abbreviated ("seven km").
  if (unit!.length <= 2) return `${words} ${unit!}`;
  const one = /^(?:one|1|a|an)$/i.test(words.trim().replace(/^.*\s/, ''));
  return `${words} ${one ? entry.names[0] : entry.names[1]}`;
}

/**
 * A question's values with `common` set on each that commonUnitValues converts; the others, and all of a question
 * that keeps its written unit (a speed: see keepsWrittenUnit), as they are.
 */
export function withCommonUnits<T extends { value: string | number; unit?: string }>(values: readonly T[], frame?: { key: string }): Array<T & { common?: CommonValue }> {
  if (keepsWrittenUnit(frame)) return [...values];
  const common = commonUnitValues(values);
  return values.map((v, i) => (common[i] === undefined ? v : { ...v, common: common[i] }));
}
