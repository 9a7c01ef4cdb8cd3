import type { NormalizedSentence } from '../types.js';
import type { WeightedSentence } from './weights.js';

export interface Edge {
  a: number;
  b: number;
  score: number;
}

/** A growing claim: its sentences, their sources, and the sum of their unit vectors. */
interface Group {
  members: number[];
  sources: Set<string>;
  sum: Map<string, number>;
}

/**
 * Group sentences into claims: take the most similar pairs first and join their groups when the two groups
 * have no source in common (a claim holds at most one sentence per source) and are alike as wholes: the mean
 * cosine over all cross pairs reaches `linkage`. That mean is the dot product of the groups' summed unit
 * vectors divided by the pair count, so it costs one sparse dot product per merge, not one per pair, and
 * still stops chains of "A is like B, B is like C" from gluing unrelated sentences together. `edges` come most
 * similar first, ties by (a, b).
 */
export function clusterSentences(
  sentences: readonly NormalizedSentence[],
  vectors: readonly WeightedSentence[],
  edges: readonly Edge[],
  threshold: number,
  linkage: number,
): number[][] {
  const groups: Group[] = sentences.map((s, i) => ({ members: [i], sources: new Set([s.source]), sum: unit(vectors[i]!) }));
  const parent = sentences.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };

  // The edges come most similar first, ties by (a, b) (align's mostSimilarFirst).
  for (const { a, b, score } of edges) {
    if (score < threshold) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ga = groups[ra]!;
    const gb = groups[rb]!;
    if (sharesSource(ga, gb)) continue;
    // Two single sentences already passed the threshold; larger groups must be alike as wholes.
    if (ga.members.length + gb.members.length > 2 && meanCosine(ga, gb) < linkage) continue;
    const [big, small, rBig, rSmall] = ga.members.length >= gb.members.length ? [ga, gb, ra, rb] : [gb, ga, rb, ra];
    for (const member of small.members) big.members.push(member); // a spread of 100,000 members overflows the stack
    for (const s of small.sources) big.sources.add(s);
    for (const [term, w] of small.sum) big.sum.set(term, (big.sum.get(term) ?? 0) + w);
    parent[rSmall] = rBig;
  }
  return sentences
    .map((_, i) => i)
    .filter((i) => find(i) === i)
    .map((i) => groups[i]!.members.sort((x, y) => x - y));
}

function sharesSource(a: Group, b: Group): boolean {
  const [small, large] = a.sources.size <= b.sources.size ? [a, b] : [b, a];
  for (const s of small.sources) if (large.sources.has(s)) return true;
  return false;
}

/** Mean cosine over all pairs across two groups, from their summed unit vectors. */
function meanCosine(a: Group, b: Group): number {
  const [small, large] = a.sum.size <= b.sum.size ? [a.sum, b.sum] : [b.sum, a.sum];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot / (a.members.length * b.members.length);
}

/** A sentence's vector scaled to length 1. */
export function unit(v: WeightedSentence): Map<string, number> {
  const norm = Math.sqrt(v.normSquared) || 1;
  const scaled = new Map<string, number>();
  for (const [term, w] of v.weights) scaled.set(term, w / norm);
  return scaled;
}

/**
 * Mean pairwise cosine within a group, from the sum S of its n unit vectors: (|S|^2 - n) / (n (n - 1)).
 * 1 for a single sentence.
 */
export function cohesionOf(members: readonly number[], vectors: readonly WeightedSentence[]): number {
  const n = members.length;
  if (n < 2) return 1;
  const sum = new Map<string, number>();
  for (const i of members) {
    // unit(v)'s weights, added as they come rather than gathered into a map of their own first.
    const v = vectors[i]!;
    const norm = Math.sqrt(v.normSquared) || 1;
    for (const [term, w] of v.weights) sum.set(term, (sum.get(term) ?? 0) + w / norm);
  }
  let squared = 0;
  for (const w of sum.values()) squared += w * w;
  return Math.round(((squared - n) / (n * (n - 1))) * 1000) / 1000;
}
