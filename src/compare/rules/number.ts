import { quantitiesAgree, verbFamily } from '../../extract/numbers.js';
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
    (a, b) => quantitiesAgree(a.value, b.value),
  );
}
