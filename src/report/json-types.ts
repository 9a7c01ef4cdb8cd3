/**
 * The `--json` document, schemaVersion 3: the report as data for programs, in a shape that grows with the
 * findings rather than with claims x sources. A claim lists the sources that state it and their sentences (the
 * others are every source not listed); each fact is written once, in `facts`, and a sentence names its facts by
 * their place in that list; a frame (the question facts answer) is written once, in `frames`, and named by its
 * place in that list. schema/report.v3.json is generated from these types (scripts/schema-text.ts).
 */
import type { DateForm } from '../algebra/dates.js';
import type { ClaimSentence, Contradiction, Coverage, Fact, FactKind, FactScope, FactRow, Frame, MissingFact, SourceSummary, Warning } from '../types.js';

export const JSON_SCHEMA_VERSION = 3;

/** One sentence of a claim, with the facts it states. */
export interface JsonClaimSentence extends Omit<ClaimSentence, 'position'> {
  /** The facts the sentence states, by their place in the report's `facts` (0 the first). */
  facts: number[];
}

/** A claim: the sources that state it and their sentences; a source not listed leaves it out. */
export interface JsonClaim {
  id: string;
  /** The sources that state the claim, in the order of the report's `sources`. */
  sources: string[];
  coverage: Coverage;
  sentences: JsonClaimSentence[];
  /** Facts some of the claim's sources give and others leave out; present when there are any. */
  missingFacts?: JsonMissingFact[];
  /** Mean pairwise cosine similarity of the grouped sentences (1 for a claim of one sentence). */
  cohesion: number;
  moved?: { lead: string[]; late: string[] };
}

/** A fact some of a claim's sources give: each value a date of a form of its own gives says its form. */
export type JsonMissingFact = Omit<MissingFact, 'statedBy'> & {
  statedBy: Array<{
    source: string;
    value: string | number;
    /** A date of a form of its own: "time" ("07:37"), "month" ("november"), "decade" ("1990s"), "relative" ("yesterday"). */
    form?: DateForm;
    words: string;
  }>;
};

/**
 * A fact a sentence states, written once. Its source, sentence, line and words are those of the claim sentence
 * that names it: the words are the sentence's text at `span`.
 */
export type JsonFact = Omit<Fact, 'source' | 'sentence' | 'line' | 'text' | 'frame' | 'kind' | 'scope'> & {
  /** What limits the fact; an earlier time frame of a form of its own says it in `eraForm` ("july", "month"). */
  scope?: FactScope & { eraForm?: DateForm };
  /**
   * The fact's kind. A date of a form of its own is of that kind: a clock time "time" ("07:37", 24-hour), a month
   * named alone "month" ("november"), a decade "decade" ("1990s"), a date relative to the article "relative"
   * ("yesterday").
   */
  kind: FactKind | DateForm;
  /** The question the fact answers, by its place in the report's `frames` (0 the first). */
  frame?: number;
};

export interface JsonReport {
  /** The JSON Schema this document follows: the package's schema/report.v3.json, by a URL of its version on unpkg. */
  $schema: string;
  schemaVersion: 3;
  sources: SourceSummary[];
  claims: JsonClaim[];
  /** Every fact of every claim's sentences, once, in the order of the claims and their sentences. */
  facts: JsonFact[];
  /** Every question a fact answers, once (as its facts spell it), in the order of first use. */
  frames: Frame[];
  /** The fact table: every frame two or more sources answer, disputed rows first. */
  factTable: FactRow[];
  contradictions: Contradiction[];
  warnings: Warning[];
}
