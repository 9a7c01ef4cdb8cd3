import type { Sentence } from './types.js';

/**
 * The most characters of sentence text compared over all sources together, unless `maxTotalChars` says
 * otherwise, each sentence counted SENTENCE_COST characters more than its length. Memory grows with the text
 * compared (wink's tokens, terms, facts, candidate pairs, the report) and with the number of sentences: some
 * 8 to 20 KB a sentence. 10 million keep a run under 1.5 GB (20 files of 2 MB: 1.0 GB; see docs/performance.md). A cluster of
 * news articles has some 6,000 characters per article: this is over 1,500 articles' worth.
 */
export const DEFAULT_MAX_TOTAL_CHARS = 10_000_000;

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

/**
 * How much of all sources the clean and segment stages read together, as a multiple of the sentence budget:
 * their own time and memory grow with every line read (2 million short lines took over a minute to clean).
 */
export const READ_BUDGET_FACTOR = 2;

/**
 * Where each source's text is cut so that all of them together are read within `budget`, each line costing
 * SENTENCE_COST more than its characters: the same allowance for every source, as shareBudget, cut at the end
 * of a line (inside one only when its first line alone is over the allowance).
 */
export function shareReading(texts: readonly string[], budget: number): { ends: number[]; allowance?: number } {
  const costs = texts.map((text) => readCost(text));
  if (costs.reduce((a, b) => a + b, 0) <= budget) return { ends: texts.map((t) => t.length) };
  const allowance = waterLevel(costs, budget);
  return { ends: texts.map((text) => endWithin(text, allowance)), allowance };
}

function readCost(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return text.length + lines * SENTENCE_COST;
}

/** The end of the last whole line within `allowance`. */
function endWithin(text: string, allowance: number): number {
  let used = 0;
  let lineStart = 0;
  let lastEnd = -1;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline < 0 ? text.length : newline;
    used += end - lineStart + 1 + SENTENCE_COST;
    if (used > allowance) return lastEnd >= 0 ? lastEnd : Math.max(0, Math.min(end, allowance - SENTENCE_COST));
    if (newline < 0) return text.length;
    lastEnd = end;
    lineStart = newline + 1;
  }
}
