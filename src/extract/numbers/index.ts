/**
 * Numbers: digits and words, vague quantities as intervals, each tied to what it counts and to the
 * verb that governs it, so "engaged six" and "captured two" stay different claims.
 *
 * The scan walks wink tokens once. For each quantity it reads, in order: the number itself (digits,
 * number words, scale words, vague class words), qualifiers before it ("at least", "more than",
 * "about"), a range ("between 40 and 70", "3.6 to 4.3"), units ("%", "$", "-magnitude"), then the
 * counted noun (forward noun phrase, "of the X", a noun before it as in "a magnitude of 5.9", else the
 * noun of the previous number in a list: "10 people were killed and 50 injured") and the verb.
 *
 * Not counts: years and day numbers of dates and times (the date scan marks them), ordinals,
 * "one of the ..." (a selection, not a count of one), "one" as a pronoun, fractions ("two-thirds"),
 * and identifiers ("Flight 370", "No. 5").
 *
 * Here is the scan. The figure is read by read-figure.ts, the phrase around it by phrase.ts, what it counts by
 * counted.ts (noun-phrase.ts, age.ts), its verb by verbs.ts, negated counts by negation.ts; read-fact.ts makes the
 * fact. The words they read are data in facts/lexicon/en/.
 */
import type { Quantity } from '../../algebra/quantity.js';
import { CURRENCY_NAMES } from '../../facts/lexicon/en/currencies.js';
import { GLUED_LENGTHS } from '../../facts/lexicon/en/glued-units.js';
import { NUMBER_WORDS } from '../../facts/lexicon/en/units.js';
import { SCALE_WORDS } from '../../facts/lexicon/en/written-numbers.js';
import { GLUED_UNIT_ABBREVIATIONS } from '../../language/en/unit-abbreviations.js';
import type { Sentence } from '../../types.js';
import { dateTokenSet } from '../dates/index.js';
import { parseSentence } from '../parse.js';
import type { NumberFact, ParsedSentence } from '../types.js';
import type { Previous } from './counted.js';
import { readOneMoreAt } from './one-more.js';
import { readNegationAt, readQuantityAt } from './read-fact.js';

export { verbFamily } from './verbs.js';

/** Abouts that are units, not counted things: a later bare number does not inherit them. */
const MEASURE_ABOUTS = new Set(['percent', 'magnitude', 'age', ...CURRENCY_NAMES]);

/**
 * Larger than any count or sum an article states (a quadrillion): a figure past it is a typo, a code or made
 * up ("one hundred hundred hundred ..." reaches Infinity, which JSON cannot even write), never a fact.
 */
const MAX_FIGURE = 1e15;

function isSaneFigure(q: Quantity): boolean {
  return [q.min, q.max].every((n) => n === null || (Number.isFinite(n) && Math.abs(n) <= MAX_FIGURE));
}

/** The tail of a number in programmers' notation, glued to its digits: "1|e308", "0|x1F", "0|b101", "0|o17". */
const NOTATION_TAIL = /^(?:e[+-]?\d+|x[0-9a-f]+|b[01]+|o[0-7]+)$/i;

/** Digits in scientific or hexadecimal notation ("1e308", "0x1F") are code, not a figure: read as one they are wrong. */
function writtenInNotation(parsed: ParsedSentence, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const next = parsed.tokens[k + 1];
    if (/\d$/.test(parsed.tokens[k]?.text ?? '') && next !== undefined && !next.spaced && NOTATION_TAIL.test(next.text)) return true;
  }
  return false;
}

/**
 * Digits with a longer tail glued on that is no unit ("the 76ers", "the 49ers"): a name, not a figure. So is a
 * ratio written as one word ("went 7-for-14", "3-of-5"): a line of a box score, not a count of anything.
 */
function isPartOfName(tokens: ParsedSentence['tokens'], i: number): boolean {
  const next = tokens[i + 1];
  if (isCapitalisedInName(tokens, i)) return true;
  if (next?.text === '-' && !next.spaced && /^(?:for|of)-\d+$/i.test(tokens[i + 2]?.text ?? '') && tokens[i + 2]?.spaced === false) return true;
  if (next === undefined || next.spaced || !/\d$/.test(tokens[i]!.text) || !/^\p{L}{3,}$/u.test(next.text)) return false;
  return !GLUED_UNIT_ABBREVIATIONS.has(next.lower) && !SCALE_WORDS.has(next.lower) && !GLUED_LENGTHS.has(next.lower);
}

/**
 * A number word written with a capital after a name, in running text: "BBC One", "Formula One driver", "Air Force
 * One landed". In a headline every word is capitalised ("Police Arrest Three Men"), so the word after it must be
 * written small for the number to be read as part of the name.
 */
function isCapitalisedInName(tokens: ParsedSentence['tokens'], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!NUMBER_WORDS.has(t.lower) || !/^\p{Lu}/u.test(t.text) || before === undefined || before.pos !== 'PROPN' || !t.spaced) return false;
  // "CHICAGO Seven people were shot": a dateline in capitals opening the sentence starts it, the number starts its text.
  if (isCapitalDateline(tokens, i - 1)) return false;
  return after !== undefined && /^\p{Ll}/u.test(after.text);
}

/** Words in capitals that open a sentence up to token `last`: a dateline ("CHICAGO", "NEW ORLEANS"). */
function isCapitalDateline(tokens: ParsedSentence['tokens'], last: number): boolean {
  for (let k = 0; k <= last; k++) if (!/^\p{Lu}{2,}$/u.test(tokens[k]!.text)) return false;
  return last >= 0;
}

export function extractNumbers(sentence: Sentence, parsed: ParsedSentence = parseSentence(sentence.text)): NumberFact[] {
  const dates = dateTokenSet(parsed);
  const facts: NumberFact[] = [];
  const previous: Previous = {};
  for (let i = 0; i < parsed.tokens.length; i++) {
    if (dates.has(i)) continue;
    if (isPartOfName(parsed.tokens, i)) {
      i++;
      continue;
    }
    const found = readQuantityAt(sentence, parsed, i, previous) ?? readNegationAt(sentence, parsed, i) ?? readOneMoreAt(sentence, parsed, i, previous);
    if (found === undefined) continue;
    if (!isSaneFigure(found.fact.quantity) || writtenInNotation(parsed, i, found.last)) {
      i = found.last;
      continue;
    }
    facts.push(found.fact);
    const { about } = found.fact;
    if (about !== undefined && !MEASURE_ABOUTS.has(about) && found.fact.negated !== true) {
      previous.about = about;
      previous.end = found.last;
      if (found.fact.verb === undefined) delete previous.verb;
      else previous.verb = found.fact.verb;
    }
    i = found.last;
  }
  return facts;
}
