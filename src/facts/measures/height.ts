/**
 * A person's height: "5-foot-8", "6 ft 2 in", "5'8\"", "6 feet tall", "1.80 m tall". Base unit m; the figure the
 * outlet wrote is kept (feet and inches as inches). Only a person's: a height followed by "tall", written the way
 * people's are ("6-foot-9 senior", "7-foot-7 Kenny George"), or after "stands"/"height of"; "a 10-foot wall"
 * and "a 3 1/2-inch height advantage" are no one's height.
 */
import { HEIGHT_UNITS, STATURE_WORDS } from '../lexicon/en/units.js';
import { evidenceOf, type FactValue, type Measure, type SentenceContext, type TypedFact } from '../model.js';
import { figure, statedVerdict } from '../values.js';
import { isPersonNoun, nounAfter, personSubject, qualifierBefore, quantityOf, wordsBetween } from './unit-text.js';

const INCHES = '(\\d{1,2}(?:\\.5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven)';
const INCH_WORD = '(?:\\s*-?\\s*(?:inch(?:es)?\\b|in\\b\\.?))';
/** Feet and inches: "5-foot-8", "5-feet-8 inches", "6 ft 2 in", "6 feet, 2 inches", "5'8\"". */
const FEET_INCHES = new RegExp(`(?<![\\w.,/])([2-8])(?:\\s*-\\s*|\\s+)(?:foot|feet|ft\\b\\.?)(?:\\s*-\\s*|,?\\s+)${INCHES}(?:${INCH_WORD}|(?![\\w.]))|(?<![\\w.,/])([2-8])\\s*['′’]\\s*(\\d{1,2})\\s*(?:["″”]|'')`, 'gi');
/** Feet alone, or metres: "6 feet", "6-foot", "1.80 m", "180 cm". */
const ONE_UNIT = /(?<![\w.,/])(\d{1,3}(?:\.\d+)?)(?:\s*-\s*|\s*)(foot|feet|ft\b\.?|m\b|metres?|meters?|cm|centimet(?:re|er)s)(?![\w])/gi;
/** A cheap test: a digit next to a length unit or a prime. */
const CHEAP = /\d\s*(?:-\s*)?(?:foot|feet|ft|m\b|met|cm|cent|['′’])/i;
/** Any height expression, for other measures' context ("5-foot-8, 135 pounds" is a person's build). */
export const HEIGHT_TEST = /\b[2-8]\s*-?\s*(?:foot|feet|ft)\b|\b[2-8]\s*['′’]\s*\d{1,2}\s*["″”]/i;

/** Plausible human heights in metres. */
const HUMAN = [0.4, 2.8] as const;

interface Reading {
  metres: number;
  stated: { amount: number; unit: string };
  start: number;
  end: number;
  /** Written as a person's height is ("5-foot-8", "5'8\""): no other cue needed. */
  personal: boolean;
}

function inchesOf(word: string): number {
  const n = Number(word);
  return Number.isFinite(n) ? n : ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'].indexOf(word.toLowerCase()) + 1;
}

function readings(text: string): Reading[] {
  const out: Reading[] = [];
  for (const m of text.matchAll(FEET_INCHES)) {
    const feet = Number(m[1] ?? m[3]);
    const inches = inchesOf(m[2] ?? m[4]!);
    if (inches < 0 || inches >= 12) continue;
    const total = feet * 12 + inches;
    out.push({ metres: total * 0.0254, stated: { amount: total, unit: 'in' }, start: m.index, end: m.index + m[0].length, personal: true });
  }
  for (const m of text.matchAll(ONE_UNIT)) {
    if (out.some((r) => r.start <= m.index && m.index < r.end)) continue;
    const entry = HEIGHT_UNITS.get(m[2]!.toLowerCase().replace(/\.$/, ''));
    if (entry === undefined) continue;
    const amount = Number(m[1]);
    out.push({ metres: amount * entry.factor, stated: { amount, unit: entry.symbol }, start: m.index, end: m.index + m[0].length, personal: false });
  }
  return out.filter((r) => r.metres >= HUMAN[0] && r.metres <= HUMAN[1]);
}

/** Whether a height is a person's: "tall" after it, a stature word before it, or a person (or name) it describes. */
function isPersons(context: SentenceContext, r: Reading): boolean {
  const text = context.sentence.text;
  const after = text.slice(r.end);
  if (/^\s*-?\s*tall\b/i.test(after)) return true;
  const next = nounAfter(context, r.end);
  // "a 3 1/2-inch height advantage", "a 6-foot wall": a thing's, not a person's.
  if (next !== undefined && next.pos === 'NOUN' && !isPersonNoun(next)) return false;
  if (r.personal) return true;
  const before = wordsBetween(context, Math.max(0, r.start - 24), r.start);
  if (before.some((w) => STATURE_WORDS.has(w))) return true;
  // "a 6-foot, 200-pound black male", "the 6-foot senior": a hyphened height describing a person.
  const hyphened = /-\s*(?:foot|feet)$/i.test(text.slice(r.start, r.end));
  return hyphened && (isPersonNoun(next) || /^,\s*\d+-pound\b/i.test(after));
}

function read(context: SentenceContext): TypedFact[] {
  const text = context.sentence.text;
  if (!CHEAP.test(text)) return [];
  const facts: TypedFact[] = [];
  for (const r of readings(text)) {
    if (!isPersons(context, r)) continue;
    const { qualifier, start } = qualifierBefore(text, r.start, true);
    // Feet alone ("a 6-foot man") is a round figure: within a few inches.
    const value = quantityOf(r.metres, r.stated.unit === 'ft' && Number.isInteger(r.stated.amount) && qualifier === 'exact' ? 'approx' : qualifier, 'm', r.stated);
    facts.push({ measure: 'height', subject: personSubject(context, r.start, r.end), attribute: { id: 'height', label: 'height' }, value, scope: {}, evidence: evidenceOf(context, [start, r.end]) });
  }
  return facts;
}

const PER_UNIT: ReadonlyMap<string, number> = new Map([...HEIGHT_UNITS.values()].map((e) => [e.symbol, e.factor]));

/** "5 ft 8 in", "6 ft", "1.8 m", "about 6 ft". */
function words(v: FactValue): string {
  if (v.type !== 'quantity') return '';
  const s = v.stated ?? { amount: v.min, unit: 'm' };
  const shown = s.unit === 'in' && s.amount >= 24 ? `${Math.floor(s.amount / 12)} ft ${figure(s.amount % 12)} in` : `${figure(s.amount)} ${s.unit}`;
  return v.approx === true ? `about ${shown}` : shown;
}

export const height: Measure = {
  id: 'height',
  read,
  compare: (a, b) => (a.type === 'quantity' && b.type === 'quantity' ? statedVerdict(a, b, (u) => PER_UNIT.get(u) ?? 1) : 'agree'),
  words,
};
