import type { NormalizedSentence } from '../types.js';

export interface Edge {
  a: number;
  b: number;
  score: number;
}

/**
 * Group sentences into claims: take the most similar pairs first and join their groups when the two groups
 * have no source in common (a claim holds at most one sentence per source) and are alike as wholes
 * (see averageLink), which stops long chains of "A is like B, B is like C" from gluing unrelated
 * sentences together.
 */
export function clusterSentences(
  sentences: readonly NormalizedSentence[],
  edges: readonly Edge[],
  threshold: number,
  linkage: number,
): number[][] {
  const groupOf = sentences.map((_, i) => i);
  const members = new Map<number, number[]>(sentences.map((_, i) => [i, [i]]));
  const score = new Map<string, number>();
  for (const e of edges) score.set(pairKey(e.a, e.b), e.score);

  const ordered = edges
    .filter((e) => e.score >= threshold)
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b } of ordered) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const ma = members.get(ga)!;
    const mb = members.get(gb)!;
    if (sharesSource(sentences, ma, mb)) continue;
    if (averageLink(ma, mb, score) < linkage) continue;
    for (const m of mb) groupOf[m] = ga;
    ma.push(...mb);
    members.delete(gb);
  }
  return [...members.values()].map((g) => g.sort((x, y) => x - y));
}

function sharesSource(sentences: readonly NormalizedSentence[], a: readonly number[], b: readonly number[]): boolean {
  const sources = new Set(a.map((i) => sentences[i]!.source));
  return b.some((i) => sources.has(sentences[i]!.source));
}

/**
 * Average similarity over all cross pairs, or 0 when more than a third of the pairs share no term at all:
 * two sentences with nothing in common are not one claim however well each matches a third.
 */
function averageLink(a: readonly number[], b: readonly number[], score: ReadonlyMap<string, number>): number {
  let total = 0;
  let unrelated = 0;
  for (const i of a) {
    for (const j of b) {
      const s = score.get(pairKey(i, j)) ?? 0;
      total += s;
      if (s === 0) unrelated++;
    }
  }
  const pairs = a.length * b.length;
  return unrelated * 3 > pairs ? 0 : total / pairs;
}

function pairKey(i: number, j: number): string {
  return i < j ? `${i}:${j}` : `${j}:${i}`;
}
