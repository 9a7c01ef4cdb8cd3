import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { endsOpen, endsSentence, functionWordShare, roughSentences, wordCount } from '../text.js';
import { isTimestampLine } from './timestamp.js';

/**
 * Photo captions and photo credits. A caption is a sentence signed with a photo credit
 * ("... in Kyiv, Ukraine April 8, 2025. REUTERS/Thomas Peter Image: Reuters/Thomas Peter") or
 * marked the way only captions are ("(not pictured)", "(L) ... (R)", "PHOTOS: ...", "Map of ...: ...");
 * a credit is the signature alone ("(Photo: WJHL)", "Courtesy: WJHL").
 * "Reuters could not independently verify the claims." names an agency but signs no photo.
 */

/** How far from the end of a line a photo credit can start. */
const CREDIT_WINDOW = 200;

/**
 * Signatures that end a caption: an agency and photographer ("REUTERS/Joe Skipper", agency names only
 * in capitals, so not "a Reuters/Ipsos poll"), a labelled credit ("Image: ...", "Photograph: ..."),
 * a bracketed one ("(Photo: WJHL)", "(AP Photo/Evan Vucci)"), or a picture library ("Getty Images").
 */
const CREDITS_AT_END: readonly RegExp[] = [
  /\b(?:REUTERS|AFP|AP|EPA|EPA-EFE|ANI|PTI|IANS|XINHUA|TASS|AAP|UPI|ANADOLU|SPUTNIK|AP Photo|AFP Photo|Reuters Photo)\s?\/\s?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?: (?:Image|Photo|Picture|Credit)s?: ?[^:!?]{1,60})?$/u,
  /\b(?:Image|Photo|Photograph|Picture|Pictures|Photo credit|Image credit|Credit|Courtesy|IMAGE|PHOTO|CREDIT)s?\s?:\s?[^:!?]{1,60}$/u,
  /\((?:[\p{L} ]{0,20})?(?:Photo|Image|Picture|Credit|Courtesy|photo|image)s?\b[^()]{0,80}\)$/u,
  // "(Source: Jane Doe/KXYZ)", "(Map: Google)": a labelled source in brackets after the description.
  /\((?:Source|Sources|Map|Video|Graphic|Photos?|Images?)\s?:\s?[^()]{1,80}\)$/u,

  // "(KXYZ photo)", "(Marlow Fire Service photo)", "(File photo)": whose picture, in brackets.
  /\((?:(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*|file|staff|submitted|handout|family|courtesy)\s){1,5}(?:photo|photograph|image|picture|video|graphic)s?\)$/u,
  /\b(?:Getty Images|Shutterstock|iStock|iStockphoto|Alamy)(?: for [\p{L} ]{1,30})?\)?$/u,
  // "(Eric Smith/FOX5)", "(Jane Doe / The Daily Star)": a photographer and an outlet in brackets.
  /\((?:\p{Lu}[\p{L}.'’-]* ){0,3}\p{Lu}[\p{L}.'’-]*\s?\/\s?[\p{L}\p{N}][\p{L}\p{N} .&'’-]{0,40}\)$/u,
  // "... at a vigil. Jane Doe for The Daily Star": a photographer's name after the caption's last sentence.
  /(?<=[.!?]["”’]?\s)(?:\p{Lu}[\p{L}.'’-]* ){1,3}(?:for (?:the )?|\| ?)\p{Lu}[\p{L}\p{N}&.'’ -]{1,40}$/u,
];

/**
 * The line without "Buy Photo", the photo shop's button some sites print after a caption's credit (a plain check
 * of the end: a regex with no anchored start would be quadratic over a long line of spaces).
 */
function withoutBuyPhoto(text: string): string {
  return text.endsWith('Buy Photo') ? text.slice(0, -'Buy Photo'.length).trimEnd() : text;
}

/**
 * "This photo shows the house where ...", "The attached video shows ...": the page pointing at its picture or player
 * and saying what it shows. ("Video shows a man fleeing" is reporting what a recording shows: no pointing word.)
 */
const POINTED_MEDIUM =
  /^(?:This|These|The (?:above|attached|accompanying|following)|Above|Below|Attached)\s(?:[\p{L}-]+\s)?(?:photo|photos|photograph|image|images|picture|pictures|video|map|graphic|screenshot)\s(?:shows?|depicts?|was taken|is from|captures?)\b/u;

/** "Arrest and booking photos are provided by law enforcement": a notice about where a page's pictures come from. */
const PROVIDED_WORD = /provided|supplied|courtesy/u;
const PICTURES_PROVIDED = /\b(?:photos?|images?|pictures?|mugshots?|videos?)\s(?:are|is)\s(?:provided|supplied|courtesy)\b/iu;

/** "Photos of the victim via Facebook", "Image courtesy of the family": where the pictures came from. */
const PICTURE_SOURCE =
  /^(?:photos?|images?|pictures?|videos?|footage)(?: of [^.:!?]{1,50})? (?:via|courtesy of|from|provided by|by) [^.!?]{1,50}\.?$/iu;

/** Positional notes only captions carry: "(L)", "(2nd R)", "(centre)". */
const POSITION_NOTE = /\((?:\d(?:st|nd|rd|th) )?(?:L|R|C|left|right|centre|center)\)/g;

/** "Image source, Getty Images": a credit; "Image caption, Rescuers search ...": a caption. */
const MEDIA_SOURCE_LABEL = /^(?:Image|Media|Video|Photo) source\s?[,:]/u;
const MEDIA_CAPTION_LABEL = /^(?:Image|Media|Video|Photo) caption\s?[,:]/u;

const CAPTION_PREFIX: readonly RegExp[] = [
  MEDIA_CAPTION_LABEL,
  /^(?:PHOTOS?|Photos?|PICTURES|Pictures|IN PICTURES|In pictures|GALLERY|Gallery|SLIDESHOW|Slideshow|Photo gallery)\s?:/u,
  /^(?:Map|Graphic|Chart|Infographic|Illustration)(?: of [^:]{1,80})?:/u,
  /^FILE(?: PHOTO)?\s?[-–—:]/u,
  // A page's caption label printed before the caption, with no mark after it: "Caption A firefighter walks ...".
  /^(?:Caption|CAPTION|Hide Caption|Toggle caption|Photo caption|Image caption)\s+[“"‘']?\p{Lu}/u,
];

/**
 * Signatures after the caption's last sentence, each looked for only when its mark is in the line (a lookbehind
 * tried at every capital of a long line costs): "... at a vigil. Jane Doe/The Daily Star", "... on Friday. Photo by
 * Jane Doe", "... Video courtesy of Jane Doe".
 */
const SIGNATURES_AFTER_SENTENCE: readonly { mark: RegExp; pattern: RegExp }[] = [
  {
    mark: /\//u,
    pattern: /(?<=[.!?]["”’]?\s)(?:\p{Lu}[\p{L}.'’-]* ){0,3}\p{Lu}[\p{L}.'’-]*\s?\/\s?[\p{L}\p{N}][\p{L}\p{N} .&'’-]{0,40}$/u,
  },
  {
    mark: / (?:by|courtesy of|from) \p{Lu}/u,
    pattern: /(?<=[.!?]["”’]?\s)(?:Photo|Photos|Image|Images|Video|Picture|Pictures|Map|Graphic)(?: (?:by|courtesy of|from)) \p{Lu}[\p{L}\p{N}&.'’/ -]{1,50}$/u,
  },
];

/** The part of the line that is a photo credit at its end, if any. */
export function photoCreditAtEnd(text: string): string | null {
  const tail = withoutBuyPhoto(text.slice(-CREDIT_WINDOW));
  for (const pattern of CREDITS_AT_END) {
    const match = pattern.exec(tail);
    if (match !== null) return match[0];
  }
  for (const { mark, pattern } of SIGNATURES_AFTER_SENTENCE) {
    const match = mark.test(tail) ? pattern.exec(tail) : null;
    if (match !== null) return match[0];
  }
  return null;
}

/**
 * "Balloons, pictured Monday, mark ...", "..., pictured in 2019, ...": when or where the picture was taken.
 * ("Smith, pictured, was arrested ..." is how some sites' prose points at a photo: not a caption by itself.)
 */
const PICTURED_WHEN =
  /, pictured (?:on |in |at |here|above|below|last |this |(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d)/i;

/** "Jane Doe, left, hugs ...", "... front row, right, and ...": where people stand in the picture. */
const POSITION_BETWEEN_COMMAS =
  /, (?:(?:front|back|top|bottom|far|middle|second from|third from|standing|seated|centre|center) )?(?:left|right|center|centre|middle)(?:,| and\b)/;

/**
 * "Arrested: Officials released this photo of ...", "Tribal officer slain: The shootings occurred ...":
 * a short label, a colon and a description with no full stop, the way many sites caption pictures.
 * An all-caps label ("UPDATE:", "CRIME STOPPERS:") is a kicker, and a sentence with its full stop is text.
 */
const LABELLED_DESCRIPTION = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}: [“"‘']?\p{Lu}/u;

function isLabelledDescription(text: string): boolean {
  if (!LABELLED_DESCRIPTION.test(text) || endsSentence(text) || endsOpen(text)) return false;
  const description = text.slice(text.indexOf(':') + 1);
  // "Posted: Sep 23, 2016 5:14 PM EDT ..." is a time stamp: a caption describes, in prose.
  return wordCount(description) >= 8 && functionWordShare(description) > 0;
}

function hasCaptionMarks(text: string): boolean {
  const sample = text.slice(0, 1000);
  if (sample.includes('(not pictured)') || sample.includes('(pictured)') || PICTURED_WHEN.test(sample)) return true;
  if (POSITION_BETWEEN_COMMAS.test(sample)) return true;
  return (sample.match(POSITION_NOTE) ?? []).length >= 2;
}

/**
 * "... crews battle the fire. Jane Roe reports. (Published Tuesday, March 3, 2020)": a video's or a gallery's
 * description stamped with when it was put out. A paragraph of reporting carries no stamp of its own (an update note
 * says "Updated"). Read in the line's last hundred characters.
 */
const PUBLISHED_STAMP_AT_END = /(?<=[.!?]["”’]?)\s+\((?:first |originally )?(?:published|posted|uploaded|aired)\b[^()]{3,60}\)$/iu;
/** A sentence that opens with a title: four capitalised words or figures in a row ("4 Students Shot Outside SF School;"). */
const OPENS_WITH_TITLE = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.,;:-]*\s){4}/u;

/**
 * Where a video's teaser starts on a line stamped as one (null: no stamp). The teaser is the whole line (0) unless
 * a sentence after the first opens with the video's title: "<reporting>. 4 Students Shot Outside School; Suspects at
 * Large Classes resumed ... Jane Roe reports. (Published ...)" keeps its reporting (trim.ts cuts the rest).
 */
export function teaserStart(text: string): number | null {
  if (!text.endsWith(')')) return null;
  const stamp = PUBLISHED_STAMP_AT_END.exec(text.slice(-100));
  if (stamp === null || !isTimestampLine(stamp[0].trim().slice(1, -1))) return null;
  const sentences = roughSentences(text);
  const title = sentences.findIndex((s, k) => k > 0 && OPENS_WITH_TITLE.test(s));
  return title < 0 ? 0 : Math.max(0, text.indexOf(sentences[title]!));
}

export function captionOrCredit(text: string): 'caption' | 'credit' | null {
  if (MEDIA_SOURCE_LABEL.test(text)) return 'credit';
  if (teaserStart(text) === 0) return 'caption';
  const credit = photoCreditAtEnd(text);
  if (credit !== null) {
    const described = withoutBuyPhoto(text).slice(0, -credit.length);
    return wordCount(described) >= 4 ? 'caption' : 'credit';
  }
  if (PICTURE_SOURCE.test(text.slice(0, 200)) && wordCount(text) <= 15) return 'credit';
  if (PROVIDED_WORD.test(text.slice(0, 200)) && PICTURES_PROVIDED.test(text.slice(0, 200))) return 'credit';
  if (POINTED_MEDIUM.test(text)) return 'caption';
  if (hasCaptionMarks(text) || isLabelledDescription(text)) return 'caption';
  return CAPTION_PREFIX.some((p) => p.test(text)) ? 'caption' : null;
}

/**
 * One to four capitalised words (no full stop: not a sentence) after the last sentence end, or in brackets there:
 * "... early Monday. KXYZ 11", "... (KXYZ)"; "... The sheriff told KXYZ." is a sentence.
 */
const SIGNED_AT_END = /[.!?]["”’]?\s+(?:\|\s?)?\(?((?:[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*\s?){1,4})\)?$/u;

/** A description signed with the page's own outlet: the outlet's picture or player, not its reporting. */
function signedByOutlet(text: string, outlet: readonly string[]): boolean {
  if (outlet.length === 0) return false;
  const signature = SIGNED_AT_END.exec(text.slice(-80))?.[1];
  if (signature === undefined || wordCount(text) - wordCount(signature) < 4) return false;
  const words = signature.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return outlet.some((name) => words.includes(name));
}

export const captionRule = (line: LineContext): RemovalReason | null =>
  captionOrCredit(line.text) ?? (signedByOutlet(line.text, line.outlet ?? []) ? 'caption' : null);
