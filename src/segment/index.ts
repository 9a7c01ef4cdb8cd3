/**
 * The segment stage: a cleaned source's kept lines -> its sentences, numbered in reading order.
 */
import type { CleanedSource, KeptLine, Sentence } from '../types.js';
import { LINE_CONTINUES_AFTER } from './lexicon.js';
import { endsWithLeadingAbbreviation } from './rules.js';
import { splitSentences, type SentenceSpan } from './split.js';

export { splitSentences, type SentenceSpan } from './split.js';

/** Lines that read as one paragraph, joined with single spaces. */
interface Paragraph {
  text: string;
  /** Where each line starts in `text`, in order. */
  lineStarts: { offset: number; line: number }[];
}

/** How much of two lines the hard-wrap test looks at: enough for the words either side. */
const JOIN_CONTEXT_CHARS = 80;

export function segment(cleaned: CleanedSource): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs(cleaned.kept)) {
    for (const span of wordedSpans(splitSentences(paragraph.text), paragraph.text)) {
      sentences.push({
        source: cleaned.source.id,
        index: sentences.length,
        line: lineAt(paragraph, span.start),
        text: span.text,
      });
    }
  }
  return sentences;
}

/**
 * The spans that have words. A piece without any (a bullet, a rule, the `> [!` of a Markdown alert that the
 * splitter cut at its `!`) is no claim of its own, but it is not dropped either: it joins the next sentence of
 * its paragraph, or the last one when none follows, so no text of a paragraph with words is lost. A paragraph
 * with no word at all (a rule line such as `* * *`) gives no sentence.
 */
function wordedSpans(spans: readonly SentenceSpan[], text: string): SentenceSpan[] {
  const worded: SentenceSpan[] = [];
  let pendingStart: number | undefined;
  for (const span of spans) {
    if (!/[\p{L}\p{N}]/u.test(span.text)) {
      pendingStart ??= span.start;
      continue;
    }
    const start = pendingStart ?? span.start;
    worded.push({ text: text.slice(start, span.end), start, end: span.end });
    pendingStart = undefined;
  }
  const last = worded[worded.length - 1];
  if (pendingStart !== undefined && last !== undefined) {
    const end = spans[spans.length - 1]!.end;
    worded[worded.length - 1] = { text: text.slice(last.start, end), start: last.start, end };
  }
  return worded;
}

/**
 * Groups kept lines into paragraphs. Most corpora give one paragraph (or sentence) per line, so a line is
 * its own paragraph unless it is plainly hard-wrapped into the next; a gap in line numbers (a blank line)
 * always ends a paragraph.
 */
function paragraphs(kept: KeptLine[]): Paragraph[] {
  const result: Paragraph[] = [];
  let current: Paragraph | undefined;
  let previous: KeptLine | undefined;
  for (const line of kept) {
    const text = line.text.trim();
    if (text === '') continue;
    if (current && previous && line.line === previous.line + 1 && isHardWrapped(previous.text.trim(), text)) {
      current.lineStarts.push({ offset: current.text.length + 1, line: line.line });
      current.text += ` ${text}`;
    } else {
      current = { text, lineStarts: [{ offset: 0, line: line.line }] };
      result.push(current);
    }
    previous = line;
  }
  return result;
}

/**
 * Whether `next` continues the sentence that `earlier` leaves open. A line that ends with sentence-final
 * punctuation (or a closing quote after it) ends its paragraph, unless that period belongs to an
 * abbreviation that leads into the next word ("Mr." then "Smith"): in one-paragraph-per-line text a
 * lower-case line after a full stop is clutter ("read more"), not a continuation. A line without it is
 * continued when the next line starts in lower case or the line stops mid-clause (a comma, a dash, "the",
 * "of"); otherwise it is a headline or a caption, and stays apart.
 */
function isHardWrapped(earlier: string, next: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(earlier)) return false; // a rule or ornament line ("* * *", "—") stands alone
  if (endsWithSentencePunctuation(earlier)) {
    return endsWithLeadingAbbreviation(singleSpaced(earlier.slice(-JOIN_CONTEXT_CHARS)), next.slice(0, JOIN_CONTEXT_CHARS));
  }
  return /^\p{Ll}/u.test(next) || endsMidClause(earlier);
}

function endsWithSentencePunctuation(line: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(line.slice(-8));
}

function singleSpaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A comma (inside a closing quote too), semicolon, dash or opening bracket, or a lower-case function word. */
function endsMidClause(line: string): boolean {
  const tail = line.slice(-JOIN_CONTEXT_CHARS);
  if (/[,;\-–—(“‘][”’"'»]*$/u.test(tail)) return true;
  const lastWord = /[\p{L}']+$/u.exec(tail)?.[0] ?? '';
  // As written: a headline in title case may end with "For" or "The", a wrapped body line ends with "for".
  return LINE_CONTINUES_AFTER.has(lastWord);
}

/** The 1-based line on which the paragraph offset `offset` lies (binary search: a paragraph may have many lines). */
function lineAt(paragraph: Paragraph, offset: number): number {
  const starts = paragraph.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle]?.offset ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return starts[low]?.line ?? 1;
}
