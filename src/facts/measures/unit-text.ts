/**
 * What the unit measures (weight, temperature, height) share: figures as written next to a unit ("135 pounds",
 * "minus 17 degrees", "5-foot-8"), the hedge before them, the clause around them and whom they describe. Figures
 * are read from the sentence text (wink splits "300-lb", "-20C" and "5-foot-8" in ways that differ by form); words
 * around them from wink's tokens.
 */
import {
  CEILING_WORDS, FLOOR_WORDS, HEDGE_WORDS, NUMBER_WORDS, PERSON_NOUNS, PERSON_PRONOUNS, PLACE_PREPOSITIONS, SUBJECT_BOUNDARIES,
} from '../lexicon/en/units.js';
import { EVENT, PERSON, type QuantityValue, type SentenceContext, type Subject, type Token } from '../model.js';

/** Number words as a regex alternation, longest first. */
export const WORD_NUMBERS = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * A figure with its sign, as a regex source with three groups: the sign word or mark, the digits, the number
 * words. Not inside a word or another number ("A380", "1.5.2").
 */
export const FIGURE = `(?<![\\w.,/])(?:(minus|negative|[-−–])[\\s-]?)?(?:(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|((?:${WORD_NUMBERS})(?:-(?:${WORD_NUMBERS}))?)\\b)`;

/** The value of a figure's groups; a sign word or mark makes it negative. */
export function figureOf(sign: string | undefined, digits: string | undefined, words: string | undefined): number | undefined {
  let n: number | undefined;
  if (digits !== undefined) n = Number(digits.replace(/,/g, ''));
  else if (words !== undefined) n = words.toLowerCase().split('-').reduce((sum, w) => sum + (NUMBER_WORDS.get(w) ?? NaN), 0);
  if (n === undefined || !Number.isFinite(n)) return undefined;
  return sign !== undefined ? -n : n;
}

/** How a figure is qualified by the words before it: hedged, a floor or a ceiling, or exact. */
export type Qualifier = 'exact' | 'approx' | 'floor' | 'ceiling';

const QUALIFIERS: ReadonlyArray<[RegExp, Qualifier]> = [
  [new RegExp(`(?:^|\\W)(?:${HEDGE_WORDS.map(escape).join('|')})\\s+$`, 'i'), 'approx'],
  [new RegExp(`(?:^|\\W)(?:${FLOOR_WORDS.map(escape).join('|')})\\s+$`, 'i'), 'floor'],
  [new RegExp(`(?:^|\\W)(?:${CEILING_WORDS.map(escape).join('|')})\\s+$`, 'i'), 'ceiling'],
];

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/**
 * The qualifier written right before offset `at`, with where it starts; `hedgesOnly` where a floor word is
 * likelier a preposition ("a dunk over 7-foot-7 Kenny George").
 */
export function qualifierBefore(text: string, at: number, hedgesOnly = false): { qualifier: Qualifier; start: number } {
  const before = text.slice(Math.max(0, at - 24), at);
  for (const [re, qualifier] of hedgesOnly ? QUALIFIERS.slice(0, 1) : QUALIFIERS) {
    const m = re.exec(before);
    if (m !== null) return { qualifier, start: at - before.length + m.index + (/^\W/.test(m[0]) ? 1 : 0) };
  }
  return { qualifier: 'exact', start: at };
}

/** The low end of a range written before a figure: "130-135", "130 to 135", "between 130 and 135". */
export function rangeBefore(text: string, at: number): { low: number; start: number } | undefined {
  const m = /(?:between\s+)?(\d+(?:\.\d+)?)\s*(?:-|–|to|and|or)\s*$/i.exec(text.slice(Math.max(0, at - 32), at));
  if (m === null || (/and\s*$/i.test(m[0]) && !/^between/i.test(m[0]))) return undefined;
  return { low: Number(m[1]), start: at - m[0].length };
}

/**
 * A quantity in base units from a stated figure: an exact figure is a point, a hedge is approximate, a floor or
 * a ceiling is open on one side.
 */
export function quantityOf(base: number, qualifier: Qualifier, unit: string, stated: { amount: number; unit: string }): QuantityValue {
  const value: QuantityValue = { type: 'quantity', min: base, max: base, unit, stated };
  if (qualifier === 'approx') value.approx = true;
  if (qualifier === 'floor') value.max = Infinity;
  if (qualifier === 'ceiling') value.min = -Infinity;
  return value;
}

// --------------------------------------------------------------------------------------------- tokens and clauses

/** The token holding offset `at`, or the first after it (tokens.ts's `tokenAt` takes the first starting at or after). */
export function tokenAt(context: SentenceContext, at: number): number {
  const i = context.parsed.tokens.findIndex((t) => t.end > at);
  return i < 0 ? context.parsed.tokens.length : i;
}

/** Lower-cased words of the sentence between two offsets. */
export function wordsBetween(context: SentenceContext, from: number, to: number): string[] {
  return context.parsed.tokens.filter((t) => t.start >= from && t.end <= to).map((t) => t.lower);
}

/** Where the clause holding offset `at` starts: after a ; : ( or a spaced dash, or a word that opens another clause. */
export function clauseStart(context: SentenceContext, at: number): number {
  const { tokens } = context.parsed;
  for (let k = tokenAt(context, at) - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.end > at) continue;
    if (/^[;:()\u2014]$/.test(t.text) || (t.text === '–' && t.spaced) || SUBJECT_BOUNDARIES.has(t.lower)) return t.end;
  }
  return 0;
}

/** Where the clause holding offset `at` ends: at a ; : ) or a spaced dash, or the end of the sentence. */
export function clauseEnd(context: SentenceContext, at: number): number {
  const { tokens } = context.parsed;
  for (let k = tokenAt(context, at); k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start >= at && (/^[;:()\u2014]$/.test(t.text) || (t.text === '–' && t.spaced))) return t.start;
  }
  return context.sentence.text.length;
}

/** The head noun after offset `at`, across a few modifiers ("a 300-lb pipe bomb" -> "bomb"), if one follows at once. */
export function nounAfter(context: SentenceContext, at: number): Token | undefined {
  const { tokens } = context.parsed;
  let head: Token | undefined;
  for (let k = tokenAt(context, at), steps = 0; k < tokens.length && steps < 5; k++, steps++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && head === undefined && steps > 0)) head = t;
    else if (head !== undefined || !['ADJ', 'ADV', 'DET', 'NUM'].includes(t.pos) || t.text === ',') break;
  }
  return head;
}

/** A person noun ("man", "suspect", "senior"): the figure is a person's. */
export function isPersonNoun(token: Token | undefined): boolean {
  return token !== undefined && (PERSON_NOUNS.has(token.lower) || PERSON_NOUNS.has(token.lemma));
}

/**
 * Whom a person's figure belongs to: a name written right after it ("7-foot-7 Kenny George"), else the nearest
 * name before it in its clause, commas allowed ("Orozco is 5-foot-8, 135 pounds") but not a place ("in Houston")
 * nor a speaker ("Smith said"); else a pronoun ("He is 5-feet-8") stands for the person the run names; else the
 * event's own subject.
 */
export function personSubject(context: SentenceContext, start: number, end: number): Subject {
  const text = context.sentence.text;
  const names = context.mentions.filter((m) => m.kind === 'name');
  const after = names.find((m) => m.span[0] >= end && /^[\s-]*$/.test(text.slice(end, m.span[0])));
  if (after !== undefined) return mentionSubject(after.value, after.text);
  const from = clauseStart(context, start);
  const before = names.filter((m) => m.span[0] >= from && m.span[1] <= start && !PLACE_PREPOSITIONS.has(wordBefore(context, m.span[0]) ?? ''));
  const nearest = before[before.length - 1];
  if (nearest !== undefined) return mentionSubject(nearest.value, nearest.text);
  if (wordsBetween(context, from, start).some((w) => PERSON_PRONOUNS.has(w))) return PERSON;
  return EVENT;
}

/** The subject a name mention stands for, keyed by the whole name as the extract stage keys it. */
export function mentionSubject(key: string | number, written: string): Subject {
  return { id: `name:${key}`, label: written };
}

function wordBefore(context: SentenceContext, at: number): string | undefined {
  const k = tokenAt(context, at) - 1;
  return context.parsed.tokens[k]?.lower;
}

/** An object's subject: "the bomb", "cocaine". */
export function thingSubject(noun: Token): Subject {
  return { id: `thing:${noun.lemma}`, label: noun.lemma };
}

