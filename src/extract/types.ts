/**
 * Types of the extract stage. The shared `Fact` (src/types.ts) is extended here, never edited:
 * every extractor returns one of these sub-types, which are still plain `Fact`s for later stages.
 */
import type { Fact } from '../types.js';

/** One token of a sentence, as wink tokenised it, with character offsets into the sentence text. */
export interface Token {
  /** Position in the sentence's token array. */
  index: number;
  /** The token as written. */
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** 0-based [start, end) character offsets in the sentence text. */
  start: number;
  end: number;
  /** Universal POS tag from wink (NOUN, VERB, PROPN, NUM, ...). */
  pos: string;
  /** Lower-cased lemma from wink. */
  lemma: string;
  /** wink token type: word, number, punctuation, currency, ordinal, time, decade, ... */
  type: string;
  /** Whether whitespace separates this token from the previous one. */
  spaced: boolean;
}

/** A sentence parsed once by wink and shared by every extractor; extractors memoise their scans on it. */
export interface ParsedSentence {
  text: string;
  tokens: Token[];
  /** Memo of the date/time scan, which numbers and names consult to skip date tokens. */
  dateMatches?: DateMatch[];
  /** Memo of the token indices those dates cover. */
  dateTokens?: Set<number>;
  /** Memo of the name scan, which quotes consult to find speakers. */
  nameMatches?: NameMatch[];
}

/** Inclusive token range [first, last]. */
export interface TokenRange {
  first: number;
  last: number;
}

// ---------------------------------------------------------------------------------------------
// Numbers

import type { Quantity } from '../algebra/quantity.js';

export type { Quantity };

/**
 * A number the sentence states.
 * - value: a JS number for exact quantities (11,000 -> 11000, "$5 million" -> 5000000, "20%" -> 20, "no" -> 0);
 *   a quantity string (see `Quantity`) for vague or bounded ones.
 * - about: what is counted, lemmatised ("Chinese nationals" -> "national", "people" -> "person"); for
 *   measures it is the unit: "percent", "magnitude", "dollar"/"euro"/"pound", "km", "year"; "age" for
 *   "Banky, 40," and "a 61-year-old man".
 */
export interface NumberFact extends Fact {
  kind: 'number';
  /** Lemma of the verb the number is tied to ("captured two" -> "capture", "10 people were killed" -> "kill"). */
  verb?: string;
  /** The structured form of `value`, always present. */
  quantity: Quantity;
  /** Stated by negation ("no casualties", "no one was hurt", "did not see any casualties"): value 0. */
  negated?: true;
  /** For percentages and money: what the share or sum is of ("20% of Ukraine's territory" -> "territory"). */
  of?: string;
}

// ---------------------------------------------------------------------------------------------
// Dates

/**
 * A date, relative date or time of day (kind 'date'). Value encodings:
 *   "2025-04-08"                    full date (ISO)
 *   "2003-12", "2004"               month of a year, a year
 *   "--07-02"                       day and month without a year (ISO 8601 truncated form)
 *   "month:february"                a month name alone ("in February")
 *   "decade:1990s"                  a decade
 *   "relative:yesterday", "relative:last-year", "relative:this-week", "relative:2-days-ago",
 *   "relative:recent-weeks", "relative:last-night", ...   relative expressions (modifiers like
 *                                   "earlier"/"later"/"early" are dropped: "earlier this week" -> this-week)
 *   "time:05:00", "time:13:53"      a time of day, 24-hour clock
 */
export interface DateFact extends Fact {
  kind: 'date';
  /** ISO date (or year / year-month) the expression resolves to, only when an anchor date was given. */
  resolved?: string;
  /** Time zone or reference written after a time ("GMT", "UTC", "EDT", "local"). */
  zone?: string;
  /** Weekday written as part of a full date ("Monday, 28 November 2005"). */
  weekday?: string;
}

/** A weekday (kind 'weekday'): value is the lower-cased weekday name, never resolved without an anchor. */
export interface WeekdayFact extends Fact {
  kind: 'weekday';
  /** Lemma of the verb the weekday attaches to ("said on Tuesday" -> "say"). `about` holds the same. */
  verb?: string;
  /** "last Tuesday" / "next Tuesday". */
  relative?: 'last' | 'next';
  /** ISO date the weekday resolves to, only when an anchor date was given. */
  resolved?: string;
}

/** What the date scan finds, before anchor resolution: shared by dates, numbers and names. */
export interface DateMatch extends TokenRange {
  kind: 'date' | 'weekday';
  value: string;
  zone?: string;
  weekday?: string;
  relative?: 'last' | 'next';
}

// ---------------------------------------------------------------------------------------------
// Names

/** A name of a person, place or organisation (kind 'name'): value is the name key (see names.ts). */
export interface NameFact extends Fact {
  kind: 'name';
  /** A title written before the name and left out of it ("President", "Foreign Minister"). */
  title?: string;
}

export interface NameMatch extends TokenRange {
  key: string;
  title?: string;
}

// ---------------------------------------------------------------------------------------------
// Quotes

/** A quotation (kind 'quote'): value is the quote's normalised words (see quotes.ts). */
export interface QuoteFact extends Fact {
  kind: 'quote';
  /** Name key of who said it, when the sentence names them ("said Tammy Bruce" -> "tammi bruce"). */
  speaker?: string;
  /** Lemma of the attribution verb ("said" -> "say", "told reporters" -> "tell", "according to" -> "according"). */
  verb?: string;
  /** The quote runs on from, or into, another sentence (an opening or closing mark is missing). */
  open?: 'start' | 'end';
}

export type ExtractedFact = NumberFact | DateFact | WeekdayFact | NameFact | QuoteFact;
