/**
 * A count named with one more member it does not count: "two officers and a sheriff's deputy died", "four
 * firefighters, and a police officer, were hurt". When people are counted, the other member may be of the count's
 * own kind (a deputy is an officer), so another outlet's count of the kind may hold both: the compare stage, which
 * knows what a person is, leaves such a count of people out. Things stay counted ("nine rifles and a launcher").
 */
import { afterCountedNoun, type ScopeRule } from './model.js';

/** The count's noun (one to three words), then "and a", "and an", "and one", "and another"; "a crew of 19" is counted. */
const WITH_ONE_MORE = /^((?:\s+[\p{L}'’-]+){1,3}?),?\s+and\s+(?:a|an|one|another)\s+(?!(?:\S+\s+){0,2}of\s)\S/iu;

export const coordinated: ScopeRule = {
  name: 'coordinated',
  kinds: ['number'],
  read: (reading) => (afterCountedNoun(reading, WITH_ONE_MORE, 60) ? { coordinated: true } : {}),
};
