import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { MEDIA_WORDS } from '../../language/en/clutter-words.js';
import { bareWordsOf, isShort, wordCount } from '../text.js';

/**
 * Notes on who made the article: "With inputs from agencies", "The Associated Press contributed to
 * this report.", "(Additional reporting by ...; editing by ...)", "Source: Reuters", "(AP)".
 * They are sentences, but about the article, not about the event.
 */

/** The whole line: "With inputs from agencies", "With inputs from PTI and Reuters" (no clause after it). */
const WITH_INPUTS = /^with (?:agency |additional )?(?:inputs?|reporting) (?:from|by) [^,;.]{1,60}\.?$/i;
const CONTRIBUTED = /\bcontributed (?:to )?(?:this |the )?(?:report|story|article|reporting)\.?["”)]?$/i;
/** "Associated Press writers Jane Doe and John Roe contributed." */
const WRITERS_CONTRIBUTED = /\b(?:writers?|reporters?|correspondents?|staff|journalists?)\b.{1,120}\bcontributed\.?$/i;
/** "Jane Doe contributed to this report. Contact John Roe at ...": the credit leading a line of page notes. */
const CONTRIBUTED_INSIDE = /\bcontributed (?:to )?(?:this (?:report|story|article)\b|(?:the )?(?:report|story|article|reporting)\.)/i;
const MADE_BY = /^[([]?(?:additional |further )?(?:reporting|writing|editing|edited|compiled|produced|translated|research|graphics|sub-edited)(?: and [a-z]+)? by\b/i;
const SOURCE_LABEL = /^[([]?(?:source|sources|credit|credits|photo credit|image credit|courtesy)\s?(?::|of\b)/i;
/**
 * "Information from: The Daily Star", "This report contains material from the Associated Press.", "Material from the
 * Associated Press was used in this report."
 */
const MATERIAL_FROM =
  /^(?:information from\s?:|this (?:report|story|article) (?:contains|includes|uses) (?:material|information|reporting) from\b|(?:information|material|reporting|content) from [^.!?]{1,60} (?:was|is|were) (?:used|included|incorporated) in this (?:report|story|article)\b)/i;
const REPUBLISHED = /^this (?:article|story|report|piece) (?:was |first |originally |has been )+(?:published|appeared|posted)\b/i;
/**
 * "Attached video courtesy of Jane Roe via YouTube", "Photos of the suspect via Facebook": a picture or a player said
 * to come from someone (a medium's word and "courtesy of" or "via" a source), in a line too short to be reporting.
 */
const GIVEN_BY = /\bcourtesy(?: of)?\b|\bvia \p{Lu}/u;
const MAX_GIVEN_WORDS = 14;
/** "Includes reporting by The Associated Press.", "Contains material from Reuters": the line's only clause. */
const INCLUDES_REPORTING =
  /^(?:includes?|including|contains?|with|has) (?:additional )?(?:reporting|material|information|reports?) (?:from|by) [^.!?;]{1,60}\.?$/i;
/** "With wire services.", "From staff and wire reports", "Compiled from news services": the wires as a source. */
const WIRES_ONLY =
  /^(?:(?:with|from|compiled from|based on|by)\s)?(?:(?:staff|local)(?:\sand\s|\s&\s|,\s))?(?:wire|news)\s(?:services?|reports|agencies|dispatches)\.?$/i;
/** "The Associated Press contributed.", "Jane Roe and John Doe contributed reporting.": names, then the verb, nothing else. */
const NAMES_CONTRIBUTED = /^(?:(?:The|the|and|&|of|\p{Lu}[\p{L}.'’-]*),?\s){1,8}contributed(?:\sreporting)?\.?$/u;
/**
 * "Jane Roe reports.", "Tom Reeve reports from Marlow.", "KXYZ's Jane Roe has the story.": a video's or a report's
 * reporter named under it (two capitalised words at least, then the verb and at most where from).
 */
const REPORTER_FILES =
  /^(?:\p{Lu}[\p{L}.'’-]*\s){2,4}(?:reports|has (?:the|this|more on the) story|has more|has the latest|has details)(?: from \p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,3})?\.?$/u;
const AGENCY_ONLY = /^[([]?(?:AP|AFP|Reuters|REUTERS|Associated Press|Agencies|agencies|ANI|PTI|IANS|Xinhua|DPA|UPI|CNN|BBC)[)\]]?$/;

/** "(KXYZ photo)", "(Marlow Fire Service photo)", "(File photo)", "(Family handout image)": whose picture, in brackets. */
const BRACKETED_PICTURE = /^\(([^()]{1,60}) (?:photo|photograph|image|picture|video|graphic)s?\)\.?$/u;
const PICTURE_QUALIFIERS = new Set(['file', 'staff', 'submitted', 'provided', 'courtesy', 'handout', 'family', 'contributed', 'the', 'a', 'an', 'of', 'by', 'via', 'and']);

function isBracketedPicture(text: string): boolean {
  const owner = BRACKETED_PICTURE.exec(text)?.[1];
  if (owner === undefined) return false;
  const words = owner.split(/\s+/u);
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || PICTURE_QUALIFIERS.has(w.toLowerCase()));
}

export function isCreditNote(text: string): boolean {
  if (!isShort(text)) return false;
  if (AGENCY_ONLY.test(text) || isBracketedPicture(text)) return true;
  if (WITH_INPUTS.test(text) || INCLUDES_REPORTING.test(text) || WIRES_ONLY.test(text)) return true;
  if (wordCount(text) <= 12 && ((text.includes('contributed') && NAMES_CONTRIBUTED.test(text)) || ((text.includes(' reports') || text.includes(' has ')) && REPORTER_FILES.test(text)))) {
    return true;
  }
  if (CONTRIBUTED.test(text) && wordCount(text) <= 25) return true;
  if (CONTRIBUTED_INSIDE.test(text) && wordCount(text) <= 40) return true;
  if (WRITERS_CONTRIBUTED.test(text) && wordCount(text) <= 25) return true;
  if (MADE_BY.test(text)) return true;
  if ((REPUBLISHED.test(text) || MATERIAL_FROM.test(text)) && wordCount(text) <= 25) return true;
  if (GIVEN_BY.test(text) && wordCount(text) <= MAX_GIVEN_WORDS && namesMedium(text)) return true;
  return SOURCE_LABEL.test(text) && wordCount(text) <= 10;
}

/** A medium's word other than the credit's own ("courtesy", "credit"). */
function namesMedium(text: string): boolean {
  return bareWordsOf(text).some((w) => MEDIA_WORDS.has(w) && w !== 'courtesy' && w !== 'credit');
}

export const creditRule = (line: LineContext): RemovalReason | null => (isCreditNote(line.text) ? 'credit' : null);
