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
 */
import { boundedQuantity, quantityValue, type QuantityOp } from '../algebra/quantity.js';
import type { Sentence } from '../types.js';
import { dateTokenSet } from './dates.js';
import { findNameMatches, isDemonymWord } from './names.js';
import { isClauseBoundary, isPunct, parseSentence, sliceOf, spanOf } from './parse.js';
import type { NumberFact, ParsedSentence, Quantity, Token } from './types.js';
import { BELIEF_VERBS, SAYING_VERBS } from '../language/en/speech-verbs.js';
import { GLUED_UNIT_ABBREVIATIONS } from '../language/en/unit-abbreviations.js';

// ---------------------------------------------------------------------------------------------
// Vocabulary

const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1_000], ['million', 1_000_000], ['billion', 1_000_000_000], ['trillion', 1_000_000_000_000],
]);
/** Scales written glued to digits or abbreviated: "5m", "2.5bn", "10k". */
const SHORT_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1_000], ['m', 1_000_000], ['mn', 1_000_000], ['mln', 1_000_000], ['bn', 1_000_000_000], ['b', 1_000_000_000], ['tn', 1_000_000_000_000],
]);

/** Length units written glued to digits: "150m", "10km", "6ft" (a glued "m" after a currency is millions). */
const GLUED_LENGTHS: ReadonlyMap<string, string> = new Map([['m', 'metre'], ['km', 'km'], ['ft', 'foot'], ['mi', 'mile']]);

/** Class words for vague quantities, as [min, max]. */
const VAGUE_CLASSES: ReadonlyMap<string, [number, number]> = new Map([
  ['dozens', [24, 99]], ['scores', [40, 99]], ['hundreds', [200, 999]], ['thousands', [2_000, 9_999]],
  ['millions', [2_000_000, 999_999_999]], ['billions', [2_000_000_000, 999_999_999_999]],
]);

/** "several hundred" -> [3, 9] x 100; "a few thousand" -> [2, 5] x 1000. */
const VAGUE_MULTIPLIERS: ReadonlyMap<string, [number, number]> = new Map([
  ['several', [3, 9]], ['few', [2, 5]], ['some', [2, 9]], ['many', [2, 9]],
]);

/** Fraction words after a hyphen: "two-thirds" is not two of anything. */
const FRACTIONS = new Set(['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'tenth', 'tenths']);

/** Words before a number that make it an identifier. */
const ID_WORDS = new Set(['flight', 'route', 'highway', 'interstate', 'article', 'section', 'chapter', 'room', 'gate', 'platform', 'level', 'category', 'apollo', 'no', 'no.', 'number', '#', 'exit', 'channel', 'precinct', 'ward', 'resolution', 'amendment', 'line', 'bus', 'train', 'page', 'paragraph', 'clause', 'unit', 'block', 'building', 'terminal', 'hall', 'district', 'zone', 'sector', 'region', 'phase', 'stage', 'season', 'episode', 'version', 'model', 'type', 'mark', 'series', 'squad', 'brigade', 'battalion', 'regiment', 'division', 'corps', 'army', 'fleet', 'bay', 'lot', 'box', 'suite', 'floor', 'apartment', 'apt', 'ward', 'grade', 'class', 'code', 'pier', 'berth', 'runway', 'hangar', 'track', 'lane']);

interface QualifierPattern {
  words: string[];
  op: QuantityOp;
}

/** Qualifiers before a number, longest first so "no more than" beats "more than". */
const QUALIFIERS: QualifierPattern[] = [
  { words: ['no', 'fewer', 'than'], op: '>=' },
  { words: ['no', 'less', 'than'], op: '>=' },
  { words: ['not', 'less', 'than'], op: '>=' },
  { words: ['no', 'more', 'than'], op: '<=' },
  { words: ['not', 'more', 'than'], op: '<=' },
  { words: ['a', 'minimum', 'of'], op: '>=' },
  { words: ['a', 'maximum', 'of'], op: '<=' },
  { words: ['in', 'excess', 'of'], op: '>' },
  { words: ['as', 'many', 'as'], op: '<=' },
  { words: ['as', 'much', 'as'], op: '<=' },
  { words: ['as', 'few', 'as'], op: '~' },
  { words: ['an', 'estimated'], op: '~' },
  { words: ['an', 'approximate'], op: '~' },
  { words: ['approximate'], op: '~' },
  { words: ['more', 'than'], op: '>' },
  { words: ['greater', 'than'], op: '>' },
  { words: ['upwards', 'of'], op: '>' },
  { words: ['fewer', 'than'], op: '<' },
  { words: ['less', 'than'], op: '<' },
  { words: ['at', 'least'], op: '>=' },
  { words: ['at', 'most'], op: '<=' },
  { words: ['up', 'to'], op: '<=' },
  { words: ['close', 'to'], op: '~' },
  { words: ['just', 'over'], op: '>' },
  { words: ['just', 'under'], op: '<' },
  { words: ['well', 'over'], op: '>' },
  { words: ['over'], op: '>' },
  { words: ['above'], op: '>' },
  { words: ['under'], op: '<' },
  { words: ['below'], op: '<' },
  { words: ['about'], op: '~' },
  { words: ['around'], op: '~' },
  { words: ['approximately'], op: '~' },
  { words: ['approx.'], op: '~' },
  { words: ['roughly'], op: '~' },
  { words: ['nearly'], op: '~' },
  { words: ['almost'], op: '~' },
  { words: ['estimated'], op: '~' },
  { words: ['some'], op: '~' },
  { words: ['circa'], op: '~' },
  { words: ['c.'], op: '~' },
];

const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'dollar'], ['us$', 'dollar'], ['a$', 'dollar'], ['c$', 'dollar'], ['€', 'euro'], ['£', 'pound'], ['¥', 'yen'], ['₹', 'rupee'], ['₽', 'ruble'], ['₴', 'hryvnia'],
]);
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'dollar'], ['dollars', 'dollar'], ['euro', 'euro'], ['euros', 'euro'], ['pound', 'pound'], ['pounds', 'pound'],
  ['yuan', 'yuan'], ['yen', 'yen'], ['rupee', 'rupee'], ['rupees', 'rupee'], ['ruble', 'ruble'], ['rubles', 'ruble'],
  ['rouble', 'ruble'], ['roubles', 'ruble'], ['hryvnia', 'hryvnia'], ['hryvnias', 'hryvnia'],
]);

const CURRENCY_NAMES = new Set(CURRENCY_WORDS.values());

const MAGNITUDE_WORDS = new Set(['magnitude', 'strength', 'richter']);
const QUAKE_WORDS = new Set(['quake', 'earthquake', 'tremor', 'temblor', 'aftershock', 'shock', 'magnitude', 'richter']);

/** Adjectives standing for participles after a count: "24 dead" is a verb of dying. */
const PREDICATE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['dead', 'die'], ['injured', 'injure'], ['wounded', 'wound'], ['hurt', 'hurt'], ['missing', 'missing'], ['killed', 'kill'],
  ['captured', 'capture'], ['arrested', 'arrest'], ['detained', 'detain'], ['displaced', 'displace'], ['evacuated', 'evacuate'],
  ['homeless', 'homeless'], ['hospitalised', 'hospitalise'], ['hospitalized', 'hospitalize'],
]);

/** Verbs that report numbers rather than act on them: "said 50 were injured" ties 50 to "injure". */
const REPORTING_VERBS: ReadonlySet<string> = new Set([...SAYING_VERBS, ...BELIEF_VERBS]);

/** Verb families: lemmas that report the same event, for comparing the `verb` of two facts. */
const VERB_FAMILIES: ReadonlyMap<string, string> = new Map([
  ['kill', 'kill'], ['die', 'kill'], ['dead', 'kill'], ['slay', 'kill'], ['perish', 'kill'], ['murder', 'kill'], ['claim', 'kill'],
  ['injure', 'injure'], ['wound', 'injure'], ['hurt', 'injure'],
  ['capture', 'capture'], ['detain', 'capture'], ['arrest', 'capture'], ['apprehend', 'capture'], ['seize', 'capture'], ['hold', 'capture'],
  ['destroy', 'destroy'], ['damage', 'damage'], ['flatten', 'destroy'], ['level', 'destroy'], ['raze', 'destroy'],
]);

/** Family of a verb lemma ("die" and "kill" -> "kill", "wound" -> "injure"); the lemma itself otherwise. */
export function verbFamily(lemma: string): string {
  return VERB_FAMILIES.get(lemma) ?? lemma;
}

/** Nouns folded so outlets meet: "people"/"persons" -> "person". */
const NOUN_FOLDS: ReadonlyMap<string, string> = new Map([['people', 'person'], ['persons', 'person'], ['person', 'person'], ['individual', 'person'], ['casualties', 'casualty']]);


// ---------------------------------------------------------------------------------------------
// Reading the number itself

interface Core {
  first: number;
  last: number;
  /** Exact value, or the low end of a class range. */
  value: number;
  /** Present for class words and written ranges: [min, max]. */
  range?: [number, number];
  /** The unit the number itself carries ("6.1-magnitude" read from "magnitude-6" "." "1"). */
  unit?: string;
  /** Written in words ("two"), not digits. */
  words: boolean;
  /** Written with a decimal point ("4.0", "6.1"): a measure more than a count. */
  decimal?: boolean;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const DIGIT_RANGE = /^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$/;

function parseDigits(text: string): number | undefined {
  if (!DIGITS.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

/** A scale word right after a number: "1.5 million", "$137-million", "5m", "2.5bn". */
function readScale(parsed: ParsedSentence, i: number): { scale: number; last: number } | undefined {
  const { tokens } = parsed;
  const next = tokens[i + 1];
  if (next === undefined) return undefined;
  const scale = SCALE_WORDS.get(next.lower);
  if (scale !== undefined) return { scale, last: i + 1 };
  if (!next.spaced) {
    const short = SHORT_SCALES.get(next.lower);
    // A glued "m" is millions only in a sum ("$150m"); elsewhere it is metres ("a 150m wave").
    const isMetres = next.lower === 'm' && !CURRENCY_SYMBOLS.has(tokens[i - 1]?.lower ?? '');
    if (short !== undefined && !isMetres) return { scale: short, last: i + 1 };
    const after = tokens[i + 2];
    if (next.text === '-' && after !== undefined && !after.spaced) {
      const hyphenScale = SCALE_WORDS.get(after.lower);
      if (hyphenScale !== undefined) return { scale: hyphenScale, last: i + 2 };
    }
  }
  return undefined;
}

/** Number words: "two", "twenty-five", "one hundred and twenty", "three thousand five hundred". */
function readNumberWords(parsed: ParsedSentence, i: number): Core | undefined {
  const { tokens } = parsed;
  let total = 0;
  let current = 0;
  let last = -1;
  let j = i;
  let any = false;
  for (;;) {
    const t = tokens[j];
    if (t === undefined) break;
    const unit = UNIT_WORDS.get(t.lower);
    const tens = TENS_WORDS.get(t.lower);
    const scale = SCALE_WORDS.get(t.lower);
    if (unit !== undefined || tens !== undefined) {
      current += unit ?? tens ?? 0;
      any = true;
      last = j;
      // "twenty-five"
      if (tens !== undefined && tokens[j + 1]?.text === '-' && UNIT_WORDS.has(tokens[j + 2]?.lower ?? '')) {
        current += UNIT_WORDS.get(tokens[j + 2]?.lower ?? '') ?? 0;
        last = j + 2;
        j += 3;
        continue;
      }
      j++;
      continue;
    }
    if (scale !== undefined && any) {
      if (scale === 100) current = (current === 0 ? 1 : current) * 100;
      else {
        total += (current === 0 ? 1 : current) * scale;
        current = 0;
      }
      last = j;
      j++;
      continue;
    }
    // "one hundred and twenty"
    if (t.lower === 'and' && any && last === j - 1 && SCALE_WORDS.has(tokens[j - 1]?.lower ?? '') && (UNIT_WORDS.has(tokens[j + 1]?.lower ?? '') || TENS_WORDS.has(tokens[j + 1]?.lower ?? ''))) {
      j++;
      continue;
    }
    break;
  }
  if (!any) return undefined;
  return { first: i, last, value: total + current, words: true };
}

/** "a dozen", "two dozen", "a hundred", "a thousand", "half a million". */
function readArticleNumber(parsed: ParsedSentence, i: number): Core | undefined {
  const { tokens } = parsed;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || next === undefined) return undefined;
  if ((t.lower === 'a' || t.lower === 'an') && (next.lower === 'dozen' || SCALE_WORDS.has(next.lower))) {
    const value = next.lower === 'dozen' ? 12 : (SCALE_WORDS.get(next.lower) ?? 1);
    return { first: i, last: i + 1, value, words: true };
  }
  if (t.lower === 'half' && (next.lower === 'a' || next.lower === 'an')) {
    const scale = tokens[i + 2];
    if (scale !== undefined && (scale.lower === 'dozen' || SCALE_WORDS.has(scale.lower))) {
      const value = scale.lower === 'dozen' ? 6 : (SCALE_WORDS.get(scale.lower) ?? 1) / 2;
      return { first: i, last: i + 2, value, words: true };
    }
  }
  return undefined;
}

/** Vague class words: "dozens", "hundreds", "tens of thousands", "several hundred", "a few thousand". */
function readVague(parsed: ParsedSentence, i: number): Core | undefined {
  const { tokens } = parsed;
  const t = tokens[i];
  if (t === undefined) return undefined;
  // "tens of thousands", "hundreds of thousands"
  if ((t.lower === 'tens' || t.lower === 'hundreds') && tokens[i + 1]?.lower === 'of') {
    const big = tokens[i + 2]?.lower;
    const unit = big === 'thousands' ? 1_000 : big === 'millions' ? 1_000_000 : undefined;
    if (unit !== undefined) {
      const factor = t.lower === 'tens' ? 10 : 100;
      return { first: i, last: i + 2, value: 2 * factor * unit, range: [2 * factor * unit, 10 * factor * unit - 1], words: true };
    }
  }
  const cls = VAGUE_CLASSES.get(t.lower);
  if (cls !== undefined) {
    // "scores" is a count only in "scores of"
    if (t.lower === 'scores' && tokens[i + 1]?.lower !== 'of') return undefined;
    return { first: i, last: i, value: cls[0], range: cls, words: true };
  }
  // "several hundred", "a few thousand", "some 300" is a qualifier, not this.
  const start = t.lower === 'a' && tokens[i + 1]?.lower === 'few' ? i + 1 : i;
  const mult = VAGUE_MULTIPLIERS.get(tokens[start]?.lower ?? '');
  const scaleWord = tokens[start + 1]?.lower ?? '';
  const scale = scaleWord === 'dozen' ? 12 : SCALE_WORDS.get(scaleWord);
  if (mult !== undefined && scale !== undefined) {
    return { first: i, last: start + 1, value: mult[0] * scale, range: [mult[0] * scale, mult[1] * scale], words: true };
  }
  // "several villages", "a few days", "a handful of", "a couple of": small vague counts before a plural noun.
  if (mult !== undefined && (t.lower === 'several' || start === i + 1)) {
    const next = tokens[start + 1];
    if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && t.lower !== 'some' && t.lower !== 'many') {
      return { first: i, last: start, value: mult[0], range: mult, words: true };
    }
  }
  if (t.lower === 'a' && (tokens[i + 1]?.lower === 'handful' || tokens[i + 1]?.lower === 'couple') && tokens[i + 2]?.lower === 'of') {
    const range: [number, number] = tokens[i + 1]?.lower === 'handful' ? [2, 6] : [2, 3];
    return { first: i, last: i + 1, value: range[0], range, words: true };
  }
  return undefined;
}

/** Digits, with the wink split "magnitude-5" "." "9" put back together. */
function readDigits(parsed: ParsedSentence, i: number): Core | undefined {
  const { tokens } = parsed;
  const t = tokens[i];
  if (t === undefined) return undefined;
  const glued = /^magnitude-(\d+)$/i.exec(t.text);
  if (glued !== null) {
    const dot = tokens[i + 1];
    const frac = tokens[i + 2];
    if (dot?.text === '.' && !dot.spaced && frac !== undefined && !frac.spaced && /^\d+$/.test(frac.text)) {
      return { first: i, last: i + 2, value: Number(`${glued[1]}.${frac.text}`), unit: 'magnitude', words: false };
    }
    return { first: i, last: i, value: Number(glued[1]), unit: 'magnitude', words: false };
  }
  const range = DIGIT_RANGE.exec(t.text);
  if (range !== null) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    // "2-1" is a score; "a 9-14 record", "(40-42)" a record of wins and losses: neither is a range of one figure.
    if (a < b && !isRecord(parsed, i)) return { first: i, last: i, value: a, range: [a, b], words: false };
    return undefined;
  }
  const n = parseDigits(t.text);
  if (n === undefined) return undefined;
  return { first: i, last: i, value: n, words: false, decimal: t.text.includes('.') };
}

/** Nouns a win-loss record is given as: "a 9-14 start", "a 162-139 mark". */
const RECORD_NOUNS = new Set(['record', 'start', 'mark', 'finish', 'season', 'run', 'streak', 'stretch', 'slate', 'ledger', 'career']);

/**
 * Whether a hyphenated pair is a record of wins and losses: followed by a record noun ("a 9-14 record", "a 35-47
 * season"), alone in parentheses after a name ("the Sixers (9-14)"), or reached by a team ("went 20-5", "fell to
 * 40-42").
 */
function isRecord(parsed: ParsedSentence, i: number): boolean {
  const { tokens } = parsed;
  if (RECORD_NOUNS.has(tokens[i + 1]?.lemma ?? '')) return true;
  if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') return true;
  const before = tokens[i - 1]?.lower;
  return (before === 'to' || before === 'at') && ['improve', 'fall', 'drop', 'move', 'slip', 'go', 'climb', 'rise'].includes(tokens[i - 2]?.lemma ?? '');
}

function readCore(parsed: ParsedSentence, i: number): Core | undefined {
  const core = readArticleNumber(parsed, i) ?? readVague(parsed, i) ?? readDigits(parsed, i) ?? readNumberWords(parsed, i);
  if (core === undefined) return undefined;
  if (core.range === undefined) {
    const scaled = readScale(parsed, core.last);
    if (scaled !== undefined) {
      core.value *= scaled.scale;
      core.last = scaled.last;
    }
    // "two dozen"
    if (parsed.tokens[core.last + 1]?.lower === 'dozen') {
      core.value *= 12;
      core.last += 1;
    }
  }
  return core;
}

// ---------------------------------------------------------------------------------------------
// Around the number: qualifiers, ranges, units

function matchWordsBefore(tokens: Token[], end: number, words: string[]): boolean {
  const start = end - words.length + 1;
  if (start < 0) return false;
  return words.every((w, k) => tokens[start + k]?.lower === w);
}

function readQualifier(parsed: ParsedSentence, before: number): { op: QualifierPattern['op']; first: number } | undefined {
  for (const q of QUALIFIERS) {
    if (matchWordsBefore(parsed.tokens, before, q.words)) return { op: q.op, first: before - q.words.length + 1 };
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

// ---------------------------------------------------------------------------------------------
// What the number counts

function headLemma(token: Token): string {
  const base = token.pos === 'PROPN' ? token.lower.replace(/(?<=[a-z]{3})s$/, '') : token.lemma;
  return NOUN_FOLDS.get(base) ?? NOUN_FOLDS.get(token.lower) ?? base;
}

const NP_MODIFIER_POS = new Set(['ADJ', 'ADV', 'VERB', 'PROPN', 'NUM']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'away', 'offshore', 'inland', 'long', 'wide', 'high', 'deep', 'tall', 'old', 'ago', 'later', 'earlier']);
const PRONOUN_HEADS = new Set(['them', 'those', 'whom', 'these', 'us', 'which']);
const ANAPHORIC = new Set(['others', 'other', 'more']);

interface NounPhrase {
  head?: string;
  /** Last token of the noun phrase. */
  last: number;
  /** "two of them", "70 others", "dozens more": counts of the noun said before. */
  anaphoric?: boolean;
}

/**
 * The noun phrase after the number: skip modifiers ("Chinese", "injured", "North Korean"),
 * take the last noun of the noun run ("two prison guards" -> "guard").
 */
function nounAfter(parsed: ParsedSentence, from: number): NounPhrase {
  const { tokens } = parsed;
  let j = from;
  const viaOf = tokens[j]?.lower === 'of';
  // "of the 80 wounded", "of them"
  if (viaOf) {
    j++;
    if (PRONOUN_HEADS.has(tokens[j]?.lower ?? '')) return { last: j, anaphoric: true };
    while (tokens[j] !== undefined && (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'PRON' || tokens[j]?.lower === "'s" || tokens[j]?.lower === '’s')) j++;
  }
  let head: Token | undefined;
  let headIndex = -1;
  const dates = dateTokenSet(parsed);
  for (let steps = 0; j < tokens.length && steps < 7; j++, steps++) {
    const t = tokens[j] as Token;
    // "killed three people Wednesday"
    if (dates.has(j)) break;
    if (head === undefined && ANAPHORIC.has(t.lower)) {
      // "70 others", "dozens more" count the noun said before; "three other automatic rifles" does not.
      const next = tokens[j + 1];
      const continues = next !== undefined && ['NOUN', 'ADJ', 'PROPN'].includes(next.pos) && t.lower !== 'others';
      if (!continues) return { last: j, anaphoric: true };
      continue;
    }
    // "Ukraine's territory": the possessor is a modifier.
    if (head !== undefined && (t.lower === "'s" || t.lower === '’s')) {
      head = undefined;
      continue;
    }
    // "about 50 hurt", "24 dead": predicate words, not counted nouns ("of the injured" is the exception).
    if (PREDICATE_ADJECTIVES.has(t.lower)) {
      if (head === undefined && tokens[j - 1]?.pos === 'DET') return { head: t.lower, last: j };
      break;
    }
    // "34 miles west of": a direction ends the phrase.
    if (head !== undefined && DIRECTIONS.has(t.lower)) break;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) {
      // English compounds put the plural last: "robbers burst" is a noun and a verb, not a compound.
      if (head !== undefined && head.lemma !== head.lower && t.lemma === t.lower && head.pos === 'NOUN') break;
      // A proper noun followed by more nouns is a modifier ("North Korean soldiers").
      head = t;
      headIndex = j;
      continue;
    }
    if (head !== undefined) break;
    if (t.text === '-' && !t.spaced) continue;
    // "a town of about 18,000 nine kilometres from": the noun after a second number is that number's
    // (but "six of the seven players" counts players with both).
    if (!viaOf && (t.pos === 'NUM' || t.type === 'number')) break;
    if (!NP_MODIFIER_POS.has(t.pos)) break;
  }
  if (head === undefined) return { last: from - 1 };
  // "one alleged Chinese captive": a nationality word before an adjective used as a noun.
  const next = tokens[headIndex + 1];
  if (head.pos === 'PROPN' && isDemonymWord(head.lower) && next?.pos === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[headIndex + 2]?.pos ?? '')) {
    return { head: next.lemma, last: headIndex + 1 };
  }
  // A demonym or place name as the last "noun" before a verb is still the head ("12 Somalis").
  return { head: headLemma(head), last: headIndex };
}

/** The noun after a hyphen: "1,500-square-kilometer island" -> "kilometer", "61-year-old" -> age. */
function hyphenNoun(parsed: ParsedSentence, last: number): { about: string; last: number } | undefined {
  const { tokens } = parsed;
  if (tokens[last + 1]?.text !== '-' || tokens[last + 1]?.spaced === true) return undefined;
  let j = last + 2;
  let noun: Token | undefined;
  let end = last;
  while (tokens[j] !== undefined && tokens[j]?.spaced === false) {
    const t = tokens[j] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = t;
    end = j;
    if (tokens[j + 1]?.text !== '-' || tokens[j + 1]?.spaced === true) break;
    j += 2;
  }
  if (noun === undefined) return undefined;
  if (noun.lemma === 'year' && tokens[end]?.lower === 'old') return { about: 'age', last: end };
  return { about: headLemma(noun), last: end };
}

/** "magnitude 6.1", "a magnitude of 5.9", "put the magnitude at 6.1". */
function magnitudeBefore(parsed: ParsedSentence, first: number): string | undefined {
  const { tokens } = parsed;
  let j = first - 1;
  while (j >= 0 && j >= first - 3 && ['of', 'at', 'to', 'was', 'is', 'measuring', 'measured'].includes(tokens[j]?.lower ?? '')) j--;
  return MAGNITUDE_WORDS.has(tokens[j]?.lower ?? '') ? 'magnitude' : undefined;
}

const BEFORE_LINKS = new Set(['of', 'at', 'was', 'is', 'were', 'are', 'stood', 'reached', 'measured', 'totalled', 'totaled', 'hit', 'put']);
const CHANGE_VERBS = new Set(['rise', 'climb', 'jump', 'increase', 'fall', 'drop', 'go', 'grow', 'soar', 'surge']);

/** A noun before the number tied to it: "a population of more than 100,000", "the toll rose to 24". */
function nounBefore(parsed: ParsedSentence, first: number): string | undefined {
  const { tokens } = parsed;
  let j = first - 1;
  let linked = false;
  while (j >= 0 && j >= first - 3) {
    const t = tokens[j] as Token;
    if (BEFORE_LINKS.has(t.lower)) j--;
    else if (t.lower === 'to' && CHANGE_VERBS.has(tokens[j - 1]?.lemma ?? '')) j -= 2;
    else break;
    linked = true;
  }
  const t = tokens[j];
  if (!linked || t === undefined || t.pos !== 'NOUN') return undefined;
  return headLemma(t);
}

// ---------------------------------------------------------------------------------------------
// The verb

function predicateVerb(token: Token | undefined): string | undefined {
  if (token === undefined) return undefined;
  const adjective = PREDICATE_ADJECTIVES.get(token.lower);
  if (adjective !== undefined && token.pos !== 'NOUN') return adjective;
  return undefined;
}

/** "killing 10 people", "engaged six Chinese fighters": the verb the number is the object of. */
function verbBefore(parsed: ParsedSentence, first: number): string | undefined {
  const { tokens } = parsed;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB') return REPORTING_VERBS.has(t.lemma) ? undefined : t.lemma;
    // "engaged in conflict with six", "took 23 into custody" stay out: only light words between.
    if (!(t.pos === 'DET' || t.pos === 'ADV' || t.pos === 'PART' || (t.pos === 'ADJ' && ['another', 'other', 'further', 'additional'].includes(t.lower)))) return undefined;
  }
  return undefined;
}

/** Past participles that do not end in -ed/-en. */
const IRREGULAR_PARTICIPLES = new Set(['hurt', 'held', 'shot', 'hit', 'struck', 'left', 'found', 'caught', 'sent', 'lost', 'put', 'set', 'cut', 'fled', 'fought', 'met', 'brought', 'bought', 'built', 'kept', 'led', 'told', 'sold', 'made', 'paid', 'laid']);

interface VerbAfter {
  verb: string;
  /** Passive, predicate or participle ("were killed", "24 dead", "200 injured"): outranks a verb before the number. */
  strong: boolean;
}

/** "10 people were killed", "24 dead", "two Chinese nationals had been captured": the verb after the noun phrase. */
function verbAfter(parsed: ParsedSentence, from: number): VerbAfter | undefined {
  const { tokens } = parsed;
  let auxiliary = false;
  for (let k = from, steps = 0; k < tokens.length && steps < 5; k++, steps++) {
    const t = tokens[k] as Token;
    const predicate = predicateVerb(t);
    if (predicate !== undefined) return { verb: predicate, strong: true };
    if (t.pos === 'VERB') {
      // "50 reported injured", "five people had been confirmed dead": the report is not the event.
      if (REPORTING_VERBS.has(t.lemma) || t.lemma === 'fear') {
        const event = verbAfter(parsed, k + 1 + (['to', 'as'].includes(tokens[k + 1]?.lower ?? '') ? 1 : 0));
        if (event !== undefined) return { verb: event.verb, strong: true };
      }
      const participle = /(?:ed|en)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower);
      return { verb: t.lemma, strong: auxiliary || (steps === 0 && participle) };
    }
    if (t.pos === 'AUX') auxiliary = true;
    else if (t.pos !== 'ADV' && t.pos !== 'PART') return undefined;
  }
  return undefined;
}

/**
 * A verb one prepositional phrase back: "engaged in conflict with six Chinese soldiers". Only
 * VERB ADP [NOUN] ADP before the number, and not a participle modifying a noun ("affected villages").
 */
function verbInClause(parsed: ParsedSentence, first: number): string | undefined {
  const { tokens } = parsed;
  if (!['with', 'against', 'to', 'from', 'into', 'on'].includes(tokens[first - 1]?.lower ?? '')) return undefined;
  let k = first - 2;
  if (tokens[k]?.pos === 'NOUN') k--;
  if (tokens[k]?.pos === 'ADP') k--;
  const t = tokens[k];
  if (t === undefined || t.pos !== 'VERB' || REPORTING_VERBS.has(t.lemma)) return undefined;
  if (tokens[k + 1]?.pos === 'NOUN') return undefined;
  return t.lemma;
}

// ---------------------------------------------------------------------------------------------
// Negation: "no casualties", "no one was hurt", "did not see any casualties"

function readNegation(parsed: ParsedSentence, i: number): { first: number; last: number; nounFrom: number; person?: boolean } | undefined {
  const { tokens } = parsed;
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.lower === 'nobody' || t.lower === 'no-one') return { first: i, last: i, nounFrom: i + 1, person: true };
  if (t.lower === 'no' && tokens[i + 1]?.lower === 'one') return { first: i, last: i + 1, nounFrom: i + 2, person: true };
  if (t.lower === 'none' && tokens[i + 1]?.lower === 'of') return { first: i, last: i, nounFrom: i + 1 };
  if (t.lower === 'no' && tokens[i + 1]?.text !== '-' && tokens[i + 1]?.text !== '.') return { first: i, last: i, nounFrom: i + 1 };
  if (t.lower === 'any') {
    // "not ... any" / "n't ... any" / "never ... any" within a few words
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const w = tokens[k]?.lower ?? '';
      // "did not know of any threats", "would not say whether any": a negated knowing or saying counts nothing.
      if (w === 'not' || w === "n't" || w === 'never' || w === 'without') return tokens.slice(k + 1, i).some((x) => KNOWING.has(x.lemma)) ? undefined : { first: k, last: i, nounFrom: i + 1 };
      if (isClauseBoundary(tokens[k])) break;
    }
  }
  return undefined;
}

/** Verbs of knowing and saying: a negation over them denies the knowing, not the thing. */
const KNOWING: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'aware', 'recall', 'remember']);

/** Plural count nouns only: "no casualties" is a count, "no evidence" is not. */
function pluralNounAfter(parsed: ParsedSentence, from: number): { head: string; last: number } | undefined {
  const np = nounAfter(parsed, from);
  if (np.head === undefined) return undefined;
  const token = parsed.tokens[np.last];
  if (token === undefined || token.lemma === token.lower) return undefined;
  return { head: np.head, last: np.last };
}

// ---------------------------------------------------------------------------------------------
// Scan

/** The last counted noun of the sentence, for "killing 10 people and injuring 80". */
interface Previous {
  about?: string;
  /** Last token of that number. */
  end?: number;
}

/** Words that start a new clause, across which a number does not borrow the previous noun. */
const CLAUSE_BREAKS = new Set(['which', 'who', 'that', 'when', 'after', 'before', 'because', 'while', 'as', 'where', 'since', 'although', 'though', 'whereas', 'if', 'until', ';', ':']);

function inSameList(parsed: ParsedSentence, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (CLAUSE_BREAKS.has(parsed.tokens[k]?.lower ?? '')) return false;
  }
  return true;
}

function isOrdinalWord(token: Token | undefined): boolean {
  return token !== undefined && (token.type === 'ordinal' || /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/.test(token.lower));
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

function makeFact(sentence: Sentence, parsed: ParsedSentence, first: number, last: number, quantity: Quantity): NumberFact {
  const span = spanOf(parsed, first, last);
  return { kind: 'number', value: quantityValue(quantity), quantity, text: sliceOf(parsed, span), source: sentence.source, span };
}

/** Whether a sentence is about an earthquake, so a bare 6.1 is a magnitude. */
function mentionsQuake(parsed: ParsedSentence): boolean {
  return parsed.tokens.some((t) => QUAKE_WORDS.has(t.lemma));
}

/** The quantity phrase: currency, qualifier, the number, units, a range end, "or more". */
interface Phrase {
  core: Core;
  first: number;
  last: number;
  quantity: Quantity;
  /** Unit written with the number: "percent", "magnitude", a currency. */
  unit?: string;
  qualified: boolean;
}

function readPhrase(parsed: ParsedSentence, i: number): Phrase | undefined {
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

interface Counted {
  about?: string;
  /** Last token of the counted noun phrase (or of the number when there is none). */
  nounEnd: number;
  anaphoric: boolean;
  isMeasure: boolean;
}

/** Age: "Benjamin David Banky, 40," / "aged 40" / "Banky, who is 40," / "Banky, then 40,". */
function isAge(parsed: ParsedSentence, phrase: Phrase): boolean {
  const { tokens } = parsed;
  const { core, first, last } = phrase;
  if (core.value >= 125 || !Number.isInteger(core.value)) return false;
  // "aged 40", "aged two", "aged between two and nine": written in words too.
  if (tokens[first - 1]?.lower === 'aged') return true;
  if (core.words) return false;
  // "Two boys, ages 6 and 16", "girls age 6 and 8", "between the ages of 18 and 23": figures listed after "age(s)"
  // are ages, the later ones too.
  const headsAges = (i: number) => AGE_LIST_HEADS.has(tokens[i]?.lower ?? '') || (tokens[i]?.lower === 'of' && AGE_LIST_HEADS.has(tokens[i - 1]?.lower ?? ''));
  if (headsAges(first - 1)) return true;
  if ((tokens[first - 1]?.lower === 'and' || tokens[first - 1]?.text === ',') && tokens[first - 2]?.pos === 'NUM' && headsAges(first - 3)) return true;
  // The comma that sets the age after the name, past "then" or "who is" between them.
  let comma = first - 1;
  if (tokens[comma]?.lower === 'then' || tokens[comma]?.lower === 'now') comma -= 1;
  else if (AGE_VERBS.has(tokens[comma]?.lower ?? '') && tokens[comma - 1]?.lower === 'who') comma -= 2;
  const closing = tokens[last + 1];
  const endsPhrase = closing === undefined || isPunct(closing);
  // "Roe was 27 when he was arrested", "Roe is 32.": a name, a linking verb, the bare figure.
  if (AGE_VERBS.has(tokens[first - 1]?.lower ?? '') && isNameEnd(parsed, first - 2)) return endsPhrase || closing?.lower === 'when';
  return tokens[comma]?.text === ',' && isNameEnd(parsed, comma - 1) && endsPhrase;
}

/** Whether token i ends a name (a proper noun, or the last word of a name the name scan found). */
function isNameEnd(parsed: ParsedSentence, i: number): boolean {
  const token = parsed.tokens[i];
  return token !== undefined && (token.pos === 'PROPN' || findNameMatches(parsed).some((m) => m.last === i));
}

/** Words that head a list of ages: "ages 6 and 16", "age 8". */
const AGE_LIST_HEADS = new Set(['age', 'ages', 'aged']);

/** Verbs that link a person to an age: "who is 32", "who turned 40". */
const AGE_VERBS = new Set(['is', 'was', 'turned', 'turns']);

/** What the number counts, tried in order of reliability. */
function countedThing(parsed: ParsedSentence, phrase: Phrase, previous: Previous): Counted {
  const { tokens } = parsed;
  const { core, first, last } = phrase;
  if (phrase.unit !== undefined) return { about: phrase.unit, nounEnd: last, anaphoric: false, isMeasure: true };
  const hyphen = hyphenNoun(parsed, core.last);
  if (hyphen !== undefined) return { about: hyphen.about, nounEnd: hyphen.last, anaphoric: false, isMeasure: true };
  const np = nounAfter(parsed, last + 1);
  // "32 years old": an age, written out.
  if (np.head === 'year' && tokens[np.last + 1]?.lower === 'old' && Number.isInteger(core.value) && core.value < 125) {
    return { about: 'age', nounEnd: np.last + 1, anaphoric: false, isMeasure: true };
  }
  if (np.head !== undefined) return { about: np.head, nounEnd: np.last, anaphoric: false, isMeasure: false };
  const anaphoric = np.anaphoric === true;
  const counted: Counted = { nounEnd: anaphoric ? np.last : last, anaphoric, isMeasure: false };
  if (isAge(parsed, phrase)) return { ...counted, about: 'age', isMeasure: true };
  const before = nounBefore(parsed, first);
  if (before !== undefined) return { ...counted, about: QUAKE_WORDS.has(before) && core.decimal === true ? 'magnitude' : before };
  if (core.decimal === true && core.value < 10 && mentionsQuake(parsed)) return { ...counted, about: 'magnitude', isMeasure: true };
  if (previous.about !== undefined && previous.end !== undefined) {
    // "killing 10 people and injuring 80", "70 others", "Five bombs were dropped, of which four exploded"
    const ofWhich = tokens[first - 1]?.lower === 'which' && tokens[first - 2]?.lower === 'of';
    if (anaphoric || ofWhich || inSameList(parsed, previous.end, first)) return { ...counted, about: previous.about };
  }
  return counted;
}

/** "20% of Ukraine's territory" -> "territory"; "$137-million of diamonds" -> "diamond". */
function shareOf(parsed: ParsedSentence, nounEnd: number): string | undefined {
  const link = parsed.tokens[nounEnd + 1]?.lower;
  return link === 'of' || link === 'in' ? nounAfter(parsed, nounEnd + 2).head : undefined;
}

/**
 * The verb: a passive or predicate after the noun ("were killed", "24 dead") first, then the verb
 * the number is the object of ("killing 10 people"), then an active verb after ("Four people died").
 */
function governingVerb(parsed: ParsedSentence, first: number, nounEnd: number, isMeasure: boolean): string | undefined {
  const after = verbAfter(parsed, nounEnd + 1);
  if (after?.strong === true) return after.verb;
  return verbBefore(parsed, first) ?? after?.verb ?? (isMeasure ? undefined : verbInClause(parsed, first));
}

function readQuantityAt(sentence: Sentence, parsed: ParsedSentence, i: number, previous: Previous): { fact: NumberFact; last: number } | undefined {
  const phrase = readPhrase(parsed, i);
  if (phrase === undefined) return undefined;
  const counted = countedThing(parsed, phrase, previous);
  const { about } = counted;
  // "one" with nothing counted and nothing qualifying it is a pronoun ("provided with one").
  if (about === undefined && phrase.core.words && phrase.core.value === 1 && !phrase.qualified && !counted.anaphoric) return undefined;

  const fact = makeFact(sentence, parsed, phrase.first, phrase.last, phrase.quantity);
  if (about !== undefined) fact.about = about;
  if (about === 'percent' || CURRENCY_NAMES.has(about ?? '') || about === 'currency') {
    const share = shareOf(parsed, counted.nounEnd);
    if (share !== undefined) fact.of = share;
  }
  if (about !== 'age') {
    const verb = governingVerb(parsed, phrase.first, counted.nounEnd, counted.isMeasure);
    if (verb !== undefined) fact.verb = verb;
  }
  return { fact, last: phrase.last };
}

function readNegationAt(sentence: Sentence, parsed: ParsedSentence, i: number): { fact: NumberFact; last: number } | undefined {
  const neg = readNegation(parsed, i);
  if (neg === undefined) return undefined;
  let about: string | undefined;
  let nounEnd = neg.last;
  if (neg.person === true) {
    about = 'person';
  } else {
    const np = pluralNounAfter(parsed, neg.nounFrom);
    if (np === undefined) return undefined;
    about = np.head;
    nounEnd = np.last;
  }
  const fact = makeFact(sentence, parsed, neg.first, neg.last, { min: 0, max: 0 });
  fact.negated = true;
  fact.about = about;
  const verb = governingVerb(parsed, neg.first, nounEnd, false);
  if (verb !== undefined) fact.verb = verb;
  return { fact, last: neg.last };
}

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
  if (next?.text === '-' && !next.spaced && /^(?:for|of)-\d+$/i.test(tokens[i + 2]?.text ?? '') && tokens[i + 2]?.spaced === false) return true;
  if (next === undefined || next.spaced || !/\d$/.test(tokens[i]!.text) || !/^\p{L}{3,}$/u.test(next.text)) return false;
  return !GLUED_UNIT_ABBREVIATIONS.has(next.lower) && !SCALE_WORDS.has(next.lower) && !GLUED_LENGTHS.has(next.lower);
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
    const found = readQuantityAt(sentence, parsed, i, previous) ?? readNegationAt(sentence, parsed, i);
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
    }
    i = found.last;
  }
  return facts;
}
