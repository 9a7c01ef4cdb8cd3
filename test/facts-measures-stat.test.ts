/** The stat measure: a player's total of a statistic over a career or a season, whatever the verb. */
import { describe, expect, it } from 'vitest';
import type { TypedFact } from '../src/facts/index.js';
import { stat } from '../src/facts/measures/stat.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.subject.id} ${f.attribute.id} ${stat.words(f.value)}`;

describe('stat: what is read', () => {
  it.each([
    ['Dale Moss now has 2,301 career points.', ['name:dale mos stat|total|point 2301 points']],
    ['Officials stopped play when Moss, who now has 2,302 points, scored again.', ['name:mos stat|total|point 2302 points']],
    ['Ana Ruiz scored her 41st goal and has 247 goals for her career.', ['name:ana ruiz stat|total|goal 247 goals']],
    ['Ana Ruiz has 88 season assists.', ['name:ana ruiz stat|total|assist 88 assists']],
  ])('%s', (text, expected) => {
    expect(readWith('stat', text).map(described)).toEqual(expected);
  });

  it.each([
    ['Dale Moss finished with 20 points and nine rebounds.', "one game's count"],
    ['Dale Moss scored 12 career-high points in the first half.', 'a part of a game'],
    ['Dale Moss averaged 22.8 points as a senior.', 'an average'],
    ['The team has scored 2,290 points this season.', 'no player'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('stat', text)).toEqual([]);
  });
});

describe('stat through compare()', () => {
  it('reports two totals for one player, however each outlet writes them', () => {
    const found = compare([
      { id: 'a', path: 'a.txt', text: 'Dale Moss now has 2,301 career points after Tuesday night.' },
      { id: 'b', path: 'b.txt', text: 'The game stopped when Moss, who now has 2,302 points, made the basket.' },
    ]).contradictions.filter((c) => c.frame?.measure === 'stat');
    expect(found.map((c) => c.values.map((v) => v.value))).toEqual([[2301, 2302]]);
  });
});
