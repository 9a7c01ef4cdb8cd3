/** The workforce measure: how many people an organisation employs, asked of the organisation named. */
import { describe, expect, it } from 'vitest';
import type { TypedFact } from '../src/facts/index.js';
import { workforce } from '../src/facts/measures/workforce.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.subject.id} ${workforce.words(f.value)}`;

describe('workforce: what is read', () => {
  it.each([
    ['Ohio-based Vantor, which employs roughly 2,300 people, makes valves.', ['name:vantor about 2,300 people']],
    ['Vantor has about 1,800 employees in four states.', ['name:vantor about 1,800 people']],
    ['Vantor Industries has 412 workers at the plant.', ['name:vantor 412 people']],
  ])('%s', (text, expected) => {
    expect(readWith('workforce', text).map(described)).toEqual(expected);
  });

  it.each([
    ['Leeds has 800,000 people.', 'a place: its population'],
    ['Police said 40 people were inside.', 'no one employs them'],
    ['It has about 1,800 employees.', 'no one named'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('workforce', text)).toEqual([]);
  });
});

describe('workforce through compare()', () => {
  it('reports two figures for one company as possible when both are hedged', () => {
    const found = compare([
      { id: 'a', path: 'a.txt', text: 'Ohio-based Vantor, which employs roughly 2,300 people, agreed to be bought.' },
      { id: 'b', path: 'b.txt', text: 'Vantor has about 1,800 employees, the filing said.' },
    ]).contradictions.filter((c) => c.frame?.measure === 'workforce');
    expect(found.map((c) => [c.strength, c.values.map((v) => v.value)])).toEqual([['possible', ['about 2,300 people', 'about 1,800 people']]]);
  });
});
