import type { RemovalReason } from '../../../types.js';
import type { PageFacts } from '../page.js';
import { flag, type Feature } from './feature.js';

/**
 * Today's rules (src/clean/rules and page.ts) as evidence, not as the last word: one feature per family of
 * reasons, so the fit learns how far each family is to be trusted on pages it was not written for.
 */

const NOTICES: ReadonlySet<RemovalReason> = new Set(['copyright', 'url', 'social-embed', 'advertisement']);
/** Reasons the rules give a picture's or a player's lines. */
export const MEDIA: ReadonlySet<RemovalReason> = new Set(['caption', 'credit', 'gallery', 'video']);
const FURNITURE: ReadonlySet<RemovalReason> = new Set([
  'promotion', 'update-log', 'contact', 'comments', 'byline', 'timestamp', 'share',
]);
const LINKS: ReadonlySet<RemovalReason> = new Set(['related-content', 'navigation']);

/** The line rule's reason is in the family. */
const lineRule = (family: ReadonlySet<RemovalReason>) => (f: PageFacts, i: number) => {
  const reason = f.page.rules[i]?.line;
  return flag(reason !== null && reason !== undefined && family.has(reason) && f.page.rules[i]?.tail !== true);
};

/** Removed by the page-level refinements (context, repeats, other sources) where no line rule objected. */
function pageRule(f: PageFacts, i: number): number {
  const rule = f.page.rules[i];
  return flag(rule !== undefined && rule.line === null && !rule.tail && rule.page.kind === 'removed');
}

export const RULE_FEATURES: readonly Feature[] = [
  { name: 'rule-notice', reason: 'rule', value: lineRule(NOTICES) },
  { name: 'rule-media', reason: 'rule', value: lineRule(MEDIA) },
  { name: 'rule-furniture', reason: 'rule', value: lineRule(FURNITURE) },
  { name: 'rule-links', reason: 'rule', value: lineRule(LINKS) },
  { name: 'rule-heading', reason: 'rule', value: lineRule(new Set(['heading'])) },
  { name: 'rule-dateline', reason: 'rule', value: lineRule(new Set(['dateline'])) },
  { name: 'rule-page', reason: 'rule', value: pageRule },
  {
    name: 'rule-any',
    reason: 'rule',
    value: (f, i) => flag(f.page.rules[i]?.page.kind === 'removed'),
  },
  { name: 'rule-tail', reason: 'rule', value: (f, i) => flag(f.page.rules[i]?.tail === true) },
];
