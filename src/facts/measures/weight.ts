/**
 * Weight: of a person ("weighing 130 pounds", "5-foot-8, 135 pounds", "a 200-pound man") or of an object ("a
 * 300-lb bomb", "2 kg of cocaine"). Base unit kg; the figure and unit the outlet wrote are kept for showing.
 * "Pound" is also a currency: a weight only where the clause weighs (weigh, a person's build, pounds of a
 * substance), never where it pays (cost, worth, paid, "sterling", a "£").
 */
import { CURRENCY_UNIT_WORDS, HEIGHT_UNITS, MONEY_NOUNS, MONEY_WORDS, STATURE_WORDS, WEIGH_WORDS, WEIGHT_UNITS } from '../lexicon/en/units.js';
import { evidenceOf, type FactValue, type Measure, type QuantityValue, type SentenceContext, type Subject, type Token, type TypedFact } from '../model.js';
import { figure, statedVerdict } from '../values.js';
import { HEIGHT_TEST } from './height.js';
import {
  clauseEnd, clauseStart, FIGURE, figureOf, isPersonNoun, nounAfter, personSubject, qualifierBefore, quantityOf,
  rangeBefore, thingSubject, WORD_NUMBERS, wordsBetween,
} from './unit-text.js';

const UNIT_WORDS = [...WEIGHT_UNITS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A figure and a weight unit: "135 pounds", "300-lb", "2kg", "130 lbs.". */
const WEIGHT = new RegExp(`${FIGURE}(?:\\s*|-)(${UNIT_WORDS})(?![\\w-])`, 'gi');
/** A cheap test before the scan: a digit or number word next to a weight unit. */
const CHEAP = new RegExp(`(?:\\d|\\b(?:${WORD_NUMBERS}))[\\s-]*(?:${UNIT_WORDS})\\b`, 'i');
const CURRENCY_MARK = /[£$€¥]\s*$/;

const ATTRIBUTE = { id: 'weight', label: 'weight' } as const;

/** Whose weight, or undefined when the clause does not tell a weight from a sum of money. */
function weighed(context: SentenceContext, unitWord: string, hyphened: boolean, start: number, end: number): Subject | undefined {
  const text = context.sentence.text;
  const from = clauseStart(context, start);
  const of = /^\s+of\s/i.exec(text.slice(end));
  const ofThing = of !== null ? nounAfter(context, end + of[0].length) : undefined;
  const next = hyphened ? nounAfter(context, end) : undefined;
  if (isMoneyNoun(ofThing) || isMoneyNoun(next)) return undefined;
  // "pounds": a weight where a thing is weighed ("200 pounds of copper", "a 300-pound bomb"), else as the clause says.
  if (CURRENCY_UNIT_WORDS.has(unitWord.toLowerCase()) && ofThing === undefined && next === undefined && !poundsWeigh(context, from, start, end)) return undefined;
  if (ofThing !== undefined) return isPersonNoun(ofThing) ? undefined : thingSubject(ofThing);
  if (next !== undefined && !isPersonNoun(next)) return thingSubject(next);
  const thing = weighingThing(context, from, start);
  return thing !== undefined ? thingSubject(thing) : personSubject(context, start, end);
}

/**
 * Whether bare "pounds" weigh: the clause weighs ("weighing", "weight") or describes a build ("5-foot-8, 135
 * pounds", "tall") and pays for nothing ("cost", "worth", "sterling"), unless a weighing verb governs the figure
 * itself ("weighed 200 pounds").
 */
function poundsWeigh(context: SentenceContext, from: number, start: number, end: number): boolean {
  const text = context.sentence.text;
  const clause = wordsBetween(context, from, clauseEnd(context, end));
  const lead = qualifierBefore(text, start).start;
  if (WEIGH_WORDS.has(wordsBetween(context, lead - 16, lead).pop() ?? '')) return true;
  if (clause.some((w) => MONEY_WORDS.has(w)) || /^\s+sterling\b/i.test(text.slice(end))) return false;
  return HEIGHT_TEST.test(text.slice(from, end)) || clause.some((w) => STATURE_WORDS.has(w) || w === 'tall' || WEIGH_WORDS.has(w));
}

function isMoneyNoun(token: Token | undefined): boolean {
  return token !== undefined && MONEY_NOUNS.has(token.lower);
}

/** "The bomb weighed 300 pounds": the noun right before the weighing verb, when it is a thing, not a person. */
function weighingThing(context: SentenceContext, from: number, start: number): Token | undefined {
  const tokens = context.parsed.tokens.filter((t) => t.start >= from && t.end <= start);
  const verb = tokens.findIndex((t) => t.lemma === 'weigh' || /^weigh/.test(t.lower));
  let k = verb - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[k]!.pos)) k--;
  const noun = tokens[k];
  if (verb < 0 || noun === undefined || noun.pos !== 'NOUN' || isPersonNoun(noun) || WEIGHT_UNITS.has(noun.lower) || HEIGHT_UNITS.has(noun.lower)) return undefined;
  return noun;
}

function read(context: SentenceContext): TypedFact[] {
  const text = context.sentence.text;
  if (!CHEAP.test(text)) return [];
  const facts: TypedFact[] = [];
  for (const m of text.matchAll(WEIGHT)) {
    const [whole, sign, digits, words, unitWord] = m;
    const amount = figureOf(undefined, digits, words);
    const entry = WEIGHT_UNITS.get(unitWord!.toLowerCase());
    // A weight is never negative: "minus" before it is no weight, a dash a hyphen or a range ("130-135 pounds").
    if (amount === undefined || entry === undefined || amount <= 0 || (sign !== undefined && !/^[-−–]$/.test(sign))) continue;
    const figureStart = m.index + whole.indexOf(digits ?? words!);
    const end = m.index + whole.length;
    if (CURRENCY_MARK.test(text.slice(0, figureStart))) continue;
    const hyphened = /-\s*$/.test(whole.slice(0, whole.length - unitWord!.length));
    const subject = weighed(context, unitWord!, hyphened, figureStart, end);
    if (subject === undefined) continue;
    const range = rangeBefore(text, figureStart);
    const { qualifier, start } = qualifierBefore(text, range?.start ?? figureStart);
    const value = quantityOf(amount * entry.factor, qualifier, 'kg', { amount, unit: entry.symbol });
    if (range !== undefined && range.low < amount) value.min = range.low * entry.factor;
    facts.push({ measure: 'weight', subject, attribute: ATTRIBUTE, value, scope: {}, evidence: evidenceOf(context, [start, end]) });
  }
  return facts;
}

const PER_UNIT: ReadonlyMap<string, number> = new Map([...WEIGHT_UNITS.values()].map((e) => [e.symbol, e.factor]));

export const weight: Measure = {
  id: 'weight',
  read,
  compare: (a: FactValue, b: FactValue) => (a.type === 'quantity' && b.type === 'quantity' ? statedVerdict(a, b, (u) => PER_UNIT.get(u) ?? 1) : 'agree'),
  words: (v: FactValue) => (v.type === 'quantity' ? quantityWords(v) : ''),
};

/** "135 lb", "about 200 lb", "more than 300 lb", "59 kg (130 lb)" for a value shown in another unit. */
export function quantityWords(v: QuantityValue): string {
  const shown = v.stated !== undefined ? `${figure(v.stated.amount)} ${v.stated.unit}` : `${figure(v.min)} ${v.unit}`;
  if (v.max === Infinity) return `more than ${shown}`;
  if (v.min === -Infinity) return `up to ${shown}`;
  return v.approx === true ? `about ${shown}` : shown;
}
