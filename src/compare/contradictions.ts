import type { Claim, Contradiction } from '../types.js';
import { nameContradictions } from './rules/name.js';
import { termContradictions } from './rules/term.js';
import { weekdayContradictions } from './rules/weekday.js';

/**
 * Rules that need the sentences to be aligned first (numbers are compared across the run, see facts.ts).
 * A contradiction rule looks at one claim's facts and says where its sources disagree on the same slot.
 */
export type ContradictionRule = (claim: Claim) => Contradiction[];

export const RULES: readonly ContradictionRule[] = [weekdayContradictions, nameContradictions, termContradictions];

/** Only claims stated by two or more sources can hold a contradiction. */
export function findContradictions(claims: readonly Claim[]): Contradiction[] {
  return claims
    .filter((c) => c.sources.length > 1)
    .flatMap((claim) => RULES.flatMap((rule) => rule(claim)))
    .map((c) => ({ ...c, strength: 'conflict', reason: c.reason ?? `different ${KIND_WORDS[c.kind]} in sentences stating the same claim` }));
}

/** What a claim-level rule compares, in words. */
const KIND_WORDS: Record<Contradiction['kind'], string> = {
  number: 'figures', date: 'dates', weekday: 'weekdays for the same event', name: 'names for the same thing',
  quote: 'quotations', direction: 'directions', role: 'roles', term: 'words of one kind',
};

/**
 * One dispute, one report: a later contradiction whose every value is stated at a value of one earlier contradiction
 * (same source and line, overlapping words) repeats it ("40 km west of Tabriz" / "east": the direction, then the
 * word of one kind) and is left out.
 */
export function withoutRepeats(contradictions: readonly Contradiction[]): Contradiction[] {
  const kept: Contradiction[] = [];
  const at = (a: Contradiction['values'][number], b: Contradiction['values'][number]) =>
    a.source === b.source && a.line === b.line && a.span !== undefined && b.span !== undefined && a.span[0] < b.span[1] && b.span[0] < a.span[1];
  // Of two reports of one dispute, the surer stays ("first-degree" / "second-degree murder": the claim's conflict of
  // ordinals before the charge's possible dispute); the order of those kept is the order given.
  const surerFirst = [...contradictions].sort((a, b) => Number(a.strength !== 'conflict') - Number(b.strength !== 'conflict'));
  for (const c of surerFirst) {
    if (kept.some((earlier) => c.values.every((v) => earlier.values.some((e) => at(v, e))))) continue;
    kept.push(c);
  }
  const keptSet = new Set(kept);
  return contradictions.filter((c) => keptSet.has(c));
}
