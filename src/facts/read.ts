/** Reading typed facts: every measure of the registry reads every sentence; one stretch of words is one reading. */
import { MEASURES } from './measures/index.js';
import type { SentenceContext, TypedFact } from './model.js';

/**
 * Measures whose reading of a stretch of words is the more specific: "stopped the fight at 2:56" is a game clock,
 * not a time of day, where the clock measure reads it so.
 */
const READS_BEFORE: ReadonlyMap<string, readonly string[]> = new Map([['clock', ['time']]]);

export function readTypedFacts(context: SentenceContext): TypedFact[] {
  const facts = MEASURES.flatMap((measure) => measure.read(context));
  return facts.filter((fact) => !facts.some((other) => READS_BEFORE.get(other.measure)?.includes(fact.measure) === true && overlaps(fact, other)));
}

function overlaps(a: TypedFact, b: TypedFact): boolean {
  return a.evidence.span[0] < b.evidence.span[1] && b.evidence.span[0] < a.evidence.span[1];
}
