/** The noun of a happening made from its verb, for labels: derived forms WordNet knows, else nothing. */
import { describe, expect, it } from 'vitest';
import { nominalOf } from '../src/facts/nominal.js';

describe('nominalOf', () => {
  it.each([
    ['promote', 'promotion'],
    ['appoint', 'appointment'],
    ['arrive', 'arrival'],
    ['seize', 'seizure'],
    ['elect', 'election'],
    ['convict', 'conviction'],
    ['appear', 'appearance'],
  ])('%s -> %s', (verb, noun) => {
    expect(nominalOf(verb)).toBe(noun);
  });

  it.each([['kill'], ['revoke'], ['shoot'], ['marry']])('%s has no derived noun here (its gerund words it)', (verb) => {
    expect(nominalOf(verb)).toBeUndefined();
  });
});
