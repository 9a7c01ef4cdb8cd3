import type { Claim, Coverage } from '../types.js';

/** How widely a claim is stated, out of `total` sources. See `Coverage`. */
export function coverageOf(stated: number, total: number): Coverage {
  if (stated === total) return 'all';
  if (stated * 2 > total) return 'most';
  return stated === 1 ? 'one' : 'some';
}

/** A claim stated by at most half the sources is an addition of those that state it. */
export function isAddition(claim: Pick<Claim, 'coverage'>): boolean {
  return claim.coverage === 'some' || claim.coverage === 'one';
}

/** A claim stated by more than half the sources is an omission of those that leave it out. */
export function isOmission(claim: Pick<Claim, 'coverage' | 'omittedBy'>): boolean {
  return claim.coverage === 'most' && claim.omittedBy.length > 0;
}
