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

export type FactKind = 'number' | 'date' | 'weekday' | 'name' | 'quote' | 'direction' | 'role' | 'term';

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
  /** 0-based index of the sentence that states it among its source's sentences. */
  sentence?: number;
  /** The question the fact answers ("how many people were injured"), where the extract stage could tell. */
  frame?: Frame;
  /** What limits the fact to one event, place or part, so that only like is compared with like. */
  scope?: FactScope;
}

/**
 * The question a fact answers, as data: `{measure: "count", event: "injure", counted: "person"}` is "how many
 * people were injured"; `{measure: "money", currency: "EUR", event: "steal"}` the sum stolen, in euros. Facts of
 * one frame are compared across every source of a run.
 */
export interface Frame {
  /** Facts with equal keys answer the same question. */
  key: string;
  /** The question in plain words, for people: "people injured", "money stolen (EUR)", "magnitude". */
  label: string;
  measure:
    | 'count' | 'money' | 'magnitude' | 'percent' | 'distance' | 'depth' | 'age' | 'time' | 'date' | 'direction' | 'role'
    // Typed measures of the fact layer (src/facts/measures/).
    | 'weight' | 'temperature' | 'height' | 'duration' | 'ordinal' | 'record' | 'score' | 'clock' | 'setting' | 'death-age' | 'death-cause' | 'tenure' | 'tally' | 'destination' | 'colour' | 'block' | 'honours' | 'stat' | 'workforce' | 'condition' | 'weapon' | 'charge';
  /** The event family ("kill", "injure", "steal"), see extract/events.ts. */
  event?: string;
  /** What is counted, people folded together ("person"). */
  counted?: string;
  /** ISO 4217 code of a sum of money, or "currency" when the text does not say which. */
  currency?: string;
  /** Name key of the person an age belongs to, or of the place a distance is measured from. */
  of?: string;
  /** The person or thing the question is about, as written ("Robert Roe" for his age or role). */
  subject?: string;
  /**
   * The question was read from words outside the lexicon (a count of "games", "seasons spent"): only sentences
   * stating the same claim are sure to ask it, so only they are compared.
   */
  alignedOnly?: true;
}

/** What a fact is limited to: a part of a whole, a running total, a place, a time, another event. */
export interface FactScope {
  /** A part of a larger count: "including one officer", "two of them", "12 Somali and 11 Yemeni". */
  part?: true;
  /** An addition to a count given elsewhere ("another five", "20 more people"): a part, comparable with other additions. */
  increment?: true;
  /** A running total or an update ("so far", "the toll rose to"), not the count of one event. */
  cumulative?: true;
  /** The badly hurt only ("30 seriously injured", "two in critical condition"): compared with their like alone. */
  severe?: true;
  /** A group the story already has ("the two men"): in dispute only with a sentence stating the same claim. */
  given?: true;
  /** The lightly hurt only ("two with minor injuries", "non-life-threatening injuries"): compared with their like alone. */
  mild?: true;
  /** The sentence turns to another event ("Elsewhere, ...", "In a separate attack, ..."): not the story's figure. */
  otherEvent?: true;
  /** The nationality a count of people names ("nine Israelis" -> "israeli"): running totals are kept per side. */
  side?: string;
  /** An enclosure the count is limited to: "two landed inside the camp" -> "inside camp". */
  within?: string;
  /** A whole the sentence gives in parts ("seven AK-47s, three other rifles": ten rifles), summed at extract time. */
  summed?: true;
  /**
   * Named with one more member the count leaves out ("two officers and a sheriff's deputy died"): a count of people
   * so named is not compared, as the other member may be of its kind.
   */
  coordinated?: true;
  /** A figure converted from another in the same sentence ("€110 billion ($143 billion)"): not the outlet's own. */
  converted?: true;
  /** Name key of the place the figure is counted in ("in Takengon"). */
  place?: string;
  /**
   * The place is where the event happened, named before the figure ("struck near X, killing 7"), not a place the
   * count is limited to ("170,000 in Sumatra alone").
   */
  placeIsSetting?: true;
  /** The day the fact belongs to: a weekday name or ISO date, from its sentence or its article's lead. */
  day?: string;
  /** A hedged time ("about 3pm", "shortly after 2 a.m."). */
  approx?: true;
  /** Another time frame the sentence sets: a month, a year, "last year" (an earlier event, background). */
  era?: string;
  /**
   * A count of the dead in an article that says the perpetrator died too ("then killed himself", "shot dead by
   * police"): it may count him or not, so a count one apart is another group.
   */
  perpetratorDied?: true;
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
  /** The question in plain words, where the facts have a frame ("people injured"). */
  label?: string;
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
  /** 1-based line of the sentence. */
  line?: number;
  /** The claim the sentence belongs to. */
  claim?: string;
  /** The source's sentence. */
  text: string;
  /** Where in `text` the value is stated. */
  span: [number, number];
  /** The words that state the value. */
  words: string;
  /** The unit the value is stated in ("lb", "week", "dollar", "km"), where it has one. */
  unit?: string;
  /** The value in the unit most of the other values are in, where its own differs: "~940" miles is {value: "~1513", unit: "km"}. */
  common?: CommonValue;
  /** The person or thing the value is about ("Robert Roe"), where the question is about one. */
  subject?: string;
}

/**
 * How sure a contradiction is: `conflict` when definite values cannot both be true; `possible` when a value is
 * hedged, approximate, a bound, or its sentences were not aligned as one claim.
 */
export type Strength = 'conflict' | 'possible';

export interface Contradiction {
  /** The claim of the first value's sentence. */
  claim: string;
  kind: FactKind;
  values: ContradictionValue[];
  /** The question the values answer differently (facts compared across the run). */
  frame?: Frame;
  /**
   * What limits the question, as its fact-table row says it ("running total, israeli", "2003, in Bam"): without it
   * a background figure reads as the story's own.
   */
  context?: string;
  strength?: Strength;
  /** Why the values cannot both be true, in words: "exact figures differ", "at least 43 excludes 40". */
  reason?: string;
  /**
   * Values that say what one side says in another unit ("about 940 miles" beside "1,500 km"): shown with that side,
   * never a side of their own. `sameAs` is the `value` of the disputed value they agree with.
   */
  alike?: Array<ContradictionValue & { sameAs: string | number }>;
}

/** One source's value in a row of the fact table: as it wrote it, and where. */
export interface FactCell {
  source: string;
  value: string | number;
  /** The words that state it ("at least 43", "four"). */
  words: string;
  /** The unit the value is stated in, where it has one. */
  unit?: string;
  /** The value in the unit most of the row's values are in, where its own differs (see ContradictionValue). */
  common?: CommonValue;
  line: number;
  claim: string;
}

/** A value converted into another unit: the figure, encoded as NumberFact.value is, and the unit's short form ("km"). */
export interface CommonValue {
  value: string | number;
  unit: string;
}

/**
 * A row of the fact table: one question (frame) two or more sources answer, in one context, with each source's
 * value. Rows in dispute carry the strength of the contradiction and come first.
 */
export interface FactRow {
  frame: Frame;
  /** What sets the row apart from the story's own figures: "2004", "running total", "in Takengon", "Monday". */
  context?: string;
  values: FactCell[];
  strength?: Strength;
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

/**
 * The report as data in memory, for the renderers and the library's callers. Its `--json` form (render(report,
 * 'json'), src/report/json-types.ts) is leaner: claims without `omittedBy`, facts and frames written once.
 */
export interface Report {
  /** The JSON Schema the report's `--json` form follows: the package's schema/report.v3.json, by a URL of its version on unpkg. */
  $schema: string;
  schemaVersion: 3;
  sources: SourceSummary[];
  claims: Claim[];
  /** The fact table: every frame two or more sources answer, disputed rows first. */
  factTable: FactRow[];
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
  /**
   * The most characters of sentence text compared over all sources together (default DEFAULT_MAX_TOTAL_CHARS,
   * 10 million), which bounds the memory of a run. Past it every source is cut to the same allowance, with a
   * warning naming what was dropped.
   */
  maxTotalChars?: number;
  /** The most claims x sources a report may have (default DEFAULT_MAX_REPORT_CELLS, 10 million): more is an error. */
  maxReportCells?: number;
  /** Called after each stage of the pipeline with its name and how long it took, in milliseconds (--debug). */
  onStage?: (stage: string, ms: number) => void;
}
