/**
 * How news tells a vote's tally: "passed 52-48", "approved by a vote of 60 to 40", "voted 7-2 to", "a 5-4 ruling".
 * Games' scores ("beat the Owls 102-98") are the score measure's: their verbs are not here.
 */

/** Verbs a tally follows: "passed 52-48", "the council voted 7-2". */
export const VOTE_VERBS: ReadonlySet<string> = new Set([
  'pass', 'approve', 'vote', 'reject', 'adopt', 'confirm', 'rule', 'decide', 'uphold', 'overturn', 'ratify', 'endorse',
]);

/** Nouns a tally stands before or after: "a 5-4 ruling", "by a vote of 55-45". */
export const VOTE_NOUNS: ReadonlySet<string> = new Set(['vote', 'ruling', 'decision', 'majority', 'tally', 'margin']);
