/**
 * The block measure: a place on a street as US news writes it ("the 1400 block of Elm Street"), one question per
 * street whatever side or type word an outlet writes; blocks compared as figures, and at most possibly apart.
 */
import { describe, expect, it } from 'vitest';
import type { QuantityValue, TypedFact } from '../src/facts/index.js';
import { block } from '../src/facts/measures/block.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.attribute.id} ${block.words(f.value)} (${f.attribute.label})`;

describe('block: what is read', () => {
  it.each([
    ['Deputies were called to the 1400 block of Elm Street just before noon.', ['block|elm 1400 block (block of Elm Street)']],
    // Side and type words are no part of the question; a type word ends the street.
    ['The car was found in the 1400 block of East Elm St. in Dunmore.', ['block|elm 1400 block (block of East Elm St)']],
    ['Shots were fired in the 300 block of N. Harlan Avenue, police said.', ['block|harlan 300 block (block of N. Harlan Avenue)']],
    ['The fire began in the 12200 block of 223rd Street.', ['block|223rd 12200 block (block of 223rd Street)']],
    // A street of several words, and one with no type word.
    ['A man was shot in the 600 block of Martin Luther King Jr. Boulevard.', ['block|martin luther king jr 600 block (block of Martin Luther King Jr. Boulevard)']],
    ['The fight spilled into the 3700 block of Fannin.', ['block|fannin 3700 block (block of Fannin)']],
  ])('%s', (text, expected) => {
    expect(readWith('block', text).map(described)).toEqual(expected);
  });

  it.each([
    ['The city block was sealed off for hours.', 'no figure'],
    ['Police blocked off 12 streets.', 'no block of a street'],
    ['He lived three blocks from the school.', 'a distance, not a place on a street'],
    ['The 200 block of the street was closed.', 'no named street'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('block', text)).toEqual([]);
  });
});

describe('block: verdicts', () => {
  const at = (n: number): QuantityValue => ({ type: 'quantity', min: n, max: n, unit: 'block' });
  it.each([
    { a: 1400, b: 1400, verdict: 'agree', why: 'one block' },
    { a: 12000, b: 12200, verdict: 'agree', why: 'a rounder figure may be the other written loosely' },
    { a: 12200, b: 12500, verdict: 'possible', why: 'two blocks: two places, or one told wrong' },
    { a: 5800, b: 8500, verdict: 'possible', why: 'digits swapped, or two places' },
  ])('$a / $b: $verdict ($why)', ({ a, b, verdict }) => {
    expect(block.compare(at(a), at(b))).toBe(verdict);
  });
});

describe('block through compare()', () => {
  const run = (...texts: string[]) =>
    compare(texts.map((text, i) => ({ id: `s${i}`, path: `s${i}.txt`, text }))).contradictions.filter((c) => c.frame?.measure === 'block');

  it('reports two blocks of one street, written two ways, as possible', () => {
    const found = run(
      'A man was shot dead on Friday.\n\nThe shooting happened in the 2300 block of Wildwood Road, police said.',
      'Police found the victim in the 2900 block of Wildwood Rd. after a neighbour called 911.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.strength).toBe('possible');
    expect(found[0]!.values.map((v) => v.value)).toEqual([2300, 2900]);
  });

  it('says nothing where one source puts two places on the street', () => {
    const found = run(
      'The fight began at a bar in the 3700 block of Fannin and ended with shots in the 3500 block of Fannin.',
      'Shots were fired in the 3500 block of Fannin, police said.',
    );
    expect(found).toEqual([]);
  });
});
