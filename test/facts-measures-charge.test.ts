/**
 * The charge measure: the offence someone is charged with, read in several wordings; how two offences compare; and
 * the whole run. Sentences made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { charge } from '../src/facts/measures/charge.js';
import type { TermValue } from '../src/facts/index.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const read = (text: string) => readWith('charge', text).map((f) => `${f.subject.id} ${(f.value as TermValue).key}`);

describe('charge: what is read', () => {
  it.each([
    ['Dana Roe was charged with second-degree murder.', ['name:roe second degree murder']],
    ['Dana Roe was charged with 2nd-degree murder.', ['name:roe second degree murder']],
    ['Dana Roe is charged with 2nd degree murder.', ['name:roe second degree murder']],
    ['Dana Roe was charged with first degree assault.', ['name:roe first degree assault']],
    ['Police charged Dana Roe with manslaughter on Friday.', ['name:roe manslaughter']],
    ['Dana Roe faces a charge of arson.', ['name:roe arson']],
    ['Dana Roe was charged with two counts of attempted murder.', ['name:roe attempted murder']],
    ['Dana Roe was charged with murder and robbery.', ['name:roe murder', 'name:roe robbery']],
    ['He was charged with aggravated assault with a deadly weapon.', ['person aggravated assault']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['The store charged customers with a fee.', 'a fee is no offence of a person named'],
    ['Prosecutors have not yet filed charges.', 'no offence named'],
    ['The battery was charged with a cable.', 'a thing charged'],
  ])('nothing in "%s": %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('charge: how two compare', () => {
  const term = (key: string): TermValue => ({ type: 'term', key, written: key, kind: 'common', head: key.split(' ').at(-1)! });
  it.each([
    ['murder', 'manslaughter', 'possible'],
    ['robbery', 'theft', 'possible'],
    ['first degree murder', 'second degree murder', 'possible'],
    ['murder', 'first degree murder', 'agree'],
    ['murder', 'robbery', 'agree'],
    ['felony', 'burglary', 'agree'],
  ])('%s / %s: %s', (a, b, verdict) => {
    expect(charge.compare(term(a), term(b))).toBe(verdict);
  });
});

describe('charge through compare()', () => {
  const run = (...texts: string[]) =>
    compare(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), path: `${i}.txt`, text }))).contradictions.filter((c) => c.frame?.measure === 'charge');

  it('marks murder against manslaughter for one named person as possible', () => {
    const found = run(
      'A driver hit a cyclist in Dunmore on Friday.\n\nPolice later charged Dana Roe with manslaughter.',
      'A cyclist died after being hit by a car in Dunmore on Friday.\n\nThe driver, Dana Roe, was charged with murder, police said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.strength).toBe('possible');
    expect(found[0]!.values.map((v) => v.value)).toEqual(['manslaughter', 'murder']);
  });

  it('reads one degree written in figures and in words as one charge', () => {
    const found = run(
      'Dana Roe was arrested in Dunmore on Friday.\n\nRoe is charged with two counts of 2nd degree murder.',
      'Dana Roe was arrested in Dunmore on Friday.\n\nRoe was charged with second-degree murder, police said.',
    );
    expect(found).toEqual([]);
  });
});
