/** The condition measure: the state hospitals or the police give a patient, asked of that person. */
import { describe, expect, it } from 'vitest';
import type { TypedFact } from '../src/facts/index.js';
import { condition } from '../src/facts/measures/condition.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.subject.id} ${condition.words(f.value)}${f.alignedOnly === true ? ' (aligned only)' : ''}`;

describe('condition: what is read', () => {
  it.each([
    ['Marta Quill was in stable condition at a hospital on Friday.', ['name:quil stable condition']],
    ['Quill, 52, remained in critical condition, police said.', ['name:quil critical condition']],
    ['Officer Ben Ott was listed in serious but stable condition.', ['name:ot serious but stable condition']],
    ['She was in critical condition at County General.', ['person critical condition (aligned only)']],
  ])('%s', (text, expected) => {
    expect(readWith('condition', text).map(described)).toEqual(expected);
  });

  it.each([
    ['Two others were in stable condition.', 'several people'],
    ['Quill has since been upgraded to fair condition.', 'a change, not a condition'],
    ['Quill was initially in critical condition.', 'one of two times'],
    ['The car was in good condition.', 'a thing, not a patient'],
    ['Quill said conditions in the plant were poor.', 'no level of the scale'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('condition', text)).toEqual([]);
  });
});

describe('condition through compare()', () => {
  const contradictionsOf = (a: string, b: string) => compare([
    { id: 'a', path: 'a.txt', text: a },
    { id: 'b', path: 'b.txt', text: b },
  ]).contradictions.filter((c) => c.frame?.measure === 'condition').map((c) => [c.strength, c.values.map((v) => v.value)]);

  it.each([
    ['Marta Quill was in stable condition on Friday.', 'Quill remained in critical condition on Friday.', [['conflict', ['stable condition', 'critical condition']]]],
    ['Marta Quill was in good condition on Friday.', 'Quill was in serious condition on Friday.', [['conflict', ['good condition', 'serious condition']]]],
    ['Marta Quill was in serious condition on Friday.', 'Quill was in stable condition on Friday.', []],
    ['Marta Quill was in critical condition on Friday.', 'Quill was listed in critical but stable condition.', []],
    ['Marta Quill was in stable condition on Friday.', 'Ben Ott was in critical condition on Friday.', []],
  ])('"%s" against "%s"', (a, b, expected) => {
    expect(contradictionsOf(a, b)).toEqual(expected);
  });
});
