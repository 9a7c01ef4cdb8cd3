import type { NormalizedSentence } from '../types.js';

/** A sentence as a sparse term-weight vector. */
export interface WeightedSentence {
  /** term -> weight (tf-idf). */
  weights: Map<string, number>;
  /** Sum of squared weights. */
  normSquared: number;
  /** The same terms as numbers (one per distinct term of the run) with their weights, in the order of `weights`. */
  termIds: Int32Array;
  termWeights: Float64Array;
}

/**
 * TF-IDF over sentences: a term that few sentences share says more about which claim a sentence states
 * than one every sentence has ("Zelensky" in a story about Zelensky).
 */
export function weighSentences(sentences: readonly NormalizedSentence[]): {
  vectors: WeightedSentence[];
  documentFrequency: Map<string, number>;
} {
  const documentFrequency = new Map<string, number>();
  for (const s of sentences) {
    for (const term of new Set(s.terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const total = sentences.length;
  const idOf = new Map<string, number>();
  // A term's idf and boost, worked out once for the run, not once per sentence that has it.
  const termFactors = new Map<string, { idf: number; boost: number }>();
  const vectors = sentences.map((s) => {
    // Count each term, scaled by its own weight (a reporting verb counts for less than a content word).
    const counts = new Map<string, number>();
    const scale = new Map<string, number>();
    s.terms.forEach((term, i) => {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      scale.set(term, Math.max(scale.get(term) ?? 0, s.termWeights[i] ?? 1));
    });
    const weights = new Map<string, number>();
    const termIds = new Int32Array(counts.size);
    const termWeights = new Float64Array(counts.size);
    let normSquared = 0;
    for (const [term, count] of counts) {
      let factors = termFactors.get(term);
      if (factors === undefined) {
        factors = { idf: Math.log(1 + total / (documentFrequency.get(term) ?? 1)), boost: termBoost(term) };
        termFactors.set(term, factors);
      }
      const weight = (1 + Math.log(count)) * factors.idf * factors.boost * scale.get(term)!;
      let id = idOf.get(term);
      if (id === undefined) idOf.set(term, (id = idOf.size));
      termIds[weights.size] = id;
      termWeights[weights.size] = weight;
      weights.set(term, weight);
      normSquared += weight * weight;
    }
    return { weights, normSquared, termIds, termWeights };
  });
  return { vectors, documentFrequency };
}

/**
 * Numbers pin a claim down more than words do, but only numbers rare enough to mean something: "4" or "two"
 * turn up in half the sentences of a story ("four to five metres", "four people missing").
 */
function termBoost(term: string): number {
  return /^\d/.test(term) && !/^\d$|^1[0-2]$/.test(term) ? 1.5 : 1;
}
