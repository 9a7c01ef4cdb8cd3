import type { RemovalReason } from '../../types.js';
import {
  bareWordsOf,
  endsOpen,
  endsSentence,
  functionWordShare,
  hasProseWords,
  isMostlyNonLatin,
  wordCount,
} from '../text.js';
import { LIST_ITEM } from '../page.js';
import { contentWords, sharedWithOtherSources, type RunVocabulary } from '../vocabulary.js';

/**
 * What the line classifier reads of one page: its non-blank lines, what today's rules said of each, and the run
 * around it. Built once per page (facts that features share are computed here, each in one pass), so every
 * feature is a small function of one line and its neighbours.
 */

/** What the rules said of a line before the classifier: kept, removed with a reason, or the headline. */
export interface RuleVerdict {
  /** The line rule's reason (first pass), or null when no line rule objected. */
  line: RemovalReason | null;
  /** The verdict after the page-level refinements (repeats, context, other sources). */
  page: { kind: 'kept' } | { kind: 'removed'; reason: RemovalReason } | { kind: 'headline' };
  /** Below a line that closes the article (in a comments or related-content section). */
  tail: boolean;
}

export interface ClassifierPage {
  /** The source's id (its file name): the outlet's own name, when a line speaks of it. */
  sourceId: string;
  /** The non-blank lines, trimmed. */
  texts: readonly string[];
  rules: readonly RuleVerdict[];
  /** The run's words and this source's own (absent when one source is cleaned alone). */
  vocabulary?: { run: RunVocabulary; own: ReadonlySet<string> };
  /** For each line key (see lineKey), in how many sources of the run it occurs. */
  runLines?: ReadonlyMap<string, number>;
}

/** Facts about one line that several features use. */
export interface LineFacts {
  words: number;
  bare: readonly string[];
  functionShare: number;
  endsSentence: boolean;
  endsOpen: boolean;
  /** "- 2 black gloves", "• Item", "1. Item": an item of a list. */
  listItem: boolean;
  /** A full sentence of prose (the 'good' paragraphs jusText anchors context on). */
  prose: boolean;
  /** Share of its content words that another source uses (null: fewer than three, or no run). */
  sharedOthers: number | null;
  /** Share of its content words that another line of this page uses (null: fewer than three). */
  sharedPage: number | null;
  key: string;
  /** Its content words (see vocabulary.ts), as a set. */
  content: ReadonlySet<string>;
}

export interface PageFacts {
  page: ClassifierPage;
  lines: readonly LineFacts[];
  /** Index of the headline line, or -1. */
  headline: number;
  /** Index of the first line of prose, or the page's length. */
  firstProse: number;
  /** Median share of words other sources use, over the page's prose lines (1 when unknown). */
  usualShared: number;
}

/** How much of a line the repeat keys read. */
const KEY_CHARS = 300;

/** A line compared without case, spacing or punctuation: for repeats on a page and across sources. */
export function lineKey(text: string): string {
  return text
    .slice(0, KEY_CHARS)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isProse(text: string, words: number): boolean {
  return ((endsSentence(text) && words >= 8) || words >= 30) && hasProseWords(text);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 1;
}

/** For each line, its content words as a set (what the page-vocabulary share compares). */
function pageWordCounts(texts: readonly string[]): { sets: Set<string>[]; lines: Map<string, number> } {
  const sets = texts.map((t) => new Set(contentWords(t)));
  const lines = new Map<string, number>();
  for (const set of sets) for (const w of set) lines.set(w, (lines.get(w) ?? 0) + 1);
  return { sets, lines };
}

export function pageFacts(page: ClassifierPage): PageFacts {
  const { sets, lines: wordLines } = pageWordCounts(page.texts);
  const vocabulary = page.vocabulary;
  const lines = page.texts.map((text, i): LineFacts => {
    const words = wordCount(text);
    const set = sets[i] ?? new Set<string>();
    let onPage = 0;
    for (const w of set) if ((wordLines.get(w) ?? 0) > 1) onPage += 1;
    return {
      words,
      bare: bareWordsOf(text),
      functionShare: functionWordShare(text),
      endsSentence: endsSentence(text),
      endsOpen: endsOpen(text),
      listItem: LIST_ITEM.test(text),
      prose: isProse(text, words) || (isMostlyNonLatin(text) && words >= 8),
      sharedOthers: vocabulary === undefined ? null : sharedWithOtherSources(text, vocabulary.run, vocabulary.own),
      sharedPage: set.size < 3 ? null : onPage / set.size,
      key: lineKey(text),
      content: set,
    };
  });
  const headline = page.rules.findIndex((r) => r.page.kind === 'headline');
  const firstProse = lines.findIndex((l, i) => l.prose && page.rules[i]?.page.kind === 'kept');
  const shares = lines.flatMap((l) => (l.prose && l.sharedOthers !== null ? [l.sharedOthers] : []));
  return {
    page,
    lines,
    headline,
    firstProse: firstProse < 0 ? lines.length : firstProse,
    usualShared: median(shares),
  };
}
