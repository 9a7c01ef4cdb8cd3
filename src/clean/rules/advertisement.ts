import type { LineContext } from '../context.js';
import type { RemovalReason } from '../../types.js';
import { isShort, normalizeLabel, wordCount } from '../text.js';

/**
 * Ad slots and promotions: the whole line is the marker ("Advertisement", "Story continues below
 * advertisement", "Download app: iOS | Android"). A sentence that starts with the word
 * ("Advertisement revenue fell 10% ...") is not a marker.
 */

const AD_LABELS = new Set([
  'advertisement', 'advertisements', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content',
  'sponsored links', 'sponsored stories', 'paid content', 'paid post', 'paid partnership', 'promoted',
  'promoted content', 'promoted stories', 'partner content', 'from our partners', 'from our sponsors',
  'story continues below advertisement', 'article continues below advertisement',
  'story continues below', 'article continues below', 'continue reading below', 'content continues below',
  'scroll to continue with content', 'scroll down to continue reading', 'adchoices', 'ad feedback',
  'advertise with us', 'remove ads', 'skip ad',
]);

/** "Advertisement - scroll to continue", "ADVERTISEMENT Continue reading below". */
const AD_WITH_INSTRUCTION = /^advertisement\b[\s\p{P}]{0,5}(?:scroll|continue|continues|story|article|content|skip)\b/iu;

/** "Download app: iOS | Android", "Get the app": app promotions under or inside an article. */
const APP_PROMOTION = /^(?:download|get|install) (?:the |our )?(?:\w+ )?app\b/i;

export function isAdvertisement(text: string): boolean {
  if (!isShort(text)) return false;
  if (AD_LABELS.has(normalizeLabel(text))) return true;
  return text.length <= 80 && (APP_PROMOTION.test(text) || (AD_WITH_INSTRUCTION.test(text) && wordCount(text) <= 8));
}

export const advertisementRule = (line: LineContext): RemovalReason | null =>
  isAdvertisement(line.text) ? 'advertisement' : null;
