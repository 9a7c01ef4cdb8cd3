import type { Report } from '../../src/types.js';

type GoldEntry = string | { anyOf: string[] };
export interface Gold {
  claims: Array<{ name: string; sentences: GoldEntry[] }>;
}

export interface PairScores {
  precision: number;
  recall: number;
  truePairs: number;
  predictedPairs: number;
  goldPairs: number;
  missed: string[];
  wrong: string[];
}

/**
 * Pairwise precision and recall of an alignment against a hand-written gold: over the sentences the gold
 * names, a pair is right when both stand in one gold claim and in one report claim.
 */
export function scoreAlignment(report: Report, gold: Gold): PairScores {
  const claimOf = new Map<string, string>();
  const sentenceKey = new Map<string, string>();
  for (const claim of report.claims) {
    for (const s of claim.sentences) {
      const key = `${s.source}:${s.line}:${s.text}`;
      claimOf.set(key, claim.id);
    }
  }
  const find = (ref: string): string | undefined => {
    const [source, line, ...rest] = ref.split(':');
    const fragment = rest.join(':');
    for (const key of claimOf.keys()) {
      const [ks, kl] = key.split(':');
      if (ks === source && kl === line && key.includes(fragment)) return key;
    }
    return undefined;
  };
  // Resolve every gold entry to one sentence (for anyOf: the one the report put with the claim's others, if any).
  const goldClaims = gold.claims.map((c) => {
    const plain = c.sentences.filter((e): e is string => typeof e === 'string').map((r) => find(r));
    const resolved = c.sentences.map((e) => {
      if (typeof e === 'string') return find(e);
      const options = e.anyOf.map(find).filter((k): k is string => k !== undefined);
      return options.find((k) => plain.some((p) => p && claimOf.get(p) === claimOf.get(k))) ?? options[0];
    });
    return { name: c.name, keys: resolved.filter((k): k is string => k !== undefined) };
  });
  for (const c of goldClaims) for (const k of c.keys) sentenceKey.set(k, c.name);

  const keys = [...sentenceKey.keys()];
  let truePairs = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i]!;
      const b = keys[j]!;
      if (a.split(':')[0] === b.split(':')[0]) continue;
      const inGold = sentenceKey.get(a) === sentenceKey.get(b);
      const predicted = claimOf.get(a) === claimOf.get(b);
      if (inGold) goldPairs++;
      if (predicted) predictedPairs++;
      if (inGold && predicted) truePairs++;
      const label = `${sentenceKey.get(a)}: ${a.slice(0, 60)} ~ ${b.slice(0, 60)}`;
      if (inGold && !predicted) missed.push(label);
      if (!inGold && predicted) wrong.push(`${label} / ${sentenceKey.get(b)}`);
    }
  }
  return {
    precision: predictedPairs === 0 ? 1 : truePairs / predictedPairs,
    recall: goldPairs === 0 ? 1 : truePairs / goldPairs,
    truePairs,
    predictedPairs,
    goldPairs,
    missed,
    wrong,
  };
}
