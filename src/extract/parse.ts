/**
 * Parse a sentence once with wink and hand every extractor the same token array with character
 * offsets. The model is loaded lazily, once per process.
 */
import winkNLP from 'wink-nlp';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { retagTokens } from './retag.js';
import type { ParsedSentence, Token } from './types.js';

interface Wink {
  nlp: WinkMethods;
  /** Token ids below this are wink lexicon words; wink numbers unseen words from here upwards. */
  firstUnknownId: number;
}

let wink: Wink | undefined;

function loadWink(): Wink {
  // Only the POS tagger: sentence splitting is done upstream, and our own scanners replace wink's
  // entity recogniser (it merges and misses too much for dates). About 3x faster than the full pipe.
  const nlp = winkNLP(model, ['pos']);
  // The first never-seen word gets the first id past the lexicon.
  const probe: unknown[] = nlp.readDoc('qxzjqvkw').tokens().out(nlp.its.uniqueId);
  const firstUnknownId = typeof probe[0] === 'number' ? probe[0] : Number.MAX_SAFE_INTEGER;
  return { nlp, firstUnknownId };
}

export function getWink(): Wink {
  wink ??= loadWink();
  return wink;
}

/** wink's typings allow string[] from out(); narrow once here. */
function strings(values: unknown[]): string[] {
  // Mostly strings already: copied only when one is not.
  return values.every((v) => typeof v === 'string') ? (values as string[]) : values.map((v) => (typeof v === 'string' ? v : String(v)));
}

/** One sentence parsed by wink, long runs without white space broken first (see MAX_WORD_CHARS). */
export function parseSentence(text: string): ParsedSentence {
  const broken = breakLongWords(text, MAX_WORD_CHARS);
  return broken === text ? parseTokens(text) : { ...parseTokens(broken), text };
}

function parseTokens(text: string): ParsedSentence {
  const { nlp } = getWink();
  const its = nlp.its;
  const list = nlp.readDoc(text).tokens();
  // wink's typings give its.lemma a signature out() does not accept; it works at run time.
  const out = (f: unknown): unknown[] => list.out(f as ItsFunction<unknown>);
  const values = strings(out(its.value));
  const spaces = strings(out(its.precedingSpaces));
  const tags = strings(out(its.pos));
  const lemmas = strings(out(its.lemma));
  const types = strings(out(its.type));

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    // Locate the token in the original text rather than trusting the space counts, so offsets stay
    // right even if wink normalised some whitespace.
    const expected = cursor + (spaces[i]?.length ?? 0);
    const found = text.startsWith(value, expected) ? expected : text.indexOf(value, cursor);
    const start = found >= 0 ? found : expected;
    const end = Math.min(text.length, start + value.length);
    tokens.push({
      index: i,
      text: value,
      lower: value.toLowerCase(),
      start,
      end,
      pos: tags[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      type: types[i] ?? 'word',
      spaced: i === 0 || start > cursor,
    });
    cursor = end;
  }
  retagTokens(tokens, (word) => lexiconEntry(word).known);
  return { text, tokens };
}

export interface LexiconEntry {
  /** POS wink gives the lower-cased word on its own: "helicopters" NOUN, "ukraine" PROPN. */
  pos: string;
  /** Whether wink's lexicon knows the lower-cased word (false for most rare names). */
  known: boolean;
}

const lexiconMemo = new Map<string, LexiconEntry>();

/**
 * What wink knows of a word in lower case, memoised. Tells a sentence-initial "Helicopters" (an
 * ordinary word) from "Zelensky" (unknown) or "Ukraine" (a proper noun even in lower case).
 * (Capitalised forms are all unknown to the lexicon, hence the lower-case lookup.)
 */
export function lexiconEntry(word: string): LexiconEntry {
  const key = word.toLowerCase();
  let entry = lexiconMemo.get(key);
  if (entry === undefined) {
    const { nlp, firstUnknownId } = getWink();
    const list = nlp.readDoc(key).tokens();
    const pos = strings(list.out(nlp.its.pos) as unknown[])[0] ?? 'X';
    const id: unknown = (list.out(nlp.its.uniqueId) as unknown[])[0];
    entry = { pos, known: typeof id === 'number' && id < firstUnknownId };
    // Bounded: rare words would otherwise grow it without limit over a large run.
    if (lexiconMemo.size > 50_000) lexiconMemo.clear();
    lexiconMemo.set(key, entry);
  }
  return entry;
}

// Small token helpers shared by the extractors.

export function isCapitalised(token: Token): boolean {
  const first = token.text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function isPunct(token: Token | undefined): boolean {
  return token !== undefined && (token.type === 'punctuation' || token.pos === 'PUNCT');
}

/** Clause boundaries for the short-range searches (verbs, speakers): punctuation and linking words. */
const CLAUSE_WORDS = new Set(['as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'while', 'when', 'where', 'because', 'although', 'though', 'whereas', 'if', 'after', 'before', 'since', 'until']);

export function isClauseBoundary(token: Token | undefined): boolean {
  if (token === undefined) return true;
  if (isPunct(token) && !['-', '–'].includes(token.text)) return true;
  return CLAUSE_WORDS.has(token.lower) || token.pos === 'SCONJ';
}

export function spanOf(parsed: ParsedSentence, first: number, last: number): [number, number] {
  const a = parsed.tokens[first];
  const b = parsed.tokens[last];
  return [a?.start ?? 0, b?.end ?? a?.end ?? 0];
}

export function sliceOf(parsed: ParsedSentence, span: [number, number]): string {
  return parsed.text.slice(span[0], span[1]);
}

/**
 * wink's tokenizer takes time with the square of a word's length when the word ends in punctuation: a
 * 5,000-character "1.1.1...!" takes 30 ms, a 40,000-character one 1.8 s, and a 5 MB file of such lines 28 s.
 * So wink reads a copy of the sentence in which every run of more than MAX_WORD_CHARS characters without white
 * space (a blob, a long URL; never a word) is broken by a space every MAX_WORD_CHARS characters. The copy has
 * the same length, so token offsets hold for the sentence itself; the tokens are its own words, and the parse
 * carries the sentence's own text.
 */
export const MAX_WORD_CHARS = 256;

/** `text` with a space in place of every `max`-th character of a run of more than `max` without ASCII white space. */
export function breakLongWords(text: string, max: number): string {
  let run = 0;
  let chars: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      run = 0;
      continue;
    }
    run++;
    // Never between the halves of a surrogate pair.
    if (run > max && !(c >= 0xdc00 && c <= 0xdfff)) {
      chars ??= text.split('');
      chars[i] = ' ';
      run = 0;
    }
  }
  return chars === undefined ? text : chars.join('');
}
