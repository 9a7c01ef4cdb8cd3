/**
 * The records that flow through the pipeline:
 * load -> clean -> segment -> normalize -> extract -> align -> compare -> report.
 * Every stage takes and returns plain data; nothing here formats text for people.
 */

/** One article as loaded: an id unique within the run, the path as the user gave it, and its text. */
export interface Source {
  id: string;
  path: string;
  text: string;
  /** What the user should be told about how the text was obtained (an HTML page's article extracted, say). */
  notes?: string[];
}

/** Why a line was dropped before segmentation. A fixed vocabulary, so reports can group and filter. */
export type RemovalReason =
  | 'advertisement'
  | 'navigation'
  | 'related-content'
  | 'comments'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'credit'
  | 'social-embed'
  | 'copyright'
  | 'heading'
  | 'url'
  | 'timestamp'
  | 'video'
  | 'gallery'
  | 'share'
  | 'contact'
  | 'promotion'
  | 'update-log';

export interface RemovedLine {
  /** 1-based line number in the source text. */
  line: number;
  text: string;
  reason: RemovalReason;
}

/** A line of article text that survived cleaning. */
export interface KeptLine {
  /** 1-based line number in the source text. */
  line: number;
  text: string;
}

export interface CleanedSource {
  source: Source;
  /** Article body lines, in order. Blank lines are neither kept nor removed: they only separate paragraphs. */
  kept: KeptLine[];
  removed: RemovedLine[];
  /** The article's headline, when one was recognised (kept apart: a headline is not a claim). */
  headline?: { line: number; text: string };
}

/** One sentence unit of one source. */
export interface Sentence {
  source: string;
  /** 0-based position among the source's sentences: the order the outlet told the story in. */
  index: number;
  /** 1-based line where the sentence starts. */
  line: number;
  text: string;
}

/** A sentence with the keys alignment works on. */
export interface NormalizedSentence extends Sentence {
  /** Content-word keys (lower-cased stems, numbers as digits, names transliterated), in order, with repeats. */
  terms: string[];
  /** How much each term counts, parallel to `terms` (1 unless the term is a light word). */
  termWeights: number[];
}

export type FactKind = 'number' | 'date' | 'weekday' | 'name' | 'quote';

/** A fact a sentence states, with where it states it. */
export interface Fact {
  kind: FactKind;
  /** A comparable value: a number, an ISO date, a weekday name, a name key, a quote's normalised words. */
  value: string | number;
  /** The words of the sentence that state it. */
  text: string;
  source: string;
  /** 0-based [start, end) character offsets in the sentence text. */
  span: [number, number];
  /** What the fact is about, where known (the noun a number counts, the verb it is tied to). */
  about?: string;
  /** 1-based line of the sentence that states it. */
  line?: number;
}

export interface ClaimSentence {
  source: string;
  line: number;
  text: string;
  index: number;
  /** Where in its article the sentence stands: 0 the first sentence, 1 the last. */
  position: number;
}

/**
 * How widely a claim is stated: by every source, by more than half, by some (two or more, at most half), by one.
 * A claim stated by more than half is an omission of the sources that leave it out; a claim stated by at most
 * half is an addition of the sources that state it.
 */
export type Coverage = 'all' | 'most' | 'some' | 'one';

/** A fact some sources of a claim give and others of the same claim leave out ("two" captured). */
export interface MissingFact {
  kind: FactKind;
  /** What the fact is about in every source that gives it (the counted noun or the verb). */
  slot: string;
  statedBy: Array<{ source: string; value: string | number; words: string }>;
  omittedBy: string[];
}

/** A group of sentences, at most one per source unless a source repeats itself, that state the same claim. */
export interface Claim {
  id: string;
  sources: string[];
  omittedBy: string[];
  coverage: Coverage;
  sentences: ClaimSentence[];
  facts: Fact[];
  /** Facts of this claim that some of its sources give and others leave out. */
  missingFacts: MissingFact[];
  /** Mean pairwise cosine similarity of the grouped sentences (1 for a claim of one sentence). */
  cohesion: number;
  /**
   * Present when outlets placed the claim very differently: some lead with it (first 15% of the article),
   * others bring it only in their second half. What an outlet puts first is news.
   */
  moved?: { lead: string[]; late: string[] };
}

export interface ContradictionValue {
  source: string;
  value: string | number;
  /** The source's sentence. */
  text: string;
  /** Where in `text` the value is stated. */
  span: [number, number];
  /** The words that state the value. */
  words: string;
}

export interface Contradiction {
  claim: string;
  kind: FactKind;
  values: ContradictionValue[];
}

export interface SourceSummary {
  id: string;
  path: string;
  sentences: number;
  removed: RemovedLine[];
  headline?: string;
  /** Claims this source states that at most half of the sources state (coverage 'some' or 'one'). */
  adds: number;
  /** Claims more than half of the sources state that this source leaves out. */
  omits: number;
}

/** Something the user should know that is not a finding: a source with no article text, say. */
export interface Warning {
  source: string;
  message: string;
}

export interface Report {
  /** The JSON Schema this report follows (shipped in the package). */
  $schema: string;
  schemaVersion: 1;
  sources: SourceSummary[];
  claims: Claim[];
  contradictions: Contradiction[];
  warnings: Warning[];
}

export interface CompareOptions {
  /** Skip the clean stage: every non-blank line is article text. */
  keepClutter?: boolean;
  /** Minimum similarity for two sentences to be the same claim (0..1). */
  threshold?: number;
  /** Minimum average similarity for two groups of sentences to merge into one claim (0..1). */
  linkage?: number;
  /**
   * The most sentences compared per source (default DEFAULT_MAX_SENTENCES, 20,000). The rest of a longer source
   * is dropped, with a warning naming the source and how many sentences were dropped.
   */
  maxSentences?: number;
  /**
   * The most characters of one sentence compared (default DEFAULT_MAX_SENTENCE_CHARS, 5,000): a longer "sentence"
   * is a blob or text without sentence punctuation. Its start is kept and the source gets a warning.
   */
  maxSentenceChars?: number;
  /** Called after each stage of the pipeline with its name and how long it took, in milliseconds (--debug). */
  onStage?: (stage: string, ms: number) => void;
}
