import { teaserStart } from './rules/caption.js';
import { isContactLine } from './rules/contact.js';
import { isCreditNote } from './rules/credit.js';
import { isPromotion } from './rules/promotion.js';
import { isReaderCall } from './rules/reader-call.js';
import { isLabelledLink, isUrlOnly } from './rules/url.js';
import { isTimestampLine } from './rules/timestamp.js';
import { roughSentences, wordCount } from './text.js';

/**
 * Clutter glued to a paragraph of reporting: a credit ("... after an hours-long standoff. (Reuters)", "... The
 * Associated Press contributed to this report."), a call to action as its last sentence ("... it takes a lot of
 * blood to save lives. Click here for donation locations.", "For more information, go to the website:
 * http://..."), a video's signature and time stamp ("... Jane Roe reports. (Published Tuesday, Oct. 18, 2016)"), or a
 * page's marker in front of it ("**UPDATE** - Around 2 p.m. Monday, ..."). The line
 * stays, without them; the claim is the reporting, not the link.
 */

/** How far from a line's end its last sentence is looked for. */
const TAIL_CHARS = 600;

/** "Click here ...", "For more information, visit ...", "Read more at ...": the page speaking to its reader. */
const CALL_TO_ACTION =
  /^(?:click|tap) here\b|^for (?:more|further) (?:information|details|updates|coverage)\b.*(?:https?:\/\/|www\.|\bclick\b|\bvisit\b|\bgo to\b|\bgo the\b|\bsee\b)|^(?:read|see|watch) (?:more|the full|the video|our)\b/i;

/** "**UPDATE** -", "UPDATE:", "BREAKING:": a marker in capitals (or stars) leading the paragraph. */
const LEADING_MARKER =
  /^(?:\*{1,3}\s?)?(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|DEVELOPING|DEVELOPING STORY|EDITOR'S NOTE|EDITOR’S NOTE)(?:\s?\*{1,3})?\s?[-–—:]+\s+(?=\S)/u;

/** "Jane Roe reports.": the reporter signing a video or audio report, after its description. */
const REPORT_SIGNATURE = /^(?!The )(?:\p{Lu}[\p{L}'’.-]+ ){1,3}reports\.$/u;

/** A bracketed group at the end of a line, after a sentence's end. */
const BRACKETS_AT_END = /(?<=[.!?]["”’]?)\s+\(([^()]{3,80})\)$/u;

/** The line without "(Published Tuesday, Oct. 18, 2016)" at its end: a player's or a page's time stamp. */
function withoutStampAtEnd(text: string): string {
  const match = BRACKETS_AT_END.exec(text.slice(-100));
  return match !== null && isTimestampLine(match[1] ?? '') ? text.slice(0, text.length - match[0].length) : text;
}

function isGluedClutter(sentence: string): boolean {
  if (wordCount(sentence) > 30) return false;
  return (
    CALL_TO_ACTION.test(sentence) || isUrlOnly(sentence) || isLabelledLink(sentence) ||
    isPromotion(sentence) || isReaderCall(sentence) || isContactLine(sentence) || isCreditNote(sentence) || REPORT_SIGNATURE.test(sentence)
  );
}

/**
 * A paragraph with a video's teaser glued after it (see teaserStart in rules/caption.ts): the reporting before the
 * teaser stays.
 */
function withoutTeaserAtEnd(text: string): string {
  const at = teaserStart(text);
  return at === null || at <= 0 ? text : text.slice(0, at).trimEnd();
}

/** The line without clutter glued to its start or end (the same string when there is none). */
export function withoutGluedClutter(line: string): string {
  let text = withoutTeaserAtEnd(line.replace(LEADING_MARKER, ''));
  for (let cut = 0; cut < 3; cut += 1) {
    text = withoutStampAtEnd(text);
    const tail = text.slice(-TAIL_CHARS);
    const sentences = roughSentences(tail);
    const last = sentences[sentences.length - 1];
    if (sentences.length < 2 || last === undefined || !isGluedClutter(last)) break;
    text = text.slice(0, text.length - tail.length + tail.lastIndexOf(last)).trimEnd();
  }
  return text;
}
