/**
 * A count of the dead in an article that says the perpetrator died too ("then killed himself", "shot dead by
 * police", "a murder-suicide"): outlets count the dead with him or without him, so two counts one apart are two
 * groups, not a dispute. Read over the whole article (see article.ts); the words are language/en/perpetrator-death.ts.
 */
import {
  DIED_PASSIVES, DIED_PREDICATES, KILLING_FORMS, PERPETRATOR_NOUNS, REFLEXIVES, SELF_KILLING_PHRASES, SELF_KILLING_VERBS,
} from '../../language/en/perpetrator-death.js';
import type { ScopeRule } from './model.js';

const words = (list: readonly string[]) => list.map((w) => w.replace(/[-\s]+/g, '[-\\s]+')).join('|');

/** A sentence that says the one who did it died. */
const PERPETRATOR_DIED = new RegExp(
  `\\b(?:(?:${words(KILLING_FORMS)})\\s+(?:and\\s+killed\\s+)?(?:${words(REFLEXIVES)})|${words(SELF_KILLING_PHRASES)}|` +
    SELF_KILLING_VERBS.map(({ forms, then }) => `(?:${words(forms)})\\s+(?:${words(then)})|`).join('') +
    `(?:${words(PERPETRATOR_NOUNS)})[\\s,]+(?:[\\p{L}\\d,'-]+\\s+){0,6}?` +
    `(?:${words(DIED_PREDICATES)}|(?:was|were|is|has been|had been)\\s+(?:\\p{L}+ly\\s+|later\\s+)?(?:${words(DIED_PASSIVES)})))\\b`,
  'iu',
);

/** Whether a sentence says the perpetrator died. */
export function saysPerpetratorDied(text: string): boolean {
  return PERPETRATOR_DIED.test(text);
}

export const perpetratorDied: ScopeRule = {
  name: 'perpetratorDied',
  kinds: [],
  // Set over the article, not read from one sentence.
  read: () => ({}),
  pair: (a, b) => {
    if (a.scope?.perpetratorDied !== true && b.scope?.perpetratorDied !== true) return undefined;
    return typeof a.value === 'number' && typeof b.value === 'number' && Math.abs(a.value - b.value) === 1 ? 'skip' : undefined;
  },
};
