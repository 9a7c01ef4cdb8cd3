/**
 * A group the story already has: "shot and killed the two men", "those three victims", or names one by one ("shot two
 * officers, Dana Roe, 32, and Lee Poe"). A count after "the" or before the names of its members restates
 * a group rather than counting the event, and the group may be a part of it (the two one gunman shot, of three
 * dead). It stays in its question's row, but is in dispute only with a sentence stating the same claim.
 */
import { after, afterCountedNoun, before, type ScopeRule } from './model.js';

const DEFINITE = /\b(?:the|these|those)\s+$/i;

/**
 * The count's noun (within three words), a comma, a name of two capitalised words, and "and" before another
 * capitalised word: the members named one by one. ("Three officers, Chief Dana Roe said" names no members.)
 */
const NAMED_MEMBERS = /^((?:\s+[\p{L}'’-]+){1,3}?),\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[^;:]{0,60}?\band\s+\p{Lu}/u;

export const given: ScopeRule = {
  name: 'given',
  kinds: ['number'],
  // "The four-alarm fire" grades the fire: no group.
  read: (reading) => ((DEFINITE.test(before(reading, 8)) && !after(reading, 1).startsWith('-')) || afterCountedNoun(reading, NAMED_MEMBERS, 100) ? { given: true } : {}),
  pair: (a, b, sameClaim) => ((a.scope?.given === true || b.scope?.given === true) && !sameClaim ? 'skip' : undefined),
};
