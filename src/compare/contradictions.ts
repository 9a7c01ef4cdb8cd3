import type { Claim, Contradiction } from '../types.js';

/** A contradiction rule looks at one claim's facts and says where its sources disagree on the same slot. */
export type ContradictionRule = (claim: Claim) => Contradiction[];

const RULES: readonly ContradictionRule[] = [];

export function findContradictions(claims: readonly Claim[]): Contradiction[] {
  return claims.flatMap((claim) => RULES.flatMap((rule) => rule(claim)));
}
