/**
 * A part of a whole some source counts entire: "including one police officer", "five of the officers", "three
 * other rifles", "12 Somali and 11 Yemeni pirates", "shot two officers, killing one". A part is not compared with
 * the whole; an addition ("another five", see increment.ts) is a part that is compared with other additions.
 */
import type { Fact } from '../../types.js';
import { isDemonymWord } from '../names.js';
import { countedClass, eventFamily, EXCLUSIVE_OUTCOMES, PRESENCE_EVENTS } from '../events.js';
import type { NumberFact } from '../types.js';
import { isIncrement } from './increment.js';
import { after as textAfter, before as textBefore, type ScopeReading, type ScopeRule } from './model.js';

export const part: ScopeRule = {
  name: 'part',
  kinds: ['number'],
  read: (reading) => (isPart(reading) ? { part: true } : {}),
  excludes: (scope) => scope.part === true && scope.increment !== true,
};

function isPart(reading: ScopeReading): boolean {
  const { text, facts } = reading;
  const fact = reading.fact as NumberFact;
  const before = textBefore(reading, 24);
  const after = textAfter(reading, 24);
  if (/\b(?:including|among them|among whom|among those|of whom|of them|among)\s+(?:\w+\s+)?$/i.test(before)) return true;
  if (/^\s+other\b/i.test(after)) return true;
  if (isIncrement(reading)) return true;
  // "The four hardest-hit villages", "the three worst-affected towns": the top of a larger count.
  if (/^\s+(?:[\p{L}]+-)?(?:hardest|worst|most|largest|biggest|best)\b/iu.test(after)) return true;
  // "Four robbers -- two dressed as women -- fled": a set-in detail of the count just before.
  // (Not a bracket: "85 million euros ($108 million)" is a conversion.)
  if (/(?:\s[-–—]{1,2}|[–—])\s*$/.test(before) && facts.some((f) => f.kind === 'number' && f.span[1] <= fact.span[0] && fact.span[0] - f.span[1] <= 40)) return true;
  if (splitsCountBefore(fact, before, facts)) return true;
  // The whole a part is taken from: "two of the train's six carriages".
  if (/\b(?:of|among)\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+'s\s+)?$/iu.test(before) && facts.some((f) => f.kind === 'number' && f.span[1] <= fact.span[0])) return true;
  // "Five of the officers died" is a part of the officers; "three of them exploded" is the count of what exploded.
  if (/^\s+of\s+(?:them|those|the|these|whom|which|its|their)\b/i.test(after)) return !objectEvent(text.slice(fact.span[1]));
  // A breakdown counts one thing in parts: "12 Somali and 11 Yemeni pirates", "two women and one man", not "24 dead
  // and 200 injured".
  return facts.some((other) => {
    if (other.kind !== 'number' || other === fact) return false;
    const [first, second] = other.span[0] > fact.span[0] ? [fact, other] : [other, fact];
    const join = BREAKDOWN_JOIN.exec(text.slice(first.span[1], second.span[0]))?.[1]?.toLowerCase();
    if (join === undefined || eventFamily(join) !== undefined) return false;
    // "12 Somali and 11 Yemeni pirates": the first part is named by its nationality alone.
    return isDemonymWord(join) || countedClass((other as NumberFact).about) === countedClass(fact.about);
  });
}

/**
 * "Shot two officers, killing one and wounding one": a count in a participle clause after a count of the same
 * people, of another event and no smaller, splits that count. The group shot may itself be part of the story's
 * whole, so the split is not the story's count of the dead or the injured.
 */
function splitsCountBefore(fact: NumberFact, before: string, facts: readonly Fact[]): boolean {
  if (fact.verb === undefined || eventFamily(fact.verb) === undefined) return false;
  if (!/(?:,|\band)\s+\p{L}+ing\s+(?:\p{L}+\s+)?$/iu.test(before)) return false;
  const family = eventFamily(fact.verb)!.id;
  const least = fact.quantity.min ?? fact.quantity.max;
  return facts.some((other) => {
    if (other.kind !== 'number' || other === fact || other.span[1] > fact.span[0]) return false;
    const whole = other as NumberFact;
    const wholeFamily = eventFamily(whole.verb)?.id;
    if (countedClass(whole.about) !== countedClass(fact.about) || wholeFamily === family) return false;
    // "killing two and injuring one": the dead are not a whole the injured are part of.
    if (wholeFamily !== undefined && EXCLUSIVE_OUTCOMES.has(wholeFamily) && EXCLUSIVE_OUTCOMES.has(family)) return false;
    // "A train carrying 400 passengers derailed, injuring 60": those aboard are no count of the harmed.
    if (wholeFamily !== undefined && PRESENCE_EVENTS.has(wholeFamily)) return false;
    const most = whole.quantity.max ?? whole.quantity.min;
    return least !== null && most !== null && most >= least;
  });
}

/** Whether the clause after a partitive names what happened to things: they exploded, fell, were seized. */
function objectEvent(rest: string): boolean {
  const verb = /^\s+of\s+\w+\s+(?:\w+\s+)?(?:were\s+|was\s+|had\s+|have\s+)?(\w+)/i.exec(rest)?.[1]?.toLowerCase().replace(/(?:ed|d)$/, '');
  return verb !== undefined && ['explod', 'explode', 'detonat', 'detonate', 'land', 'fell', 'hit', 'struck', 'seiz', 'seize'].includes(verb);
}

/** What stands between the parts of a breakdown: one word, then "and"/"or". */
const BREAKDOWN_JOIN = /^\s+([\p{L}'-]+),?\s+(?:and|or)\s+$/u;
