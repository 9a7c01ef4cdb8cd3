/**
 * Parts of a building, as WordNet links them: a word whose kind (itself or a hypernym a few steps up) is part of
 * ("#p") a building or a kind of building. "kitchen" is a room, and a room is part of a building; "stairs" are a
 * stairway, part of a building; "office" is part of an office building; "basement" is a floor. Two different parts
 * are two places inside the premises, which one happening at one moment is not in both of ("shot on the stairs" /
 * "shot in the break room", "the fire started in the kitchen" / "in the bedroom"). A part that holds others (a floor,
 * a wing: lexicon/en/settings.ts CONTAINING_PARTS) agrees with any room, which may be on it.
 */
import { CONTAINING_PARTS } from './lexicon/en/settings.js';
import { BoundedMemo } from '../memo.js';
import { hypernymsWithin } from './terms.js';
import { senseOffsets, synsetAt } from './wordnet.js';

/** Senses of a word read: its common ones ("closet" is a cupboard, then a water closet, a room). */
const PART_SENSES = 2;
/** Hypernym steps from a word's sense to the kind that is a part ("kitchen" -> room: 1). */
const KIND_STEPS = 3;
/** Hypernym steps from a whole up to "building" ("office building" -> building: 1; "house" -> building: 1). */
const WHOLE_STEPS = 4;

export type BuildingPartRelation = 'apart' | 'unknown';

let buildingOffset: number | undefined;
/** WordNet's "building" (a structure with a roof and walls): its first noun sense. */
function building(): number | undefined {
  return (buildingOffset ??= senseOffsets('building', 'noun')?.[0]);
}

/** Whether a synset is a building or a kind of one, within WHOLE_STEPS hypernym steps. */
function isBuilding(offset: number): boolean {
  return hypernymsWithin(offset, WHOLE_STEPS).includes(building()!);
}

/** The kinds of building part a word names in its common senses (synset offsets), empty when none. */
function partKinds(lemma: string): number[] {
  const isPart = (o: number) => synsetAt(o, 'noun').pointers.some((p) => p.symbol === '#p' && isBuilding(p.offset));
  return (senseOffsets(lemma.replace(/\s+/g, '_'), 'noun') ?? [])
    .slice(0, PART_SENSES)
    .flatMap((sense) => hypernymsWithin(sense, KIND_STEPS).find(isPart) ?? []);
}

const memo = new BoundedMemo<string, number[]>(10_000);

function partKindsOf(lemma: string): number[] {
  return memo.get(lemma, () => partKinds(lemma));
}

/** A part that holds other parts: a floor holds rooms. */
function isContaining(offset: number): boolean {
  return synsetAt(offset, 'noun').words.some((w) => CONTAINING_PARTS.has(w));
}

/**
 * How two words for where something happened relate as parts of a building: `apart` when both name parts of a
 * building in their common senses and neither holds the other (two rooms, a room and a stairway); else `unknown`,
 * which asserts nothing. Synonyms and broader terms ("room" / "kitchen") are the caller's to excuse first. Each
 * side is the forms a word may be looked up by: its lemma and as written ("stair" / "stairs", which WordNet lists
 * as a word of its own).
 */
export function buildingPartRelation(a: readonly string[], b: readonly string[]): BuildingPartRelation {
  const [x, y] = [a.flatMap(partKindsOf), b.flatMap(partKindsOf)];
  if (x.length === 0 || y.length === 0) return 'unknown';
  if ([...x, ...y].some(isContaining)) return 'unknown';
  return 'apart';
}

/** Whether a word names a part of a building in one of its common senses ("kitchen", "stairs", "lobby"). */
export function isBuildingPart(lemma: string): boolean {
  return partKindsOf(lemma).length > 0;
}
