import type { CleanedSource, Claim, SourceSummary } from '../types.js';

/**
 * Per-source figures. A source "omits" a claim that at least two other sources state: a claim only one
 * other outlet has is that outlet's addition, and counting it against everyone else would drown the signal.
 */
export function summarizeSources(
  cleaned: readonly CleanedSource[],
  claims: readonly Claim[],
  sentenceCounts: ReadonlyMap<string, number>,
): SourceSummary[] {
  return cleaned.map(({ source, removed, headline }) => {
    const adds = claims.filter((c) => c.sources.length === 1 && c.sources[0] === source.id).length;
    const omits = claims.filter((c) => c.sources.length >= 2 && c.omittedBy.includes(source.id)).length;
    return {
      id: source.id,
      path: source.path,
      sentences: sentenceCounts.get(source.id) ?? 0,
      removed,
      ...(headline ? { headline: headline.text } : {}),
      adds,
      omits,
    };
  });
}
