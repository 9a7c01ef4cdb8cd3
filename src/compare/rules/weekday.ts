import { weekdaySlots } from '../../extract/slots.js';
import type { WeekdayFact } from '../../extract/types.js';
import type { Claim, Contradiction } from '../../types.js';
import { disagreements, placedFacts } from './slots.js';

/**
 * Sources that date the same event to different weekdays ("said on Monday" / "said on Tuesday").
 * A weekday tied to another verb belongs to another event and is not compared.
 */
export function weekdayContradictions(claim: Claim): Contradiction[] {
  const facts = placedFacts<WeekdayFact>(claim, 'weekday');
  return disagreements(claim, 'weekday', facts, weekdaySlots, (a, b) => a.fact.value === b.fact.value);
}
