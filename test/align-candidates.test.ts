import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topPartners } from '../src/align/candidates.js';

describe('topPartners', () => {
  it('keeps the same partners, in the same order, as sorting everything would', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(200), { maxLength: 80 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 201, maxLength: 201 }),
        fc.integer({ min: 1, max: 30 }),
        (touched, scores, count) => {
          const partial = new Float64Array(scores);
          const sorted = [...touched].sort((x, y) => partial[y]! - partial[x]! || x - y).slice(0, count);
          expect(topPartners(touched, partial, count)).toEqual(sorted);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
