import type { NormalizedSentence } from '../types.js';
import { candidatePairs } from './candidates.js';
import { clusterSentences } from './cluster.js';
import { similarity } from './similarity.js';
import { attachSplitSentences, type ScoredEdge } from './split.js';
import { weighSentences } from './weights.js';

export interface AlignOptions {
  /** Minimum similarity for two sentences to state the same claim. */
  threshold: number;
  /** Minimum average similarity between two groups for them to merge. */
  linkage: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { threshold: 0.2, linkage: 0.2 };

export interface Alignment {
  /** Groups of sentence indexes (into the input), each group one claim. */
  groups: number[][];
  /** Similarity of two sentences (0 when they share no informative term). */
  score(a: number, b: number): number;
}

/** Line up the sentences of all sources that state the same claim. */
export function align(sentences: readonly NormalizedSentence[], options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Alignment {
  const { vectors } = weighSentences(sentences);
  // A term in more sentences than this is too common to find partners by; never fewer than 50 so small runs see all.
  const maxPostings = Math.max(50, Math.ceil(Math.sqrt(sentences.length) * 4));
  const edges: ScoredEdge[] = candidatePairs(sentences, vectors, maxPostings).map(({ a, b, dot }) => ({
    a,
    b,
    dot,
    score: similarity(dot, vectors[a]!, vectors[b]!),
  }));
  const scores = new Map(edges.map((e) => [`${e.a}:${e.b}`, e.score]));
  const clustered = clusterSentences(sentences, edges, options.threshold, options.linkage);
  const groups = attachSplitSentences(sentences, vectors, clustered, edges);
  return {
    groups,
    score: (a, b) => scores.get(a < b ? `${a}:${b}` : `${b}:${a}`) ?? 0,
  };
}
