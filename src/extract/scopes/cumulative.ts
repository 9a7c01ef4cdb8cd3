/**
 * A running total or an update ("so far", "the toll rose to", "killed in the conflict"), not the count of one
 * event or day; running totals of a conflict are kept per side ("nine Israelis", "600 Palestinians").
 */
import { capitalised } from '../../language/en/inflect.js';
import { isDemonymWord } from '../names.js';
import type { Fact } from '../../types.js';
import type { NumberFact } from '../types.js';
import { after, CLAUSE_BREAK, NEAR, type ScopeReading, type ScopeRule } from './model.js';

/**
 * Words that make a figure a running total rather than the count of one event or day: "so far", "have now died",
 * "now stands at", "up from", "rose to".
 */
const CUMULATIVE = /\b(?:so far|in total|a total of|to date|(?:has|have|had) now|now (?:stands?|stood|totals?|numbers?)|up from|(?:bringing|brought|brings) (?:the|to)|since the (?:start|beginning)|overall|altogether|cumulative|(?:rose|risen|climbed|jumped|increased) to|toll (?:has |had )?(?:rose|risen|climbed|reached|stood|stands))\b/i;

/** Whether a figure is a running total or an update ("has risen to 320", "so far"), framed or not. */
export function isRunningTotal(fact: Fact, text: string): boolean {
  return CUMULATIVE.test(text.slice(Math.max(0, fact.span[0] - NEAR), fact.span[1] + NEAR));
}

export const cumulative: ScopeRule = {
  name: 'cumulative, side',
  kinds: ['number'],
  read: (reading) => {
    const { fact, text } = reading;
    const running = isRunningTotal(fact, text) || inWholeConflict(reading);
    const side = sideOf(fact as NumberFact, text);
    return { ...(running ? { cumulative: true as const } : {}), ...(side !== undefined ? { side } : {}) };
  },
  context: (scope) =>
    scope.cumulative === true
      ? { key: `total|${scope.side ?? ''}`, label: scope.side !== undefined ? `running total, ${capitalised(scope.side)}` : 'running total' }
      : undefined,
};

/** "Nine have been killed in the conflict": a count of the whole war, in the figure's own clause, is a running total. */
function inWholeConflict(reading: ScopeReading): boolean {
  const rest = after(reading, NEAR * 3);
  const m = /\b(?:killed|died|dead|wounded|injured)\s+(?:in|during)\s+the\s+(?:conflict|war|fighting|offensive|uprising)\b/i.exec(rest);
  return m !== null && !CLAUSE_BREAK.test(rest.slice(0, m.index).replace(/,\s*including\b[^,]*,/gi, ' '));
}

/**
 * The side a count of people belongs to, when a nationality names it: "nine Israelis", "seven Israeli soldiers",
 * "600 Palestinians".
 */
function sideOf(fact: NumberFact, text: string): string | undefined {
  if (fact.about !== undefined && isDemonymWord(fact.about)) return fact.about.replace(/s$/, '');
  // "Seven Israeli soldiers", "10 the number of Israelis who ...".
  const m = /^\s+(?:[\p{Ll}-]+\s+|the (?:number|total|toll|count) of\s+)?(\p{Lu}[\p{Ll}]+)\s+\p{Ll}/u.exec(text.slice(fact.span[1], fact.span[1] + 40));
  return m !== null && isDemonymWord(m[1]!.toLowerCase()) ? m[1]!.toLowerCase().replace(/s$/, '') : undefined;
}
