import type { Claim, Contradiction } from '../types.js';
import { nameContradictions } from './rules/name.js';
import { numberContradictions } from './rules/number.js';
import { weekdayContradictions } from './rules/weekday.js';

/** A contradiction rule looks at one claim's facts and says where its sources disagree on the same slot. */
export type ContradictionRule = (claim: Claim) => Contradiction[];

export const RULES: readonly ContradictionRule[] = [weekdayContradictions, numberContradictions, nameContradictions];

/** Only claims stated by two or more sources can hold a contradiction. */
export function findContradictions(claims: readonly Claim[]): Contradiction[] {
  return claims.filter((c) => c.sources.length > 1).flatMap((claim) => RULES.flatMap((rule) => rule(claim)));
}
