/**
 * Temperature: "minus 17 degrees", "-20C", "a high of 95 degrees Fahrenheit", "temperatures were minus 20". Base
 * unit °C; Fahrenheit is converted, and agrees with Celsius within what rounding each figure allows. A figure
 * with no scale is compared as written with another without one ("-17" / "-20" disagree), and with a scaled one
 * only as possibly in conflict, whichever scale it was. The attribute says what is measured: the air (the
 * default), water, a body, a fire.
 */
import {
  NOT_TEMPERATURE_WORDS, TEMPERATURE_AUXILIARIES, TEMPERATURE_FOLLOWERS, TEMPERATURE_LINKS, TEMPERATURE_NOUNS, TEMPERATURE_OF, TEMPERATURE_SCALES, TEMPERATURE_SCOPES, TEMPERATURE_WORDS,
} from '../lexicon/en/units.js';
import { EVENT, evidenceOf, type Attribute, type FactValue, type Measure, type QuantityValue, type Scope, type SentenceContext, type TypedFact, type Verdict } from '../model.js';
import { figure, quantityVerdict, statedVerdict } from '../values.js';
import { clauseEnd, clauseStart, FIGURE, figureOf, qualifierBefore, quantityOf, wordsBetween } from './unit-text.js';

/** "17 degrees", "-20 °C", "95 degrees Fahrenheit", "minus-20 degree", "-20C", "95F". */
const WITH_UNIT = new RegExp(`${FIGURE}(?:\\s*(?:°|º|degrees?\\b|deg\\b\\.?)(?:[\\s-]*(celsius|centigrade|fahrenheit|c|f)\\b)?|(c|f)\\b)`, 'dgi');
/** "temperatures were minus 20", "a low of -5": a bare figure after a temperature noun and a link. */
const AFTER_NOUN = new RegExp(
  `\\b(${[...TEMPERATURE_NOUNS].join('|')})\\s+(?:(?:${TEMPERATURE_AUXILIARIES.join('|')})\\s+)?(?:${TEMPERATURE_LINKS.join('|')})\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+)?${FIGURE}`,
  'dgi',
);
const CHEAP = /\d|minus|zero/i;
const BELOW_ZERO = /^\s+below\s+zero\b/i;
/** Words after a bare figure that make it something else: "a high of 20 percent", "lows of 30 people". */
const OTHER_UNIT_AFTER = /^\s*(?:%|[a-z]+)/i;

const AIR: Attribute = { id: 'temperature', label: 'outside temperature' };
const PER_UNIT: Readonly<Record<string, number>> = { C: 1, F: 5 / 9 };

/**
 * What the temperature is of: a word before the temperature noun or after "temperature of" ("water temperature",
 * "the temperature of the sea"), or the subject of a copula just before the figure ("the water was 12C"); the air
 * otherwise ("fought the blaze in temperatures of minus 17" is the air's).
 */
function attributeOf(context: SentenceContext, from: number, figureStart: number): Attribute {
  const words = wordsBetween(context, from, figureStart);
  const noun = words.findLastIndex((w) => TEMPERATURE_NOUN_WORDS.has(w));
  const near = noun >= 0 ? [words[noun - 1], ...(words[noun + 1] === 'of' ? words.slice(noun + 2, noun + 4) : [])] : [];
  const copula = words.findLastIndex((w) => COPULAS.has(w));
  if (copula >= words.length - 2 && copula > noun) near.push(words[copula - 1]);
  const kind = TEMPERATURE_OF.find((k) => near.some((w) => w !== undefined && k.words.includes(w)));
  return kind !== undefined ? { id: kind.id, label: kind.label } : AIR;
}

const TEMPERATURE_NOUN_WORDS = new Set(['temperature', 'temperatures', 'temp', 'temps']);
const COPULAS = new Set(['was', 'is', 'were', 'are', 'reached', 'hit', 'at']);

function scopeOf(clause: readonly string[]): Scope {
  const found = TEMPERATURE_SCOPES.find((s) => clause.some((w) => s.words.includes(w)));
  return found !== undefined ? { [found.axis]: found.value } : {};
}

interface Reading {
  amount: number;
  scale?: 'C' | 'F';
  figureStart: number;
  end: number;
}

/** Where a figure starts, its sign included: the first of its groups that matched. */
function figureStartOf(m: RegExpMatchArray, groups: readonly number[]): number {
  return Math.min(...groups.map((g) => m.indices?.[g]?.[0] ?? Infinity));
}

/** Figures with a degree sign, "degrees" or a glued scale, and bare figures after a temperature noun. */
function readings(text: string): Reading[] {
  const out: Reading[] = [];
  for (const m of text.matchAll(WITH_UNIT)) {
    const [whole, sign, digits, words, scaleAfterDegrees, glued] = m;
    const amount = figureOf(sign, digits, words);
    // A glued "C" or "F" ("-20C", "95F") only after digits: "five c" is no temperature.
    if (amount === undefined || (glued !== undefined && digits === undefined)) continue;
    const scale = TEMPERATURE_SCALES.get((scaleAfterDegrees ?? glued ?? '').toLowerCase());
    out.push({ amount, ...(scale !== undefined ? { scale } : {}), figureStart: figureStartOf(m, [1, 2, 3]), end: m.index! + whole.length });
  }
  for (const m of text.matchAll(AFTER_NOUN)) {
    const [whole, , sign, digits, words] = m;
    const amount = figureOf(sign, digits, words);
    const end = m.index! + whole.length;
    if (amount === undefined || out.some((r) => r.figureStart < end && end <= r.end)) continue;
    const after = OTHER_UNIT_AFTER.exec(text.slice(end))?.[0].trim().toLowerCase();
    if (after !== undefined && !TEMPERATURE_FOLLOWERS.has(after)) continue;
    out.push({ amount, figureStart: figureStartOf(m, [2, 3, 4]), end });
  }
  return out.sort((a, b) => a.figureStart - b.figureStart);
}

/** Whether the clause speaks of temperature and not of an angle, a magnitude or a grade. */
function isTemperature(context: SentenceContext, reading: Reading, clause: readonly string[]): boolean {
  if (clause.some((w) => NOT_TEMPERATURE_WORDS.has(w))) return false;
  if (reading.scale !== undefined) return true;
  const text = context.sentence.text;
  const sentence = context.parsed.tokens.map((t) => t.lower);
  // A bare figure read after a temperature noun; a high or a low only in a sentence about the weather.
  const degrees = /°|º|deg/i.test(text.slice(reading.figureStart, reading.end));
  const weather = sentence.some((w) => TEMPERATURE_WORDS.has(w) && !['degree', 'degrees', 'high', 'low'].includes(w));
  return degrees ? weather || clause.some((w) => TEMPERATURE_NOUNS.has(w)) : weather;
}

function read(context: SentenceContext): TypedFact[] {
  const text = context.sentence.text;
  if (!CHEAP.test(text)) return [];
  const facts: TypedFact[] = [];
  for (const r of readings(text)) {
    const from = clauseStart(context, r.figureStart);
    const clause = wordsBetween(context, from, clauseEnd(context, r.end));
    if (!isTemperature(context, r, clause)) continue;
    const below = BELOW_ZERO.exec(text.slice(r.end));
    const amount = below !== null ? -Math.abs(r.amount) : r.amount;
    const end = below !== null ? r.end + below[0].length : r.end;
    const { qualifier, start } = qualifierBefore(text, r.figureStart);
    const base = r.scale === 'F' ? (amount - 32) * (5 / 9) : amount;
    const unit = r.scale === undefined ? '°' : '°C';
    const value = quantityOf(Number(base.toFixed(2)), qualifier, unit, { amount, unit: r.scale ?? '°' });
    facts.push({ measure: 'temperature', subject: EVENT, attribute: attributeOf(context, from, r.figureStart), value, scope: scopeOf(clause), evidence: evidenceOf(context, [start, end]) });
  }
  return facts;
}

/**
 * Two temperatures: in known scales, as stated or converted; with no scale on either, as written; a figure with
 * no scale against a scaled one agrees if it does in either scale, and is at most possibly in conflict.
 */
function compare(a: FactValue, b: FactValue): Verdict {
  if (a.type !== 'quantity' || b.type !== 'quantity') return 'agree';
  if (a.unit === b.unit) return a.unit === '°' ? quantityVerdict(a, b) : statedVerdict(a, b, (u) => PER_UNIT[u] ?? 1);
  const [bare, scaled] = a.unit === '°' ? [a, b] : [b, a];
  const asScale = (scale: 'C' | 'F'): QuantityValue => {
    const toC = (n: number) => (scale === 'F' ? (n - 32) * (5 / 9) : n);
    return { ...bare, min: toC(bare.min), max: toC(bare.max), unit: '°C', stated: { amount: bare.stated?.amount ?? bare.min, unit: scale } };
  };
  const verdicts = (['C', 'F'] as const).map((s) => statedVerdict(asScale(s), scaled, (u) => PER_UNIT[u] ?? 1));
  return verdicts.includes('agree') ? 'agree' : 'possible';
}

/** "-17 °C", "95 °F", "-20 degrees" (no scale written), "about 40 °C". */
function words(v: FactValue): string {
  if (v.type !== 'quantity') return '';
  const stated = v.stated ?? { amount: v.min, unit: v.unit === '°' ? '°' : 'C' };
  const shown = stated.unit === '°' ? `${figure(stated.amount)} degrees` : `${figure(stated.amount)} °${stated.unit}`;
  if (v.max === Infinity) return `above ${shown}`;
  if (v.min === -Infinity) return `up to ${shown}`;
  return v.approx === true ? `about ${shown}` : shown;
}

export const temperature: Measure = { id: 'temperature', read, compare, words };
