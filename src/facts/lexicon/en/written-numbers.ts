/**
 * Amounts written in words, as a reader adds them up: units and teens ("seven", "seventeen"), tens ("seventy"),
 * scales ("seven hundred", "7 million", "7bn"). The units and tens are the number words of ./units.ts, split.
 */
import { NUMBER_WORDS } from './units.js';

/** "zero" to "nineteen". */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([...NUMBER_WORDS].filter(([, n]) => n < 20));

/** "twenty" to "ninety". */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([...NUMBER_WORDS].filter(([, n]) => n >= 20 && n < 100));

/** Scale words after a number: "1.5 million", "three thousand five hundred". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1_000], ['million', 1_000_000], ['billion', 1_000_000_000], ['trillion', 1_000_000_000_000],
]);

/** Scales written glued to digits or abbreviated: "5m", "2.5bn", "10k". */
export const SHORT_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1_000], ['m', 1_000_000], ['mn', 1_000_000], ['mln', 1_000_000], ['bn', 1_000_000_000], ['b', 1_000_000_000], ['tn', 1_000_000_000_000],
]);
