/**
 * An addition to a count given elsewhere, not the whole: "another 20,000 marched", "a further five", "20 more
 * people", "five other workers were rescued". Outlets that each add to their own earlier figure can still be
 * compared with each other, never more than possibly: they may add to different counts.
 */
import type { Fact } from '../../types.js';
import type { ScopeRule } from './model.js';

export function isIncrement(fact: Fact, text: string): boolean {
  const before = text.slice(Math.max(0, fact.span[0] - 24), fact.span[0]);
  const after = text.slice(fact.span[1], fact.span[1] + 12);
  return /\b(?:another|a further|an additional|an extra)\s+$/i.test(before) || /^\s+(?:more|other|further|additional)\b(?!\s+than\b)/i.test(after);
}

export const increment: ScopeRule = {
  name: 'increment',
  kinds: ['number'],
  read: ({ fact, text }) => (isIncrement(fact, text) ? { increment: true } : {}),
  context: (scope) => (scope.increment === true ? { key: 'more', label: 'added to another count' } : undefined),
  pair: (a, b) => (a.scope?.increment === true || b.scope?.increment === true ? 'hedged' : undefined),
};
