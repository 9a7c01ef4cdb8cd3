/**
 * An addition to a count given elsewhere, not the whole: "another 20,000 marched", "a further five", "20 more
 * people", "five other workers were rescued", "four others were also hospitalized". Outlets that each add to their own earlier figure can still be
 * compared with each other, never more than possibly: they may add to different counts.
 */
import { after, before, type ScopeReading, type ScopeRule } from './model.js';

export function isIncrement(reading: ScopeReading): boolean {
  // "Four others were also hospitalized": others that are also so add to a count told before. ("One killed and four
  // others hurt" is no addition: the others are those not killed.)
  return (
    /\b(?:another|a further|an additional|an extra)\s+$/i.test(before(reading, 24)) ||
    /^\s+(?:more|other|further|additional)\b(?!\s+than\b)/i.test(after(reading, 12)) ||
    /^\s+(?:[\p{L}-]+\s+)?others?\s+(?:were|was|are|is|have|has|had)\s+(?:been\s+)?also\b/iu.test(after(reading, 40))
  );
}

export const increment: ScopeRule = {
  name: 'increment',
  kinds: ['number'],
  read: (reading) => (isIncrement(reading) ? { increment: true } : {}),
  context: (scope) => (scope.increment === true ? { key: 'more', label: 'added to another count' } : undefined),
  pair: (a, b) => (a.scope?.increment === true || b.scope?.increment === true ? 'hedged' : undefined),
};
