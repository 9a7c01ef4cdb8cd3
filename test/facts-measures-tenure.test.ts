/**
 * The years-of-service measure: how long someone has served, in several wordings, whose it is, what it leaves unread,
 * and how two figures compare.
 */
import { describe, expect, it } from 'vitest';
import type { QuantityValue, TypedFact } from '../src/facts/index.js';
import { tenure } from '../src/facts/measures/tenure.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.subject.id} ${tenure.words(f.value)}`;

describe('years of service: what is read', () => {
  it.each([
    ['Officer Ann Lee, a 12-year veteran of the force, was killed.', ['name:le 12 years']],
    ['12-year veteran Officer Ann Lee was killed on Friday.', ['name:le 12 years']],
    ['Officer Ann Lee, who had served eight years on the force, was killed.', ['name:le 8 years']],
    ['Deputy Ann Lee had been with the department for 12 years.', ['name:le 12 years']],
    ['Deputy Ann Lee had been with police for 12 years.', ['name:le 12 years']],
    ['Deputy Ann Lee worked 20 years for the sheriff.', ['name:le 20 years']],
    ['He was a 15-year veteran of the department.', ['person 15 years']],
    ['Ann Lee, who had served nearly 12 years with the agency, retired.', ['name:le about 12 years']],
  ])('%s', (text, expected) => {
    expect(readWith('tenure', text).map(described)).toEqual(expected);
  });

  it.each([
    ['Ann Lee served eight years in prison for the robbery.', 'a sentence, not service'],
    ['Ann Lee served eight years as mayor.', 'no body named'],
    ['The 12-year-old boy was shot.', 'an age'],
    ['A 12-year veteran was hurt in the blast.', 'no one named'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('tenure', text)).toEqual([]);
  });
});

describe('years of service: verdicts', () => {
  const years = (min: number, max = min, approx = false): QuantityValue => ({ type: 'quantity', min, max, unit: 'year', ...(approx ? { approx: true } : {}) });
  it.each([
    { a: years(12), b: years(12), verdict: 'agree', why: 'one figure' },
    { a: years(12), b: years(13), verdict: 'possible', why: 'a year apart: counted at another time or rounded' },
    { a: years(12), b: years(20), verdict: 'conflict', why: 'years apart' },
    { a: years(11, 12, true), b: years(12), verdict: 'agree', why: 'nearly 12 and 12' },
  ])('$verdict: $why', ({ a, b, verdict }) => {
    expect(tenure.compare(a, b)).toBe(verdict);
  });
});
