import type { Sentence } from './types.js';

/**
 * The most characters of sentence text compared over all sources together, unless `maxTotalChars` says
 * otherwise, each sentence counted SENTENCE_COST characters more than its length. Memory grows with the text
 * compared (wink's tokens, terms, facts, candidate pairs, the report) and with the number of sentences: some
 * 8 KB a sentence of 80 characters. 8 million keep a run well under 1.5 GB (see scripts/bench.ts). A cluster of
 * news articles has some 5,000 characters per article: this is over 1,000 articles' worth.
 */
export const DEFAULT_MAX_TOTAL_CHARS = 8_000_000;

/** What a sentence costs beyond its characters (its records, its place in every index): so "A b." is not free. */
export const SENTENCE_COST = 60;

function cost(sentence: Sentence): number {
  return sentence.text.length + SENTENCE_COST;
}

/**
 * Each source's sentences within a budget of characters (see SENTENCE_COST) for all sources together. When they fit, nothing
 * changes; otherwise every source gets the same allowance (the largest under which the total fits, so a short
 * source is never cut for a long one), and keeps its first sentences within it. The allowance depends on the
 * sizes only, not on the order of the sources.
 */
export function shareBudget(bySource: readonly Sentence[][], budget: number): { kept: Sentence[][]; allowance?: number } {
  const totals = bySource.map((sentences) => sentences.reduce((n, s) => n + cost(s), 0));
  if (totals.reduce((a, b) => a + b, 0) <= budget) return { kept: bySource.map((s) => s) };
  const allowance = waterLevel(totals, budget);
  const kept = bySource.map((sentences) => {
    let used = 0;
    let end = 0;
    while (end < sentences.length && used + cost(sentences[end]!) <= allowance) used += cost(sentences[end++]!);
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
