import type { PageFacts } from '../page.js';
import { flag, type Feature } from './feature.js';
import { MEDIA } from './rules.js';

/**
 * Where the line stands: from the headline and from the end, and among its neighbours (jusText's context and
 * Web2Text's neighbour features). A short line amid furniture is furniture; a list whose lead-in is an article
 * sentence is article; a line between the headline and the first paragraph, or after a caption, is a caption.
 */

const removedByRules = (f: PageFacts, i: number): boolean => f.page.rules[i]?.page.kind === 'removed';
/** The page's edge counts as furniture. */
const furniture = (f: PageFacts, i: number): boolean => i < 0 || i >= f.lines.length || removedByRules(f, i);

function isMediaRemoval(f: PageFacts, i: number): boolean {
  const verdict = f.page.rules[i]?.page;
  return verdict?.kind === 'removed' && MEDIA.has(verdict.reason);
}

export const PLACE_FEATURES: readonly Feature[] = [
  { name: 'before-first-paragraph', reason: 'caption', value: (f, i) => flag(i < f.firstProse) },
  {
    name: 'under-headline',
    reason: 'caption',
    value: (f, i) => flag(f.headline >= 0 && i > f.headline && i - f.headline <= 2),
  },
  { name: 'from-top', reason: null, value: (f, i) => i / Math.max(1, f.lines.length - 1) },
  { name: 'last-lines', reason: 'navigation', value: (f, i) => flag(f.lines.length - 1 - i < 3) },
  { name: 'furniture-above', reason: 'navigation', value: (f, i) => flag(furniture(f, i - 1)) },
  { name: 'furniture-below', reason: 'navigation', value: (f, i) => flag(furniture(f, i + 1)) },
  {
    name: 'short-amid-furniture',
    reason: 'navigation',
    value: (f, i) => flag(f.lines[i]!.words <= 8 && furniture(f, i - 1) && furniture(f, i + 1)),
  },
  {
    // A sentence standing alone between the headline or furniture above and below: a caption, not a paragraph.
    name: 'prose-amid-furniture',
    reason: 'caption',
    value: (f, i) => flag(f.lines[i]!.prose && (furniture(f, i - 1) || i - 1 === f.headline) && (furniture(f, i + 1) || i + 1 === f.headline)),
  },
  { name: 'prose-above', reason: null, value: (f, i) => flag(f.lines[i - 1]?.prose === true) },
  { name: 'prose-below', reason: null, value: (f, i) => flag(f.lines[i + 1]?.prose === true) },
  { name: 'after-media', reason: 'caption', value: (f, i) => flag(isMediaRemoval(f, i - 1) || isMediaRemoval(f, i + 1)) },
  {
    name: 'list-under-sentence',
    reason: null,
    value: (f, i) => {
      return flag((f.leads[i] ?? -1) >= 0);
    },
  },
  {
    name: 'list-run',
    reason: 'navigation',
    value: (f, i) => flag(f.lines[i]!.listItem && (f.lines[i - 1]?.listItem === true || f.lines[i + 1]?.listItem === true)),
  },
];
