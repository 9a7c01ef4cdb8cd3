/**
 * The age-at-death measure: an age tied to a death in several wordings, whose it is, what it leaves unread, and
 * two outlets' ages through compare().
 */
import { describe, expect, it } from 'vitest';
import type { TypedFact } from '../src/facts/index.js';
import { deathAge } from '../src/facts/measures/death-age.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.subject.id} ${deathAge.words(f.value)}`;

describe('age at death: what is read', () => {
  it.each([
    ['The novelist Ines Marlow has died aged 88.', ['name:marlov 88']],
    ['Ines Marlow, the author of six novels, has died at the age of 88.', ['name:marlov 88']],
    ['Novelist Ines Marlow dies at 88 after a short illness', ['name:marlov 88']],
    ['Ines Marlow, who died peacefully at home on Sunday, aged 88, wrote six novels.', ['name:marlov 88']],
    ['Her family said her death at the age of 88 came after a short illness.', ['person 88']],
    ['He passed away on Tuesday at age 91.', ['person 91']],
    // A long appositive that itself ends in a name: the name before it is who died.
    ['Ines Marlow, the Leeds-born novelist who became a household name in the United States with the crime series Dark Harbour, has died at the age of 88.', ['name:marlov 88']],
    // The sentence that tells the death tells the age at it: an age in commas or before the name of whoever died.
    ['Ines Marlow, 88, died on Sunday.', ['name:marlov 88']],
    ['The 88-year-old novelist Ines Marlow died on Sunday.', ['name:marlov 88']],
  ])('%s', (text, expected) => {
    expect(readWith('death-age', text).map(described)).toEqual(expected);
  });

  it.each([
    ['Ines Marlow died at 12 Elm Street.', 'an address'],
    ['Ines Marlow died in 1988.', 'a year'],
    ['Ines Marlow was 88.', 'no death in the sentence'],
    ['Ines Marlow, 88, mourned her sister, who died on Sunday.', 'an age of someone else than who died'],
    ['The death of Ines Marlow, 88, was announced.', 'an age before a noun of death is not read as at it'],
    ['The storm killed 88 people.', 'a count of the dead'],
    ['Ines Marlow died at the scene, and 40 people were hurt.', 'a figure of another clause'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('death-age', text)).toEqual([]);
  });
});

describe('age at death through compare()', () => {
  it('reports two ages at death of one person, with their unit', () => {
    const found = compare([
      { id: 'a', path: 'a.txt', text: 'The novelist Ines Marlow has died aged 88.\n\nShe wrote six novels.' },
      { id: 'b', path: 'b.txt', text: 'Ines Marlow, whose novels sold millions, has died at the age of 86.\n\nShe lived in Bath.' },
      { id: 'c', path: 'c.txt', text: 'Tributes were paid to Ines Marlow, who died on Sunday aged 88.' },
    ]).contradictions.filter((c) => c.frame?.measure === 'death-age');
    expect(found).toHaveLength(1);
    expect(found[0]!.strength).toBe('conflict');
    expect(found[0]!.values.map((v) => [v.source, v.value, v.unit])).toEqual([
      ['a', 88, 'year'],
      ['b', 86, 'year'],
      ['c', 88, 'year'],
    ]);
  });
});
