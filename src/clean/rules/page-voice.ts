import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import {
  CALL_TO_ACTION,
  OUTLET_PRONOUNS,
  PAGE_SELF_WORDS,
  READER_PRONOUNS,
} from '../../language/en/clutter-words.js';
import { namesOutlet } from '../outlet.js';
import { bareWords, bareWordsOf, hasAttribution, isShort, wordCount } from '../text.js';

/**
 * The page speaking in its own voice: to its reader ("Thank you for registering! Please check your email", "What do
 * you think? Leave a comment") or for its outlet ("We will update this story", "KXYZ will continue to follow this
 * story"). Reporting speaks of the event in the third person and names who said what. Each cue alone is weak (a
 * report may say "police asked for your help"); a line that carries several, quotes no one and attributes nothing
 * is the page's. A line with a quotation is reporting; words in single quotation marks are not read.
 */

/** A double quotation mark: the line quotes someone (or ends a quotation begun above): reporting. */
const DOUBLE_QUOTE = /["“”]/u;
/** A stretch in double quotation marks (closed or running to the line's end): someone else's voice. */
const DOUBLE_QUOTED = /["“][^"”]*(?:["”]|$)/gu;
/** A stretch in single quotation marks (how some outlets quote), which is someone else's voice. */
const SINGLE_QUOTED = /(?<!\p{L})['‘][^'’]{8,}?['’](?!\p{L})/gu;
/** A quotation mark that opens or closes a quotation (not an apostrophe inside a word). */
const QUOTE_MARK = /["“”‘]|(?<!\p{L})'|'(?!\p{L})/u;

/** Cues counted on a line this long at most: a long paragraph is reporting, whatever it says to the reader. */
const MAX_WORDS = 40;
/** Cues that make a line the page's own. */
export const PAGE_VOICE_CUES = 3;
/** A line this short is the page's with two cues. */
const SHORT_WORDS = 12;

export interface VoiceCues {
  /** Speaks to the reader: "you", "your". */
  reader: boolean;
  /** Speaks for the outlet: "we", "our", "us". */
  us: boolean;
  /** Asks a question in the page's own voice. */
  question: boolean;
  /** "please", "thank you". */
  courtesy: boolean;
  /** Cues that speak to the reader or for the outlet (the four above). */
  strong: number;
  /** All cues, with the weaker ones: the outlet's name, an imperative opening, the page's own words, "will". */
  all: number;
  words: number;
}

const NONE: VoiceCues = { reader: false, us: false, question: false, courtesy: false, strong: 0, all: 0, words: 0 };

/**
 * The cues of the page's own voice the line carries: none when it quotes or attributes (that is reporting), unless
 * `evenInReporting` (the classifier weighs the cues and the reporting marks itself).
 */
export function pageVoiceCues(text: string, outlet: readonly string[] = [], evenInReporting = false): VoiceCues {
  if (!isShort(text) || wordCount(text) > MAX_WORDS) return NONE;
  const quoted = QUOTE_MARK.test(text);
  if (!evenInReporting && (DOUBLE_QUOTE.test(text) || hasAttribution(text))) return NONE;
  const own = quoted ? text.replace(DOUBLE_QUOTED, ' ').replace(SINGLE_QUOTED, ' ') : text;
  const words = quoted ? bareWords(own) : bareWordsOf(text);
  if (words.length === 0) return NONE;
  let reader = false;
  let us = false;
  let courtesy = false;
  let selfWords = false;
  let future = false;
  for (const word of words) {
    // "we'll", "you’re": the pronoun before a contraction, and "'ll" a future.
    const straight = word.indexOf("'");
    const cut = straight >= 0 ? straight : word.indexOf('’');
    const w = cut < 0 ? word : word.slice(0, cut);
    if (cut >= 0 && /^['’]ll$/u.test(word.slice(cut))) future = true;
    if (READER_PRONOUNS.has(w)) reader = true;
    else if (OUTLET_PRONOUNS.has(w)) us = us || w !== 'us' || !/\bUS\b/u.test(own);
    else if (w === 'please' || w === 'thank' || w === 'thanks') courtesy = true;
    else if (w === 'will') future = true;
    else if (PAGE_SELF_WORDS.has(w)) selfWords = true;
  }
  // "US" in capitals is the country, not the outlet's "us".
  const question = own.includes('?') && /\?(?:\s|$)/u.test(own);
  const strong = Number(reader) + Number(us) + Number(question) + Number(courtesy);
  const weak = Number(namesOutlet(words, outlet)) + Number(CALL_TO_ACTION.has(words[0]!)) + Number(selfWords) + Number(future);
  return { reader, us, question, courtesy, strong, all: strong + weak, words: words.length };
}

/**
 * "Registration successful.", "Your subscription is confirmed!", "Account created": the state of the reader's account,
 * as a sign-up form reports it.
 */
const ACCOUNT_STATUS =
  /^(?:your )?(?:registration|subscription|sign-?up|account|log-?in|email address|email|verification)\s(?:is |was |has been )?(?:successful|complete|completed|confirmed|created|verified|failed|pending|required)[.!]?$/iu;

/** The page's own line: three cues, or two in a short line when one of them speaks to the reader or for "us". */
export function isPageVoice(text: string, outlet: readonly string[] = []): boolean {
  if (text.length <= 60 && ACCOUNT_STATUS.test(text)) return true;
  const cues = pageVoiceCues(text, outlet);
  return cues.all >= PAGE_VOICE_CUES || (cues.all >= 2 && cues.strong >= 1 && cues.words <= SHORT_WORDS);
}

export const pageVoiceRule = (line: LineContext): RemovalReason | null =>
  isPageVoice(line.text, line.outlet) ? 'promotion' : null;
