/** The bounded memo the stages keep word answers in: worked out once per key, forgotten all at once when full. */
import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../src/memo.js';

describe('BoundedMemo', () => {
  it('works an answer out once per key, including answers that are null', () => {
    const memo = new BoundedMemo<string, string | null>(10);
    let calls = 0;
    const work = (key: string) => (calls++, key === 'none' ? null : key.toUpperCase());
    expect([memo.get('a', work), memo.get('a', work), memo.get('none', work), memo.get('none', work)]).toEqual(['A', 'A', null, null]);
    expect(calls).toBe(2);
  });

  it('forgets everything once its limit is reached, and works answers out again', () => {
    const memo = new BoundedMemo<number, number>(2);
    let calls = 0;
    const work = (key: number) => (calls++, key * 2);
    for (const key of [1, 2, 3, 1]) memo.get(key, work);
    // 1 and 2 fill it; 3 clears it first; 1 is then worked out again.
    expect(calls).toBe(4);
    memo.clear();
    memo.get(3, work);
    expect(calls).toBe(5);
  });
});
