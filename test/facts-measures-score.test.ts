/**
 * The score measure: how a game ended, read where a result's words tell it, compared as a pair of figures and only
 * between sentences stating one claim. Sentences made up for the test.
 */
import { describe, expect, it } from 'vitest';
import type { RecordValue } from '../src/facts/index.js';
import { score } from '../src/facts/measures/score.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const read = (text: string) => readWith('score', text).map((f) => score.words(f.value));

describe('score: what is read', () => {
  it.each([
    ['The Harbour Hawks beat the Delmar Owls 102-98 on Sunday night.', ['102-98']],
    ['The Owls lost 98-102 to the Hawks.', ['102-98']],
    ['Delmar edged Ardmoor 3-2 in extra time.', ['3-2']],
    ['It was a 27-24 win for the visitors.', ['27-24']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['The Hawks improved to 53-3 this season.', 'a record, the record measure\'s'],
    ['The Hawks went on a 19-7 run late in the half.', 'a run of play'],
    ['Delmar led 46-28 at the break.', 'a lead, not how the game ended'],
    ['The bill passed 52-48 in the Senate.', 'no result of a game'],
  ])('nothing in "%s": %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('score: how two compare', () => {
  const value = (wins: number, losses: number): RecordValue => ({ type: 'record', wins, losses });
  it.each([
    [value(102, 98), value(102, 98), 'agree'],
    [value(102, 98), value(104, 98), 'conflict'],
  ])('%o / %o: %s', (a, b, verdict) => {
    expect(score.compare(a, b)).toBe(verdict);
  });
});

describe('score through compare()', () => {
  const run = (...texts: string[]) =>
    compare(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), path: `${i}.txt`, text }))).contradictions.filter((c) => c.frame?.measure === 'score');

  it('reports two final scores of sentences stating one claim', () => {
    const found = run('The Harbour Hawks beat the Delmar Owls 102-98 on Sunday night.', 'The Harbour Hawks beat the Delmar Owls 104-98 on Sunday night.');
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => v.words)).toEqual(['102-98', '104-98']);
  });

  it('leaves scores of sentences of different claims alone (they may be two games)', () => {
    expect(
      run(
        'The Harbour Hawks beat the Delmar Owls 102-98 on Sunday night.\n\nLast week the Hawks had lost to Ardmoor.',
        'The Hawks won again on Sunday, their fifth win in a row.\n\nLast week they beat Ardmoor 110-90 at home.',
      ),
    ).toEqual([]);
  });
});
