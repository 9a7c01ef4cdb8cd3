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
  // Sources by number: the inner loop compares numbers, not names.
  const sourceNumbers = new Map<string, number>();
  const sourceOf = new Int32Array(sentences.length);
  sentences.forEach((s, i) => {
    let n = sourceNumbers.get(s.source);
    if (n === undefined) sourceNumbers.set(s.source, (n = sourceNumbers.size));
    sourceOf[i] = n;
  });
  const postings: Postings = { start, ids: postingIds, weights: postingWeights, sourceOf, partial, touched, maxPostings: options.maxPostings, half };
  for (let i = 0; i < vectors.length; i++) {
    accumulate(postings, vectors[i]!, i);
    const best = topPartners(touched, partial, options.perSentence);
    for (let k = 0; k < touched.length; k++) partial[touched[k]!] = 0;
    touched.length = 0;
    for (let k = 0; k < best.length; k++) {
      const j = best[k]!;
      const a = i < j ? i : j;
      const b = i < j ? j : i;
      const key = a * vectors.length + b;
      if (kept.has(key)) continue;
      kept.add(key);
      // The window may have skipped some shared terms: score the pair on all of them.
      pairs.push({ a, b, dot: denseDot(vectors[a]!, vectors[b]!, dense) });
    }
  }
  return byEnds(pairs, vectors.length);
}

/**
 * The pairs (each (a, b) once) ordered by a, then b: counted into one run per a, each run (a sentence's few dozen
 * partners) put in order by insertion. The same order as a comparator sort, without a million comparator calls.
 */
function byEnds(pairs: readonly ScoredPair[], sentences: number): ScoredPair[] {
  const start = new Int32Array(sentences + 1);
  for (let k = 0; k < pairs.length; k++) start[pairs[k]!.a + 1]!++;
  for (let a = 0; a < sentences; a++) start[a + 1]! += start[a]!;
  const fill = start.slice(0, sentences);
  const ordered = new Array<ScoredPair>(pairs.length);
  for (let k = 0; k < pairs.length; k++) ordered[fill[pairs[k]!.a]!++] = pairs[k]!;
  for (let a = 0; a < sentences; a++) {
    for (let k = start[a]! + 1; k < start[a + 1]!; k++) {
      const pair = ordered[k]!;
      let m = k;
      while (m > start[a]! && ordered[m - 1]!.b > pair.b) {
        ordered[m] = ordered[m - 1]!;
        m--;
      }
      ordered[m] = pair;
    }
  }
  return ordered;
}

/**
 * The `count` sentences with the highest partial dot product (ties: lower index first), kept by insertion into
 * a short sorted list: most candidates fall below the list's last entry and cost one comparison.
 */
export function topPartners(touched: readonly number[], partial: Float64Array, count: number): number[] {
  const best: number[] = [];
  for (let t = 0; t < touched.length; t++) {
    const j = touched[t]!;
    if (best.length === count && !better(j, best[count - 1]!, partial)) continue;
    let at = best.length < count ? best.length : count - 1;
    while (at > 0 && better(j, best[at - 1]!, partial)) {
      if (at < count) best[at] = best[at - 1]!;
      at--;
    }
    best[at] = j;
  }
  return best;
}

/** The run's posting lists (term t's in [start[t], start[t + 1])) and the scratch space of one sentence's scores. */
interface Postings {
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  sourceOf: Int32Array;
  partial: Float64Array;
  touched: number[];
  maxPostings: number;
  half: number;
}

/**
 * Adds sentence i's partial dot products with the sentences of other sources that share its terms into `partial`,
 * listing in `touched` those it touches first. A function of its own, called once per sentence, so that V8
 * optimizes it as a whole (an optimized loop entered halfway through candidatePairs fell back for want of type
 * feedback on the code after it, and ran unoptimized for the rest of the run).
 */
function accumulate(p: Postings, vector: WeightedSentence, i: number): void {
  const { start, ids, weights, sourceOf, partial, touched, half } = p;
  const own = sourceOf[i];
  const { termIds, termWeights } = vector;
  for (let t = 0; t < termIds.length; t++) {
    const term = termIds[t]!;
    const weight = termWeights[t]!;
    const first = start[term]!;
    const length = start[term + 1]! - first;
    let from = first;
    let to = first + length;
    if (length > p.maxPostings) {
      const at = positionOf(ids, first, first + length, i);
      from = Math.max(first, at - half);
      to = Math.min(first + length, at + half + 1);
    }
    for (let k = from; k < to; k++) {
      const j = ids[k]!;
      if (j === i || sourceOf[j] === own) continue;
      if (partial[j] === 0) touched.push(j);
      partial[j] = partial[j]! + weight * weights[k]!;
    }
  }
}

/** Whether sentence x ranks above sentence y: a higher partial dot product, or as high and earlier. */
function better(x: number, y: number, partial: Float64Array): boolean {
  return partial[x]! > partial[y]! || (partial[x] === partial[y] && x < y);
}

/** Where sentence `i` stands in the sorted posting list list[first, end) (which contains it): its window is around there. */
function positionOf(list: Int32Array, first: number, end: number, i: number): number {
  let lo = first;
  let hi = end - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * dotProduct(a, b), the same sum in the same order (over the smaller vector's terms), with the larger vector's
 * weights spread into `dense` (all zeros, and left so) instead of looked up by name.
 */
function denseDot(a: WeightedSentence, b: WeightedSentence, dense: Float64Array): number {
  const small = a.weights.size <= b.weights.size ? a : b;
  const large = small === a ? b : a;
  for (let k = 0; k < large.termIds.length; k++) dense[large.termIds[k]!] = large.termWeights[k]!;
  let dot = 0;
  for (let k = 0; k < small.termIds.length; k++) dot += small.termWeights[k]! * dense[small.termIds[k]!]!;
  for (let k = 0; k < large.termIds.length; k++) dense[large.termIds[k]!] = 0;
  return dot;
}
