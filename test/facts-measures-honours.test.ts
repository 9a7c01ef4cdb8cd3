/** The honours measure: "a four-time All-Star", read for the person honoured, one question per honour. */
import { describe, expect, it } from 'vitest';
import type { QuantityValue, TypedFact } from '../src/facts/index.js';
import { honours } from '../src/facts/measures/honours.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.subject.id} ${f.attribute.id} ${honours.words(f.value)}`;

describe('honours: what is read', () => {
  it.each([
    ['Dale Moss, a four-time All-Star forward, has died.', ['name:dale mos honours|all-star 4 times']],
    ['Two-time Olympic champion Ana Ruiz won again.', ['name:ana ruiz honours|olympic champion 2 times']],
    ['Ruiz, a 3-time world champion, retired on Monday.', ['name:ruiz honours|world champion 3 times']],
    // An acronym before the honour names no other honour: "NBA All-Star" is an All-Star.
    ['Dale Moss, a five-time NBA All-Star, has died.', ['name:dale mos honours|all-star 5 times']],
  ])('%s', (text, expected) => {
    expect(readWith('honours', text).map(described)).toEqual(expected);
  });

  it.each([
    ['He was a two-time convicted felon.', 'no honour'],
    ['The four-time champion was not named.', 'no one'],
    ['It was a one-time deal.', 'once is no count of an honour'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('honours', text)).toEqual([]);
  });
});

describe('honours: verdicts', () => {
  const n = (k: number): QuantityValue => ({ type: 'quantity', min: k, max: k, unit: 'time' });
  it.each([
    { a: 4, b: 4, verdict: 'agree' },
    { a: 4, b: 3, verdict: 'possible' },
    { a: 5, b: 3, verdict: 'conflict' },
  ])('$a / $b: $verdict', ({ a, b, verdict }) => {
    expect(honours.compare(n(a), n(b))).toBe(verdict);
  });
});

describe('honours through compare()', () => {
  it('reports two counts of one honour for one person', () => {
    const found = compare([
      { id: 'a', path: 'a.txt', text: 'Dale Moss, a five-time All-Star forward, has died at 84.' },
      { id: 'b', path: 'b.txt', text: 'Dale Moss, a three-time All-Star who played nine seasons, died Tuesday.' },
    ]).contradictions.filter((c) => c.frame?.measure === 'honours');
    expect(found.map((c) => [c.strength, c.values.map((v) => v.value)])).toEqual([['conflict', [5, 3]]]);
  });
});
