import {
  CALL_TO_ACTION,
  MEDIA_WORDS,
  META_WORDS,
  PAST_MARKERS,
} from '../../../language/en/clutter-words.js';
import { IRREGULAR_PAST } from '../../../language/en/irregular-verbs.js';
import { namesOutlet, outletNames } from '../../outlet.js';
import { hasAttribution, hasPhoneNumber } from '../../text.js';
import type { PageFacts } from '../page.js';
import { flag, type Feature } from './feature.js';

/**
 * Marks on the line: handles and links, credits, the words of media, of calls to action, of a page speaking about
 * itself or its outlet; and the marks of reporting (past tense, quotes, attribution).
 */

const PAST_FORMS: ReadonlySet<string> = new Set([...Object.values(IRREGULAR_PAST), ...PAST_MARKERS]);
const text = (f: PageFacts, i: number): string => f.lines[i]!.sample;

/** Share of the line's words in a list, counted up to `cap` words. */
function wordsIn(words: readonly string[], list: ReadonlySet<string>, cap: number): number {
  let n = 0;
  for (const w of words) if (list.has(w)) n += 1;
  return Math.min(n, cap) / cap;
}

/** For each page, whether each line names the outlet (worked out on first use). */
const outletMentions = new WeakMap<PageFacts, boolean[]>();

export function mentionsOutlet(f: PageFacts, i: number): boolean {
  let mentions = outletMentions.get(f);
  if (mentions === undefined) {
    const names = outletNames(f.page.sourceId);
    mentions = f.lines.map((line) => namesOutlet(line.bare, names));
    outletMentions.set(f, mentions);
  }
  return mentions[i] === true;
}

function pastTense(words: readonly string[]): boolean {
  return words.some((w) => PAST_FORMS.has(w) || (w.length > 4 && w.endsWith('ed')));
}

/**
 * A name signed at the end of a described picture: "(Jane Roe)", "(Source: Jane Roe/KXYZ)", "| Jane Roe/Daily Planet
 * via AP": capitalised names, a slash or a source label in brackets or after a bar ("(TIPS)", "(CNN)" are no names).
 */
const NAME_CREDIT_AT_END =
  /(?:\((?:(?:Source|Photo|Image|Credit|Courtesy|Video)s?: ?)?\p{Lu}\p{Ll}+(?:[ /-]\p{Lu}[\p{L}\p{N}.'’-]*){0,5}\)|\| ?\p{Lu}[\p{L}.'’-]*(?: [\p{L}\p{N}/.&'’-]+){0,7})\.?$/u;
/** "POLL:", "PHOTOS:", "WATCH LIVE:": a label in capitals that opens the line. */
const KICKER = /^\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}\s?:\s/u;
const ONLINE_ADDRESS = /\S@\S+\.\w|https?:\/\/|www\.|(?:^|\s)@\w/u;

/** Brackets closing a line that has more before them: a credit or a note after the description. */
const TRAILING_BRACKET = /\([^()]{2,60}\)\.?$/u;
const trailingBracket = (line: string): boolean => {
  const match = TRAILING_BRACKET.exec(line.slice(-70));
  return match !== null && line.length - match[0].length >= 11;
};
const NAME_SLASH_NAME = /\b[\p{Lu}][\p{L}\p{N}.&'’-]*\s?\/\s?[\p{Lu}\p{N}][\p{L}\p{N}]/u;

export const MARK_FEATURES: readonly Feature[] = [
  { name: 'handle', reason: 'social-embed', value: (f, i) => flag(/(?:^|[\s(])@\w{2,}/u.test(text(f, i))) },
  {
    name: 'link',
    reason: 'url',
    value: (f, i) => flag(/https?:\/\/|www\.|\.(?:com|org|net|co\.uk)\b|pic\.twitter/iu.test(text(f, i))),
  },
  { name: 'trailing-bracket', reason: 'credit', value: (f, i) => flag(trailingBracket(text(f, i))) },
  { name: 'name-credit-at-end', reason: 'credit', value: (f, i) => flag(NAME_CREDIT_AT_END.test(text(f, i))) },
  { name: 'kicker-label', reason: 'navigation', value: (f, i) => flag(KICKER.test(text(f, i))) },
  {
    // "Contact Jane Roe at 555-010-0199.", "Follow @planet on Twitter": a call to action with somewhere to go.
    name: 'imperative-address',
    reason: 'contact',
    value: (f, i) => flag(CALL_TO_ACTION.has(f.lines[i]!.bare[0] ?? '') && (hasPhoneNumber(text(f, i)) || ONLINE_ADDRESS.test(text(f, i)))),
  },
  {
    name: 'name-slash-name',
    reason: 'credit',
    value: (f, i) => flag(text(f, i).includes('/') && NAME_SLASH_NAME.test(text(f, i))),
  },
  { name: 'separators', reason: 'navigation', value: (f, i) => flag(/[|•›»]/u.test(text(f, i))) },
  { name: 'media-words', reason: 'caption', value: (f, i) => wordsIn(f.lines[i]!.bare, MEDIA_WORDS, 2) },
  {
    name: 'call-to-action',
    reason: 'promotion',
    value: (f, i) => flag(CALL_TO_ACTION.has(f.lines[i]!.bare[0] ?? '')),
  },
  { name: 'meta-words', reason: 'promotion', value: (f, i) => wordsIn(f.lines[i]!.bare, META_WORDS, 3) },
  { name: 'names-outlet', reason: 'promotion', value: (f, i) => flag(mentionsOutlet(f, i)) },
  {
    // The outlet speaking of its own coverage ("<outlet> will update this story"), not quoted by it ("told <outlet>").
    name: 'outlet-speaks',
    reason: 'promotion',
    value: (f, i) =>
      flag(
        mentionsOutlet(f, i) &&
          wordsIn(f.lines[i]!.bare, META_WORDS, 1) > 0 &&
          !hasAttribution(text(f, i)),
      ),
  },
  {
    name: 'copyright-words',
    reason: 'copyright',
    value: (f, i) => {
      const words = f.lines[i]!.bare;
      return flag(text(f, i).includes('©') || words.includes('copyright') || (words.includes('rights') && words.includes('reserved')));
    },
  },
  { name: 'past-tense', reason: null, value: (f, i) => flag(pastTense(f.lines[i]!.bare)) },
  { name: 'quotes', reason: null, value: (f, i) => flag(/["“”]/u.test(text(f, i))) },
  { name: 'attribution', reason: null, value: (f, i) => flag(hasAttribution(text(f, i))) },
  { name: 'phone', reason: 'contact', value: (f, i) => flag(hasPhoneNumber(text(f, i))) },
];
