/**
 * The tally measure: a vote's two figures in several wordings, what it leaves to the score measure, and how two
 * tallies compare.
 */
import { describe, expect, it } from 'vitest';
import type { RecordValue, TypedFact } from '../src/facts/index.js';
import { tally } from '../src/facts/measures/tally.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => tally.words(f.value);

describe('tally of a vote: what is read', () => {
  it.each([
    ['The bill passed 52-48 on Tuesday.', ['52-48']],
    ['The measure passed the Senate by a vote of 60 to 40.', ['60-40']],
    ['The council voted 2-7 against the plan.', ['7-2']],
    ['The court handed down a 5-4 ruling.', ['5-4']],
  ])('%s', (text, expected) => {
    expect(readWith('tally', text).map(described)).toEqual(expected);
  });

  it.each([
    ['The Owls beat the Hawks 102-98.', "a game's score"],
    ['The Tar Heels improved to 10-0.', 'a win-loss record'],
    ['Crews worked from 9 to 5.', 'hours, no vote'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('tally', text)).toEqual([]);
  });

  it('asks it only within sentences stating one claim: a story tells of several votes', () => {
    expect(readWith('tally', 'The bill passed 52-48.')[0]?.alignedOnly).toBe(true);
  });
});

describe('tally of a vote: verdicts', () => {
  const pair = (wins: number, losses: number): RecordValue => ({ type: 'record', wins, losses });
  it.each([
    { a: pair(52, 48), b: pair(52, 48), verdict: 'agree' },
    { a: pair(52, 48), b: pair(55, 45), verdict: 'conflict' },
  ])('$a.wins-$a.losses / $b.wins-$b.losses: $verdict', ({ a, b, verdict }) => {
    expect(tally.compare(a, b)).toBe(verdict);
  });
});
