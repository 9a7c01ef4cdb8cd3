import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { hasAttribution, isShort, roughSentences, wordCount } from '../text.js';

/**
 * The page talking to its reader about itself: "This is a developing story, refresh the page for
 * updates", "Stay with us for updates", "Sign up for our newsletter", "Download our free apps",
 * "Get breaking news alerts". Reporting never addresses the reader about the page, so these phrases
 * hold on any site; the word limit keeps a long paragraph that mentions an app out of it.
 */

const DEVELOPING = [
  'this is a developing story', 'this story is developing', 'developing story', 'check back (?:later |often |soon )?for',
  'refresh (?:this|the|your) (?:page|browser)', 'stay (?:with|tuned to) [^.!?]{1,40} for (?:updates|the latest|more)',
  'updates? (?:will be posted |will be provided )?as (?:they|it|more information) becomes? available',
  'this (?:story|article|post|report|page) (?:will|may) be updated', 'we will (?:update|bring you more)',
  'for (?:the latest|more) updates?,? (?:follow|visit|check|stay)',
];
const DEVELOPING_PHRASE = new RegExp(`\\b(?:${DEVELOPING.join('|')})`, 'i');

const PLEAS = [
  'sign up (?:for|to|here|now|today)', 'subscribe (?:to|for|now|here|today)', 'download (?:our|the) (?:free )?(?:[\\w-]+ ){0,2}apps?\\b',
  'get (?:our|the) (?:free )?(?:[\\w-]+ ){0,3}(?:newsletters?|alerts|app)\\b', '(?:email|e-mail) newsletters?',
  '(?:breaking )?news alerts', 'delivered (?:daily |weekly )?(?:to|straight to) your inbox', 'delivered daily',
  'take [\\w-]+ with you', 'never miss a (?:story|thing)', 'like us on facebook', 'follow us on',
  'to be eligible (?:for|to receive) a (?:cash )?reward', '(?:have|got) a (?:news )?tip', 'send (?:us )?(?:your )?(?:news )?tips',
];
const PLEA_PHRASE = new RegExp(`\\b(?:${PLEAS.join('|')})`, 'i');
const PLEA_AT_START = new RegExp(`^(?:${PLEAS.join('|')})`, 'i');

const MAX_WORDS = 40;

const CLICK_HERE_AT_END = /[,;:]\s*(?:click|tap|press) (?:here|this link|the link below)\b[^.!?]{0,60}[.!]?$/i;

export function isPromotion(text: string): boolean {
  if (!isShort(text) || wordCount(text) > MAX_WORDS) return false;
  if (DEVELOPING_PHRASE.test(text)) return true;
  // "For more ways to help, click here.": one sentence that ends by sending the reader to a link, in the page's own
  // voice (a sentence of reporting with "Click here ..." after it is cut by trim.ts instead).
  if (CLICK_HERE_AT_END.test(text) && !/["“”]/u.test(text) && roughSentences(text).length === 1) return true;
  // "Police told residents to sign up for alerts." is reporting: pleas quote no one, and speak to the reader
  // ("Sign up ...", "... our newsletter", "... your inbox"), or about newsletters and apps.
  const toReader = PLEA_AT_START.test(text) || /\b(?:you|your|our|us|newsletters?|apps?)\b/i.test(text);
  return PLEA_PHRASE.test(text) && toReader && !hasAttribution(text);
}

export const promotionRule = (line: LineContext): RemovalReason | null =>
  isPromotion(line.text) ? 'promotion' : null;
