import { parseQuantity, quantitiesAgree } from '../../extract/numbers.js';
import { numberSlots } from '../../extract/slots.js';
import type { NumberFact } from '../../extract/types.js';
import type { Claim, Contradiction } from '../../types.js';
import { sameScope } from './scope.js';
import { disagreements, placedFacts } from './slots.js';

/**
 * Sources that give incompatible figures for the same slot (see extract/slots.ts): "24 killed" / "26 killed",
 * "no casualties" / "two killed", "magnitude 6.3" / "magnitude 6.1". "Captured two" and "engaged six" are
 * different slots; ranges and hedged figures are compared as intervals ("about 11,000" agrees with "more than
 * 10,000"); a figure for another place or a running total is another scope (see sameScope).
 */
export function numberContradictions(claim: Claim): Contradiction[] {
  const facts = placedFacts<NumberFact>(claim, 'number');
  return disagreements(
    claim,
    'number',
    facts,
    numberSlots,
    (a, b) =>
      !sameScope(claim, a, b) ||
      isVague(a.fact) ||
      isVague(b.fact) ||
      quantitiesAgree(inclusive(a.fact.value), inclusive(b.fact.value)),
  );
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
