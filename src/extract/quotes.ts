/**
 * Quotations and who said them.
 *
 * Quote marks are paired on the characters of the sentence: curly and straight double quotes, guillemets,
 * and single quotes only where they clearly open and close a quotation (an apostrophe inside a word,
 * "what’s", "Beijing’s", never counts). A double quote left open runs to the end of the sentence and a
 * lone closing one runs from its start: segmenters split long quotations across sentences.
 *
 * The speaker is the name next to a speech verb found after the quote (", said Tammy Bruce",
 * ", Zelenskyy said"), else before it ("Zelensky stated, “...", "told Agence-France Presse: \"...")
 * or from "according to X".
 */
import anyAscii from 'any-ascii';
import type { Sentence } from '../types.js';
import { findNameMatches } from './names.js';
import { parseSentence } from './parse.js';
import { firstReaching, indexNames, nameEndingAt, nameStartingAt, nearestVerb, quotedTokens, type NameIndex } from './quote-index.js';
import type { NameMatch, ParsedSentence, QuoteFact, Token } from './types.js';

const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'write', 'stress', 'state', 'note', 'claim', 'declare', 'announce', 'insist', 'warn', 'explain',
  'remark', 'comment', 'emphasize', 'emphasise', 'tweet', 'post', 'reply', 'respond', 'ask', 'urge', 'argue', 'confirm',
  'deny', 'acknowledge', 'recall', 'continue', 'conclude', 'concede', 'admit', 'quote', 'tell', 'report', 'describe',
  'reiterate', 'underscore', 'underline', 'observe', 'suggest', 'shout', 'cry', 'exclaim', 'mourn', 'lament', 'vow',
  'promise', 'pledge', 'predict', 'maintain', 'assert', 'allege', 'accuse', 'charge', 'complain', 'boast', 'joke',
  'recount', 'testify', 'plead', 'demand', 'caution', 'counter', 'retort', 'agree', 'whisper', 'call',
]);

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

// ---------------------------------------------------------------------------------------------
// Quote marks

type Family = 'double' | 'single' | 'guillemet';

interface Mark {
  pos: number;
  family: Family;
  role: 'open' | 'close' | 'either';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-:;,/]/u;

function isLetterOrDigit(ch: string): boolean {
  return ch !== '' && LETTER_OR_DIGIT.test(ch);
}

const QUOTE_CHARS = new Set(['“', '„', '”', '"', '«', '»', '‘', '’', "'"]);

/** Classify each quote character of the text; apostrophes inside words are left out. */
function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    // Most characters are none of the quote marks: " ' « » and U+2018-U+201E hold them all.
    const code = text.charCodeAt(i);
    if (code !== 0x22 && code !== 0x27 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201e)) continue;
    const ch = text.charAt(i);
    if (!QUOTE_CHARS.has(ch)) continue;
    const prev = i > 0 ? text.charAt(i - 1) : '';
    const next = i + 1 < text.length ? text.charAt(i + 1) : '';
    const openable = prev === '' || OPEN_CONTEXT.test(prev) || prev === '"' || prev === '“';
    switch (ch) {
      case '“':
      case '„':
        marks.push({ pos: i, family: 'double', role: 'open' });
        break;
      case '”':
        marks.push({ pos: i, family: 'double', role: 'close' });
        break;
      case '"':
        marks.push({ pos: i, family: 'double', role: 'either' });
        break;
      case '«':
        marks.push({ pos: i, family: 'guillemet', role: 'open' });
        break;
      case '»':
        marks.push({ pos: i, family: 'guillemet', role: 'close' });
        break;
      case '‘':
        if (openable && isLetterOrDigit(next)) marks.push({ pos: i, family: 'single', role: 'open' });
        break;
      default: // ’ and '
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) break; // what’s, Beijing's
        if (openable && isLetterOrDigit(next) && ch === "'") marks.push({ pos: i, family: 'single', role: 'open' });
        else if (prev !== '' && !/\s/u.test(prev) && !isLetterOrDigit(next)) marks.push({ pos: i, family: 'single', role: 'close' });
        break;
    }
  }
  return marks;
}

interface QuoteSpan {
  /** Offsets of the whole quotation, marks included. */
  start: number;
  end: number;
  /** Offsets of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
  open?: 'start' | 'end';
}

/** A straight double quote opens when it follows a space or the start and is followed by a word. */
function straightOpens(text: string, pos: number): boolean {
  const prev = pos > 0 ? text.charAt(pos - 1) : '';
  const next = text.charAt(pos + 1);
  if (prev === '' || OPEN_CONTEXT.test(prev)) return next !== '' && !/\s/u.test(next);
  return false;
}

/**
 * Pair the marks into quotations. Marks of another family inside an open quotation are ignored
 * (a ‘scare quote’ inside a “quote”), so only outermost quotations come out.
 */
function pairMarks(text: string, marks: Mark[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const firstNonSingle = marks.find((m) => m.family !== 'single');
  let open: Mark | undefined;
  for (const mark of marks) {
    if (open === undefined) {
      const opens = mark.role === 'open' || (mark.role === 'either' && straightOpens(text, mark.pos));
      if (opens) {
        open = mark;
      } else if (mark === firstNonSingle && spans.length === 0) {
        // A closing mark before any other: the quotation began in an earlier sentence.
        spans.push({ start: 0, end: mark.pos + 1, innerStart: 0, innerEnd: mark.pos, open: 'start' });
      }
      continue;
    }
    if (mark.family === open.family && mark.role !== 'open') {
      spans.push({ start: open.pos, end: mark.pos + 1, innerStart: open.pos + 1, innerEnd: mark.pos });
      open = undefined;
    }
  }
  if (open !== undefined && open.family !== 'single') {
    // Left open: the quotation goes on in the next sentence.
    spans.push({ start: open.pos, end: text.length, innerStart: open.pos + 1, innerEnd: text.length, open: 'end' });
  }
  return spans.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.innerStart, s.innerEnd)));
}

/** Single-quoted spans must look like a quotation: at least two letters, not starting with a space. */
function plausible(text: string, span: QuoteSpan): boolean {
  const inner = text.slice(span.innerStart, span.innerEnd);
  const ch = text.charAt(span.start);
  if (ch !== "'" && ch !== '‘') return true;
  return /^\S/u.test(inner) && /\S$/u.test(inner) && inner.replace(/[^\p{L}]/gu, '').length >= 2;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  return pairMarks(text, findMarks(text)).filter((span) => plausible(text, span));
}

// ---------------------------------------------------------------------------------------------
// Normalised words and similarity

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bu\.\s?s\.(?:\s?a\.)?/g, 'united states '],
  [/\bu\.\s?k\./g, 'united kingdom '],
  [/\bu\.\s?n\./g, 'united nations '],
  [/\be\.\s?u\./g, 'european union '],
];

const IS_CONTRACTIONS = /\b(it|that|what|there|here|he|she|who|where|how|when|why|this)'s\b/g;

/**
 * A quote's normalised words: any-ascii, lower case, U.S. / U.K. / U.N. spelled out, contractions
 * expanded ("what's" -> "what is", "don't" -> "do not"), thousands separators dropped, every other
 * non-alphanumeric character a space, whitespace folded.
 */
export function normaliseQuote(text: string): string {
  let s = anyAscii(text).toLowerCase();
  for (const [pattern, replacement] of ABBREVIATIONS) s = s.replace(pattern, replacement);
  s = s
    .replace(/\bcan't\b/g, 'cannot')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\blet's\b/g, 'let us')
    .replace(/n't\b/g, ' not')
    .replace(IS_CONTRACTIONS, '$1 is')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    .replace(/\b(i|you|we|they|he|she)'d\b/g, '$1 would')
    .replace(/\bi'm\b/g, 'i am')
    .replace(/['`]/g, '')
    .replace(/\b([a-z])\.([a-z])\.?/g, '$1$2')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/(\d)\.(?=\d)/g, '$1_')
    .replace(/(\d):(?=\d)/g, '$1~');
  return s
    .replace(/[^a-z0-9_~]+/g, ' ')
    .replace(/_/g, '.')
    .replace(/~/g, ':')
    .trim()
    .replace(/ +/g, ' ');
}

/** Words for comparison: a trailing plural/verb "s" dropped so "needs"/"need" meet. */
function comparisonWords(text: string): string[] {
  const normal = /[A-Z'’"“.,]/.test(text) ? normaliseQuote(text) : text;
  return normal
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      curr[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, curr[j - 1] ?? 0);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] ?? 0;
}

/**
 * Word-level similarity of two quotes, 0..1: the Dice ratio of their longest common word
 * subsequence, 2·LCS / (|a| + |b|), after normalisation. Accepts raw quote text or normalised values.
 * "I think the U.S. needs to pay more attention to what's happening today" vs "I think the United
 * States should pay more attention to what is happening today" scores about 0.93.
 */
export function quoteSimilarity(a: string, b: string): number {
  const wa = comparisonWords(a);
  const wb = comparisonWords(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  return (2 * lcsLength(wa, wb)) / (wa.length + wb.length);
}

/** Share of the shorter quote found, in order, in the longer one: a partial quote inside a full one scores 1. */
export function quoteContainment(a: string, b: string): number {
  const wa = comparisonWords(a);
  const wb = comparisonWords(b);
  const shorter = Math.min(wa.length, wb.length);
  if (shorter === 0) return 0;
  return lcsLength(wa, wb) / shorter;
}

// ---------------------------------------------------------------------------------------------
// Attribution

interface Attribution {
  speaker?: string;
  verb?: string;
}

function isSpeechVerb(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'VERB' && SPEECH_VERBS.has(token.lemma);
}

/**
 * Who a speech verb at v attributes to: the name right before it ("Zelenskyy said", "NATO, meanwhile,
 * has described"), else, when the verb follows the quote, the last name of the phrase after it
 * (", said State Department spokesperson Tammy Bruce").
 */
function speakerOf(parsed: ParsedSentence, names: NameIndex, v: number, verbFollowsQuote: boolean, inside: (i: number) => boolean): string | undefined {
  const { tokens } = parsed;
  let k = v - 1;
  for (let steps = 0; k >= 0 && steps < 5 && !inside(k); k--, steps++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART' && t.text !== ',') break;
  }
  const before = nameEndingAt(names, k);
  // "one woman in Qeshm told AFP": a name inside a prepositional phrase is not the speaker.
  if (before !== undefined && !inside(k) && tokens[before.first - 1]?.pos !== 'ADP') return before.key;
  const prev = tokens[k];
  if (prev !== undefined && !inside(k) && (PRONOUNS.has(prev.lower) || prev.pos === 'NOUN' || prev.pos === 'PROPN')) return undefined;
  // After "told" comes the listener, and a verb before its quote has its speaker before it.
  if (!verbFollowsQuote || tokens[v]?.lemma === 'tell') return undefined;
  let speaker: string | undefined;
  for (let j = v + 1; j < tokens.length && j <= v + 10; j++) {
    const t = tokens[j] as Token;
    if (inside(j)) break;
    const name = nameStartingAt(names, j);
    if (name !== undefined) {
      speaker = name.key;
      j = name.last;
      continue;
    }
    if (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'PRON' || t.pos === 'CCONJ' || t.pos === 'SCONJ') break;
  }
  return speaker;
}

/** "according to X". */
function accordingTo(parsed: ParsedSentence, names: NameMatch[], inside: (i: number) => boolean): Attribution | undefined {
  const { tokens } = parsed;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (inside(i) || tokens[i]?.lower !== 'according' || tokens[i + 1]?.lower !== 'to') continue;
    const name = names.find((n) => n.first >= i + 2 && n.first <= i + 5);
    const attribution: Attribution = { verb: 'according' };
    if (name !== undefined) attribution.speaker = name.key;
    return attribution;
  }
  return undefined;
}

/**
 * What attribution reads of a sentence, worked out once for all its quotations. Each of these was a scan of the
 * sentence per quotation, and whether a token is quoted a scan of the quotations per token: a sentence of 1,250
 * quotations (`"a" ` repeated) took 10 s, cubic in its length. Now each quotation costs a few look-ups.
 */
interface SentenceIndex {
  names: NameIndex;
  /** Whether each token lies wholly inside a quotation. */
  quoted: boolean[];
  /** Running maxima of the tokens' starts and ends: where "the first token starting after" is found by halving. */
  maxStart: number[];
  maxEnd: number[];
  /** The speech verbs outside quotations, in token order. */
  verbs: number[];
  /** "according to X": the same for every quotation of the sentence. */
  according: Attribution | undefined;
}

function indexSentence(parsed: ParsedSentence, allQuotes: readonly QuoteSpan[]): SentenceIndex {
  const { tokens } = parsed;
  const names = findNameMatches(parsed);
  const quoted = quotedTokens(tokens, allQuotes);
  const inside = (i: number): boolean => quoted[i] === true;
  const maxStart: number[] = [];
  const maxEnd: number[] = [];
  const verbs: number[] = [];
  for (const [i, t] of tokens.entries()) {
    maxStart.push(Math.max(t.start, maxStart[i - 1] ?? -Infinity));
    maxEnd.push(Math.max(t.end, maxEnd[i - 1] ?? -Infinity));
    if (!quoted[i] && isSpeechVerb(t)) verbs.push(i);
  }
  return { names: indexNames(names), quoted, maxStart, maxEnd, verbs, according: accordingTo(parsed, names, inside) };
}

function attribute(parsed: ParsedSentence, span: QuoteSpan, index: SentenceIndex): Attribution {
  const { tokens } = parsed;
  const { names } = index;
  const inside = (i: number): boolean => index.quoted[i] === true;
  // The first token starting at or after the quotation's end; the last of the tokens that all end before its start.
  const after = firstReaching(index.maxStart, (v) => v >= span.end);
  const firstAfter = after < tokens.length ? after : -1;
  const lastBefore = firstReaching(index.maxEnd, (v) => v > span.start) - 1;

  const found = (v: number): Attribution => {
    const speaker = speakerOf(parsed, names, v, (tokens[v] as Token).start >= span.end, inside);
    const attribution: Attribution = { verb: (tokens[v] as Token).lemma };
    if (speaker !== undefined) attribution.speaker = speaker;
    return attribution;
  };

  // Introduced right before: "told Agence-France Presse: \"...", "saying, “...".
  if (lastBefore >= 0 && [':', ','].includes(tokens[lastBefore]?.text ?? '')) {
    for (let j = lastBefore - 1; j >= 0 && j >= lastBefore - 8; j--) {
      if (inside(j) || ['.', ';', ',', ':'].includes(tokens[j]?.text ?? '')) break;
      if (isSpeechVerb(tokens[j])) return found(j);
    }
  }
  // After the quote: ", said X" / ", X said" / ", he wrote".
  if (firstAfter >= 0) {
    for (let j = firstAfter; j < tokens.length && j < firstAfter + 6; j++) {
      if (inside(j)) break;
      if (isSpeechVerb(tokens[j])) return found(j);
      if (tokens[j]?.text === '.' || tokens[j]?.text === ';') break;
    }
  }
  // Before it: "Zelensky stated, “...", "told Agence-France Presse: \"...", "said Kyiv has \"...".
  for (let j = lastBefore; j >= 0 && j > lastBefore - 15; j--) {
    if (inside(j)) break;
    if (isSpeechVerb(tokens[j])) return found(j);
  }
  if (index.according !== undefined) return index.according;
  // Anywhere else outside quotes, nearest first.
  const best = nearestVerb(index.verbs, firstAfter >= 0 ? firstAfter : tokens.length);
  return best !== undefined ? found(best) : {};
}

// ---------------------------------------------------------------------------------------------
// Facts

export function extractQuotes(sentence: Sentence, parsed: ParsedSentence = parseSentence(sentence.text)): QuoteFact[] {
  const text = parsed.text;
  const spans = findQuoteSpans(text);
  const facts: QuoteFact[] = [];
  const index = spans.length > 0 ? indexSentence(parsed, spans) : undefined;
  for (const span of spans) {
    const value = normaliseQuote(text.slice(span.innerStart, span.innerEnd));
    if (value.length === 0) continue;
    const fact: QuoteFact = {
      kind: 'quote',
      value,
      text: text.slice(span.start, span.end),
      source: sentence.source,
      span: [span.start, span.end],
    };
    const { speaker, verb } = attribute(parsed, span, index!);
    if (speaker !== undefined) fact.speaker = speaker;
    if (verb !== undefined) fact.verb = verb;
    if (span.open !== undefined) fact.open = span.open;
    facts.push(fact);
  }
  return facts;
}
