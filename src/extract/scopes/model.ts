/**
 * What a scope is: one thing that limits a fact to a part, a time, a place or another event, read from the fact's
 * sentence at extract time, and what it means when facts are compared. One file per scope, listed in ./index.ts.
 */
import { plural } from '../../language/en/inflect.js';
import type { Fact, FactScope } from '../../types.js';

/** What a scope is read from: the fact, its sentence's text and the sentence's other facts. */
export interface ScopeReading {
  fact: Fact;
  text: string;
  facts: readonly Fact[];
}

/** What the compare stage knows of the whole run when it weighs a scope: the places the story itself is set in. */
export interface RunContext {
  commonPlaces: ReadonlySet<string>;
  /** Each place's name as a source first wrote it, by key: labels show "in Bam", not the key. */
  placeNames?: ReadonlyMap<string, string>;
}

/** How a scope sets a figure apart from the story's own: a key for its fact-table row, and words for its label. */
export interface ScopeContext {
  key: string;
  label: string;
}

export interface ScopeRule {
  /** Which scope fields it reads, for people reading the registry. */
  readonly name: string;
  /** The kinds of fact it reads: figures ('number'), dates and times of day ('date'). */
  readonly kinds: ReadonlyArray<'number' | 'date'>;
  /** The scope fields the sentence gives this fact; nothing when it gives none. */
  read(reading: ScopeReading): Partial<FactScope>;
  /** A fact with this scope is not compared at all: a part of a whole, another event. */
  excludes?(scope: FactScope): boolean;
  /** What sets the fact apart from the story's own figures: its own row, with a label. */
  context?(scope: FactScope, run: RunContext): ScopeContext | undefined;
  /**
   * Two values of one row, and whether their sentences state one claim: 'skip' (no dispute), 'hedged' (at most
   * possible), undefined (compare them).
   */
  pair?(a: Fact, b: Fact, sameClaim: boolean): 'skip' | 'hedged' | undefined;
}

/** Where one clause of a sentence ends and another begins. */
export const CLAUSE_BREAK = /[;]|,\s+(?:and|but|while|when)\b/;

/** How far from a figure a "so far" or a place still speaks of it, in characters. */
export const NEAR = 40;

/** The text just before a fact, up to `length` characters. */
export function before({ fact, text }: ScopeReading, length: number): string {
  return text.slice(Math.max(0, fact.span[0] - length), fact.span[0]);
}

/** The text just after a fact, up to `length` characters. */
export function after({ fact, text }: ScopeReading, length: number): string {
  return text.slice(fact.span[1], fact.span[1] + length);
}

/**
 * Whether the words after a figure match `pattern`, whose first group holds the words of the count's noun phrase,
 * and that group ends with the counted noun itself ("officers" of "two city police officers and a deputy").
 */
export function afterCountedNoun(reading: ScopeReading, pattern: RegExp, length: number): boolean {
  const { about } = reading.fact as Fact & { about?: string };
  if (about === undefined) return false;
  const noun = pattern.exec(after(reading, length))?.[1]?.trim().split(/\s+/).at(-1)?.toLowerCase();
  return noun !== undefined && (noun === about || noun === plural(about) || (about === 'person' && noun === 'people'));
}
