/**
 * The figure itself at a token: digits ("1,500", "6.1", "40-70"), number words ("twenty-five", "one hundred and
 * twenty"), a figure with an article ("a dozen", "half a million"), vague class words ("dozens", "tens of thousands",
 * "several hundred"), and the scale after it ("1.5 million", "5m", "2.5bn").
 */
import { CURRENCY_SYMBOLS } from '../../facts/lexicon/en/currencies.js';
import { RECORD_REACHED_VERBS, WIN_LOSS_NOUNS } from '../../facts/lexicon/en/records.js';
import { VAGUE_CLASSES, VAGUE_MULTIPLIERS } from '../../facts/lexicon/en/vague-amounts.js';
import { SCALE_WORDS, SHORT_SCALES, TENS_WORDS, UNIT_WORDS } from '../../facts/lexicon/en/written-numbers.js';
import type { ParsedSentence } from '../types.js';

export interface Core {
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
export function readNumberWords(parsed: ParsedSentence, i: number): Core | undefined {
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
export function readDigits(parsed: ParsedSentence, i: number): Core | undefined {
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

/**
 * Whether a hyphenated pair is a record of wins and losses: followed by a record noun ("a 9-14 record", "a 35-47
 * season"), alone in parentheses after a name ("the Sixers (9-14)"), or reached by a team ("went 20-5", "fell to
 * 40-42").
 */
function isRecord(parsed: ParsedSentence, i: number): boolean {
  const { tokens } = parsed;
  if (WIN_LOSS_NOUNS.has(tokens[i + 1]?.lemma ?? '')) return true;
  if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') return true;
  const before = tokens[i - 1]?.lower;
  return (before === 'to' || before === 'at') && RECORD_REACHED_VERBS.includes(tokens[i - 2]?.lemma ?? '');
}

export function readCore(parsed: ParsedSentence, i: number): Core | undefined {
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
