/**
 * The fact model: a fact is a subject, an attribute, a typed value, a scope and its evidence. Values are data, never
 * strings to parse again, so the one comparison engine (compare.ts) and every measure read them as they are.
 * Measures and scopes import this file, the lexicon and the algebra; nothing here imports a stage.
 */
import type { Fact, Sentence } from '../types.js';
import type { ParsedSentence } from '../extract/types.js';

export type { ParsedSentence, Token } from '../extract/types.js';

/** A quantity in a measure's base unit, as the bounds its wording allows ("about 130 pounds": 59 kg, hedged). */
export interface QuantityValue {
  type: 'quantity';
  /** Lower and upper bound in `unit`; an exact figure has min === max. */
  min: number;
  max: number;
  /** The base unit of the measure ("kg", "°C", "day", "ordinal", "km"). */
  unit: string;
  /** Hedged ("about", "nearly", "some"): compared with a tolerance. */
  approx?: boolean;
  /** "Nearly", "almost": hedged below the figure only. */
  nearly?: boolean;
  /** The amount and unit as the outlet wrote them ("135", "lb"; "two weeks": 2 week), when the base unit is not theirs. */
  stated?: { amount: number; unit: string };
}

/** A reading of a clock: a time of day, or a game clock ("with 7:41 left"), in seconds. */
export interface ClockValue {
  type: 'clock';
  seconds: number;
  approx?: boolean;
  /** "Shortly after 3 p.m.", "just before midnight": the reading is a bound, the moment on this side of it. */
  side?: 'after' | 'before';
  zone?: string;
  /** A game clock ("with 7:41 left", "2:56 into the sixth round"), not a time of day. */
  game?: GameClock;
}

/**
 * How a game clock is read: time left in the period, time played in it, or "at 2:56" (either, by the sport's
 * custom); and the period named, if any ("round" 6, "half" 1).
 */
export interface GameClock {
  reading: 'left' | 'played' | 'at';
  period?: { kind: string; number?: number };
}

/** A record of wins and losses ("53-3", "122-147"). */
export interface RecordValue {
  type: 'record';
  wins: number;
  losses: number;
  draws?: number;
}

/**
 * A word or name standing for a thing of one kind: a common noun ("closet", "break room"), a place WordNet knows
 * ("Florida"), or a named thing of a common kind ("County General Hospital": a hospital). Compared by what kind of
 * thing it names.
 */
export interface TermValue {
  type: 'term';
  /** What is compared: a common noun's lemma ("stair", "break room"), a name as written ("County General Hospital"). */
  key: string;
  /** The words as the outlet wrote them ("the stairs"). */
  written: string;
  kind: 'common' | 'place' | 'named';
  /** The lemma of its head noun ("closet", "hospital"); for a place, its name. */
  head: string;
}

/**
 * A calendar date to the precision the outlet wrote it: a year ("in 2005"), a month of a year, a day of a month
 * with or without its year ("March 20"), or a month named alone ("in November").
 */
export interface DateValue {
  type: 'date';
  year?: number;
  /** 1-12. */
  month?: number;
  day?: number;
}

export type FactValue = QuantityValue | ClockValue | RecordValue | TermValue | DateValue;

/** Whom or what the fact is about: an entity of the run, or the event itself. */
export interface Subject {
  /** One id per entity across the whole run; "event" for the story's own event. */
  id: string;
  label: string;
}

/** The story's own event: the subject of a fact whose clause names no one. */
export const EVENT: Subject = { id: 'event', label: 'the event' };

/**
 * A person the sentence does not name ("He is 5-feet-8, weighing 130 pounds"): the engine takes them for the one
 * person the run names for the same question, and leaves the fact out where the run names several.
 */
export const PERSON: Subject = { id: 'person', label: 'the person described' };

/** What is asked of the subject: "weight", "temperature", "days between marrying and the event". */
export interface Attribute {
  id: string;
  /** The question in plain words, for people: "weight", "outside temperature". */
  label: string;
  /**
   * The question about a named subject, where the subject's name goes inside the words ("date {subject}
   * disappeared"); without it, the label is followed by "of" and the subject.
   */
  about?: string;
}

/** Where the fact is stated. */
export interface Evidence {
  source: string;
  /** 0-based sentence index in its source, and its 1-based line. */
  sentence: number;
  line: number;
  text: string;
  /** Where in `text` the value is stated, and those words. */
  span: [number, number];
  words: string;
}

/**
 * What limits a fact to a part, a time or another event, one entry per axis (see scopes/): facts are compared
 * only with facts of the same scope.
 */
export type Scope = Readonly<Record<string, string>>;

export interface TypedFact {
  /** The measure that read it (measures/): how it is compared and worded. */
  measure: string;
  subject: Subject;
  attribute: Attribute;
  value: FactValue;
  scope: Scope;
  evidence: Evidence;
  /**
   * The question was read from words alone, with nothing that tells one happening of its kind from another (a
   * verdict, a release, no one named): only values whose sentences state the same claim are compared.
   */
  alignedOnly?: true;
}

/** What a measure says of two values of one question. */
export type Verdict = 'agree' | 'conflict' | 'possible';

/** One sentence as measures read it: its text, wink's tokens, and the mentions the extract stage found. */
export interface SentenceContext {
  sentence: Sentence;
  parsed: ParsedSentence;
  /** The extract stage's mentions in the sentence (numbers with their unit nouns, dates, names). */
  mentions: readonly Fact[];
}

/**
 * A measure: how facts of one kind are read from a sentence, compared and worded. One file each in measures/,
 * listed in measures/index.ts.
 */
export interface Measure {
  id: string;
  /** The facts of this measure a sentence states. */
  read(context: SentenceContext): TypedFact[];
  /** Whether two values of one question can both be true. */
  compare(a: FactValue, b: FactValue): Verdict;
  /** A value in words, with its unit ("59 kg (130 lb)", "3 weeks"). */
  words(value: FactValue): string;
  /**
   * A question of this measure may have several answers: a happening recurs (two titles won, two marriages). A
   * source that gives two values that disagree for one question shows it does, and the question is left out.
   */
  recurs?: true;
  /**
   * Whether two values one source gives are two answers, for `recurs`: by default, when they do not agree; a
   * measure whose disagreement is narrow ("arm" / "chest" is no conflict, yet two answers) says so itself.
   */
  differs?(a: FactValue, b: FactValue): boolean;
  /** What the report calls its disputes: figures (`number`, the default) or words of one kind (`term`). */
  kind?: 'number' | 'term';
}

/** The evidence of a fact stated at `span` of a sentence. */
export function evidenceOf(context: SentenceContext, span: [number, number]): Evidence {
  const { sentence } = context;
  return { source: sentence.source, sentence: sentence.index, line: sentence.line, text: sentence.text, span, words: sentence.text.slice(span[0], span[1]) };
}
