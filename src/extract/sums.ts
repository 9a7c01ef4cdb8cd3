/**
 * Wholes stated in parts: "seven AK-47s, three other rifles" counts ten rifles, though no outlet writes "ten".
 * The part after "other" names the class the first part belongs to, so the two add up to one count of that class,
 * which is what another outlet's "nine assault rifles" answers.
 */
import type { Fact } from '../types.js';
import type { NumberFact, ParsedSentence } from './types.js';

/** What may stand between the two parts: the first part's noun (one to three words), then a comma or "and". */
const LIST_LINK = /^\s+[\p{L}\d'-]+(?:\s+[\p{L}\d'-]+){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/** The whole of each "N X, M other Y" pair of a sentence, framed as the "other" part is, with its own span. */
export function wholesOfParts<F extends Fact>(facts: readonly F[], parsed: ParsedSentence): F[] {
  const { text } = parsed;
  const wholes: F[] = [];
  const numbers = facts.filter((f) => f.kind === 'number') as unknown as NumberFact[];
  numbers.forEach((part, i) => {
    const first = numbers[i - 1];
    if (first === undefined || part.frame === undefined || part.scope?.part !== true) return;
    if (!/^\s+other\b/i.test(text.slice(part.span[1], part.span[1] + 8))) return;
    if (typeof first.value !== 'number' || typeof part.value !== 'number' || !LIST_LINK.test(text.slice(first.span[1], part.span[0]))) return;
    // A list of things, not two clauses: "two men died and three others were hurt" has a verb between.
    if (parsed.tokens.some((t) => t.start >= first.span[1] && t.start < part.span[0] && (t.pos === 'VERB' || t.pos === 'AUX'))) return;
    const value = first.value + part.value;
    const { part: _part, ...scope } = part.scope;
    const whole: NumberFact = {
      ...part,
      value,
      quantity: { min: value, max: value },
      text: text.slice(first.span[0], part.span[1] + (/^\s+other\s+[\p{L}-]+(?:\s+[\p{L}-]+)?/u.exec(text.slice(part.span[1]))?.[0].length ?? 0)),
      span: [first.span[0], part.span[1]],
      scope: { ...scope, summed: true },
    };
    wholes.push(whole as unknown as F);
  });
  return wholes;
}
