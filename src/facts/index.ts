/**
 * The fact layer's entry: typed facts read from sentences, and the one engine that compares them across a run.
 * See model.ts for what a fact is and measures/ for the registry of what is measured.
 */
export { compareTypedFacts, questionKey, type ClaimOf, type TypedComparison } from './compare.js';
export { readTypedFacts } from './read.js';
export { withEntityFrames } from './entities.js';
export { withoutReplacedFrames } from './replaces.js';
export { isConcreteThing, isMadeThing, isPerson, isSameKind, knowsTerm, sameCandidates, termRelation, type TermRelation } from './terms.js';
export { placeRelation, type PlaceRelation } from './places.js';
export { isBroadClass } from './term-breadth.js';
export type * from './model.js';
export { EVENT, evidenceOf } from './model.js';
