/**
 * The quantity phrase around a figure: a currency symbol and a qualifier before it ("more than $5 million",
 * "between 40 and"), units after it ("%", "per cent", "-magnitude", "euros", "150m"), a range end ("3.6 to 4.3",
 * "two or three"), "or more". Figures that read as numbers but count nothing are left out here: ordinals, "one of
 * the ...", fractions ("two-thirds"), identifiers ("Flight 370") and street numbers.
 */
import { boundedQuantity } from '../../algebra/quantity.js';
import { ORDINAL_WORDS } from '../../facts/lexicon/en/counting-words.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../../facts/lexicon/en/currencies.js';
import { MAGNITUDE_LINKS, MAGNITUDE_WORDS } from '../../facts/lexicon/en/earthquakes.js';
import { FRACTIONS } from '../../facts/lexicon/en/fractions.js';
import { GLUED_LENGTHS } from '../../facts/lexicon/en/glued-units.js';
import { ID_WORDS } from '../../facts/lexicon/en/identifiers.js';
import { QUALIFIERS, type QualifierPattern } from '../../facts/lexicon/en/quantity-qualifiers.js';
import { isDemonymWord } from '../names.js';
import type { ParsedSentence, Quantity, Token } from '../types.js';
import { readCore, readDigits, readNumberWords, type Core } from './read-figure.js';

function matchWordsBefore(tokens: Token[], end: number, words: readonly string[]): boolean {
  const start = end - words.length + 1;
  if (start < 0) return false;
  return words.every((w, k) => tokens[start + k]?.lower === w);
}

function readQualifier(parsed: ParsedSentence, before: number): { op: QualifierPattern['op']; first: number } | undefined {
  for (const q of QUALIFIERS) {
    if (!matchWordsBefore(parsed.tokens, before, q.words)) continue;
    const first = before - q.words.length + 1;
    // "a bank shot over two defenders": "over" right after a singular noun is a place, not "more than" (but "cost
    // victims over $4 billion": after a verb's plural object it is a bound).
    const noun = parsed.tokens[first - 1];
    if (q.placeAfterNoun === true && noun?.pos === 'NOUN' && noun.lower === noun.lemma) return undefined;
    return { op: q.op, first };
  }
  return undefined;
}

interface Units {
  about?: string;
  last: number;
  isMeasure: boolean;
}

/** Units after the number: "%", "percent", "per cent", "-magnitude", "magnitude", currency words. */
function readUnitAfter(parsed: ParsedSentence, last: number): Units | undefined {
  const { tokens } = parsed;
  const next = tokens[last + 1];
  if (next === undefined) return undefined;
  if (next.text === '%' || next.lower === 'percent' || next.lower === 'pct') return { about: 'percent', last: last + 1, isMeasure: true };
  if (next.lower === 'per' && tokens[last + 2]?.lower === 'cent') return { about: 'percent', last: last + 2, isMeasure: true };
  const currency = CURRENCY_WORDS.get(next.lower);
  if (currency !== undefined) return { about: currency, last: last + 1, isMeasure: true };
  if (next.text === '-' && MAGNITUDE_WORDS.has(tokens[last + 2]?.lower ?? '')) return { about: 'magnitude', last: last + 2, isMeasure: true };
  if (MAGNITUDE_WORDS.has(next.lower)) return { about: 'magnitude', last: last + 1, isMeasure: true };
  // Lengths abbreviated and glued to the figure: "150m", "10km", "6ft".
  const length = next.spaced ? undefined : GLUED_LENGTHS.get(next.lower);
  if (length !== undefined) return { about: length, last: last + 1, isMeasure: true };
  // "6.0 on the Richter scale"
  if (next.lower === 'on' && tokens[last + 2]?.lower === 'the' && tokens[last + 3]?.lower === 'richter') return { about: 'magnitude', last, isMeasure: true };
  return undefined;
}

/** A second number making a range: "3.6 to 4.3", "40 percent to 70 percent", "two or three", "between 40 and 70". */
function readRangeEnd(parsed: ParsedSentence, last: number, intro: 'between' | 'from' | undefined): { core: Core; units?: Units } | undefined {
  const { tokens } = parsed;
  const link = tokens[last + 1]?.lower;
  let ok: boolean;
  if (intro === 'between') ok = link === 'and';
  else if (intro === 'from') ok = link === 'to';
  else ok = link === 'to' || link === 'or' || link === '-' || link === '–';
  if (!ok) return undefined;
  const core = readDigits(parsed, last + 2) ?? readNumberWords(parsed, last + 2);
  if (core === undefined) return undefined;
  const units = readUnitAfter(parsed, core.last);
  return units !== undefined ? { core, units } : { core };
}

/** "magnitude 6.1", "a magnitude of 5.9", "put the magnitude at 6.1". */
function magnitudeBefore(parsed: ParsedSentence, first: number): string | undefined {
  const { tokens } = parsed;
  let j = first - 1;
  while (j >= 0 && j >= first - 3 && MAGNITUDE_LINKS.includes(tokens[j]?.lower ?? '')) j--;
  return MAGNITUDE_WORDS.has(tokens[j]?.lower ?? '') ? 'magnitude' : undefined;
}

/** Ordinal words "first" to "tenth". */
const FIRST_TEN_ORDINALS: ReadonlySet<string> = new Set([...ORDINAL_WORDS].filter(([, n]) => n <= 10).map(([word]) => word));

function isOrdinalWord(token: Token | undefined): boolean {
  return token !== undefined && (token.type === 'ordinal' || FIRST_TEN_ORDINALS.has(token.lower));
}

/** Skip rules for a core that reads as a number but is not a count. */
function notACount(parsed: ParsedSentence, core: Core): boolean {
  const { tokens } = parsed;
  const t = tokens[core.first] as Token;
  const before = tokens[core.first - 1];
  const after = tokens[core.last + 1];
  // "one of the captured individuals", "one of their uniforms": a selection, not a count.
  if (core.words && core.value === 1 && core.first === core.last && after?.lower === 'of') return true;
  // "two-thirds", "one-half"
  if (after?.text === '-' && FRACTIONS.has(tokens[core.last + 2]?.lower ?? '')) return true;
  // "Flight 370", "No. 5"
  if (before !== undefined && !core.words && ID_WORDS.has(before.lower) && /^\p{Lu}|^#|^no\.?$/u.test(before.text)) return true;
  // Street numbers: "40 East 5th Ave.", "2016 Ontario" (a digit number before a singular proper noun).
  if (!core.words && after !== undefined && after.pos === 'PROPN' && /^\p{Lu}/u.test(after.text) && !isDemonymWord(after.lower) && after.lemma === after.lower && !after.lower.endsWith('s')) return true;
  // "one another", "one by one", "no one", "one day" as a pronoun use
  if (t.lower === 'one' && (after?.lower === 'another' || after?.lower === 'by' || before?.lower === 'no' || before?.lower === 'the' || before?.lower === 'every' || before?.lower === 'any')) return true;
  return isOrdinalWord(t);
}

/** The quantity phrase: currency, qualifier, the number, units, a range end, "or more". */
export interface Phrase {
  core: Core;
  first: number;
  last: number;
  quantity: Quantity;
  /** Unit written with the number: "percent", "magnitude", a currency. */
  unit?: string;
  qualified: boolean;
}

export function readPhrase(parsed: ParsedSentence, i: number): Phrase | undefined {
  const { tokens } = parsed;
  const core = readCore(parsed, i);
  if (core === undefined || notACount(parsed, core)) return undefined;

  // Before: currency symbol and qualifier ("more than $5 million"), or "between"/"from".
  let first = core.first;
  let currency: string | undefined;
  const symbol = tokens[first - 1];
  if (symbol !== undefined && (symbol.type === 'currency' || CURRENCY_SYMBOLS.has(symbol.lower))) {
    currency = CURRENCY_SYMBOLS.get(symbol.lower) ?? 'currency';
    first -= 1;
  }
  const rangeIntro = tokens[first - 1]?.lower;
  const between = rangeIntro === 'between' || rangeIntro === 'from' ? rangeIntro : undefined;
  const qualifier = between !== undefined || core.range !== undefined ? undefined : readQualifier(parsed, first - 1);
  if (qualifier !== undefined) first = qualifier.first;
  else if (between !== undefined) first -= 1;

  // After: unit, then a range end, then "or more" / "or so" / "-plus".
  let last = core.last;
  let units = readUnitAfter(parsed, last);
  if (units !== undefined) last = units.last;
  let range = core.range;
  const end = range === undefined ? readRangeEnd(parsed, last, between) : undefined;
  if (end !== undefined && end.core.value > core.value) {
    range = [core.value, end.core.value];
    last = end.units?.last ?? end.core.last;
    units = units ?? end.units;
  }
  let op = qualifier?.op;
  const [next, after] = [tokens[last + 1]?.lower, tokens[last + 2]?.lower];
  if ((next === 'or' && (after === 'more' || after === 'so')) || (next === '-' && after === 'plus')) {
    op = after === 'so' ? '~' : '>=';
    last += 2;
  }
  const quantity: Quantity = range !== undefined ? { min: range[0], max: range[1] } : boundedQuantity(core.value, op);
  const phrase: Phrase = { core, first, last: Math.max(last, core.last), quantity, qualified: qualifier !== undefined };
  const unit = core.unit ?? units?.about ?? currency ?? magnitudeBefore(parsed, first);
  if (unit !== undefined) phrase.unit = unit;
  return phrase;
}
