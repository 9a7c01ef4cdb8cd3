/**
 * Rules that judge a candidate sentence boundary. The candidates come from the Unicode sentence-break
 * algorithm, which breaks after every '.', '!' or '?' that is followed by a capital; these rules take back
 * the breaks that English punctuation does not mean: abbreviations, initials, quotes that go on with
 * "he said", omission marks, list markers.
 *
 * Every rule looks at short, bounded slices of text around the boundary, so the cost per boundary is
 * constant and no regular expression here ever runs over a whole paragraph.
 */
import {
  AFTER_CLOCK_TIME,
  ALWAYS_CONTINUES,
  BEFORE_CLOCK_TIME,
  BEFORE_NUMBER,
  MAY_END_SENTENCE,
  SENTENCE_STARTERS,
} from './lexicon.js';

/** What a rule can see of one candidate boundary. */
export interface BoundaryContext {
  /** The end of the sentence so far, trimmed (at most a few dozen characters). */
  before: string;
  /** True when `before` holds the whole sentence so far, not just its end. */
  beforeIsWhole: boolean;
  /** The start of the sentence so far, trimmed (at most a few dozen characters). */
  opening: string;
  /** The start of the text after the boundary, trimmed (at most a few dozen characters). */
  after: string;
  /** Whether the next candidate sentence has any letter or digit at all. */
  afterHasWord: boolean;
}

/** Characters that open a quote or a bracket, or lead into a clause: skipped to find the first word. */
const OPENERS = new Set([...'"\'“‘«‹([{—–-¿¡']);
/** Closing quotation marks. */
const CLOSING_QUOTES = new Set([...'"\'”’»›']);

/** A list marker: an optional bullet, then "1.", "1.)", "1)", "a." or "a)" (or the bullet alone). */
const LIST_MARKER = /^(?:[•⁃◦‣▪●] ?)?(?:\d{1,3}|[a-z])(?:\.\)|\)|\.)$|^[•⁃◦‣▪●]$/u;
/** Initialisms written with periods: "U.S.", "D.C.", "U.S.A.", "Ph.D.", "a.k.a.". */
const INITIALISM = /^(?:[A-Za-z]{1,2}\.){2,}$/;
/** One capital letter and a period: a middle initial ("Jonas E. Smith") or the pronoun "I.". */
const INITIAL = /^\p{Lu}\.$/u;

/** True when the candidate boundary is not a sentence end and the two sides belong together. */
export function isFalseBoundary(context: BoundaryContext): boolean {
  return (
    !context.afterHasWord ||
    continuesInLowerCase(context.after) ||
    endsWithOmissionMark(context.before) ||
    abbreviationContinues(context) ||
    listItemContinues(context) ||
    (context.beforeIsWhole && isDateline(context.before, context.after))
  );
}

/**
 * A dateline: a place and the abbreviation of its state or country, "BRISTOL, Tenn.", "LOS ANGELES,
 * Calif.", "Fort Myers, Fla.", "WASHINGTON, D.C.", as the whole of the text before a break. Its full stop
 * ends the abbreviation, not a sentence: the dateline belongs to the paragraph it opens ("BRISTOL, Tenn.
 * (AP) — Two people died ...") and is never a sentence of its own.
 */
const DATELINE = /^((?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*),(?:\s\p{Lu}[\p{L}.]*){0,1}\s\p{Lu}[\p{L}.]{0,8}\.$/u;
/** What follows a dateline in running text: a dash, or the agency in brackets, "(AP)". */
const AFTER_DATELINE = /^(?:[—–-]|\()/;

/** `after` is the start of the text after the break (for a mixed-case place it must be a dash or "(AP)"). */
export function isDateline(before: string, after: string): boolean {
  const place = before.length <= 60 ? DATELINE.exec(before)?.[1] : undefined;
  if (place === undefined) return false;
  // "LOS ANGELES, Calif." is a dateline before anything; "Yes, Sir." only if a dash or "(AP)" follows.
  return !/\p{Ll}/u.test(place) || AFTER_DATELINE.test(after);
}

/**
 * "compounds. . . . The practice": a full stop on the word, then a spaced ellipsis that opens the next
 * sentence (the MLA style for an omission after a sentence end). Returns how many characters of `before`
 * belong to the next sentence, or 0.
 */
export function charsOpeningNextSentence(before: string): number {
  return /\S\.(?: \.){3}$/.test(before) ? ' . . .'.length : 0;
}

/** '"This is great." she said', 'Yahoo! in the accounting department': lower case goes on the sentence. */
function continuesInLowerCase(after: string): boolean {
  return /^\p{Ll}/u.test(skipOpeners(after));
}

/** "[...]" marks words left out, and " . . . " between words is an ellipsis inside the sentence. */
function endsWithOmissionMark(before: string): boolean {
  const unquoted = stripClosingQuotes(before);
  if (unquoted.endsWith('[...]') || unquoted.endsWith('[…]')) return true;
  return before.endsWith(' . . .') && !before.endsWith('. . . .');
}

/** Abbreviations, initials and clock times that Unicode's rules take for a sentence end. */
function abbreviationContinues(context: BoundaryContext): boolean {
  if (endsWithLeadingAbbreviation(context.before, context.after)) return true;
  const word = stripOpeners(lastWord(context.before));
  if (!word.endsWith('.')) return false;
  const key = word.slice(0, -1).toLowerCase();
  if (key === 'a.m' || key === 'p.m') return clockTimeContinues(context);
  if (MAY_END_SENTENCE.has(key) || INITIALISM.test(word)) return !startsWithSentenceStarter(context.after);
  return false;
}

/**
 * Whether `before` ends with an abbreviation that leads into what follows and so cannot end a sentence
 * there: a title ("Mr.", "Lt. Col."), "No." or "p." before a number, a middle initial before a name.
 * `before` and `after` are short slices with single spaces.
 */
export function endsWithLeadingAbbreviation(before: string, after: string): boolean {
  const word = stripOpeners(lastWord(before));
  if (!word.endsWith('.')) return false;
  const key = word.slice(0, -1).toLowerCase();
  if (ALWAYS_CONTINUES.has(key)) return true;
  if (BEFORE_NUMBER.has(key)) return /^\d/.test(after);
  if (INITIAL.test(word)) return /^\p{Lu}/u.test(skipOpeners(after)) && initialContinues(before);
  return false;
}

/**
 * "6 P.M. Mr. Smith then went": a clock time followed by a capital usually ends the sentence, unless the
 * capital is a day, month or time zone ("5 p.m. Friday"), or the time opens the sentence ("At 5 a.m. Mr. Smith").
 */
function clockTimeContinues(context: BoundaryContext): boolean {
  if (AFTER_CLOCK_TIME.has(firstWord(context.after).toLowerCase())) return true;
  if (!context.beforeIsWhole) return false;
  const words = context.before.split(' ');
  if (!/^\d/.test(words[words.length - 2] ?? '')) return false;
  const leadWords = words.slice(0, -2); // drop the number and "a.m."
  return leadWords.length > 0 && leadWords.every((w) => BEFORE_CLOCK_TIME.has(w.toLowerCase()));
}

/**
 * "Jonas E. Smith", "Albert I. Jones": an initial after a capitalised name, or opening the sentence, goes
 * on; "you and I. Did you..." ends, because a lower-case word before the letter makes it a word of its own.
 */
function initialContinues(before: string): boolean {
  const words = before.split(' ');
  const wordBefore = words.length >= 2 ? stripOpeners(words[words.length - 2] ?? '') : '';
  return wordBefore === '' || /^\p{Lu}/u.test(wordBefore);
}

/**
 * "1. The first item 2. The second item": the break after a bare list marker is not a sentence end, nor is
 * the break after the next marker of a list item (the list splitter cuts before that marker instead).
 */
function listItemContinues(context: BoundaryContext): boolean {
  if (context.beforeIsWhole && isListMarker(context.before)) return true;
  const opensWithMarker = isListMarker(context.opening.split(' ')[0] ?? '');
  return opensWithMarker && isListMarker(lastListMarker(context.before));
}

/** The last word, with a bullet before it kept ("• 10."). */
function lastListMarker(before: string): string {
  const words = before.split(' ');
  const last = words[words.length - 1] ?? '';
  const previous = words[words.length - 2] ?? '';
  return /^[•⁃◦‣▪●]$/u.test(previous) ? `${previous} ${last}` : last;
}

function isListMarker(text: string): boolean {
  return LIST_MARKER.test(text);
}

function startsWithSentenceStarter(after: string): boolean {
  return SENTENCE_STARTERS.has(firstWord(after).toLowerCase());
}

/** The leading run of letters after any opening quote or bracket. */
function firstWord(after: string): string {
  return /^[\p{L}']*/u.exec(skipOpeners(after))?.[0] ?? '';
}

function lastWord(before: string): string {
  return before.slice(before.lastIndexOf(' ') + 1);
}

function skipOpeners(text: string): string {
  let i = 0;
  while (i < text.length && (OPENERS.has(text[i] ?? '') || text[i] === ' ')) i++;
  return text.slice(i);
}

function stripOpeners(word: string): string {
  let i = 0;
  while (i < word.length && OPENERS.has(word[i] ?? '')) i++;
  return word.slice(i);
}

function stripClosingQuotes(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_QUOTES.has(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}
