import type { RemovalReason } from '../types.js';
import {
  endsOpen,
  endsSentence,
  finalMark,
  hasProseWords,
  isMostlyNonLatin,
  hasAttribution,
  hasPhoneNumber,
  isTitleLike,
  lettersAndDigits,
  roughSentences,
  wordCount,
} from './text.js';
import { isCutOffTeaser } from './rules/related-content.js';
import { isSceneDescription } from './rules/scene.js';
import { sharedWithOtherSources, type RunVocabulary } from './vocabulary.js';

/**
 * Page-level signals, applied after the line rules: what a line is can show only next to the others.
 *
 * - Repeats: a gallery or carousel prints its captions twice; a lead caption or summary is pieced
 *   together from sentences the article says again further down. Article paragraphs do not repeat.
 * - Context (jusText's smoothing): a short or unfinished line amid page furniture is furniture; between
 *   paragraphs of reporting it is a sub-head or a short paragraph, and stays.
 * - The run's other sources: all report one event, so a title-like line whose words no other source
 *   uses is a link to another story ("Professor gets six years in prison" under a shooting report).
 */

export type PageVerdict = { kind: 'kept' } | { kind: 'removed'; reason: RemovalReason } | { kind: 'headline' };

export interface PageContext {
  texts: readonly string[];
  /** Web-page layout (blank lines between paragraphs): the only layout context smoothing applies to. */
  paragraphStyle: boolean;
  /** The run's words and this source's own (absent when clean() runs on one source alone). */
  vocabulary?: { run: RunVocabulary; own: ReadonlySet<string> };
  /** Each line's content words (vocabulary.ts), when the run has computed them. */
  lineWords?: readonly ReadonlySet<string>[];
}

/** Below this share of words found in other sources, a title-like line is about another story. */
const OFF_TOPIC_SHARE = 0.45;
/** ...and below this fraction of the share usual for the page's own prose. */
const RELATIVE_OFF_TOPIC = 0.5;
/** A whole sentence needs this little in common with the story to count as another story's blurb... */
const FAR_OFF_TOPIC_SHARE = 0.2;
const RELATIVE_FAR_OFF_TOPIC = 0.4;
/** At or above this share, a short line is about this event (a summary bullet, a standfirst). */
const ON_TOPIC_SHARE = 0.5;
/** Repeats are judged on sentences of at least this many words ("Police said." repeats by chance). */
const REPEAT_MIN_WORDS = 5;
/** A line printed this many times on one page is furniture (a gallery, a carousel), not a paragraph. */
const PRINTED_OFTEN = 3;
/** How much of a line the repeat test compares: a caption or a paragraph, never megabytes. */
const REPEAT_SCAN_CHARS = 2000;
/** A line that no context can make clutter: a full sentence of prose this long. */
const GOOD_MIN_WORDS = 8;
/** ...or a line this long, punctuated or not. */
const LONG_LINE_WORDS = 30;

/** Compare sentences without case, punctuation or a leading dateline ("BROOKLYN — "). */
function sentenceKey(sentence: string): string {
  const undated = /^\p{Lu}\p{Lu}/u.test(sentence) ? sentence.replace(DATELINE_OPENING, '') : sentence;
  return lettersAndDigits(undated).trim();
}

/** "BROOKLYN — ", "NEW YORK (AP) -- ": the dateline a lead paragraph starts with and its copy may not. */
const DATELINE_OPENING = /^[\p{Lu}\s,.'’]{3,40}(?:\([^)]{1,20}\))?\s?[—–-]{1,2}\s/u;

/**
 * Lines that repeat others: exact copies when more than one line is copied (a gallery shown twice: every
 * copy goes), and a line made of two or more sentences that other lines each say (a lead caption).
 */
function repeatedLines(texts: readonly string[], kept: readonly number[]): Map<number, RemovalReason> {
  const result = new Map<number, RemovalReason>();
  const byLine = new Map<string, number[]>();
  /** For each sentence, the first two lines that say it (enough to know whether another line does). */
  const bySentence = new Map<string, number[]>();
  const sentencesOf = new Map<number, string[]>();
  for (const i of kept) {
    const text = texts[i] ?? '';
    if (wordCount(text) < REPEAT_MIN_WORDS) continue;
    const sentences = roughSentences(text.slice(0, REPEAT_SCAN_CHARS)).map((s) => ({ s, key: sentenceKey(s) }));
    const lineKey = sentences.map((x) => x.key).join('|');
    const sameLines = byLine.get(lineKey);
    if (sameLines === undefined) byLine.set(lineKey, [i]);
    else sameLines.push(i);
    const keys = sentences.filter((x) => wordCount(x.s) >= REPEAT_MIN_WORDS).map((x) => x.key);
    sentencesOf.set(i, keys);
    for (const key of keys) {
      const saying = bySentence.get(key) ?? [];
      if (saying.length < 2 && !saying.includes(i)) bySentence.set(key, [...saying, i]);
    }
  }
  const copied = [...byLine.values()].filter((lines) => lines.length > 1);
  const copies = copied.reduce((n, lines) => n + lines.length, 0);
  // A page scraped twice repeats most of its lines: that is the article, not a gallery.
  if (copied.length > 1 && copies <= sentencesOf.size / 2) {
    for (const lines of copied) for (const i of lines) result.set(i, 'gallery');
  }
  // A page scraped twice prints each paragraph twice; a caption or a carousel's title printed three times or more
  // is furniture however much of the page it fills.
  for (const lines of copied) if (lines.length >= PRINTED_OFTEN) for (const i of lines) result.set(i, 'gallery');
  for (const [i, keys] of sentencesOf) {
    if (keys.length < 2 || result.has(i)) continue;
    const elsewhere = keys.map((k) => (bySentence.get(k) ?? []).find((j) => j !== i));
    if (elsewhere.every((j) => j !== undefined) && new Set(elsewhere).size >= 2) result.set(i, 'caption');
  }
  return result;
}

type Shape = 'bad' | 'good' | 'short';

function shapeOf(verdict: PageVerdict | undefined, text: string): Shape {
  if (verdict === undefined || verdict.kind !== 'kept') return 'bad';
  const words = wordCount(text);
  // A title of a dozen words is not prose: it needs its full stop (or the length of a paragraph).
  const prose = ((endsSentence(text) && words >= GOOD_MIN_WORDS) || words >= LONG_LINE_WORDS) && !isCutOffTeaser(text);
  return prose && hasProseWords(text) ? 'good' : 'short';
}

/**
 * For each line, the class of the nearest line above (or below) that is not short; the page's edge is bad.
 * One pass each way, so a page of many short lines costs no more than a page of paragraphs.
 */
function nearestShapes(shapes: readonly Shape[], step: 1 | -1): Shape[] {
  const result = new Array<Shape>(shapes.length).fill('bad');
  let last: Shape = 'bad';
  const start = step === 1 ? 0 : shapes.length - 1;
  for (let i = start; i >= 0 && i < shapes.length; i += step) {
    result[i] = last;
    const shape = shapes[i];
    if (shape !== undefined && shape !== 'short') last = shape;
  }
  return result;
}

function removalByShape(text: string): RemovalReason {
  return isTitleLike(text) && !endsSentence(text) && wordCount(text) >= 4 ? 'related-content' : 'navigation';
}

/** How a line's words stand to the story's: about it, off it, far off it (a full sentence of another story), or unknown. */
type Topic = 'on' | 'off' | 'far' | null;

/** The median of the numbers (1 when there are none: no evidence, no suspicion). */
/** The middle of a list of numbers (1 for none): a page's typical line length. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 1;
}

/**
 * A judge of how far a line is from the story: the share of its words other sources use, set against what
 * is usual for this page's own prose (two sources that tell the story differently share few words, so
 * only a line far below its page's usual share counts as another story). Null without a vocabulary.
 */
function offTopicJudge(page: PageContext, shapes: readonly Shape[]): (text: string) => Topic {
  const vocabulary = page.vocabulary;
  if (vocabulary === undefined) return () => null;
  const share = (text: string): number | null => sharedWithOtherSources(text, vocabulary.run, vocabulary.own);
  // Computed once, on the first line that needs it: most pages have no line to judge.
  let usualShare: number | undefined;
  const usual = (): number =>
    (usualShare ??= median(
      page.texts.flatMap((text, i) => {
        const shared = shapes[i] === 'good' ? share(text) : null;
        return shared === null ? [] : [shared];
      }),
    ));
  return (text) => {
    const shared = share(text);
    if (shared === null) return null;
    if (shared >= ON_TOPIC_SHARE) return 'on';
    if (shared < FAR_OFF_TOPIC_SHARE && shared < usual() * RELATIVE_FAR_OFF_TOPIC) return 'far';
    return shared < OFF_TOPIC_SHARE && shared < usual() * RELATIVE_OFF_TOPIC ? 'off' : null;
  };
}

/** Reporting, whatever its shape: quotes someone, gives a number to call, or attributes in a sentence. */
function isReporting(text: string): boolean {
  // "Professor who killed man she says raped her gets six years": a title may attribute too.
  return /["“”]/.test(text.slice(0, 2000)) || hasPhoneNumber(text) || (endsSentence(text) && hasAttribution(text));
}

/** The longest opening DATELINE_OPENING can take off a line. */
const DATELINE_MAX_CHARS = 70;

/** The text has more than `limit` ASCII letters and digits (counted only as far as needed). */
function asciiAlphanumericsExceed(text: string, limit: number): boolean {
  let count = 0;
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      count += 1;
      if (count > limit) return true;
    }
  }
  return false;
}

/**
 * Lines that print the headline again, alone or with a label glued to it ("× <headline>", "<headline> Local
 * News"): the page's title bar or share box, not a sentence of the article.
 */
function headlineRepeats(verdicts: readonly PageVerdict[], texts: readonly string[]): number[] {
  const headline = verdicts.findIndex((v) => v.kind === 'headline');
  const key = headline < 0 ? '' : sentenceKey(texts[headline] ?? '');
  if (key.split(' ').length < 3) return [];
  // A line's key holds at least its letters and digits (bar a dateline's): more than this, and it cannot match.
  const most = key.length + 40 + DATELINE_MAX_CHARS;
  return verdicts.flatMap((v, i) => {
    if (v.kind !== 'kept' || asciiAlphanumericsExceed((texts[i] ?? '').slice(0, REPEAT_SCAN_CHARS), most)) return [];
    const text = sentenceKey((texts[i] ?? '').slice(0, REPEAT_SCAN_CHARS));
    if (text === key) return [i];
    // With something glued on, only when that does not make it a sentence ("<headline> on Friday, police said.").
    const at = text.indexOf(key);
    const glued = at >= 0 && at <= 3 && text.length - key.length <= 40 && !endsSentence(texts[i] ?? '');
    return glued ? [i] : [];
  });
}

interface LineView {
  text: string;
  /** The nearest lines above and below that are not short: prose ('good') or furniture ('bad'). */
  above: Shape;
  below: Shape;
  /** The line before and after as written (for "call:" lines that lead into the next). */
  previousText: string;
  nextKept: boolean;
  /** How the line's words stand to the story's (asked only when needed: it reads the run's vocabulary). */
  topic: () => Topic;
  /** The run's other sources are at hand (clean() on one text alone has no evidence against prose). */
  hasRun: boolean;
}

/** What a short or unfinished line is, by its context; null when it stays. */
function shortLineRemoval(line: LineView): RemovalReason | null {
  const { text } = line;
  // A line that ends "call:" or "UPDATE May 5 —" leads into the next one.
  if (endsOpen(text) && line.nextKept) return null;
  if (isReporting(text) || endsOpen(line.previousText)) return null;
  const topic = line.topic();
  const unfinished = !endsSentence(text) || isCutOffTeaser(text);
  if (unfinished && (topic === 'off' || topic === 'far')) return 'related-content';
  if (line.above === 'good' && line.below === 'good') return null;
  const words = wordCount(text);
  const sentence = !unfinished && hasProseWords(text) && words >= 3;
  const onTopic = topic === 'on' || (!line.hasRun && hasProseWords(text) && words >= GOOD_MIN_WORDS);
  // Amid furniture only a line about this event stays, or a sentence of five words no source calls off-topic;
  // next to prose, any sentence (and a line in Thai or another script that may end with no mark).
  const stays =
    line.above === 'bad' && line.below === 'bad'
      ? (onTopic && words >= 4) || (sentence && words >= 5 && topic === null)
      : sentence || onTopic || isMostlyNonLatin(text);
  return stays ? null : removalByShape(text);
}

/** The most words a list item without a marker has ("Joe Louis 26-1", "Jane Roe, 34, of Marlow"). */
const LIST_ITEM_WORDS = 8;

/** "- 2 black gloves", "• Item", "1. Item": an item of a list. */
export const LIST_ITEM = /^(?:[-–—•·*▪►]\s?\S|\d{1,2}[.)]\s)/u;

/**
 * Lines of a list told by the article: a sentence that leads into a list ("They took these items from the
 * house:") and the items under it. Short as they are, they are the article's, whatever surrounds them.
 */
function articleLists(texts: readonly string[]): Map<number, { lead: number; marked: boolean }> {
  const result = new Map<number, { lead: number; marked: boolean }>();
  texts.forEach((text, i) => {
    if (!endsOpen(text) || wordCount(text) < 4 || !hasProseWords(text) || LIST_ITEM.test(text)) return;
    // Items with a marker ("- 2 black gloves") under any open ending; plain short lines ("Joe Louis 26-1") under a colon.
    const marked = LIST_ITEM.test(texts[i + 1] ?? '');
    const isItem = marked ? (t: string) => LIST_ITEM.test(t) : (t: string) => isPlainItem(t);
    if (!marked && finalMark(text) !== ':') return;
    let end = i + 1;
    while (end < texts.length && isItem(texts[end] ?? '')) end += 1;
    if (end - i - 1 < 2) return;
    for (let j = i; j < end; j += 1) result.set(j, { lead: i, marked });
  });
  return result;
}

/** An item of a list without markers: a few words, no sentence of its own, no lead-in of its own. */
function isPlainItem(text: string): boolean {
  return wordCount(text) <= LIST_ITEM_WORDS && !endsSentence(text) && !endsOpen(text) && !LIST_ITEM.test(text);
}

/** Reasons the rules give a line for its shape alone (short, unfinished, title-like), not for its words. */
const SHAPE_REASONS: ReadonlySet<RemovalReason> = new Set(['heading', 'navigation', 'related-content']);

export function refinePage(verdicts: PageVerdict[], page: PageContext): void {
  const { texts } = page;
  for (const i of headlineRepeats(verdicts, texts)) verdicts[i] = { kind: 'removed', reason: 'heading' };
  const kept = verdicts.flatMap((v, i) => (v.kind === 'kept' ? [i] : []));
  for (const [i, reason] of repeatedLines(texts, kept)) verdicts[i] = { kind: 'removed', reason };
  const lists = articleLists(texts);
  // A lead-in a rule removed for its words ("Follow us on social media:") leads the page's list, not the article's.
  const byRule = (i: number): boolean => {
    const verdict = verdicts[i];
    return verdict?.kind === 'removed' && !SHAPE_REASONS.has(verdict.reason);
  };
  for (const [i, list] of lists) {
    if (byRule(list.lead)) {
      lists.delete(i);
      continue;
    }
    const verdict = verdicts[i];
    // Taken for sub-heads or menu items by their shape alone: the sentence above says what they are.
    if (verdict?.kind === 'removed' && SHAPE_REASONS.has(verdict.reason)) verdicts[i] = { kind: 'kept' };
  }
  if (!page.paragraphStyle) {
    const topic = offTopicJudge(page, texts.map((text, i) => shapeOf(verdicts[i], text)));
    for (const i of sceneCaptions(verdicts, texts)) verdicts[i] = { kind: 'removed', reason: 'caption' };
    for (const i of otherStoriesAtEnd(verdicts, page, topic)) verdicts[i] = { kind: 'removed', reason: 'related-content' };
    return;
  }

  const shapes = texts.map((text, i) => shapeOf(verdicts[i], text));
  const topic = offTopicJudge(page, shapes);
  const shapeAbove = nearestShapes(shapes, 1);
  const shapeBelow = nearestShapes(shapes, -1);
  const firstGood = shapes.indexOf('good');
  const furniture = (v: PageVerdict | undefined): boolean => v === undefined || v.kind === 'removed';
  const removals: [number, RemovalReason][] = [];
  shapes.forEach((shape, i) => {
    const text = texts[i] ?? '';
    const verdict = verdicts[i];
    if (shape === 'good') {
      // A blurb of another story amid page furniture: a sentence no other source comes near, with furniture
      // on both sides. (Not the lead paragraph: a feature may open on a sentence that names nothing.)
      const amidFurniture = furniture(verdicts[i - 1]) && furniture(verdicts[i + 1]) && firstGood < i;
      const blurb = amidFurniture && wordCount(text) < LONG_LINE_WORDS && !isReporting(text);
      if (blurb && topic(text) === 'far') removals.push([i, 'related-content']);
    } else if (verdict?.kind === 'removed' && verdict.reason === 'heading' && wordCount(text) >= 4) {
      // Not a sub-head of this article when its words are another story's: a title in a list of links.
      const judged = topic(text);
      if (judged === 'off' || judged === 'far') removals.push([i, 'related-content']);
    } else if (shape === 'short' && lists.get(i)?.marked === false) {
      // A list with no markers may be a list of other stories' titles under "Read more about this story:".
      const judged = topic(text);
      if (!endsSentence(text) && (judged === 'off' || judged === 'far')) removals.push([i, 'related-content']);
    } else if (shape === 'short' && !lists.has(i)) {
      const reason = shortLineRemoval({
        text,
        above: shapeAbove[i] ?? 'bad',
        below: shapeBelow[i] ?? 'bad',
        previousText: texts[i - 1] ?? '',
        nextKept: verdicts[i + 1]?.kind === 'kept',
        topic: () => topic(text),
        hasRun: page.vocabulary !== undefined,
      });
      if (reason !== null) removals.push([i, reason]);
    }
  });
  for (const [i, reason] of removals) verdicts[i] = { kind: 'removed', reason };
  for (const i of sceneCaptions(verdicts, texts)) verdicts[i] = { kind: 'removed', reason: 'caption' };
  for (const i of otherStoriesAtEnd(verdicts, page, topic)) verdicts[i] = { kind: 'removed', reason: 'related-content' };
}

/** At or under this share of its words on the page's other lines, a line stands apart from the article. */
const APART_SHARE = 0.2;
/** Blurbs come in lists: fewer than this many in a row at the page's end may be the article's last words. */
const MIN_BLURBS = 2;

/**
 * Blurbs of other stories listed below the article ("A man was arrested Monday after a chase on Route 9.", "School
 * board approves new budget"): the page's last lines the rules kept, two or more, each far from what the run's other
 * sources say (see offTopicJudge), sharing next to no word with the page's other lines, and reporting nothing of
 * its own (no quote, no attribution, no number to call). Furniture between them (a time stamp, a label) is passed
 * over; the first line above them that is not such a blurb ends the list.
 */
function otherStoriesAtEnd(verdicts: readonly PageVerdict[], page: PageContext, topic: (text: string) => Topic): number[] {
  const sets = page.lineWords;
  if (sets === undefined || page.vocabulary === undefined || sets.length !== page.texts.length) return [];
  let linesWith: Map<string, number> | undefined;
  const apart = (i: number): boolean => {
    if (linesWith === undefined) {
      linesWith = new Map();
      for (const set of sets) for (const w of set) linesWith.set(w, (linesWith.get(w) ?? 0) + 1);
    }
    const words = sets[i]!;
    let shared = 0;
    for (const w of words) if ((linesWith.get(w) ?? 0) > 1) shared += 1;
    return words.size >= 3 && shared / words.size < APART_SHARE;
  };
  // The cheap tests first, from the end: most pages end on reporting, and need no word counted.
  const candidates: number[] = [];
  for (let i = page.texts.length - 1; i >= 0; i -= 1) {
    const verdict = verdicts[i];
    if (verdict?.kind === 'removed') continue;
    const text = page.texts[i] ?? '';
    if (verdict?.kind !== 'kept' || wordCount(text) < REPEAT_MIN_WORDS || isReporting(text)) break;
    candidates.push(i);
  }
  if (candidates.length < MIN_BLURBS) return [];
  const end = candidates.findIndex((i) => !apart(i) || topic(page.texts[i] ?? '') !== 'far');
  const blurbs = end < 0 ? candidates : candidates.slice(0, end);
  return blurbs.length >= MIN_BLURBS ? blurbs : [];
}

/** Reasons the rules give a picture's or a player's lines. */
const MEDIA_REASONS: ReadonlySet<RemovalReason> = new Set(['caption', 'credit', 'gallery', 'video']);

/** A paragraph that reports: a sentence of prose with a verb of time (the lead, below which the article runs). */
function reports(text: string): boolean {
  const words = wordCount(text);
  return ((endsSentence(text) && words >= GOOD_MIN_WORDS) || words >= LONG_LINE_WORDS) && hasProseWords(text) && !isSceneDescription(text);
}

/**
 * Pictures' descriptions written as sentences (rules/scene.ts), where a caption stands: between the headline and
 * the first paragraph that reports (a lead photo's caption, "LinkedIn profile of the suspect."), or next to a
 * picture's or a player's other lines (its credit, its label). A scene sentence amid reporting stays: the line
 * alone is no evidence.
 */
function sceneCaptions(verdicts: readonly PageVerdict[], texts: readonly string[]): number[] {
  const headline = verdicts.findIndex((v) => v.kind === 'headline');
  let lead = headline + 1;
  while (lead < texts.length && !(verdicts[lead]?.kind === 'kept' && reports(texts[lead] ?? ''))) lead += 1;
  const media = (j: number): boolean => {
    const verdict = verdicts[j];
    return verdict?.kind === 'removed' && MEDIA_REASONS.has(verdict.reason);
  };
  const result: number[] = [];
  texts.forEach((text, i) => {
    // The page's first line is its title, even when no headline was recognised ("Six dead in Chesapeake, Va.").
    const where = (i > Math.max(headline, 0) && i < lead) || media(i - 1) || media(i + 1);
    if (where && verdicts[i]?.kind === 'kept' && isSceneDescription(text)) result.push(i);
  });
  return result;
}
