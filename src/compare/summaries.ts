import type { CleanedSource, Claim, SourceSummary } from '../types.js';
import { isAddition, isOmission } from './coverage.js';

/** Per-source figures: sentences kept, clutter removed, claims added and omitted (see `Coverage`). */
export function summarizeSources(
  cleaned: readonly CleanedSource[],
  claims: readonly Claim[],
  sentenceCounts: ReadonlyMap<string, number>,
): SourceSummary[] {
  return cleaned.map(({ source, removed, headline }) => {
    const adds = claims.filter((c) => isAddition(c) && c.sources.includes(source.id)).length;
    const omits = claims.filter((c) => isOmission(c) && c.omittedBy.includes(source.id)).length;
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
