/**
 * A figure converted from another in the same sentence, in brackets right after it: "€110 billion ($143 billion)",
 * "1,150 km (700 miles)". Not the outlet's own figure: two conversions are not compared with each other.
 */
import type { Fact } from '../../types.js';
import type { ScopeRule } from './model.js';

export const converted: ScopeRule = {
  name: 'converted',
  kinds: ['number'],
  read: ({ fact, text, facts }) => (isConversion(fact, text, facts) ? { converted: true } : {}),
  pair: (a, b) => (a.scope?.converted === true && b.scope?.converted === true ? 'skip' : undefined),
};

function isConversion(fact: Fact, text: string, facts: readonly Fact[]): boolean {
  const opening = text.lastIndexOf('(', fact.span[0]);
  if (opening < 0 || !/^\(\s*(?:about|around|some|roughly|approximately)?\s*$/i.test(text.slice(opening, fact.span[0]).replace(/[$£€¥]/g, ''))) return false;
  return facts.some((other) => other.kind === 'number' && other !== fact && other.span[1] <= opening && opening - other.span[1] <= 3);
}
