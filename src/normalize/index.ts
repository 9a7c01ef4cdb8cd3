import anyAscii from 'any-ascii';
import { verbFamily } from '../extract/numbers/index.js';
import type { ParsedSentence } from '../extract/types.js';
import { stem, tokenize } from '../nlp.js';
import type { NormalizedSentence, Sentence } from '../types.js';
import { ABBREVIATIONS, NUMBER_WORDS, UPPER_CASE_ONLY } from './abbreviations.js';
import { FUNCTION_WORDS, REPORTING_VERBS, SUBJECT_PRONOUNS } from './function-words.js';
import { BoundedMemo } from '../memo.js';

/** A term and how much it counts toward alignment (1 for ordinary content words). */
export interface Term {
  key: string;
  weight: number;
}

/** Weight of a reporting verb's term. */
export const REPORTING_WEIGHT = 0.3;
/** Weight of a name carried over from the previous sentence into one that opens with "He"/"She"/"They". */
export const CARRIED_NAME_WEIGHT = 0.7;

/**
 * Attach alignment keys to each sentence. A sentence that opens with a subject pronoun also gets the names
 * of the source's previous sentence ("Sybiha expressed concern. He disclosed that ..." is about Sybiha).
 */
export function normalize(sentences: readonly Sentence[], parsed?: readonly ParsedSentence[]): NormalizedSentence[] {
  const previousNames = new Map<string, Term[]>();
  return sentences.map((s, i) => {
    const { terms, names, opensWithPronoun } = analyse(s.text, parsed?.[i]);
    const carried = opensWithPronoun ? (previousNames.get(s.source) ?? []) : [];
    previousNames.set(s.source, names.length > 0 ? names : carried);
    const all = [...terms, ...carried.map((t) => ({ key: t.key, weight: CARRIED_NAME_WEIGHT }))];
    return { ...s, terms: all.map((t) => t.key), termWeights: all.map((t) => t.weight) };
  });
}

/** The content-word keys of a text. */
export function termsOf(text: string): string[] {
  return analyse(text).terms.map((t) => t.key);
}

/**
 * Lemma, then stem, then spelling folded, so that "captured" / "capture", "fought" / "fighting",
 * "Zelenskyy" / "Zelensky" meet; numbers as digits; short forms expanded.
 */
function analyse(text: string, parsed?: ParsedSentence): { terms: Term[]; names: Term[]; opensWithPronoun: boolean } {
  const { value: words, type: types, lemma: lemmas, pos } = tokenize(text, parsed);
  const terms: Term[] = [];
  const names: Term[] = [];
  let opensWithPronoun: boolean | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const type = types[i];
    if (type === 'punctuation' || type === 'symbol' || type === 'emoji' || type === 'emoticon') continue;
    opensWithPronoun ??= SUBJECT_PRONOUNS.has(word.toLowerCase());
    const lemma = lemmas[i] ?? word;
    const weight = REPORTING_VERBS.has(lemma.toLowerCase()) ? REPORTING_WEIGHT : 1;
    const isPlaceWord = (pos[i] === 'PROPN' || pos[i] === 'ADJ') && /^\p{Lu}/u.test(word);
    const base = isPlaceWord ? placeKey(lemma) : pos[i] === 'VERB' ? eventVerb(lemma) : lemma;
    for (const key of keysOf(word, base, type)) {
      terms.push({ key, weight });
      if (pos[i] === 'PROPN') names.push({ key, weight: 1 });
    }
  }
  return { terms, names, opensWithPronoun: opensWithPronoun ?? false };
}

function keysOf(word: string, lemma: string, type: string | undefined): string[] {
  const lower = word.toLowerCase();
  if (type === 'number') return [lower.replace(/,/g, '')];
  const expansion = ABBREVIATIONS.get(lower);
  if (expansion && (!UPPER_CASE_ONLY.has(lower) || word === word.toUpperCase())) return expansion.map(wordKey);
  if (FUNCTION_WORDS.has(lower)) return [];
  const number = NUMBER_WORDS.get(lower);
  if (number) return [number];
  const key = wordKey(lemma);
  return key ? [key] : [];
}

/** Verbs too common in other senses to fold into an event ("held talks", "claimed responsibility"). */
const AMBIGUOUS_EVENT_VERBS = new Set(['hold', 'claim']);

/** Verbs of one event meet: "died"/"were killed", "wounded"/"injured", "detained"/"captured". */
function eventVerb(lemma: string): string {
  const lower = lemma.toLowerCase();
  return AMBIGUOUS_EVENT_VERBS.has(lower) ? lemma : verbFamily(lower);
}

/**
 * Fold a country and its demonym to one stem ("Russia"/"Russian", "China"/"Chinese", "Ukraine"/"Ukrainian",
 * "Korea"/"Korean"): outlets switch freely between "Russian troops" and "troops of Russia".
 * Only applied to capitalised proper nouns and adjectives, so ordinary words keep their stems.
 */
export function placeKey(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length < 5) return word;
  // Twice, so "Korean" -> "kore" -> "kor" meets "Korea" -> "kor", and "European" meets "Europe".
  const strip = (w: string) => w.replace(/(?:ians?|ans?|ese|ia|a|e|i)$/, '');
  return strip(strip(lower));
}

/** The key of one word: transliterated, lower-cased, stemmed, spelling folded; '' for a word with no letters. */
export function wordKey(word: string): string {
  return wordKeys.get(word, (w) => {
    const ascii = anyAscii(w.toLowerCase());
    return /[a-z0-9]/.test(ascii) ? foldSpelling(stem(ascii)) : '';
  });
}

/**
 * Words recur across sentences and sources: each word's key is worked out once (a run of 200 articles has some
 * 20,000 distinct words; bounded, so rare words cannot grow it without limit over a large run).
 */
const wordKeys = new BoundedMemo<string, string>(100_000);

/**
 * Fold spelling variants of one word to one key: doubled letters collapse and a final "iy"/"y" becomes "i"
 * (Zelenskyy, Zelenskiy, Zelensky -> zelenski). Applied to every word alike, so ordinary words stay consistent.
 */
export function foldSpelling(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1').replace(/(?:iy|y)$/, 'i');
}
