import type { NormalizedSentence } from '../types.js';
import type { WeightedSentence } from './weights.js';

export interface ScoredPair {
  a: number;
  b: number;
  dot: number;
}

/**
 * Pairs of sentences from different sources that share at least one informative term, with their dot product,
 * found through an inverted index so each sentence meets only plausible partners instead of every sentence.
 * Terms found in more than `maxPostings` sentences are skipped: they are too common to tell claims apart and
 * would make the work grow with the square of the input.
 */
export function candidatePairs(
  sentences: readonly NormalizedSentence[],
  vectors: readonly WeightedSentence[],
  maxPostings: number,
): ScoredPair[] {
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const term of v.weights.keys()) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i);
    }
  });
  const pairs: ScoredPair[] = [];
  const dots = new Map<number, number>();
  for (let i = 0; i < vectors.length; i++) {
    dots.clear();
    const own = sentences[i]!.source;
    for (const [term, weight] of vectors[i]!.weights) {
      const list = postings.get(term)!;
      if (list.length > maxPostings) continue;
      for (const j of list) {
        if (j <= i || sentences[j]!.source === own) continue;
        dots.set(j, (dots.get(j) ?? 0) + weight * vectors[j]!.weights.get(term)!);
      }
    }
    for (const [j, dot] of dots) pairs.push({ a: i, b: j, dot });
  }
  return pairs;
}
