/**
 * Issue 21, names compared through an index of their words (src/algebra/name-index.ts), not pair by pair: the
 * index finds every pair sameName accepts, and only those, whatever the keys (near spellings, initials, long
 * words, shared surnames); the places a run shares are the ones the pairwise reading found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helpedNames, sameNameMatches } from '../src/algebra/name-index.js';
import { sameName } from '../src/algebra/names.js';

/** Words from two or three letters, of the lengths where sameWord's rules change (1, 4/5, 7/8, 29-33). */
const word = fc
  .tuple(fc.constantFrom(1, 2, 4, 5, 6, 7, 8, 9, 29, 30, 31, 32, 33), fc.constantFrom('ab', 'abc'), fc.integer())
  .map(([length, letters, seed]) => {
    let s = '';
    let x = Math.abs(seed) + 1;
    for (let i = 0; i < length; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += letters[x % letters.length];
    }
    return s;
  });
/** A near spelling: up to two letters changed, dropped or added. */
const edit = (w: string, at: number, kind: number): string =>
  kind === 0 ? w.slice(0, at) + w.slice(at + 1) : kind === 1 ? w.slice(0, at) + 'a' + w.slice(at) : w.slice(0, at) + 'b' + w.slice(at + 1);
const key = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
const keys = fc
  .tuple(fc.array(key, { minLength: 1, maxLength: 25 }), fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.nat(2), fc.nat(40), fc.nat(2)), { maxLength: 25 }))
  .map(([base, edits]) => {
    const near = edits.map(([i, a, k, b, l]) => {
      const words = base[i % base.length]!.split(' ');
      const w = words.length - 1;
      words[w] = edit(edit(words[w]!, a % (words[w]!.length + 1), k), b % (words[w]!.length + 1), l) || 'a';
      return words.join(' ');
    });
    const surnames = base.map((k) => k.split(' ').slice(-1)[0]!);
    return [...new Set([...base, ...near, ...surnames, 'a b', 'b', ' ', 'a  b'])];
  });

describe('sameNameMatches', () => {
  it('the pairs sameName accepts, each way, and no other', () => {
    fc.assert(
      fc.property(keys, (ks) => {
        const found = sameNameMatches(ks);
        for (const a of ks) for (const b of ks) if (a !== b) expect(found.get(a)!.has(b), `${a} / ${b}`).toBe(sameName(a, b));
      }),
      { numRuns: 200 },
    );
  });

  it('thousands of names of one initial and near spellings: every match found', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `k${(i * 7919).toString(36)} kowal${(i % 50).toString(36)}ski`);
    const found = sameNameMatches(names);
    for (const a of names.slice(0, 30)) for (const b of names) if (a !== b) expect(found.get(a)!.has(b)).toBe(sameName(a, b));
  });
});

describe('helpedNames (the places a run shares)', () => {
  it('as the pairwise reading: a key is helped by a same name of another owner and group', () => {
    fc.assert(
      fc.property(keys, fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 60, maxLength: 60 }), (ks, owners) => {
        const owner = ks.map((_, i) => owners[i % owners.length]!);
        const group = ks.map((k) => k.slice(k.lastIndexOf(' ') + 1).charAt(0));
        const want = ks.filter((k, i) => owner[i] === -1 || ks.some((o, j) => j !== i && owner[j] !== owner[i] && group[j] === group[i] && sameName(k, o)));
        expect([...helpedNames(ks, owner, group)].sort()).toEqual(want.sort());
      }),
      { numRuns: 200 },
    );
  });
});
