import type { WeightedSentence } from './weights.js';

/**
 * How alike two sentences are, 0..1: the better of cosine similarity (same length, same words) and a damped
 * containment (a short sentence whose words all stand in a longer one that adds a clause), so that
 * "X said Y." meets "X said Y, adding Z.".
 */
export function similarity(dot: number, a: WeightedSentence, b: WeightedSentence): number {
  if (dot <= 0 || a.normSquared === 0 || b.normSquared === 0) return 0;
  const cosine = dot / Math.sqrt(a.normSquared * b.normSquared);
  const containment = dot / Math.min(a.normSquared, b.normSquared);
  const contained = containment >= MIN_CONTAINMENT ? CONTAINMENT_DAMPING * containment : 0;
  return Math.min(1, Math.max(cosine, contained));
}

/** Containment counts for less than cosine: being inside a longer sentence is weaker evidence than matching it. */
export const CONTAINMENT_DAMPING = 0.75;
/** Below this share of the shorter sentence's weight, two rare shared words are chance, not containment. */
export const MIN_CONTAINMENT = 0.5;

export function dotProduct(a: WeightedSentence, b: WeightedSentence): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot;
}
