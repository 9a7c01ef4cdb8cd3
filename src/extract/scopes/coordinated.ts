/**
 * A count named with one more member it does not count: "two officers and a sheriff's deputy died", "four
 * firefighters, and a police officer, were hurt". When people are counted, the other member may be of the count's
 * own kind (a deputy is an officer), so another outlet's count of the kind may hold both: the compare stage, which
 * knows what a person is, leaves such a count of people out. Things stay counted ("nine rifles and a launcher").
 */
import { plural } from '../../language/en/inflect.js';
import type { NumberFact } from '../types.js';
import { after, type ScopeReading, type ScopeRule } from './model.js';

/** The count's noun (one to three words), then "and a", "and an", "and one", "and another"; "a crew of 19" is counted. */
const WITH_ONE_MORE = /^((?:\s+[\p{L}'’-]+){1,3}?),?\s+and\s+(?:a|an|one|another)\s+(?!(?:\S+\s+){0,2}of\s)\S/iu;

function withOneMore(reading: ScopeReading): boolean {
  const { about } = reading.fact as NumberFact;
  if (about === undefined) return false;
  const m = WITH_ONE_MORE.exec(after(reading, 60));
  const noun = m?.[1]!.trim().split(/\s+/).at(-1)!.toLowerCase();
  return noun !== undefined && (noun === about || noun === plural(about) || (about === 'person' && noun === 'people'));
}

export const coordinated: ScopeRule = {
  name: 'coordinated',
  kinds: ['number'],
  read: (reading) => (withOneMore(reading) ? { coordinated: true } : {}),
};
