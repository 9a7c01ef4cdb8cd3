import { describe, expect, it } from 'vitest';
import { baseCandidates, gerund, pastParticiple, pastTense, plural, singular } from '../src/language/en/inflect.js';

describe('pastParticiple', () => {
  it.each([
    ['stab', 'stabbed'], ['shoot', 'shot'], ['set', 'set'], ['bear', 'born'], ['spend', 'spent'], ['kill', 'killed'],
    ['injure', 'injured'], ['bury', 'buried'], ['marry', 'married'], ['commit', 'committed'], ['occur', 'occurred'],
    ['visit', 'visited'], ['open', 'opened'], ['plan', 'planned'], ['flee', 'fled'], ['steal', 'stolen'], ['play', 'played'],
    ['fix', 'fixed'], ['snow', 'snowed'], ['arrest', 'arrested'], ['acquit', 'acquitted'], ['equip', 'equipped'],
    ['restrict', 'restricted'],
  ])('%s -> %s', (verb, participle) => {
    expect(pastParticiple(verb)).toBe(participle);
  });
});

describe('plural', () => {
  it.each([
    ['child', 'children'], ['game', 'games'], ['person', 'people'], ['knife', 'knives'], ['bus', 'buses'],
    ['vessel', 'vessels'], ['police', 'police'], ['city', 'cities'], ['gunshot', 'gunshots'],
  ])('%s -> %s', (noun, many) => {
    expect(plural(noun)).toBe(many);
  });
});

describe('gerund', () => {
  it.each([
    ['sink', 'sinking'], ['die', 'dying'], ['stab', 'stabbing'], ['become', 'becoming'], ['be', 'being'],
    ['marry', 'marrying'], ['occur', 'occurring'], ['visit', 'visiting'], ['free', 'freeing'], ['see', 'seeing'],
    ['begin', 'beginning'], ['forget', 'forgetting'], ['quit', 'quitting'], ['equip', 'equipping'], ['dye', 'dyeing'],
  ])('%s -> %s', (verb, form) => {
    expect(gerund(verb)).toBe(form);
  });
});

describe('pastTense', () => {
  it.each([
    ['sink', 'sank'], ['win', 'won'], ['marry', 'married'], ['find', 'found'], ['break', 'broke'], ['fail', 'failed'],
    ['begin', 'began'], ['convict', 'convicted'], ['take', 'took'], ['stop', 'stopped'],
  ])('%s -> %s', (verb, past) => {
    expect(pastTense(verb)).toBe(past);
  });
});

describe('singular', () => {
  it.each([['investigators', 'investigator'], ['children', 'child'], ['police', 'police'], ['officials', 'official']])('%s -> %s', (many, one) => {
    expect(singular(many)).toBe(one);
  });
});

describe('base forms of a regular -ed or -ing form, most likely first', () => {
  it.each([
    { word: 'buried', ending: 'ed' as const, first: 'bury' },
    { word: 'used', ending: 'ed' as const, first: 'use' },
    { word: 'gutted', ending: 'ed' as const, includes: 'gut' },
    { word: 'wounding', ending: 'ing' as const, first: 'wound' },
    { word: 'stabbing', ending: 'ing' as const, includes: 'stab' },
  ])('$word', ({ word, ending, first, includes }) => {
    const bases = baseCandidates(word, ending);
    if (first !== undefined) expect(bases[0]).toBe(first);
    if (includes !== undefined) expect(bases).toContain(includes);
    for (const b of bases) expect(b).not.toBe(word);
  });
});
