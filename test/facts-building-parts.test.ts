/**
 * Parts of a building, from WordNet's part-of links: which words name one, and when two are two places inside.
 */
import { describe, expect, it } from 'vitest';
import { buildingPartRelation, isBuildingPart } from '../src/facts/building-parts.js';

describe('isBuildingPart', () => {
  it.each([
    ['kitchen', true], ['bedroom', true], ['lobby', true], ['stairs', true], ['office', true], ['porch', true], ['basement', true],
    ['parking_lot', false], ['driveway', false], ['field', false], ['shoulder', false], ['car', false], ['river', false],
  ])('%s: %s', (word, expected) => {
    expect(isBuildingPart(word)).toBe(expected);
  });
});

describe('buildingPartRelation', () => {
  it.each([
    [['kitchen'], ['bathroom'], 'apart'],
    [['stair', 'stairs'], ['lounge'], 'apart'],
    [['office'], ['closet'], 'apart'],
    // A floor holds rooms: nothing asserted.
    [['basement'], ['kitchen'], 'unknown'],
    // Not a part of a building on one side.
    [['kitchen'], ['yard'], 'unknown'],
    [['car'], ['truck'], 'unknown'],
  ])('%j / %j: %s', (a, b, expected) => {
    expect(buildingPartRelation(a, b)).toBe(expected);
  });
});
