import { withCommonUnits } from './algebra/units.js';
import { align, DEFAULT_ALIGN_OPTIONS } from './align/index.js';
import { withSlotTerms } from './align/slot-terms.js';
import { cleanSources } from './clean/index.js';
import { oneEventWarning } from './coherence/one-event.js';
import { buildClaims } from './compare/claims.js';
import { findContradictions, withoutRepeats } from './compare/contradictions.js';
import { forgetNameWords } from './algebra/name-index.js';
import { byDisputeThenReach, compareFrames, withoutRowsAskedTwice, type PlacedFact } from './compare/facts.js';
import { findMissingFacts } from './compare/missing-facts.js';
import { compareTypedFacts, readTypedFacts, withEntityFrames, withoutReplacedFrames } from './facts/index.js';
import { summarizeSources } from './compare/summaries.js';
import { anchorDates } from './extract/anchor.js';
import { DEFAULT_MAX_SENTENCES } from './defaults.js';
import { articleScopes, extractFacts, frameFacts, parseSentence, withArticleNames } from './extract/index.js';
import type { ParsedSentence } from './extract/types.js';
import { InputError, LimitError } from './load/errors.js';
import { normalize } from './normalize/index.js';
import { segment } from './segment/index.js';
import { DEFAULT_MAX_TOTAL_CHARS, READ_BUDGET_FACTOR, SENTENCE_COST, shareBudget, shareReading } from './total-limit.js';
import { SCHEMA_ID } from './version.js';
import type { CleanedSource, Claim, CompareOptions, Contradiction, Fact, Report, Sentence, Source, Warning } from './types.js';

export const SCHEMA_VERSION = 3;
export { SCHEMA_ID } from './version.js';
/** The most characters of one sentence compared unless `maxSentenceChars` says otherwise. */
export const DEFAULT_MAX_SENTENCE_CHARS = 5_000;
/**
 * The most claim x source cells a report may have unless `maxReportCells` says otherwise: every claim lists the
 * sources that state it and those that omit it, and every format draws them (2,000 one-sentence sources, 4
 * million cells, take some 550 MB; 20,000 would take 400 million cells and tens of gigabytes).
 */
export const DEFAULT_MAX_REPORT_CELLS = 10_000_000;

/**
 * The whole comparison as one pure function: sources in, report data out. No I/O, no formatting:
 * the CLI reads the files and a renderer turns the report into text.
 */
export function compare(sources: readonly Source[], options: CompareOptions = {}): Report {
  // The name index remembers each name word's keys for the run, across the indexes the run builds; a run's words
  // are its own, so the memo starts empty and is let go when the run ends.
  forgetNameWords();
  try {
    return compareRun(sources, options);
  } finally {
    forgetNameWords();
  }
}

function compareRun(sources: readonly Source[], options: CompareOptions): Report {
  if (sources.length < 2) {
    const named = sources.map((s) => s.path).join(', ');
    throw new InputError(named, `need at least two sources to compare, got ${sources.length}`);
  }
  const ids = sources.map((s) => s.id);
  if (new Set(ids).size !== ids.length) throw new InputError('', `source ids must be unique: ${ids.join(', ')}`);
  const limits = {
    sentences: positiveInteger('maxSentences', options.maxSentences ?? DEFAULT_MAX_SENTENCES),
    chars: positiveInteger('maxSentenceChars', options.maxSentenceChars ?? DEFAULT_MAX_SENTENCE_CHARS),
    totalChars: positiveInteger('maxTotalChars', options.maxTotalChars ?? DEFAULT_MAX_TOTAL_CHARS),
    cells: positiveInteger('maxReportCells', options.maxReportCells ?? DEFAULT_MAX_REPORT_CELLS),
  };
  const stage = stageTimer(options.onStage);

  const limitWarnings: Warning[] = [];
  const cleaned = stage('clean', () => {
    const texts = sources.map((s) => {
      const read = readLimit(s.text, limits.sentences);
      if (read.warning !== undefined) limitWarnings.push({ source: s.id, message: read.warning });
      return read.text;
    });
    const readBudget = limits.totalChars * READ_BUDGET_FACTOR;
    const shared = shareReading(texts, readBudget);
    const within = sources.map((s, i) => {
      const text = texts[i]!.slice(0, shared.ends[i]);
      if (text.length < texts[i]!.length) limitWarnings.push({ source: s.id, message: readBudgetWarning(texts[i]!, text, readBudget, shared.allowance!) });
      return text === s.text ? s : { ...s, text };
    });
    // Each source is cleaned with the others' words at hand: a blurb no other source echoes is another story.
    return cleanSources(within, { keepClutter: options.keepClutter ?? false });
  });
  const segmented = stage('segment', () => {
    const bySource = cleaned.map((c) => {
      const limited = applyLimits(segment(c), limits);
      limitWarnings.push(...limited.warnings.map((message) => ({ source: c.source.id, message })));
      return limited.sentences;
    });
    const shared = shareBudget(bySource, limits.totalChars);
    shared.kept.forEach((kept, i) => {
      const all = bySource[i]!;
      if (kept.length < all.length) limitWarnings.push({ source: cleaned[i]!.source.id, message: budgetWarning(all, kept.length, limits.totalChars, shared.allowance!) });
    });
    return shared.kept.flat();
  });
  const { sentences, facts, typedFacts } = readSentences(segmented, cleaned, stage);
  const sentenceCounts = new Map(ids.map((id) => [id, 0]));
  for (const s of sentences) sentenceCounts.set(s.source, sentenceCounts.get(s.source)! + 1);
  const factsBySentence = new Map(sentences.map((s, i) => [sentenceKey(s.source, s.index), facts[i]!]));

  const alignment = stage('align', () =>
    align(sentences.map((s, i) => withSlotTerms(s, facts[i]!)), {
      ...DEFAULT_ALIGN_OPTIONS,
      ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
      ...(options.linkage !== undefined ? { linkage: options.linkage } : {}),
    }),
  );
  // The report lists, for every claim, the sources that state it and those that do not: its size is claims x sources.
  const cells = alignment.groups.length * ids.length;
  if (cells > limits.cells) {
    throw new LimitError(
      '',
      `${count(ids.length)} sources and ${count(alignment.groups.length)} claims make a report of ${count(cells)} claim-source cells, ` +
        `more than the ${count(limits.cells)} one run holds in memory: compare fewer sources at a time`,
    );
  }
  return stage('compare', () => {
    const allFacts = facts.flat();
    const framesBySource = new Map(ids.map((id) => [id, new Set<string>()]));
    for (const fact of allFacts) if (fact.frame !== undefined) framesBySource.get(fact.source)?.add(fact.frame.key);
    const claims: Claim[] = buildClaims(sentences, alignment, ids, sentenceCounts).map((claim) => {
      const withFacts = { ...claim, facts: claim.sentences.flatMap((s) => factsBySentence.get(sentenceKey(s.source, s.index))!) };
      return { ...withFacts, missingFacts: findMissingFacts(withFacts, framesBySource) };
    });
    const warnings: Warning[] = [
      ...sources.flatMap((s) => (s.notes ?? []).map((message) => ({ source: s.id, message }))),
      ...limitWarnings,
      ...ids
        .filter((id) => sentenceCounts.get(id) === 0)
        .map((id) => ({ source: id, message: 'no article text found: every claim counts as omitted' })),
      // Last, and no finding changed: inputs that look like two events are named, and compared all the same.
      ...oneEventWarning(ids, sentences),
    ];

    // The claim-level rules first: a claim whose day they find in dispute has its figures compared as one event's.
    const ruled = findContradictions(claims);
    const dayDisputed = new Set(ruled.filter((c) => c.kind === 'weekday').map((c) => c.claim));
    const frames = compareFrames(placedFacts(claims, sentences, facts), allFacts, dayDisputed);
    const claimBySentence = new Map(claims.flatMap((c) => c.sentences.map((s) => [sentenceKey(s.source, s.index), c.id] as const)));
    const typed = compareTypedFacts(typedFacts, (source, index) => claimBySentence.get(sentenceKey(source, index)) ?? '');
    return {
      $schema: SCHEMA_ID,
      schemaVersion: SCHEMA_VERSION,
      sources: summarizeSources(cleaned, claims, sentenceCounts),
      claims,
      // Disputed rows first, whichever engine asked the question.
      // Each value in another unit than most of its row's is also given in theirs, for the reader.
      factTable: [...withoutRowsAskedTwice(frames.table, typed.table), ...typed.table].sort(byDisputeThenReach).map((row) => ({ ...row, values: withCommonUnits(row.values, row.frame) })),
      contradictions: withoutRepeats([...frames.contradictions, ...typed.contradictions, ...ruled]).map(withCommonUnitsOf),
      warnings,
    };
  });
}

/**
 * The parse, normalize and extract stages. Each sentence is parsed by wink once, for both normalize and extract;
 * the parses are this function's alone, so they are freed when extract ends, before align and compare hold
 * their own structures (the report's memory is bounded by its input, not by every stage's at once).
 */
function readSentences(segmented: readonly Sentence[], cleaned: readonly CleanedSource[], stage: StageTimer) {
  const parsed = stage('parse', () => parseOnce(segmented));
  const sentences = stage('normalize', () => normalize(segmented, parsed));
  const { facts, typedFacts } = stage('extract', () => {
    const extracted = withArticleNames(sentences, parsed, sentences.map((s, i) => extractFacts(s, {}, parsed[i])));
    const anchored = anchorDates(
      sentences,
      parsed,
      extracted.map((list, i) => list.map((fact) => ({ ...fact, line: sentences[i]!.line, sentence: sentences[i]!.index }))),
    );
    // Ages keyed by the person across the run, not by the name as each sentence writes it.
    const framed = withEntityFrames(articleScopes(sentences, anchored.map((list, i) => frameFacts(list, parsed[i]!))), cleaned);
    // The fact layer's typed facts, read from each sentence and the mentions extract found in it; a frame of
    // extract's that a measure reads otherwise (a weight in pounds as a sum of money) is dropped.
    const typedBySentence = sentences.map((sentence, i) => readTypedFacts({ sentence, parsed: parsed[i]!, mentions: framed[i]! }));
    return { facts: framed.map((list, i) => withoutReplacedFrames(list, typedBySentence[i]!)), typedFacts: typedBySentence.flat() };
  });
  return { sentences, facts, typedFacts };
}

/**
 * Each sentence's parse, a text wink has parsed already (a wire story's sentence several outlets print) copied,
 * not parsed again: a parse depends on the text alone. Each sentence gets tokens of its own, since extractors
 * remember their scans on a parse.
 */
function parseOnce(segmented: readonly Sentence[]): ParsedSentence[] {
  const byText = new Map<string, ParsedSentence>();
  return segmented.map((s) => {
    const known = byText.get(s.text);
    if (known !== undefined) return { text: known.text, tokens: known.tokens.map((t) => ({ ...t })) };
    const parsed = parseSentence(s.text);
    byText.set(s.text, parsed);
    return parsed;
  });
}

/**
 * How much of one source the clean and segment stages read, per sentence --max-sentences allows: 10 lines and
 * 250 characters (a long news sentence has some 150). Past both stages, only `maxSentences` sentences go on;
 * this bound keeps the two stages themselves from growing with the input (25 million one-letter lines took
 * 5 GB and crashed in clean; 7 million short sentences on one line took 30 s in segment).
 */
export const READ_LINES_PER_SENTENCE = 10;
export const READ_CHARS_PER_SENTENCE = 250;

/**
 * The start of a source's text that is read: at most maxSentences x 10 lines and x 250 characters, ending at
 * the end of a line (or at a space, when one line is longer than that); a warning says what was left.
 */
function readLimit(text: string, maxSentences: number): { text: string; warning?: string } {
  const maxLines = maxSentences * READ_LINES_PER_SENTENCE;
  const maxChars = maxSentences * READ_CHARS_PER_SENTENCE;
  if (text.length <= Math.min(maxLines, maxChars)) return { text };
  // The end of line `maxLines`, or of the last whole line within `maxChars`, or (one overlong line) a space.
  let end = lineBreakAfter(text, 0, maxLines);
  let midLine = false;
  if (end > maxChars) {
    const lineBreak = Math.max(text.lastIndexOf('\n', maxChars - 1), text.lastIndexOf('\r', maxChars - 1));
    midLine = lineBreak <= 0;
    end = midLine ? cutText(text, maxChars).length : lineBreak;
    if (!midLine && text.startsWith('\r\n', end - 1)) end -= 1;
  }
  if (end >= text.length) return { text };
  const lastLine = countLineBreaks(text, 0, end) + 1;
  const restStart = midLine ? end : end + (text.startsWith('\r\n', end) ? 2 : 1);
  // Lines after the cut; a final line break ends the last line rather than starting one.
  const endsWithBreak = /[\r\n]$/.test(text);
  const restLines = countLineBreaks(text, restStart, text.length) + (midLine || endsWithBreak ? 0 : 1);
  const where = midLine ? `after character ${count(end)} of line ${count(lastLine)}` : `after line ${count(lastLine)}`;
  const lines = restLines > 0 ? `, ${count(restLines)} more line(s)` : '';
  return {
    text: text.slice(0, end),
    warning:
      `too long: the text ${where} was not read (${count(text.length - restStart)} more characters${lines}): ` +
      `a source is read up to ${count(maxLines)} lines and ${count(maxChars)} characters, ` +
      `${READ_LINES_PER_SENTENCE} lines and ${READ_CHARS_PER_SENTENCE} characters for each sentence --max-sentences allows`,
  };
}

/** The offset of the line break that ends line `line` (1-based) counting from `from`, or text.length. */
function lineBreakAfter(text: string, from: number, line: number): number {
  let seen = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      seen++;
      if (seen === line) return c === 10 && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    }
  }
  return text.length;
}

/** How many line ends (\r\n, \r or \n) lie in [from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * One source's sentences within the limits: the first `sentences` of them, each cut to `chars` characters (at a
 * space where there is one near the cut). Whatever is left out is named in a warning: nothing goes silently.
 * The cost of every later stage is bounded by these two numbers, whatever the input.
 */
function applyLimits(all: Sentence[], limits: { sentences: number; chars: number }): { sentences: Sentence[]; warnings: string[] } {
  const warnings: string[] = [];
  let sentences = all;
  if (all.length > limits.sentences) {
    sentences = all.slice(0, limits.sentences);
    const from = all[limits.sentences]!.line;
    warnings.push(
      `${count(all.length - limits.sentences)} sentence(s) from line ${count(from)} on dropped: only the first ` +
        `${count(limits.sentences)} of ${count(all.length)} compared (--max-sentences)`,
    );
  }
  const long = sentences.filter((s) => s.text.length > limits.chars);
  if (long.length > 0) {
    const longest = Math.max(...long.map((s) => s.text.length));
    warnings.push(
      `${count(long.length)} sentence(s) longer than ${count(limits.chars)} characters (the first on line ${long[0]!.line}, ` +
        `the longest ${count(longest)}): only the first ${count(limits.chars)} characters of each compared`,
    );
    sentences = sentences.map((s) => (s.text.length > limits.chars ? { ...s, text: cutText(s.text, limits.chars) } : s));
  }
  return { sentences, warnings };
}

/** What a source was not read for the reading budget of all sources together (see shareReading). */
function readBudgetWarning(all: string, read: string, budget: number, allowance: number): string {
  return (
    `not read after line ${count(countLineBreaks(read, 0, read.length) + 1)} (${count(all.length - read.length)} more characters): the ` +
    `sources together are longer than the ${count(budget)} characters read in one run (${SENTENCE_COST} more for each line), so each is read up to ${count(allowance)}`
  );
}

/** What a source lost to the budget for all sources together (see shareBudget). */
function budgetWarning(all: readonly Sentence[], kept: number, budget: number, allowance: number): string {
  return (
    `${count(all.length - kept)} sentence(s) from line ${count(all[kept]!.line)} on dropped: the sources together have more than ` +
    `the ${count(budget)} characters of sentences compared in one run (${SENTENCE_COST} more for each sentence), so each is compared up to ${count(allowance)}`
  );
}

/** The start of `text`, at most `max` characters, ending at a space when one is near the cut, never inside a surrogate pair. */
function cutText(text: string, max: number): string {
  let end = max;
  const space = text.lastIndexOf(' ', max);
  if (space > max * 0.9) end = space;
  else if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end).trimEnd();
}

/** 12,345: fixed grouping, whatever the machine's locale. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

type StageTimer = <T>(name: string, run: () => T) => T;

/** Runs a stage and reports its duration to `onStage`, when there is one (the clock is read only then). */
function stageTimer(onStage: CompareOptions['onStage']): StageTimer {
  if (onStage === undefined) return (_name, run) => run();
  return (name, run) => {
    const start = performance.now();
    const result = run();
    onStage(name, performance.now() - start);
    return result;
  };
}

/** Every framed fact of the run with its sentence and the claim that sentence fell into. */
function placedFacts(claims: readonly Claim[], sentences: readonly Sentence[], facts: ReadonlyArray<readonly Fact[]>): PlacedFact[] {
  const claimOf = new Map<string, string>();
  for (const claim of claims) for (const s of claim.sentences) claimOf.set(sentenceKey(s.source, s.index), claim.id);
  return sentences.flatMap((sentence, i) =>
    facts[i]!.filter((f): f is PlacedFact['fact'] => f.frame !== undefined).map((fact) => ({
      fact,
      sentence,
      claim: claimOf.get(sentenceKey(sentence.source, sentence.index)) ?? '',
    })),
  );
}

function sentenceKey(source: string, index: number): string {
  return `${source}\u0000${index}`;
}

/** A dispute's values, and those that say what a side says in another unit, each with the unit most of them use. */
function withCommonUnitsOf(c: Contradiction): Contradiction {
  const alike = c.alike ?? [];
  const all = withCommonUnits([...c.values, ...alike], c.frame);
  return { ...c, values: all.slice(0, c.values.length), ...(alike.length > 0 ? { alike: all.slice(c.values.length) as typeof alike } : {}) };
}
