import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { OFFICE_WORDS } from '../../language/en/clutter-words.js';
import { hasAttribution, hasPhoneNumber, isShort, wordCount } from '../text.js';

/**
 * How to reach the reporter: "Jane Doe can be reached at 555-0100 or jdoe@example.com", "Contact
 * Jane Doe at jdoe@example.com", "Twitter: @janedoe", "Find Jane on Facebook at ... or on Twitter at
 * @janedoe", an e-mail address alone. A tip-line request ("Anyone with information is asked to
 * call police at ...") is reporting about the case and stays: it has no address, handle or reporter.
 */

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const HANDLE = /(?:^|\s)@\w{2,30}\b/;
const REACHED = /\bcan be (?:reached|contacted|emailed) (?:at|by|on|via)\b/i;
const CONTACT_PERSON = /\b(?:[Cc]ontact|[Ee]-?mail|[Rr]each|[Ff]ollow|[Ff]ind|[Mm]essage) (?:\p{Lu}[\p{L}'’.-]+ ?){1,3}(?:at|on|via)\b/u;
const NETWORK = /\b(?:twitter|facebook|instagram|linkedin|threads|bluesky)\b/i;
/** "Twitter: @janedoe", "Email: jdoe@example.com", "Twitter:ByJaneDoe". */
const LABELLED = /^(?:twitter|facebook|instagram|email|e-mail|phone|tel|follow)\s?:\s?\S+$/i;

const REPORTER = /\b(?:reporter|writer|editor|correspondent|columnist|staff|contact|email me|e-mail me|follow)\b/i;
const MAX_WORDS = 40;

/** "Contact Jane Roe at 555-0100.", "Reach reporter Jane Roe at ...": the person named before "at". */
const CONTACT_NAMED =
  /^(?:[Cc]ontact|[Rr]each|[Ee]-?mail) (?:(?:the )?(?:reporter|writer|editor|columnist|correspondent|author) )?((?:\p{Lu}[\p{L}'’.-]+ ){1,3})(?:at|on)\b/u;
/** "Jane Roe: 555-010-0199, jroe@example.com": a name as a label over a number and an address. */
const NAME_CARD = /^(?:\p{Lu}[\p{L}'’.-]+ ){1,2}\p{Lu}[\p{L}'’.-]+\s?:\s/u;
const MAX_CARD_WORDS = 10;

/** The reporter's number: a person (no office, no official's title) to contact at a phone number. */
function isPersonsNumber(text: string): boolean {
  const name = CONTACT_NAMED.exec(text)?.[1];
  if (name === undefined || !hasPhoneNumber(text)) return false;
  const words = name.trim().toLowerCase().split(' ');
  return words.length >= 2 && !words.some((w) => OFFICE_WORDS.has(w));
}

export function isContactLine(text: string): boolean {
  if (!isShort(text) || wordCount(text) > MAX_WORDS) return false;
  if (LABELLED.test(text) || REACHED.test(text)) return true;
  // An address alone, or with a reporter's words around it; "Tips can be sent to tips@example.org" is reporting.
  if (EMAIL.test(text) && (wordCount(text) <= 3 || (REPORTER.test(text) && !hasAttribution(text)))) return true;
  if (isPersonsNumber(text)) return true;
  if (NAME_CARD.test(text) && EMAIL.test(text) && hasPhoneNumber(text) && wordCount(text) <= MAX_CARD_WORDS) return true;
  return CONTACT_PERSON.test(text) && (HANDLE.test(text) || NETWORK.test(text) || EMAIL.test(text));
}

export const contactRule = (line: LineContext): RemovalReason | null => (isContactLine(line.text) ? 'contact' : null);
