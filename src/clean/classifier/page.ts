import type { RemovalReason } from '../../types.js';
import {
  bareWordsOf,
  endsOpen,
  endsSentence,
  functionWordShare,
  isMostlyNonLatin,
  wordCount,
} from '../text.js';
import { LIST_ITEM, median } from '../page.js';
import { listLeadIns } from './smooth.js';
import { contentWords, wordsSharedWithOtherSources, type RunVocabulary } from '../vocabulary.js';

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
  /** The non-blank lines, trimmed, without the clutter glued to them (trim.ts): what is judged and kept. */
  texts: readonly string[];
  /** The same lines with what trim.ts cut off (absent: nothing was cut). */
  originals?: readonly string[];
  rules: readonly RuleVerdict[];
  /** The run's words and this source's own (absent when one source is cleaned alone). */
  vocabulary?: { run: RunVocabulary; own: ReadonlySet<string> };
  /** The lines' content words (as sets), when the run has computed them already (else pageFacts does). */
  words?: readonly ReadonlySet<string>[];
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
  /** Its first few hundred characters: what the mark features read. */
  sample: string;
  /** Its content words (see vocabulary.ts), as a set. */
  content: ReadonlySet<string>;
  /** Most of its letters are not Latin (English word lists say nothing about it). */
  nonLatin: boolean;
  /** What trim.ts cut off its end ('' when nothing): a credit, a link, a call to action glued to it. */
  cut: string;
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
  /** For each line, the lead-in of the list it is an item of (see smooth.ts) when the rules kept it, or -1. */
  leads: readonly number[];
}

/** The share of function words usual in a paragraph of English prose. */
const PROSE_FUNCTION_SHARE = 0.45;
/** How much of a line the mark features read. */
const SAMPLE_CHARS = 600;
/** How many words of a line the repeat keys read. */
const KEY_WORDS = 50;

/**
 * A line compared without case, spacing or the punctuation around its words: for repeats on a page. Made of the
 * words the rules have already split (bareWordsOf remembers them), so it costs next to nothing.
 */
export function lineKey(text: string): string {
  return bareWordsOf(text).slice(0, KEY_WORDS).join(' ');
}

function isProse(text: string, words: number, functionShare: number, nonLatin: boolean): boolean {
  return ((endsSentence(text) && words >= 8) || words >= 30) && (functionShare > 0 || nonLatin);
}

/** For each line, its content words as a set (what the page-vocabulary share compares). */
function pageWordCounts(page: ClassifierPage): { sets: readonly ReadonlySet<string>[]; lines: Map<string, number> } {
  const sets = page.words ?? page.texts.map((t) => new Set(contentWords(t)));
  const lines = new Map<string, number>();
  for (const set of sets) for (const w of set) lines.set(w, (lines.get(w) ?? 0) + 1);
  return { sets, lines };
}

/** What trim.ts cut off the end of line i (the start's marker aside): '' when nothing. */
function cutOff(page: ClassifierPage, i: number): string {
  const original = page.originals?.[i];
  const text = page.texts[i] ?? '';
  if (original === undefined || original.length === text.length || !original.startsWith(text)) return '';
  return original.slice(text.length).trim();
}

export function pageFacts(page: ClassifierPage): PageFacts {
  const { sets, lines: wordLines } = pageWordCounts(page);
  const vocabulary = page.vocabulary;
  const lines = page.texts.map((text, i): LineFacts => {
    const words = wordCount(text);
    const set = sets[i] ?? new Set<string>();
    let onPage = 0;
    for (const w of set) if ((wordLines.get(w) ?? 0) > 1) onPage += 1;
    const nonLatin = isMostlyNonLatin(text);
    // English function words say nothing of a line in Thai or Arabic: it is given the share usual in prose.
    const functionShare = nonLatin ? PROSE_FUNCTION_SHARE : functionWordShare(text);
    return {
      words,
      bare: bareWordsOf(text),
      functionShare,
      endsSentence: endsSentence(text),
      endsOpen: endsOpen(text),
      listItem: LIST_ITEM.test(text),
      prose: isProse(text, words, functionShare, nonLatin) || (nonLatin && words >= 8),
      sharedOthers: vocabulary === undefined ? null : wordsSharedWithOtherSources(set, vocabulary.run, vocabulary.own),
      sharedPage: set.size < 3 ? null : onPage / set.size,
      key: lineKey(text),
      sample: text.slice(0, SAMPLE_CHARS),
      content: set,
      nonLatin,
      cut: cutOff(page, i),
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
    // A lead-in the rules removed vouches for nothing.
    leads: listLeadIns(lines).map((lead) => (lead >= 0 && page.rules[lead]?.page.kind === 'removed' ? -1 : lead)),
  };
}
