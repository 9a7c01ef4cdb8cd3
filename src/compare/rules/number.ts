import { parseQuantity, quantitiesAgree, verbFamily } from '../../extract/numbers.js';
import type { NumberFact } from '../../extract/types.js';
import type { Claim, Contradiction } from '../../types.js';
import { disagreements, placedFacts } from './slots.js';

/**
 * Sources that give incompatible counts of the same thing for the same event: "24 killed" / "26 killed".
 * Both the counted thing and the verb must match, so "captured two" and "engaged six" never meet, and
 * ranges and hedged figures are compared as intervals ("about 11,000" agrees with "more than 10,000").
 */
export function numberContradictions(claim: Claim): Contradiction[] {
  const facts = placedFacts<NumberFact>(claim, 'number');
  return disagreements(
    claim,
    'number',
    facts,
    (fact) => (fact.about && fact.verb ? `${fact.about}|${verbFamily(fact.verb)}|${fact.of ?? ''}` : undefined),
    (a, b) => isVague(a) || isVague(b) || quantitiesAgree(inclusive(a.value), inclusive(b.value)),
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
