import type { Alignment } from '../align/index.js';
import type { Claim, ClaimSentence, NormalizedSentence } from '../types.js';
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
    const positionOf = (i: number) => sentences[i]!.index / Math.max(1, sentenceCounts.get(sentences[i]!.source)! - 1);
    const position = Math.min(...members.map(positionOf));
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
          return { source: s.source, line: s.line, text: s.text, index: s.index, position: roundPosition(positionOf(i)) };
        }),
        facts: [],
        missingFacts: [],
        cohesion: alignment.cohesion(members),
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
  return drafts.map((d, i) => {
    const moved = movedBetween(d.claim.sentences);
    return { ...d.claim, id: `c${i + 1}`, ...(moved ? { moved } : {}) };
  });
}

/** A lead is the first 15% of an article; "late" is its second half. */
const LEAD = 0.15;
const LATE = 0.5;

/** The sources that lead with a claim and those that bring it late, when both exist. */
export function movedBetween(sentences: readonly ClaimSentence[]): Claim['moved'] {
  const first = new Map<string, number>();
  for (const s of sentences) first.set(s.source, Math.min(first.get(s.source) ?? 1, s.position));
  const lead = [...first].filter(([, p]) => p <= LEAD).map(([source]) => source);
  const late = [...first].filter(([, p]) => p >= LATE).map(([source]) => source);
  return lead.length > 0 && late.length > 0 ? { lead, late } : undefined;
}

/** A sentence's place in its article, to two decimals (the JSON leaves it out: src/report/json-read.ts puts it back). */
export function roundPosition(n: number): number {
  return Math.round(n * 100) / 100;
}

