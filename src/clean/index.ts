import type { CleanedSource, KeptLine, RemovalReason, RemovedLine, Source } from '../types.js';
import { firstReason, type LineContext } from './context.js';
import { chooseHeadline, type HeadlineCandidate } from './headline.js';
import { isBlank, splitLines } from './lines.js';
import { ARTICLE_RULES, TAIL_RULES } from './rules/index.js';
import {
  continuesArticle,
  endMarker,
  resolveSection,
  sectionHeader,
  sectionReason,
  type TailSection,
} from './rules/end-of-article.js';
import { refinePage, type PageContext, type PageVerdict } from './page.js';
import { outletNames } from './outlet.js';
import { withoutGluedClutter } from './trim.js';
import { isSentenceLike, isTitleLike } from './text.js';
import { buildRunVocabulary, contentWords } from './vocabulary.js';
import { decideLines, type ClassifierPage, type RuleVerdict } from './classifier/index.js';

/**
 * The clean stage: sorts every non-blank line of an article page into article text (`kept`) and
 * page clutter (`removed`, with a reason), and picks out the headline.
 *
 * Headline convention: the headline goes to `headline` only - it is in neither `kept` nor
 * `removed`. It is not a claim, but it is not clutter either.
 *
 * The rules live in ./rules, one kind of clutter per file; this file only walks the lines in
 * order, because some decisions depend on position: whether the article has begun (datelines and
 * headlines come before it, sub-heads inside it) and whether it has ended (everything below a
 * closing line is page).
 */

export interface CleanOptions {
  /** Keep every non-blank line as article text (no headline, nothing removed). */
  keepClutter?: boolean;
  /**
   * The words of every source in the run and of this source (see cleanSources): lets a line be judged against the
   * other sources. Absent when one source is cleaned alone.
   */
  vocabulary?: PageContext['vocabulary'];
  /** This source's content words, one set per non-blank line, when the run has computed them. */
  lineWords?: readonly ReadonlySet<string>[];
}

/** A non-blank line with what the rules need to know about its layout. */
interface ContentLine {
  line: number;
  /** The line as written. */
  original: string;
  /** The line trimmed: what the rules look at. */
  text: string;
  /** A paragraph of its own: blank (or nothing) above and below. */
  isolated: boolean;
}

type Verdict =
  | { kind: 'kept' }
  | { kind: 'removed'; reason: RemovalReason; tail?: true }
  | { kind: 'headline-candidate' };

function contentLines(text: string): ContentLine[] {
  const lines = splitLines(text);
  const blank = lines.map((l) => isBlank(l.text));
  const result: ContentLine[] = [];
  lines.forEach((l, i) => {
    if (blank[i]) return;
    const blankAbove = i === 0 || blank[i - 1] === true;
    const blankBelow = i === lines.length - 1 || blank[i + 1] === true;
    result.push({ line: l.line, original: l.text, text: l.text.trim(), isolated: blankAbove && blankBelow });
  });
  return result;
}

/** Web pages put blank lines between paragraphs; ECB-style text puts one sentence per line. */
function usesParagraphLayout(lines: readonly ContentLine[]): boolean {
  let separated = 0;
  for (let i = 1; i < lines.length; i += 1) {
    const previous = lines[i - 1];
    const current = lines[i];
    if (previous !== undefined && current !== undefined && current.line > previous.line + 1) separated += 1;
  }
  return lines.length > 1 && separated >= (lines.length - 1) / 2;
}

/** For each line: does running text follow it? (A title with no text under it is not a headline.) */
function sentenceFollows(texts: readonly string[]): boolean[] {
  const follows = new Array<boolean>(texts.length).fill(false);
  let seen = false;
  for (let i = texts.length - 1; i >= 0; i -= 1) {
    follows[i] = seen;
    if (isSentenceLike(texts[i] ?? '')) seen = true;
  }
  return follows;
}

function classify(lines: readonly ContentLine[], texts: readonly string[], paragraphStyle: boolean, outlet: readonly string[]): Verdict[] {
  const textFollows = sentenceFollows(texts);
  const verdicts: Verdict[] = [];
  let bodyStarted = false;
  let tail: TailSection | null = null;

  lines.forEach((current, i) => {
    const context: LineContext = {
      text: current.text,
      previous: texts[i - 1],
      next: texts[i + 1],
      isolated: current.isolated,
      paragraphStyle,
      bodyStarted,
      outlet,
    };

    if (tail !== null) {
      tail = sectionHeader(current.text) ?? tail;
      const reason = firstReason(TAIL_RULES, context) ?? sectionReason(tail, current.text);
      verdicts.push({ kind: 'removed', reason, tail: true });
      return;
    }

    const marker = endMarker(current.text);
    if (marker !== null) {
      if (bodyStarted && (marker.explicit || !continuesArticle(texts, i))) {
        tail = marker.section === 'unknown' ? resolveSection(texts, i) : marker.section;
      }
      verdicts.push({ kind: 'removed', reason: marker.reason });
      return;
    }

    const reason = firstReason(ARTICLE_RULES, context);
    if (reason !== null) {
      verdicts.push({ kind: 'removed', reason });
    } else if (!bodyStarted && isTitleLike(current.text) && textFollows[i] === true) {
      verdicts.push({ kind: 'headline-candidate' });
    } else {
      verdicts.push({ kind: 'kept' });
      if (isSentenceLike(current.text)) bodyStarted = true;
    }
  });
  return verdicts;
}

function resolveHeadline(lines: readonly ContentLine[], verdicts: Verdict[]): number | undefined {
  const candidates: HeadlineCandidate[] = [];
  verdicts.forEach((v, index) => {
    if (v.kind !== 'headline-candidate') return;
    const next = verdicts[index + 1];
    const text = lines[index]?.text ?? '';
    candidates.push({ index, text, followedByCaption: next?.kind === 'removed' && next.reason === 'caption' });
  });
  const choice = chooseHeadline(candidates);
  for (const { index, reason } of choice.others) {
    verdicts[index] = reason === null ? { kind: 'kept' } : { kind: 'removed', reason };
  }
  return choice.headline;
}

/** A kept line as the next stages read it: without a marker or a call to action glued to the reporting. */
function keptText(line: ContentLine, trimmed: string): string {
  return trimmed === line.text ? line.original : trimmed;
}

/** The rules' verdicts on a page: line rules, then the headline, then the page-level refinements. */
function ruleVerdicts(source: Source, lines: readonly ContentLine[], options: CleanOptions): RuleVerdict[] {
  const texts = lines.map((l) => l.text);
  const paragraphStyle = usesParagraphLayout(lines);
  const firstPass = classify(lines, texts, paragraphStyle, outletNames(source.id));
  const headlineIndex = resolveHeadline(lines, firstPass);
  const verdicts: PageVerdict[] = firstPass.map((v, i) =>
    i === headlineIndex
      ? { kind: 'headline' }
      : v.kind === 'removed'
        ? { kind: 'removed', reason: v.reason }
        : { kind: 'kept' },
  );
  refinePage(verdicts, { texts, paragraphStyle, vocabulary: options.vocabulary, lineWords: options.lineWords });
  return verdicts.map((page, i): RuleVerdict => {
    const first = firstPass[i];
    return { line: first?.kind === 'removed' ? first.reason : null, page, tail: first?.kind === 'removed' && first.tail === true };
  });
}

/**
 * What the line classifier reads of a source: its lines as the next stages will read them (without clutter glued
 * to them, which trim.ts cuts off: the rest is what is judged) and the rules' verdicts on them.
 */
function classifierPage(source: Source, lines: readonly ContentLine[], options: CleanOptions, trimmed: readonly string[]): ClassifierPage {
  const rules = ruleVerdicts(source, lines, options);
  return {
    sourceId: source.id,
    texts: trimmed,
    originals: lines.map((l) => l.text),
    rules,
    ...(options.vocabulary === undefined ? {} : { vocabulary: options.vocabulary }),
    ...(options.lineWords === undefined ? {} : { words: options.lineWords }),
  };
}

export function clean(source: Source, options: CleanOptions = {}): CleanedSource {
  const lines = contentLines(source.text);
  if (options.keepClutter === true) {
    return { source, kept: lines.map((l) => ({ line: l.line, text: l.original })), removed: [] };
  }

  const trimmed = lines.map((l) => withoutGluedClutter(l.text));
  const verdicts = decideLines(classifierPage(source, lines, options, trimmed));
  const headlineIndex = verdicts.findIndex((v) => v.kind === 'headline');
  const kept: KeptLine[] = [];
  const removed: RemovedLine[] = [];
  lines.forEach((l, i) => {
    const verdict = verdicts[i];
    if (verdict?.kind === 'kept') kept.push({ line: l.line, text: keptText(l, trimmed[i]!) });
    if (verdict?.kind === 'removed') removed.push({ line: l.line, text: l.original, reason: verdict.reason });
  });

  const headlineLine = headlineIndex < 0 ? undefined : lines[headlineIndex];
  return headlineLine === undefined
    ? { source, kept, removed }
    : { source, kept, removed, headline: { line: headlineLine.line, text: headlineLine.original } };
}

/** The words of every source, line by line and in all: the run-wide evidence of the rules and the classifier. */
function runContext(sources: readonly Source[]): { options: (i: number) => CleanOptions } {
  const perSource = sources.map((s) => {
    const lineWords = contentLines(s.text).map((l) => new Set(contentWords(l.text)));
    const own = new Set<string>();
    for (const words of lineWords) for (const w of words) own.add(w);
    return { own, lineWords };
  });
  const run = buildRunVocabulary(perSource.map((p) => p.own));
  return { options: (i) => ({ vocabulary: { run, own: perSource[i]!.own }, lineWords: perSource[i]!.lineWords }) };
}

/**
 * For the fit (scripts/fit-clutter.ts): each source's non-blank lines with their line numbers and the
 * classifier's page, exactly as cleanSources builds them.
 */
export function classifierPages(sources: readonly Source[]): { lines: number[]; page: ClassifierPage }[] {
  const context = runContext(sources);
  return sources.map((s, i) => {
    const lines = contentLines(s.text);
    const trimmed = lines.map((l) => withoutGluedClutter(l.text));
    return { lines: lines.map((l) => l.line), page: classifierPage(s, lines, context.options(i), trimmed) };
  });
}

/**
 * Cleans every source of one run. Each source is judged on its own lines and, for the cross-source signal,
 * against the words of the others (built once for the run, so the cost stays linear in the sources).
 */
export function cleanSources(sources: readonly Source[], options: Pick<CleanOptions, 'keepClutter'> = {}): CleanedSource[] {
  if (options.keepClutter === true) return sources.map((s) => clean(s, options));
  const context = runContext(sources);
  return sources.map((s, i) => clean(s, { ...options, ...context.options(i) }));
}
