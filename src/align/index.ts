import type { NormalizedSentence } from '../types.js';
import { candidatePairs } from './candidates.js';
import { clusterSentences, cohesionOf } from './cluster.js';
import { similarity } from './similarity.js';
import { attachSplitSentences, type ScoredEdge } from './split.js';
import { weighSentences } from './weights.js';

export interface AlignOptions {
  /** Minimum similarity for two sentences to state the same claim. */
  threshold: number;
  /** Minimum mean cosine between two groups for them to merge. */
  linkage: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { threshold: 0.2, linkage: 0.22 };

/** Posting lists up to this long are read whole; longer ones in a window this wide; see candidatePairs. */
export const MAX_POSTINGS = 120;
export const POSTINGS_WINDOW = 48;
/** Best partners kept per sentence; see candidatePairs. */
export const PARTNERS_PER_SENTENCE = 24;

export interface Alignment {
  /** Groups of sentence indexes (into the input), each group one claim. */
  groups: number[][];
  /** Mean pairwise cosine of a group of sentences (1 for one sentence). */
  cohesion(members: readonly number[]): number;
}

/** Line up the sentences of all sources that state the same claim. */
export function align(sentences: readonly NormalizedSentence[], options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Alignment {
  const { vectors } = weighSentences(sentences);
  const pairs = candidatePairs(sentences, vectors, {
    maxPostings: MAX_POSTINGS,
    window: POSTINGS_WINDOW,
    perSentence: PARTNERS_PER_SENTENCE,
  });
  // Most similar first: clustering and the split pass both read the edges in this order.
  const edges = mostSimilarFirst(pairs.map(({ a, b, dot }) => ({ a, b, dot, score: similarity(dot, vectors[a]!, vectors[b]!) })));
  const clustered = clusterSentences(sentences, vectors, edges, options.threshold, options.linkage);
  const groups = attachSplitSentences(sentences, vectors, clustered, edges);
  return { groups, cohesion: (members) => cohesionOf(members, vectors) };
}

/**
 * Edges by score, highest first, and among equal scores in the order given: with edges given by (a, b), as
 * candidatePairs gives them, the order of sorting by (score descending, a, b). The scores are sorted as numbers
 * (no comparator), and each edge goes to the place after all the higher scores, found by halving: some 70,000
 * edges of a 27-cluster run took a million comparator calls.
 */
export function mostSimilarFirst(edges: readonly ScoredEdge[]): ScoredEdge[] {
  const n = edges.length;
  const scores = new Float64Array(n);
  for (let k = 0; k < n; k++) scores[k] = edges[k]!.score;
  scores.sort();
  const filled = new Int32Array(n);
  const sorted = new Array<ScoredEdge>(n);
  for (let k = 0; k < n; k++) {
    const edge = edges[k]!;
    // How many scores are higher: n less the count of those at most this one.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scores[mid]! <= edge.score) lo = mid + 1;
      else hi = mid;
    }
    const first = n - lo;
    sorted[first + filled[first]!++] = edge;
  }
  return sorted;
}
