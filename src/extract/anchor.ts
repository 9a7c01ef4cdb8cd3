import type { Fact, Sentence } from '../types.js';
import { extractDates } from './dates/index.js';
import type { ParsedSentence } from './types.js';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Resolve weekdays and relative dates ("on Tuesday", "yesterday") to calendar dates where, and only where,
 * the article itself gives a full date to count from: its first full date (a dateline, "April 8, 2025").
 * Without one a weekday stays a weekday. Facts are per sentence, in the order of `sentences`.
 */
export function anchorDates(
  sentences: readonly Sentence[],
  parsed: readonly ParsedSentence[],
  facts: ReadonlyArray<readonly Fact[]>,
): Fact[][] {
  const anchors = new Map<string, string>();
  sentences.forEach((s, i) => {
    if (anchors.has(s.source)) return;
    const full = facts[i]!.find((f) => f.kind === 'date' && typeof f.value === 'string' && FULL_DATE.test(f.value));
    if (full) anchors.set(s.source, String(full.value));
  });
  return sentences.map((s, i) => {
    const own = facts[i]!;
    const anchor = anchors.get(s.source);
    if (!anchor || !own.some((f) => f.kind === 'weekday' || (f.kind === 'date' && String(f.value).startsWith('relative:')))) {
      return [...own];
    }
    const dated = extractDates(s, parsed[i], { anchor }).map((f) => ({ ...f, line: s.line }));
    return [...own.filter((f) => f.kind !== 'date' && f.kind !== 'weekday'), ...dated].sort(
      (a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1],
    );
  });
}
