import type { NormalizedSentence } from '../types.js';
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
  // Each posting carries the sentence's weight for the term, so scoring a partner needs no lookup. Terms are
  // numbered (WeightedSentence.termIds) and the lists laid end to end: term t's postings are [start[t], start[t + 1]).
  let terms = 0;
  for (const v of vectors) for (const t of v.termIds) if (t >= terms) terms = t + 1;
  const start = new Int32Array(terms + 1);
  for (const v of vectors) for (const t of v.termIds) start[t + 1]!++;
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
  const postingIds = new Int32Array(start[terms]!);
  const postingWeights = new Float64Array(start[terms]!);
  const fill = start.slice(0, terms);
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.termIds.length; k++) {
      const at = fill[v.termIds[k]!]!++;
      postingIds[at] = i;
      postingWeights[at] = v.termWeights[k]!;
    }
  });
  const half = Math.max(1, Math.floor(options.window / 2));
  const kept = new Set<number>();
  const pairs: ScoredPair[] = [];
  // Partial dot products, accumulated in place: one slot per sentence, reset through the list of those touched.
  const partial = new Float64Array(vectors.length);
  const touched: number[] = [];
  // One sentence's weights by term number, for the exact dot products of the pairs kept.
  const dense = new Float64Array(terms);
  const sourceOf = sentences.map((s) => s.source);
  for (let i = 0; i < vectors.length; i++) {
    const own = sourceOf[i];
    const { termIds, termWeights } = vectors[i]!;
    for (let t = 0; t < termIds.length; t++) {
      const term = termIds[t]!;
      const weight = termWeights[t]!;
      const first = start[term]!;
      const length = start[term + 1]! - first;
      let from = first;
      let to = first + length;
      if (length > options.maxPostings) [from, to] = windowAround(postingIds, first, first + length, i, half);
      for (let k = from; k < to; k++) {
        const j = postingIds[k]!;
        if (j === i || sourceOf[j] === own) continue;
        if (partial[j] === 0) touched.push(j);
        partial[j] = partial[j]! + weight * postingWeights[k]!;
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
      pairs.push({ a, b, dot: denseDot(vectors[a]!, vectors[b]!, dense) });
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

/** The entries of a sorted posting list, list[first, end), within `half` places of sentence `i` (which it contains). */
function windowAround(list: Int32Array, first: number, end: number, i: number, half: number): [number, number] {
  let lo = first;
  let hi = end - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return [Math.max(first, lo - half), Math.min(end, lo + half + 1)];
}

/**
 * dotProduct(a, b), the same sum in the same order (over the smaller vector's terms), with the larger vector's
 * weights spread into `dense` (all zeros, and left so) instead of looked up by name.
 */
function denseDot(a: WeightedSentence, b: WeightedSentence, dense: Float64Array): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  for (let k = 0; k < large.termIds.length; k++) dense[large.termIds[k]!] = large.termWeights[k]!;
  let dot = 0;
  for (let k = 0; k < small.termIds.length; k++) dot += small.termWeights[k]! * dense[small.termIds[k]!]!;
  for (let k = 0; k < large.termIds.length; k++) dense[large.termIds[k]!] = 0;
  return dot;
}
