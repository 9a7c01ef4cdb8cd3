import { parseQuantity, quantitiesAgree, verbFamily } from '../../extract/numbers.js';
import { numberSlots } from '../../extract/slots.js';
import type { NumberFact } from '../../extract/types.js';
import type { Claim, Contradiction } from '../../types.js';
import { personBefore, sameScope } from './scope.js';
import { disagreements, factsOfSentence, placedFacts, type PlacedFact } from './slots.js';

/**
 * Sources that give incompatible figures for the same slot (see extract/slots.ts): "24 killed" / "26 killed",
 * "no casualties" / "two killed", "magnitude 6.3" / "magnitude 6.1". "Captured two" and "engaged six" are
 * different slots; ranges, hedged and rounded figures are compared as such ("about 11,000" agrees with "more
 * than 10,000", "600" with "612"); a figure for another place, a running total or a part of a whole is
 * another scope.
 */
export function numberContradictions(claim: Claim): Contradiction[] {
  const facts = placedFacts<NumberFact>(claim, 'number').filter((p) => !isPart(claim, p));
  return disagreements(
    claim,
    'number',
    facts,
    (fact) => slotsIn(claim, facts, fact),
    (a, b) =>
      !sameScope(claim, a, b) ||
      isVague(a.fact) ||
      isVague(b.fact) ||
      statesValueToo(claim, b, a.fact.value) ||
      statesValueToo(claim, a, b.fact.value) ||
      roundedAlike(a.fact.value, b.fact.value) ||
      quantitiesAgree(inclusive(a.fact.value), inclusive(b.fact.value)),
  );
}

/** A number's slots, made finer where the thing counted needs more to be one thing. */
function slotsIn(claim: Claim, facts: ReadonlyArray<PlacedFact<NumberFact>>, fact: NumberFact): string[] {
  const placed = facts.find((p) => p.fact === fact)!;
  // Ages belong to a person: "Kirkpatrick, 61" and "Banky, 40" are no disagreement.
  if (fact.about === 'age') {
    const person = personBefore(claim, placed);
    return person ? [`age|${person}`] : [];
  }
  const measure = measureOf(placed);
  return numberSlots(fact).map((slot) => (measure ? `${slot}|${measure}` : slot));
}

/** What a length measures, from the words around it: a quake's depth is not its distance from a town. */
function measureOf({ fact, sentence }: PlacedFact<NumberFact>): string {
  const before = sentence.text.slice(Math.max(0, fact.span[0] - 30), fact.span[0]);
  const after = sentence.text.slice(fact.span[1], fact.span[1] + 30);
  const named = /\b(depth|distance|height|speed|length|width|altitude|radius)\s+of\s+(?:just\s+|about\s+|some\s+|roughly\s+|around\s+)?$/i.exec(before);
  if (named) return named[1]!.toLowerCase();
  if (/^\s*\S+\s+(?:an hour|per hour|a day|per day)\b|^\s*(?:km\/h|mph|kph)\b/i.test(after)) return 'rate';
  if (/^\s*\S*\s*(?:\([^)]*\)\s*)?(?:from|away|west|east|north|south|north-?west|north-?east|south-?west|south-?east)\b/i.test(after)) return 'distance';
  return '';
}

/** "Three other rifles", "12 Somali and 11 Yemeni pirates": a part of a whole some source counts entire. */
function isPart(claim: Claim, { fact, sentence }: PlacedFact<NumberFact>): boolean {
  if (/^\s+other\b/i.test(sentence.text.slice(fact.span[1], fact.span[1] + 8))) return true;
  // A breakdown: this number and another joined by "<word> and" ("12 Somali and 11 Yemeni").
  return factsOfSentence(claim, sentence).some((other) => {
    if (other.kind !== 'number' || other === fact) return false;
    const [first, second] = other.span[0] > fact.span[0] ? [fact, other] : [other, fact];
    return BREAKDOWN_JOIN.test(sentence.text.slice(first.span[1], second.span[0]));
  });
}

/** What stands between the parts of a breakdown: one word, then "and"/"or". */
const BREAKDOWN_JOIN = /^\s+[\p{L}'-]+,?\s+(?:and|or)\s+$/u;

/**
 * The other source's sentence states this very figure too, of the same thing (a breakdown: "the 23 pirates
 * (12 Somali and 11 Yemeni)"; two agencies' figures side by side): no disagreement. "Five bombs were dropped,
 * of which four exploded" does not state that four were dropped.
 */
function statesValueToo(claim: Claim, placed: PlacedFact<NumberFact>, value: string | number): boolean {
  const own = placed.fact;
  return factsOfSentence(claim, placed.sentence).some((f) => {
    if (f.kind !== 'number' || f === own || f.value !== value) return false;
    const other = f as NumberFact;
    const sameVerb = other.verb === undefined || own.verb === undefined || verbFamily(other.verb) === verbFamily(own.verb);
    return other.about === own.about && sameVerb;
  });
}

/**
 * A round figure and a precise one within 5% of it ("600" / "612", "6 miles" / "6.2 miles"): an outlet that
 * rounded, not one that disagrees. Figures of the same precision (12 / 14, 5.9 / 6.1) still disagree.
 */
function roundedAlike(a: string | number, b: string | number): boolean {
  if (typeof a !== 'number' || typeof b !== 'number' || a === b) return false;
  const near = Math.abs(a - b) <= 0.05 * Math.max(Math.abs(a), Math.abs(b));
  return near && significantDigits(a) !== significantDigits(b);
}

function significantDigits(n: number): number {
  return String(Math.abs(n)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * "More than 40" against "40" is a difference of precision, not of fact: outlets round and hedge.
 * Bounds are compared as inclusive, so only a figure clearly outside the other's range disagrees.
 */
function inclusive(value: string | number): string | number {
  return typeof value === 'string' ? value.replace(/^>(?!=)/, '>=').replace(/^<(?!=)/, '<=') : value;
}

/** Class words ("several", "dozens", "hundreds") are too vague to contradict a figure. */
function isVague(fact: NumberFact): boolean {
  const q = fact.quantity ?? parseQuantity(fact.value);
  return q !== undefined && q.min !== null && q.max !== null && q.min !== q.max && !/\d/.test(fact.text);
}
