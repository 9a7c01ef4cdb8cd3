/**
 * Shape facts about one line of text. Every helper looks at a bounded slice of the line,
 * so a multi-megabyte line costs no more than a short one.
 */

/** Lines longer than this are article text or junk, never a label, a date or a heading. */
export const SHORT_LINE_LIMIT = 300;

/** How much of a long line the word counters look at: enough to tell "long" from "short". */
const WORD_SCAN_LIMIT = 2000;

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '*', ' ', '\t']);
/** Full stops, question and exclamation marks of the scripts articles come in: Latin, CJK, Devanagari, Arabic. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '。', '！', '？', '।', '؟', '۔']);

/** Scripts written without spaces between words: each character counts as about a word. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
/** The blocks those scripts live in (a superset): a cheap first test. */
const UNSPACED_RANGES = /[\u0e00-\u0e7f\u2e80-\u30ff\u3190-\u31ff\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** Words the title-case test ignores: a headline leaves them lower-case. */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'from', 'as', 'vs', 'vs.', 'via', 'per', 'into', 'onto', 'over', 'off', 'out', 'up', 'than',
  'amid', 'after', 'before', 'about', 'near', 'is', 'are', 'was', 'be', 'its', 'de', 'la', 'van',
  'von', 'al', 'el', 'bin',
]);

/** How many texts rememberLast keeps answers for: the lines of a page, so its passes share the work. */
const REMEMBERED = 512;

/**
 * Remembers the answers for the texts asked about lately (all of them, up to a page's worth; then it starts
 * again). The rules look at a line many times and at its neighbours in between, and the page pass and the
 * classifier look at every line again, so this saves re-splitting and re-normalising; answers are never mutated
 * by callers.
 */
export function rememberLast<T>(compute: (text: string) => T): (text: string) => T {
  const remembered = new Map<string, T>();
  return (text: string): T => {
    const known = remembered.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (remembered.size >= REMEMBERED) remembered.clear();
    remembered.set(text, value);
    return value;
  };
}

/** A phone number ("555-123-4567", "1-800-222-TIPS"): a line that gives one is part of the text, a number to call. */
export function hasPhoneNumber(text: string): boolean {
  return /\d{3}[-. ]\d{3}[-. ]?[\dA-Z]{4}/.test(text);
}

export function isShort(text: string): boolean {
  return text.length <= SHORT_LINE_LIMIT;
}

/** The line's words (whitespace-separated), from its first couple of thousand characters. */
export const wordsOf: (text: string) => readonly string[] = rememberLast((text) =>
  text.slice(0, WORD_SCAN_LIMIT).split(/\s+/).filter((w) => w !== ''),
);

export const wordCount: (text: string) => number = rememberLast((text) => {
  // A Chinese, Japanese or Thai sentence has no spaces: count its characters, or every line is "one word".
  const sample = text.slice(0, WORD_SCAN_LIMIT);
  // A quick look for Thai, kana or CJK before the (slower) script-property count.
  const unspaced = UNSPACED_RANGES.test(sample) ? (sample.match(UNSPACED_SCRIPT)?.length ?? 0) : 0;
  return Math.max(wordsOf(text).length, unspaced);
});

/** The line without trailing quote marks, brackets and emphasis stars: `"Go."` -> `"Go.` */
export function withoutClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSERS.has(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** The last meaningful character: the one a reader checks to see if a sentence has ended. */
export function finalMark(text: string): string {
  const body = withoutClosers(text);
  return body.charAt(body.length - 1);
}

/** Ends like a sentence: full stop, question or exclamation mark, ellipsis (inside quotes too). */
export function endsSentence(text: string): boolean {
  return SENTENCE_ENDS.has(finalMark(text));
}

/** Ends with punctuation that announces more text: a colon, comma, semicolon or dash. */
export function endsOpen(text: string): boolean {
  return [':', ',', ';', '-', '–', '—'].includes(finalMark(text));
}

export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text.slice(0, WORD_SCAN_LIMIT));
}

export function hasLowercase(text: string): boolean {
  return /\p{Ll}/u.test(text.slice(0, WORD_SCAN_LIMIT));
}

/** Capital letters present and none lower-case: "KYIV", "ALL-AGES PARTY" (not Chinese, which has no case). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text.slice(0, WORD_SCAN_LIMIT)) && !hasLowercase(text);
}

function startsCapitalised(word: string): boolean {
  const first = word.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0);
  return first !== '' && (/\p{Lu}/u.test(first) || /\p{N}/u.test(first));
}

/** "Five Wounded by Quake in Southern Iran": most content words start with a capital. */
export function isTitleCase(text: string): boolean {
  const words = wordsOf(text).filter((w) => /\p{L}/u.test(w));
  const content = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  const first = words[0];
  if (first === undefined || !startsCapitalised(first)) return false;
  const capitalised = content.filter(startsCapitalised).length;
  return capitalised >= 2 && capitalised >= content.length * 0.8;
}

/** A line that reads as running text: it ends like a sentence, or is too long to be anything else. */
export function isSentenceLike(text: string): boolean {
  const words = wordCount(text);
  return (endsSentence(text) && words >= 2) || words >= 12;
}

const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|according to|reported|reports|added|adds|announced|stated|asked|quoted|wrote|writes|confirmed)\b/i;

/** Reporting language ("said", "told", "according to"): the voice of an article, rarely of a label or a comment. */
export function hasAttribution(text: string): boolean {
  return ATTRIBUTION.test(text.slice(0, WORD_SCAN_LIMIT));
}

/** Could be a title: a few words, letters, and no full stop, comma, colon or semicolon at the end. */
export function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  const mark = finalMark(text);
  return (
    isShort(text) &&
    words >= 2 &&
    words <= 30 &&
    hasLetters(text) &&
    !['.', ',', ';', ':', '…'].includes(mark)
  );
}

/** Lower-cased, single-spaced, with decoration stripped from both ends: for comparing labels. */
export const normalizeLabel: (text: string) => string = rememberLast((text) =>
  text
    .slice(0, SHORT_LINE_LIMIT)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—|•·:>»«›*#([]+/u, '')
    .replace(/[\s\-–—|•·:.!>»«›*#)\]]+$/u, ''),
);

/**
 * The commonest English function words. Article prose is about half function words; menus, captions'
 * credits, titles of other stories and furniture have few (the stopword signal of jusText).
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'into', 'about', 'after', 'before', 'over', 'under', 'than', 'then', 'that', 'this', 'these', 'those', 'which',
  'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'why', 'how', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'not', 'no', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'his',
  'their', 'our', 'my', 'your', 'there', 'here', 'so', 'up', 'out', 'off', 'all', 'some', 'any', 'more', 'most',
  'said', 'says', 'also', 'just', 'only', 'because', 'during', 'through', 'until', 'since', 'against', 'between',
]);

/** From the first to the last letter or digit of a whitespace-separated word. */
const BARE_WORD = /[\p{L}\p{N}](?:\S*[\p{L}\p{N}])?/gu;

/** The words of (the first `limit` characters of) a text, lower-cased, without the punctuation around them. */
export function bareWords(text: string, limit = WORD_SCAN_LIMIT): string[] {
  return text.slice(0, limit).toLowerCase().match(BARE_WORD) ?? [];
}

/** The line's words, lower-cased, without the punctuation around them. */
export const bareWordsOf: (text: string) => readonly string[] = rememberLast((text) => bareWords(text));

/**
 * The text lower-cased with every run of characters other than letters and digits made one space (not trimmed).
 * Pure ASCII, the common case, takes a plain regex; the Unicode one is several times slower.
 */
export function lettersAndDigits(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, ' ') : lower.replace(/[^a-z0-9]+/g, ' ');
}
const NON_ASCII = /[^\u0000-\u007f]/;

/** Share of the line's words that are function words (0 when it has none). */
export const functionWordShare: (text: string) => number = rememberLast((text) => {
  const words = bareWordsOf(text);
  if (words.length === 0) return 0;
  return words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length;
});

/**
 * Has the function words of prose - or is not in English, where this list says nothing (a line in Cyrillic,
 * Arabic or Chinese is given the benefit of the doubt).
 */
export function hasProseWords(text: string): boolean {
  return functionWordShare(text) > 0 || isMostlyNonLatin(text);
}

/** Any character beyond Latin (with its extensions), general punctuation and symbols: a letter of another script may be there. */
const OTHER_SCRIPT_RANGE = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u20cf\u2100-\u218f]/u;

/** Most of the line's letters are not Latin: English word lists and punctuation habits do not apply to it. */
export function isMostlyNonLatin(text: string): boolean {
  const sample = text.slice(0, 300);
  // Most lines are ASCII or Latin with accents: no letter of another script, no need to count.
  if (!OTHER_SCRIPT_RANGE.test(sample)) return false;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && latin < letters / 2;
}

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}

/**
 * A short line cut into its sentences at a full stop, question or exclamation mark followed by a capital
 * (abbreviations may cut too early: callers only compare or look at the pieces, never report them).
 */
export function roughSentences(text: string): string[] {
  return text
    .slice(0, WORD_SCAN_LIMIT)
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
