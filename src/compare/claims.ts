import type { Alignment } from '../align/index.js';
import type { Claim, NormalizedSentence } from '../types.js';
import { coverageOf } from './coverage.js';

/**
 * Turn aligned groups into claims. Claims are ordered by how many sources state them, then by where the
 * outlets put them (a lead claim before a closing one), then by source and position, so ids are stable
 * for the same input.
 */
export function buildClaims(
  sentences: readonly NormalizedSentence[],
  alignment: Alignment,
  sourceIds: readonly string[],
  sentenceCounts: ReadonlyMap<string, number>,
): Claim[] {
  const sourceOrder = new Map(sourceIds.map((id, i) => [id, i]));
  const drafts = alignment.groups.map((group) => {
    const members = [...group].sort(
      (x, y) => sourceOrder.get(sentences[x]!.source)! - sourceOrder.get(sentences[y]!.source)! || x - y,
    );
    const present = new Set(members.map((i) => sentences[i]!.source));
    const position = Math.min(
      ...members.map((i) => sentences[i]!.index / Math.max(1, sentenceCounts.get(sentences[i]!.source)! - 1)),
    );
    return {
      members,
      position,
      first: members[0]!,
      claim: {
        id: '',
        sources: sourceIds.filter((id) => present.has(id)),
        omittedBy: sourceIds.filter((id) => !present.has(id)),
        coverage: coverageOf(present.size, sourceIds.length),
        sentences: members.map((i) => {
          const s = sentences[i]!;
          return { source: s.source, line: s.line, text: s.text, index: s.index };
        }),
        facts: [],
        missingFacts: [],
        cohesion: cohesion(members, alignment),
      } satisfies Claim,
    };
  });
  drafts.sort(
    (x, y) =>
      y.claim.sources.length - x.claim.sources.length ||
      x.position - y.position ||
      sourceOrder.get(sentences[x.first]!.source)! - sourceOrder.get(sentences[y.first]!.source)! ||
      x.first - y.first,
  );
  return drafts.map((d, i) => ({ ...d.claim, id: `c${i + 1}` }));
}

function cohesion(members: readonly number[], alignment: Alignment): number {
  if (members.length < 2) return 1;
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      total += alignment.score(members[i]!, members[j]!);
      pairs++;
    }
  }
  return Math.round((total / pairs) * 1000) / 1000;
}
