import type { NormalizedSentence } from '../types.js';
import { dotProduct } from './similarity.js';
import type { WeightedSentence } from './weights.js';

export interface ScoredEdge {
  a: number;
  b: number;
  dot: number;
  score: number;
}

/** How much of a sentence's weight must stand in the partner for it to count as that partner's other half. */
const MIN_CONTAINMENT = 0.5;

/**
 * A source that splits one claim over two sentences ("X reopened. More than 5,000 came.") against one that
 * says it in one ("X reopened, and more than 5,000 came."): after clustering, the second half is left alone.
 * Attach such a lone sentence to its partner's claim when its neighbour in the same source is already there
 * and most of its words stand in the partner. `edges` come most similar first, ties by (a, b).
 */
export function attachSplitSentences(
  sentences: readonly NormalizedSentence[],
  vectors: readonly WeightedSentence[],
  groups: number[][],
  edges: readonly ScoredEdge[],
): number[][] {
  const groupOf = new Map<number, number[]>();
  for (const g of groups) for (const i of g) groupOf.set(i, g);
  const absorbed = new Set<number[]>();

  // Most similar first, ties by (a, b), as align gives them.
  for (const edge of edges) {
    // Each end of the edge in turn as the lone sentence.
    for (let end = 0; end < 2; end++) {
      const lone = end === 0 ? edge.a : edge.b;
      const partner = end === 0 ? edge.b : edge.a;
      const own = groupOf.get(lone)!;
      if (own.length !== 1 || absorbed.has(own)) continue;
      if (edge.dot / vectors[lone]!.normSquared < MIN_CONTAINMENT) continue;
      const target = groupOf.get(partner)!;
      const s = sentences[lone]!;
      const neighbour = target.find(
        (i) => sentences[i]!.source === s.source && Math.abs(sentences[i]!.index - s.index) === 1,
      );
      if (neighbour === undefined) continue;
      // The other half must add words of its own, not restate its neighbour.
      if (dotProduct(vectors[lone]!, vectors[neighbour]!) / vectors[lone]!.normSquared >= MIN_CONTAINMENT) continue;
      target.push(lone);
      target.sort((x, y) => x - y);
      absorbed.add(own);
      groupOf.set(lone, target);
    }
  }
  return groups.filter((g) => !absorbed.has(g));
}
