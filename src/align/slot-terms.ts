import { eventSlotsOf } from '../extract/slots.js';
import type { Fact, NormalizedSentence } from '../types.js';

/** How much a shared slot counts, against 1 for a shared content word. */
export const SLOT_TERM_WEIGHT = 1;

/**
 * Add a sentence's fact slots to its alignment keys ("#weekday:reopen|", "#number:kill"). Two outlets that
 * disagree on a value ("reopened on Sunday" / "on Monday", "three killed" / "four died") share no word where
 * they disagree, which is exactly where a reader needs them side by side; the shared slot pairs them.
 */
export function withSlotTerms(sentence: NormalizedSentence, facts: readonly Fact[]): NormalizedSentence {
  const slots = [...new Set(facts.flatMap(eventSlotsOf))].map((slot) => `#${slot}`);
  if (slots.length === 0) return sentence;
  return {
    ...sentence,
    terms: [...sentence.terms, ...slots],
    termWeights: [...sentence.termWeights, ...slots.map(() => SLOT_TERM_WEIGHT)],
  };
}
