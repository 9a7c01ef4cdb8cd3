/**
 * Sources as weighted word bags: how alike each two are, and the two groups they fall into. Pure arithmetic; the
 * bags are made by the caller.
 */

/**
 * Cosine likeness of every two bags, each word weighted by its rarity in the run (smoothed inverse document
 * frequency: a word every source has still counts, a word two sources share counts more).
 */
export function similarityMatrix(bags: ReadonlyArray<ReadonlyMap<string, number>>): number[][] {
  const n = bags.length;
  const documentFrequency = new Map<string, number>();
  for (const bag of bags) for (const word of bag.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const rarity = (word: string) => Math.log((1 + n) / (1 + documentFrequency.get(word)!)) + 1;
  const vectors = bags.map((bag) => {
    const weights = new Map([...bag].map(([word, tf]) => [word, tf * rarity(word)]));
    return { weights, norm: Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0)) };
  });
  const matrix = bags.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [small, large] = vectors[i]!.weights.size <= vectors[j]!.weights.size ? [vectors[i]!, vectors[j]!] : [vectors[j]!, vectors[i]!];
      let dot = 0;
      for (const [word, w] of small.weights) dot += w * (large.weights.get(word) ?? 0);
      const cosine = small.norm > 0 && large.norm > 0 ? dot / (small.norm * large.norm) : 0;
      matrix[i]![j] = cosine;
      matrix[j]![i] = cosine;
    }
  }
  return matrix;
}

export interface TwoGroups {
  /** Indices of the larger group (with a tie, the group holding the first source), in order. */
  larger: number[];
  smaller: number[];
  /** Mean likeness of a pair with one source in each group. */
  between: number;
}

/**
 * The sources in two groups by average linkage: the two most alike groups are merged until two are left (ties to
 * the earliest pair, so the result does not depend on anything but the order of the sources, which the caller
 * keeps sorted). At least two sources.
 */
export function splitInTwo(similarity: readonly number[][]): TwoGroups {
  const linkage = (a: readonly number[], b: readonly number[]) => {
    let sum = 0;
    for (const i of a) for (const j of b) sum += similarity[i]![j]!;
    return sum / (a.length * b.length);
  };
  let groups = similarity.map((_, i) => [i]);
  while (groups.length > 2) {
    let best = { value: -1, a: 0, b: 1 };
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const value = linkage(groups[a]!, groups[b]!);
        if (value > best.value) best = { value, a, b };
      }
    }
    const merged = [...groups[best.a]!, ...groups[best.b]!].sort((x, y) => x - y);
    groups = [...groups.filter((_, k) => k !== best.a && k !== best.b), merged];
  }
  const [first, second] = [...groups].sort((x, y) => x[0]! - y[0]!) as [number[], number[]];
  const firstIsLarger = first.length >= second.length;
  return { larger: firstIsLarger ? first : second, smaller: firstIsLarger ? second : first, between: linkage(first, second) };
}
