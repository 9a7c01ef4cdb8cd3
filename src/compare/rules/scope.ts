import { sameName } from '../../extract/names.js';
import type { NumberFact } from '../../extract/types.js';
import type { Claim, ClaimSentence, Fact } from '../../types.js';
import { factsOfSentence, type PlacedFact } from './slots.js';

/** Words that make a figure a running total rather than the count of one event or day. */
const CUMULATIVE = /\b(?:so far|in total|a total of|to date|bringing (?:the|to)|since the (?:start|beginning)|overall|altogether|cumulative)\b/i;

/** Prepositions that make the name after them the place a figure is counted in. */
const PLACE_BEFORE =
  /(?:\b(?:in|at|near|across|outside|inside|around|throughout)\s+(?:the\s+)?|\b(?:city|town|village|province|district|region|county|island)\s+of\s+)$/i;

/** How far from a figure a "so far", a place or a name still speaks of it, in characters. */
const NEAR = 40;

/**
 * Whether two facts can be about the same thing at all: not when one counts in a place the other does not
 * name ("10 houses in Takengon" against "300 houses in Aceh": a town inside the province), nor a running
 * total against a figure for one day ("lost seven soldiers so far" / "five soldiers on Wednesday").
 */
export function sameScope(claim: Claim, a: PlacedFact, b: PlacedFact): boolean {
  if (isRunningTotal(a) !== isRunningTotal(b)) return false;
  const placeA = nearestPlace(claim, a);
  const placeB = nearestPlace(claim, b);
  if (placeA === undefined || placeB === undefined) return true;
  return sameName(placeA, placeB);
}

/** Near the figure, not anywhere in the sentence: "Five died on Wednesday, bringing to 10 the toll" has both. */
function isRunningTotal({ fact, sentence }: PlacedFact): boolean {
  return CUMULATIVE.test(around(sentence.text, fact.span));
}

/**
 * The place a figure is counted in: the "in X" place nearest to it in the same clause, so "31,000 in Bam in
 * 2003, and 600 in Zarand" gives each figure its own city.
 */
function nearestPlace(claim: Claim, { fact, sentence }: PlacedFact): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const name of namesIn(claim, sentence)) {
    if (!PLACE_BEFORE.test(sentence.text.slice(Math.max(0, name.span[0] - 30), name.span[0]))) continue;
    const [from, to] = name.span[0] >= fact.span[1] ? [fact.span[1], name.span[0]] : [name.span[1], fact.span[0]];
    const between = sentence.text.slice(from, to);
    if (to - from > NEAR * 2 || /[;]|,\s+(?:and|but|while|when)\b/.test(between)) continue;
    if (!best || to - from < best.distance) best = { key: String(name.value), distance: to - from };
  }
  return best?.key;
}

/** The person a figure belongs to: "Kirkpatrick, 61," / "Banky, 40": the name just before it. */
export function personBefore(claim: Claim, { fact, sentence }: PlacedFact<NumberFact>): string | undefined {
  const names = namesIn(claim, sentence).filter((n) => n.span[1] <= fact.span[0] && fact.span[0] - n.span[1] <= 6);
  return names.length > 0 ? String(names[names.length - 1]!.value) : undefined;
}

function namesIn(claim: Claim, sentence: ClaimSentence): Fact[] {
  return factsOfSentence(claim, sentence).filter((f) => f.kind === 'name' && sentence.text.slice(f.span[0], f.span[1]) === f.text);
}

function around(text: string, span: readonly [number, number]): string {
  return text.slice(Math.max(0, span[0] - NEAR), span[1] + NEAR);
}
