import { parseQuantity, quantitiesAgree, verbFamily } from '../../extract/numbers.js';
import type { NumberFact } from '../../extract/types.js';
import type { Claim, Contradiction } from '../../types.js';
import { sameScope } from './scope.js';
import { disagreements, placedFacts } from './slots.js';

/**
 * Sources that give incompatible counts of the same thing for the same event: "24 killed" / "26 killed",
 * "no casualties" / "two killed". Both the counted thing and the verb must match, so "captured two" and
 * "engaged six" never meet; ranges and hedged figures are compared as intervals ("about 11,000" agrees with
 * "more than 10,000"); a figure for another place or a running total is another slot (see sameScope).
 */
export function numberContradictions(claim: Claim): Contradiction[] {
  const facts = placedFacts<NumberFact>(claim, 'number');
  return disagreements(
    claim,
    'number',
    facts,
    slotsOf,
    (a, b) =>
      !sameScope(claim, a, b) ||
      isVague(a.fact) ||
      isVague(b.fact) ||
      quantitiesAgree(inclusive(a.fact.value), inclusive(b.fact.value)),
  );
}

/** Verb families whose object, when a count stands alone ("two were killed"), is people. */
const HARM_TO_PEOPLE = new Set(['kill', 'injure', 'capture']);

/** Nouns that name harm to people in general: "no casualties" speaks of the dead and the injured alike. */
const HARM_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['casualty', ['kill', 'injure']],
  ['fatality', ['kill']],
  ['death', ['kill']],
  ['injury', ['injure']],
]);

function slotsOf(fact: NumberFact): string[] {
  const of = fact.of ?? '';
  const harms = fact.about ? HARM_NOUNS.get(fact.about) : undefined;
  if (harms && !fact.verb) return harms.map((family) => `person|${family}|${of}`);
  if (!fact.verb) return [];
  const family = verbFamily(fact.verb);
  const about = fact.about ?? (HARM_TO_PEOPLE.has(family) ? 'person' : undefined);
  return about ? [`${about}|${family}|${of}`] : [];
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
