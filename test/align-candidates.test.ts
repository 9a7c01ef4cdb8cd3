import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topPartners } from '../src/align/candidates.js';
import { mostSimilarFirst } from '../src/align/index.js';

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

describe('mostSimilarFirst', () => {
  it('orders edges given by (a, b) as sorting by score descending, then a, then b would', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 120, selector: ([a, b]) => `${a} ${b}` }),
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 120, maxLength: 120 }),
        (ends, scores) => {
          const edges = ends
            .map(([a, b], i) => ({ a, b, dot: 0, score: scores[i]! / 8 }))
            .sort((x, y) => x.a - y.a || x.b - y.b);
          const sorted = [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
          expect(mostSimilarFirst(edges)).toEqual(sorted);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
