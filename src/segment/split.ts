/**
 * Splits running English text into sentences.
 *
 * The base is Node's built-in Intl.Segmenter (ICU's implementation of the Unicode sentence-break algorithm,
 * UAX #29). Measured against the English "Golden Rules" it does about as well as the npm sentence splitters
 * (28/48 against 27-34/48), is fast and linear on any input, gives offsets, and costs no dependency. Its one
 * systematic fault is that it knows no abbreviations: it breaks after every "Mr." and "U.S." before a capital.
 * So it proposes candidate boundaries, rules.ts takes back the false ones, and missed.ts adds the few kinds
 * of boundary it never proposes (inline list items, "…" before a capital, a full stop before a spaced dash).
 */
import { splitMissedBoundaries, type Range } from './missed.js';
import { charsOpeningNextSentence, isFalseBoundary, type BoundaryContext } from './rules.js';

export interface SentenceSpan {
  /** The sentence, trimmed. */
  text: string;
  /** 0-based [start, end) offsets of `text` in the input. */
  start: number;
  end: number;
}

interface Candidate {
  at: number;
  /** A break at a blank line: always kept. */
  hard: boolean;
}

const sentenceBreaker = new Intl.Segmenter('en', { granularity: 'sentence' });
/** ICU's view of the text at a time, and the end part of it whose boundaries are left to the next view. */
const WINDOW_CHARS = 2048;
const WINDOW_MARGIN = 256;
/** How much text around a boundary the rules see. Enough for a word or two on each side. */
const CONTEXT_CHARS = 64;
const PARAGRAPH_SEPARATORS = new Set(['\n', '\r', '\u0085', '\u2028', '\u2029']);

/**
 * Sentences of `text`, in order. A single line break counts as a space (hard-wrapped text); a blank line
 * always ends a sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const flat = flattenLineBreaks(text);
  return keepTrueBoundaries(flat, candidateBoundaries(flat))
    .flatMap((range) => splitMissedBoundaries(flat, range))
    .map((range) => toSpan(text, range))
    .filter((span): span is SentenceSpan => span !== undefined);
}

/**
 * Replaces each line break that is not next to a blank line with spaces of the same length, so that offsets
 * still point into the original text and ICU does not treat a wrapped line's end as a paragraph end.
 */
function flattenLineBreaks(text: string): string {
  if (!/[\r\n]/.test(text)) return text;
  const parts = text.split(/(\r\n|\r|\n)/); // lines at even indexes, their line breaks at odd ones
  for (let i = 1; i < parts.length; i += 2) {
    const lineBefore = parts[i - 1] ?? '';
    const lineAfter = parts[i + 1] ?? '';
    if (lineBefore.trim() !== '' && lineAfter.trim() !== '') parts[i] = ' '.repeat(parts[i]?.length ?? 0);
  }
  return parts.join('');
}

/**
 * ICU's candidate boundaries. V8's segment iterator costs time in proportion to the whole input at every
 * step (quadratic: a 1.4 MB text took 45 s), so ICU sees the text through windows of WINDOW_CHARS. A
 * boundary is taken from a window only when it lies at least WINDOW_MARGIN before the window's end, where
 * the text beyond the window cannot change it; the next window starts where that cannot matter either.
 */
function candidateBoundaries(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  let from = 0;
  for (;;) {
    const to = Math.min(text.length, from + WINDOW_CHARS);
    const limit = to === text.length ? to : to - WINDOW_MARGIN;
    let lastTaken = from;
    for (const { index } of sentenceBreaker.segment(text.slice(from, to))) {
      const at = from + index;
      if (at > limit) break;
      if (index === 0) continue;
      candidates.push({ at, hard: PARAGRAPH_SEPARATORS.has(text[at - 1] ?? '') });
      lastTaken = at;
    }
    if (to === text.length) return candidates;
    from = safeRestart(text, from, lastTaken, limit);
  }
}

/**
 * Where the next window starts: the last place in (lastTaken, limit] where a space follows a letter or digit,
 * which can be neither a sentence boundary nor inside one's punctuation; else the last boundary taken;
 * else, on text with neither (a line of dots), `limit` itself.
 */
function safeRestart(text: string, from: number, lastTaken: number, limit: number): number {
  for (let i = limit; i > lastTaken; i--) {
    if (/\s/.test(text[i] ?? '') && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) return i;
  }
  return lastTaken > from ? lastTaken : limit;
}

/** Joins the candidate sentences across every boundary the rules reject; returns the sentence ranges. */
function keepTrueBoundaries(text: string, candidates: Candidate[]): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  candidates.forEach((candidate, i) => {
    let at = candidate.at;
    if (!candidate.hard) {
      const context = boundaryContext(text, start, at, candidates[i + 1]?.at ?? text.length);
      if (isFalseBoundary(context)) return;
      at = trimmedEnd(text, start, at) - charsOpeningNextSentence(context.before);
    }
    ranges.push({ start, end: at });
    start = at;
  });
  ranges.push({ start, end: text.length });
  return ranges;
}

/** Bounded slices around the boundary at `at`, between sentence start `start` and the next candidate `nextAt`. */
function boundaryContext(text: string, start: number, at: number, nextAt: number): BoundaryContext {
  const end = trimmedEnd(text, start, at);
  const beforeStart = Math.max(start, end - CONTEXT_CHARS);
  return {
    before: singleSpaced(text.slice(beforeStart, end)).trim(),
    beforeIsWhole: beforeStart === start,
    opening: singleSpaced(text.slice(start, Math.min(end, start + CONTEXT_CHARS))).trim(),
    after: singleSpaced(text.slice(at, Math.min(nextAt, at + CONTEXT_CHARS))).trim(),
    afterHasWord: /[\p{L}\p{N}]/u.test(text.slice(at, nextAt)),
  };
}

/** Any run of white space (tabs, no-break spaces) as one plain space, so rules can split words on ' '. */
function singleSpaced(slice: string): string {
  return slice.replace(/\s+/g, ' ');
}

/** The offset just after the last non-space character in [start, end). */
function trimmedEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1] ?? '')) i--;
  return i;
}

/** The range's text without surrounding white space, or undefined when nothing is left. */
function toSpan(text: string, range: Range): SentenceSpan | undefined {
  let start = range.start;
  while (start < range.end && /\s/.test(text[start] ?? '')) start++;
  const end = trimmedEnd(text, start, range.end);
  return end > start ? { text: text.slice(start, end), start, end } : undefined;
}
