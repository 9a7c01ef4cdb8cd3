/**
 * The plural of a unit for a count ("1 week", "3 weeks"). Verb forms for labels (gerunds, participles) are the
 * shared ones of language/en/inflect.ts.
 */

/** A unit word for a count: "1 week", "3 weeks". */
export function unitWords(amount: number, unit: string): string {
  return amount === 1 ? unit : unit.endsWith('s') ? unit : `${unit}s`;
}
