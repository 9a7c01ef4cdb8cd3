/**
 * Sentence ends the Unicode sentence-break algorithm never proposes, found inside one sentence range:
 * the items of an inline list ("1) The first item 2) The second item"); a "…" character followed by a
 * capital (Unicode does not count U+2026 as sentence-final punctuation, though "..." is); and a full stop
 * followed by a spaced dash and a capital, as in a credit line ("in their possession. — Volodymyr
 * Zelenskyy (@ZelenskyyUa)"), which Unicode reads as the sentence going on.
 *
 * Each search walks the range once with indexOf or a simple global regex, so they stay linear.
 */

import { isDateline } from './rules.js';

/** A [start, end) range of the text. */
export interface Range {
  start: number;
  end: number;
}

/**
 * An inline list item at the start of a sentence: a bullet ("• 9. The first item", "⁃9. The first item"),
 * or a number or lower-case letter with "1.)", "1)", "1." style punctuation.
 */
const LEADING_LIST_MARKER = /^([•⁃◦‣▪●])|^(?:(\d{1,3})|([a-z]))(\.\)|\)|\.)\s/u;
/** "…" then optional closing quotes, space, optional opening quote and a capital letter. */
const ELLIPSIS_BEFORE_CAPITAL = /…[”"’']?\s+(?=[“"‘']?\p{Lu})/gu;

/** Sentence-final punctuation, closing quotes, space, then a spaced dash and a capital letter. */
const STOP_BEFORE_DASH = /[.!?][”"’')\]]*\s+(?=[—–]\s+[“"‘']?\p{Lu})/gu;

/** Cuts one sentence range where another sentence or list item starts inside it. */
export function splitMissedBoundaries(text: string, range: Range): Range[] {
  const slice = text.slice(range.start, range.end);
  const cuts = [...listItemStarts(slice), ...ellipsisEnds(slice), ...dashedEnds(slice)].sort((a, b) => a - b);
  const pieces: Range[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut <= start || cut >= slice.length) continue;
    pieces.push({ start: range.start + start, end: range.start + cut });
    start = cut;
  }
  pieces.push({ start: range.start + start, end: range.end });
  return pieces;
}

/**
 * Where the following items of an inline list start, if the sentence opens with a list marker. A bullet
 * list is cut before every later bullet; a numbered or lettered list before the next number or letter in
 * turn ("2.", then "3."), so that a stray "5." inside an item is left alone.
 */
function listItemStarts(sentence: string): number[] {
  const first = sentence.length - sentence.trimStart().length;
  const marker = LEADING_LIST_MARKER.exec(sentence.slice(first, first + 8));
  if (!marker) return [];
  const [, bullet, number, letter, suffix = ''] = marker;
  if (bullet) return wordStarts(sentence, bullet, first + 1, false);
  const starts: number[] = [];
  let ordinal = number ? Number(number) : (letter ?? 'a').charCodeAt(0);
  let from = first + 1;
  for (;;) {
    ordinal++;
    const next = number ? String(ordinal) : String.fromCharCode(ordinal);
    const at = wordStarts(sentence, `${next}${suffix}`, from, true)[0];
    if (at === undefined) return starts;
    starts.push(at);
    from = at + 1;
  }
}

function ellipsisEnds(sentence: string): number[] {
  if (!sentence.includes('…')) return [];
  return [...sentence.matchAll(ELLIPSIS_BEFORE_CAPITAL)].map((m) => m.index + m[0].length);
}

function dashedEnds(sentence: string): number[] {
  if (!sentence.includes('—') && !sentence.includes('–')) return [];
  return [...sentence.matchAll(STOP_BEFORE_DASH)]
    .filter((m) => !isDateline(sentence.slice(0, m.index + 1).trim(), '—')) // "LOS ANGELES, Calif. — A man ..."
    .map((m) => m.index + m[0].length);
}

/**
 * Offsets from `from` on where `needle` starts a word (white space before it), and, with `wholeWord`,
 * also ends one (white space after it). With `wholeWord` only the first match is looked for.
 */
function wordStarts(text: string, needle: string, from: number, wholeWord: boolean): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    const startsWord = /\s/.test(text[at - 1] ?? '');
    const endsWord = /\s/.test(text[at + needle.length] ?? '');
    if (startsWord && (endsWord || !wholeWord)) {
      found.push(at);
      if (wholeWord) break;
    }
  }
  return found;
}
