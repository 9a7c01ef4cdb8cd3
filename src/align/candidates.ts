import type { NormalizedSentence } from '../types.js';
import { dotProduct } from './similarity.js';
import type { WeightedSentence } from './weights.js';

export interface ScoredPair {
  a: number;
  b: number;
  dot: number;
}

export interface CandidateOptions {
  /** A term's posting list up to this long is read whole; a longer one only in a window around the sentence. */
  maxPostings: number;
  /** The width of that window. */
  window: number;
  /** How many best partners each sentence keeps. */
  perSentence: number;
}

/**
 * Pairs of sentences from different sources worth scoring, found through an inverted index so each sentence
 * meets only plausible partners instead of every sentence. Two bounds keep the work close to linear:
 * a term shared by very many sentences (a name every outlet repeats) is read only in a window of
 * `maxPostings` entries around the sentence, and each sentence keeps its `perSentence` best partners.
 * Small inputs are unaffected: their posting lists are shorter than the window.
 */
export function candidatePairs(
  sentences: readonly NormalizedSentence[],
  vectors: readonly WeightedSentence[],
  options: CandidateOptions,
): ScoredPair[] {
  // Each posting carries the sentence's weight for the term, so scoring a partner needs no lookup.
  const postings = new Map<string, { ids: number[]; weights: number[] }>();
  vectors.forEach((v, i) => {
    for (const [term, weight] of v.weights) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { ids: [], weights: [] }));
      list.ids.push(i);
      list.weights.push(weight);
    }
  });
  const half = Math.max(1, Math.floor(options.window / 2));
  const kept = new Set<number>();
  const pairs: ScoredPair[] = [];
  // Partial dot products, accumulated in place: one slot per sentence, reset through the list of those touched.
  const partial = new Float64Array(vectors.length);
  const touched: number[] = [];
  const sourceOf = sentences.map((s) => s.source);
  for (let i = 0; i < vectors.length; i++) {
    const own = sourceOf[i];
    for (const [term, weight] of vectors[i]!.weights) {
      const { ids, weights } = postings.get(term)!;
      const [from, to] = ids.length <= options.maxPostings ? [0, ids.length] : windowAround(ids, i, half);
      for (let k = from; k < to; k++) {
        const j = ids[k]!;
        if (j === i || sourceOf[j] === own) continue;
        if (partial[j] === 0) touched.push(j);
        partial[j] = partial[j]! + weight * weights[k]!;
      }
    }
    const best = topPartners(touched, partial, options.perSentence);
    for (const j of touched) partial[j] = 0;
    touched.length = 0;
    for (const j of best) {
      const [a, b] = i < j ? [i, j] : [j, i];
      const key = a * vectors.length + b;
      if (kept.has(key)) continue;
      kept.add(key);
      // The window may have skipped some shared terms: score the pair on all of them.
      pairs.push({ a, b, dot: dotProduct(vectors[a]!, vectors[b]!) });
    }
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * The `count` sentences with the highest partial dot product (ties: lower index first), kept by insertion into
 * a short sorted list: most candidates fall below the list's last entry and cost one comparison.
 */
export function topPartners(touched: readonly number[], partial: Float64Array, count: number): number[] {
  const better = (x: number, y: number) => partial[x]! > partial[y]! || (partial[x] === partial[y] && x < y);
  const best: number[] = [];
  for (const j of touched) {
    if (best.length === count && !better(j, best[count - 1]!)) continue;
    let at = best.length < count ? best.length : count - 1;
    while (at > 0 && better(j, best[at - 1]!)) {
      if (at < count) best[at] = best[at - 1]!;
      at--;
    }
    best[at] = j;
  }
  return best;
}

/** The entries of a sorted posting list within `half` places of sentence `i` (which it contains). */
function windowAround(list: readonly number[], i: number, half: number): [number, number] {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return [Math.max(0, lo - half), Math.min(list.length, lo + half + 1)];
}
