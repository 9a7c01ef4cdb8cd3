/**
 * An enclosure the count is limited to, in its own clause: "two landed inside the camp", "one fell within the
 * compound", "three exploded outside the camp" ("inside camp", "outside camp").
 */
import type { Fact } from '../../types.js';
import { CLAUSE_BREAK, NEAR, type ScopeRule } from './model.js';

export const within: ScopeRule = {
  name: 'within',
  kinds: ['number'],
  read: ({ fact, text, facts }) => {
    const found = enclosure(fact, text, facts);
    return found !== undefined ? { within: found } : {};
  },
  context: (scope) => (scope.within !== undefined ? { key: scope.within, label: scope.within } : undefined),
};

function enclosure(fact: Fact, text: string, facts: readonly Fact[]): string | undefined {
  const rest = text.slice(fact.span[1], fact.span[1] + NEAR * 2);
  const m = /^(.*?)\b(inside|within|outside)\s+(?:the\s+|a\s+|its\s+)?(?:[\p{L}-]+\s+)?(camp|compound|building|school|prison|bank|store|shop|club|house|home|hospital|city|town|village|perimeter|area|zone)\b/iu.exec(rest);
  if (m === null) return undefined;
  // In the figure's own clause (a relative clause set in by commas may stand between), with no other count nearer.
  const between = m[1]!.replace(/,\s*(?:which|who)\b[^,]*,/gi, ' ');
  // "40 killed after missiles exploded outside the school": the enclosure is the clause's that follows.
  if (CLAUSE_BREAK.test(between) || /[,;]/.test(between) || /\b(?:after|when|as|while|because|since|before|where|until)\b/i.test(between)) return undefined;
  const at = fact.span[1] + m[1]!.length;
  if (facts.some((f) => f.kind === 'number' && f.span[0] >= fact.span[1] && f.span[0] < at)) return undefined;
  return `${m[2]!.toLowerCase() === 'outside' ? 'outside' : 'inside'} ${m[3]!.toLowerCase()}`;
}
