import { MEDIA_NOUNS, POINTING_WORDS } from '../../../language/en/clutter-words.js';
import { isCreditNote } from '../../rules/credit.js';
import { isTimestampLine } from '../../rules/timestamp.js';
import type { PageFacts } from '../page.js';
import { flag, type Feature } from './feature.js';
import { outletNames } from '../../outlet.js';

/**
 * A picture's or a player's text tells itself by what hangs on it: a credit or a time stamp in brackets after the
 * description ("... on Clarke Boulevard. (Source: Jane Roe/KXYZ)", "... (Published Tuesday, Oct. 18)"), the
 * outlet's name signed after the last sentence ("... early Monday. KXYZ 11"), or the page pointing at its medium
 * ("This photo shows ...", "The attached video ..."). Reporting carries none of these.
 */

const INNER = /^\((.*)\)\.?$/su;

/** What trim.ts cut off the line's end was a credit or a time stamp in brackets. */
function bracketCut(cut: string): boolean {
  const inner = INNER.exec(cut)?.[1];
  return inner !== undefined && (isCreditNote(cut) || isTimestampLine(inner));
}

/** The words after the line's last sentence end, when there are one to four of them ("KXYZ 11", "| Daily Planet"). */
const SIGNATURE = /[.!?]["”’)]?\s+\|?\s?((?:[\p{L}\p{N}&'’.-]+\s?){1,4})$/u;

/** For each page, its outlet's names (worked out on first use). */
const namesOf = new WeakMap<PageFacts, string[]>();

function outletSigns(f: PageFacts, i: number): boolean {
  const tail = SIGNATURE.exec(f.lines[i]!.sample.slice(-80))?.[1];
  if (tail === undefined) return false;
  let names = namesOf.get(f);
  if (names === undefined) namesOf.set(f, (names = outletNames(f.page.sourceId)));
  const words = tail.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return names.some((n) => words.includes(n));
}

/** A pointing word and a medium's noun among the line's first three words. */
function pointsAtMedium(words: readonly string[]): boolean {
  const head = words.slice(0, 3);
  const at = head.findIndex((w) => MEDIA_NOUNS.has(w));
  return at > 0 && head.slice(0, at).some((w) => POINTING_WORDS.has(w));
}

export const CREDIT_FEATURES: readonly Feature[] = [
  { name: 'bracket-cut', reason: 'caption', value: (f, i) => flag(bracketCut(f.lines[i]!.cut)) },
  { name: 'outlet-signs', reason: 'caption', value: (f, i) => flag(outletSigns(f, i)) },
  { name: 'points-at-medium', reason: 'caption', value: (f, i) => flag(pointsAtMedium(f.lines[i]!.bare)) },
];
