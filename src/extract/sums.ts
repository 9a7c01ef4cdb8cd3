/**
 * Wholes stated in parts, which no outlet writes as one figure but another outlet's total answers:
 * - "seven AK-47s, three other rifles": the part after "other" names the class the first belongs to, ten rifles;
 * - "boats rescued 188 people, and helicopters winched 31 more to safety": the addition completes the count
 *   before it, 219 rescued, and the 188 becomes a part.
 */
import type { Fact } from '../types.js';
import { numberFrame, toSafetyAfter } from './frames.js';
import type { NumberFact, ParsedSentence } from './types.js';

/** What may stand between the two parts: the first part's noun (one to three words), then a comma or "and". */
const LIST_LINK = /^\s+[\p{L}\d'-]+(?:\s+[\p{L}\d'-]+){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/** The sentence's facts with the wholes its parts add up to, and the counts a whole absorbed marked as parts. */
export function withWholes<F extends Fact>(facts: readonly F[], parsed: ParsedSentence): F[] {
  const numbers = facts.filter((f) => f.kind === 'number') as unknown as NumberFact[];
  const wholes: NumberFact[] = [];
  const absorbed = new Set<NumberFact>();
  numbers.forEach((part, i) => {
    if (part.scope?.increment !== true || typeof part.value !== 'number') return;
    const listed = listWhole(numbers[i - 1], part, parsed);
    if (listed !== undefined) return void wholes.push(listed);
    const first = numbers.slice(0, i).reverse().find((n) => completes(n, part, parsed));
    if (first === undefined) return;
    const end = part.span[1] + ' more'.length;
    wholes.push({ ...whole(first, part, first.frame, parsed.text.slice(first.span[0], end), [first.span[0], end]), ...(first.about !== undefined ? { about: first.about } : {}) });
    absorbed.add(first);
  });
  if (wholes.length === 0) return [...facts];
  const marked = facts.map((f) => (absorbed.has(f as unknown as NumberFact) ? { ...f, scope: { ...f.scope, part: true as const } } : f));
  return [...marked, ...(wholes as unknown as F[])].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}

/** "Seven AK-47s, three other assault rifles": ten rifles, framed as the second part's noun with the list's verb. */
function listWhole(first: NumberFact | undefined, part: NumberFact, parsed: ParsedSentence): NumberFact | undefined {
  const { text } = parsed;
  if (first === undefined || part.frame === undefined || typeof first.value !== 'number') return undefined;
  if (!/^\s+other\b/i.test(text.slice(part.span[1], part.span[1] + 8)) || !LIST_LINK.test(text.slice(first.span[1], part.span[0]))) return undefined;
  // A list of things, not two clauses: "two men died and three others were hurt" has a verb between.
  if (parsed.tokens.some((t) => t.start >= first.span[1] && t.start < part.span[0] && (t.pos === 'VERB' || t.pos === 'AUX'))) return undefined;
  // Parts of one whole share what happened to them: "one teenager dead and three other people injured" are two counts.
  if (first.verb !== undefined && part.verb !== undefined && first.verb !== part.verb) return undefined;
  const noun = parsed.tokens.find((t) => t.start > part.span[1] && t.lemma === part.about);
  const end = noun?.end ?? part.span[1];
  const verb = first.verb ?? part.verb;
  const frame = numberFrame({ ...part, ...(verb !== undefined ? { verb } : {}), span: [first.span[0], part.span[1]] }, parsed) ?? part.frame;
  return whole(first, part, frame, text.slice(first.span[0], end), [first.span[0], end]);
}

/**
 * Whether "M more" completes an earlier count of the sentence: an exact figure of the same event ("rescued 188 ...,
 * and helicopters winched 31 more to safety"), with no noun of its own after "more".
 */
function completes(first: NumberFact, part: NumberFact, parsed: ParsedSentence): boolean {
  if (typeof first.value !== 'number' || first.frame?.event === undefined || first.scope?.part === true) return false;
  if (!/^\s+more\b(?!\s+than\b)(?!\s+[\p{L}-]+(?:s|people|men|women|children)\b)/iu.test(parsed.text.slice(part.span[1], part.span[1] + 24))) return false;
  const event = toSafetyAfter(part, parsed.text) ? 'rescue' : part.frame?.event;
  return event === first.frame.event;
}

function whole(first: NumberFact, part: NumberFact, frame: NumberFact['frame'], text: string, span: [number, number]): NumberFact {
  const value = (first.value as number) + (part.value as number);
  const { part: _part, increment: _increment, ...scope } = part.scope ?? {};
  return { ...part, value, quantity: { min: value, max: value }, text, span, ...(frame !== undefined ? { frame } : {}), scope: { ...scope, summed: true } };
}
