import type { Sentence } from './types.js';

/**
 * The most characters of sentence text compared over all sources together, unless `maxTotalChars` says
 * otherwise. Memory grows with the text compared (wink's tokens, terms, facts, candidate pairs, the report):
 * about 130 MB per million characters, so 8 million keep a run well under 1.5 GB. A cluster of news articles
 * has some 5,000 characters per article: this is 1,600 articles' worth.
 */
export const DEFAULT_MAX_TOTAL_CHARS = 8_000_000;

/**
 * Each source's sentences within a budget of characters for all sources together. When they fit, nothing
 * changes; otherwise every source gets the same allowance (the largest under which the total fits, so a short
 * source is never cut for a long one), and keeps its first sentences within it. The allowance depends on the
 * sizes only, not on the order of the sources.
 */
export function shareBudget(bySource: readonly Sentence[][], budget: number): { kept: Sentence[][]; allowance?: number } {
  const totals = bySource.map((sentences) => sentences.reduce((n, s) => n + s.text.length, 0));
  if (totals.reduce((a, b) => a + b, 0) <= budget) return { kept: bySource.map((s) => s) };
  const allowance = waterLevel(totals, budget);
  const kept = bySource.map((sentences) => {
    let used = 0;
    let end = 0;
    while (end < sentences.length && used + sentences[end]!.text.length <= allowance) used += sentences[end++]!.text.length;
    return sentences.slice(0, end);
  });
  return { kept, allowance };
}

/** The largest `level` with sum(min(total, level)) <= budget. */
function waterLevel(totals: readonly number[], budget: number): number {
  const sorted = [...totals].sort((a, b) => a - b);
  let left = budget;
  for (const [i, total] of sorted.entries()) {
    const sharers = sorted.length - i;
    if (total * sharers > left) return Math.floor(left / sharers);
    left -= total;
  }
  return sorted[sorted.length - 1] ?? 0;
}
