/**
 * Places by name (facts/places.ts): one place, one within another, two apart, or unknown; named natural features
 * (ranges, rivers, lakes) are apart only from features of their own kind.
 */
import { describe, expect, it } from 'vitest';
import { isPlaceName, placeRelation } from '../src/facts/places.js';

describe('placeRelation', () => {
  it.each([
    ['Houston', 'Texas', 'within'],
    ['Florida', 'California', 'apart'],
    ['Sicily', 'Crete', 'apart'],
    // Natural features: two of one kind are two places.
    ['Alps', 'Pyrenees', 'apart'],
    ['Thames', 'Seine', 'apart'],
    ['Lake Victoria', 'Lake Tanganyika', 'apart'],
    // A feature within a place WordNet links it to, or a peak within its range.
    ['Alps', 'France', 'within'],
    ['Everest', 'Himalayas', 'within'],
    // A feature straddles borders WordNet does not list: against another place, nothing is asserted.
    ['Alps', 'Germany', 'unknown'],
    ['Danube', 'Alps', 'unknown'],
    // A name read first as something else (a river before the state) asserts nothing either.
    ['Mississippi', 'Alabama', 'unknown'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(placeRelation(a, b)).toBe(expected);
  });

  it.each([['Alps', true], ['Thames', true], ['Leeds', true], ['Bettie', false], ['Hughes', false]])('isPlaceName(%s): %s', (name, expected) => {
    expect(isPlaceName(name)).toBe(expected);
  });
});
