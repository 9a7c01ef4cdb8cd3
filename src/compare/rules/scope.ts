import { sameName } from '../../extract/names.js';
import type { Claim, ClaimSentence } from '../../types.js';
import type { PlacedFact } from './slots.js';

/** Words that make a figure a running total rather than the count of one event or day. */
const CUMULATIVE = /\b(?:so far|in total|a total of|to date|bringing (?:the|to)|since the (?:start|beginning)|overall|altogether|cumulative)\b/i;

/** Prepositions that make the name after them the place a figure is counted in. */
const PLACE_BEFORE = /\b(?:in|at|near|across|outside|inside|around|throughout)\s+(?:the\s+)?$/i;

/**
 * Whether two facts can be about the same thing at all: not when one counts a place the other does not name
 * ("10 houses in Takengon" against "300 houses in Aceh": a town inside the province, a difference of scope),
 * nor a running total against a figure for one day ("lost seven soldiers so far" / "five soldiers on Wednesday").
 */
export function sameScope(claim: Claim, a: PlacedFact, b: PlacedFact): boolean {
  if (isRunningTotal(a) !== isRunningTotal(b)) return false;
  const placesA = placesOf(claim, a.sentence);
  const placesB = placesOf(claim, b.sentence);
  if (placesA.length === 0 || placesB.length === 0) return true;
  return placesA.some((x) => placesB.some((y) => sameName(x, y)));
}

/** How far from a figure a "so far" or "bringing to" still speaks of it, in characters. */
const TOTAL_WINDOW = 40;

/** Near the figure, not anywhere in the sentence: "Five died on Wednesday, bringing to 10 the toll" has both. */
function isRunningTotal({ fact, sentence }: PlacedFact): boolean {
  const window = sentence.text.slice(Math.max(0, fact.span[0] - TOTAL_WINDOW), fact.span[1] + TOTAL_WINDOW);
  return CUMULATIVE.test(window);
}

function placesOf(claim: Claim, sentence: ClaimSentence): string[] {
  return claim.facts
    .filter((f) => f.kind === 'name' && f.source === sentence.source && f.line === sentence.line)
    .filter((f) => sentence.text.slice(f.span[0], f.span[1]) === f.text)
    .filter((f) => PLACE_BEFORE.test(sentence.text.slice(Math.max(0, f.span[0] - 16), f.span[0])))
    .map((f) => String(f.value));
}
