/**
 * Look-ups for quote attribution (./quotes.ts), each built once per sentence: which tokens lie inside a
 * quotation, which name ends or starts at a token, where the first token after a point is, the nearest speech
 * verb. Attribution used to find each by a scan per quotation, and a sentence of 1,250 quotations took 10 s.
 */
import type { NameMatch, Token } from './types.js';

/** Offsets of a quotation, marks included (what these look-ups read of a QuoteSpan). */
interface Span {
  start: number;
  end: number;
}

/** The first name (in the order found) ending, or starting, at each token: looked up, not searched for. */
export interface NameIndex {
  endingAt: Map<number, NameMatch>;
  startingAt: Map<number, NameMatch>;
}

export function indexNames(names: readonly NameMatch[]): NameIndex {
  const endingAt = new Map<number, NameMatch>();
  const startingAt = new Map<number, NameMatch>();
  for (const n of names) {
    if (!endingAt.has(n.last)) endingAt.set(n.last, n);
    if (!startingAt.has(n.first)) startingAt.set(n.first, n);
  }
  return { endingAt, startingAt };
}

export function nameEndingAt(names: NameIndex, index: number): NameMatch | undefined {
  return names.endingAt.get(index);
}

export function nameStartingAt(names: NameIndex, index: number): NameMatch | undefined {
  return names.startingAt.get(index);
}

/** Whether each token lies inside some quotation (start and end within it): one sweep, not a search per token. */
export function quotedTokens(tokens: readonly Token[], quotes: readonly Span[]): boolean[] {
  const spans = [...quotes].sort((a, b) => a.start - b.start);
  const order = tokens.map((_, i) => i).sort((a, b) => tokens[a]!.start - tokens[b]!.start);
  const quoted = new Array<boolean>(tokens.length).fill(false);
  // The furthest end of the quotations starting at or before the token: it holds the token when that end reaches its end.
  let furthest = -Infinity;
  let q = 0;
  for (const i of order) {
    const t = tokens[i]!;
    while (q < spans.length && spans[q]!.start <= t.start) furthest = Math.max(furthest, spans[q++]!.end);
    quoted[i] = t.end <= furthest;
  }
  return quoted;
}

/** The first index whose value in the non-decreasing `values` satisfies `reached` (values.length when none). */
export function firstReaching(values: readonly number[], reached: (v: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(values[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The speech verb nearest `centre` (the earlier of two as near), or undefined when there is none. */
export function nearestVerb(verbs: readonly number[], centre: number): number | undefined {
  const after = firstReaching(verbs, (v) => v >= centre);
  const next = verbs[after];
  const prev = verbs[after - 1];
  if (prev === undefined) return next;
  if (next === undefined) return prev;
  return centre - prev <= next - centre ? prev : next;
}
