/**
 * A group the story already has: "shot and killed the two men", "those three victims". A count after "the" restates
 * a group rather than counting the event, and the group may be a part of it (the two one gunman shot, of three
 * dead). It stays in its question's row, but is in dispute only with a sentence stating the same claim.
 */
import { after, before, type ScopeRule } from './model.js';

const DEFINITE = /\b(?:the|these|those)\s+$/i;

export const given: ScopeRule = {
  name: 'given',
  kinds: ['number'],
  // "The four-alarm fire" grades the fire: no group.
  read: (reading) => (DEFINITE.test(before(reading, 8)) && !after(reading, 1).startsWith('-') ? { given: true } : {}),
  pair: (a, b, sameClaim) => ((a.scope?.given === true || b.scope?.given === true) && !sameClaim ? 'skip' : undefined),
};
