/** The weekday rule through compare(): one event dated to two weekdays, and the days of two statements that are not. */
import { describe, expect, it } from 'vitest';
import { compare } from '../src/pipeline.js';

const weekdayDisputes = (a: string, b: string) =>
  compare([
    { id: 'a', path: 'a.txt', text: a },
    { id: 'b', path: 'b.txt', text: b },
  ]).contradictions.filter((c) => c.kind === 'weekday').map((c) => c.values.map((v) => v.value));

describe('weekdays of saying', () => {
  it.each([
    {
      why: 'one announcement, two days',
      a: 'Zelensky shared on Monday footage of two Chinese citizens captured.',
      b: 'Zelensky revealed on Tuesday that two Chinese nationals had been captured.',
      expected: [['monday', 'tuesday']],
    },
    {
      why: 'two statements of one count with different figures: two updates, each on its day',
      a: 'Floods killed at least five people, rescue services said on Wednesday.',
      b: 'Floods have killed seven people, officials said Thursday.',
      expected: [],
    },
    {
      why: 'two statements of one count, different figures, in other words',
      a: 'The blaze destroyed 40 homes, the fire brigade said on Monday.',
      b: 'The blaze destroyed 55 houses, officials said Tuesday.',
      expected: [],
    },
  ])('$why', ({ a, b, expected }) => {
    expect(weekdayDisputes(a, b)).toEqual(expected);
  });
});
