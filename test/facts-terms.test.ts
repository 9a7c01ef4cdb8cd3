import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXCLUSIVE_ADJECTIVE_CLUSTERS } from '../src/facts/lexicon/en/exclusive-adjective-clusters.js';
import { TOO_GENERAL_HYPERNYMS } from '../src/facts/lexicon/en/too-general-hypernyms.js';
import { isSameKind, termRelation, type TermPos, type TermRelationKind } from '../src/facts/terms.js';
import { isBroadClass } from '../src/facts/term-breadth.js';
import { senseOffsets, synsetAt } from '../src/facts/wordnet.js';

type Row = readonly [a: string, b: string, pos: TermPos, kind: TermRelationKind, via?: string];

const ROWS: readonly Row[] = [
  // same: one synset, whatever the case, number or spelling of the collocation
  ['officer', 'policeman', 'noun', 'same', 'policeman'],
  ['Officers', 'policeman', 'noun', 'same', 'policeman'],
  ['POLICEMEN', 'police officers', 'noun', 'same', 'policeman'],
  ['automobiles', 'Car', 'noun', 'same', 'car'],
  ['children', 'kid', 'noun', 'same', 'child'],
  ['train stations', 'railway_station', 'noun', 'same', 'railway station'],
  ['heart-attack', 'Heart Attack', 'noun', 'same', 'heart attack'],
  ['first', '1st', 'adj', 'same', 'first'],
  ['huge', 'enormous', 'adj', 'same', 'large'],
  ['Zorblatt', 'zorblatt', 'noun', 'same'],
  // broader / narrower: a hypernym at any distance; a more precise word is no contradiction
  ['vehicle', 'car', 'noun', 'broader'],
  ['car', 'vehicle', 'noun', 'narrower'],
  ['theft', 'robbery', 'noun', 'broader'],
  ['pistols', 'gun', 'noun', 'narrower'],
  ['silver', 'gray', 'noun', 'narrower'],
  ['grey', 'silver', 'noun', 'broader'],
  ['bedroom', 'room', 'noun', 'narrower'],
  ['injury', 'wound', 'noun', 'broader'],
  ['Wolves', 'canine', 'noun', 'narrower'],
  ['large', 'huge', 'adj', 'broader'],
  ['huge', 'large', 'adj', 'narrower'],
  ['gun store', 'shop', 'noun', 'narrower'],
  ['room', 'break room', 'noun', 'broader'],
  // sibling: kinds of one close kind, or opposites
  ['rifle', 'handgun', 'noun', 'sibling', 'firearm'],
  ['sedan', 'SUV', 'noun', 'sibling', 'car'],
  ['boy', 'girl', 'noun', 'sibling', 'male/female'],
  ['boys', 'men', 'noun', 'sibling', 'male'],
  ['man', 'woman', 'noun', 'sibling', 'man/woman'],
  ['ferry', 'tugboat', 'noun', 'sibling', 'boat'],
  ['Ferries', 'tugboats', 'noun', 'sibling', 'boat'],
  ['churches', 'mosques', 'noun', 'sibling', 'place of worship'],
  ['March', 'April', 'noun', 'sibling', 'gregorian calendar month'],
  ['felonies', 'misdemeanor', 'noun', 'sibling', 'crime'],
  ['bus station', 'train_station', 'noun', 'sibling', 'terminal'],
  ['teacher', 'doctor', 'noun', 'sibling', 'professional'],
  ['nurse', 'doctor', 'noun', 'sibling', 'health professional'],
  ['adult', 'child', 'noun', 'sibling', 'adult/juvenile'],
  ['Paris', 'London', 'noun', 'sibling', 'national capital'],
  ['red', 'blue', 'noun', 'sibling', 'chromatic color'],
  ['murder', 'manslaughter', 'noun', 'sibling', 'homicide'],
  ['kitchen', 'break room', 'noun', 'sibling', 'room'],
  ['break rooms', 'bedrooms', 'noun', 'sibling', 'room'],
  ['first', 'second', 'adj', 'sibling', 'ordinal'],
  ['hot', 'cold', 'adj', 'sibling', 'hot/cold'],
  ['blistering', 'frigid', 'adj', 'sibling', 'hot/cold'],
  // roles of a kind whose words exclude each other (lexicon/en/roles.ts), where WordNet meets them only far above
  ['uncle', 'stepfather', 'noun', 'sibling', 'family tie'],
  ['sons', 'nephews', 'noun', 'sibling', 'family tie'],
  ['owner', 'manager', 'noun', 'sibling', 'job'],
  ['driver', 'passenger', 'noun', 'sibling', 'place in the vehicle'],
  ['clerk', 'employee', 'noun', 'narrower'],
  // unrelated: known words whose only common ground is too general or too far
  ['man', 'suspect', 'noun', 'unrelated'],
  ['office', 'closet', 'noun', 'unrelated'],
  ['hospital', 'station', 'noun', 'unrelated'],
  ['stairs', 'lounge', 'noun', 'unrelated'],
  ['lockout', 'lockdown', 'noun', 'unrelated'],
  ['victim', 'witness', 'noun', 'unrelated'],
  // lower case reads "march" as a walk, not the month: senses that are names come last
  ['march', 'april', 'noun', 'unrelated'],
  ['one', 'first', 'adj', 'unrelated'],
  // unknown: a word WordNet lacks, or a part of speech it does not have the word in
  ['blorptastic', 'car', 'noun', 'unknown'],
  ['rifle', 'qwxz', 'noun', 'unknown'],
  ['sedan', 'large', 'adj', 'unknown'],
  ['', 'car', 'noun', 'unknown'],
  ['break room', 'staff break room', 'noun', 'unknown'],
];

const INVERSE: Record<TermRelationKind, TermRelationKind> = {
  same: 'same', broader: 'narrower', narrower: 'broader', sibling: 'sibling', unrelated: 'unrelated', unknown: 'unknown',
};

const CASES = ROWS.map(([a, b, pos, kind, via]) => ({ a, b, pos, kind, via: via ?? '' }));

describe('termRelation', () => {
  it.each(CASES)('$a / $b ($pos) → $kind $via', ({ a, b, pos, kind, via }) => {
    const relation = termRelation(a, b, pos);
    expect(relation.kind).toBe(kind);
    if (via !== '') expect(relation.via).toBe(via);
    if (kind !== 'sibling' && kind !== 'same') expect(relation.via).toBeUndefined();
  });

  it.each(CASES)('$b / $a ($pos) → the inverse of $kind', ({ a, b, pos, kind }) => {
    expect(termRelation(b, a, pos).kind).toBe(INVERSE[kind]);
  });

  it('isSameKind is true for siblings only', () => {
    expect(isSameKind('rifle', 'handgun')).toBe(true);
    expect(isSameKind('stable', 'unstable', 'adj')).toBe(true);
    expect(isSameKind('officer', 'policeman')).toBe(false);
    expect(isSameKind('vehicle', 'car')).toBe(false);
    expect(isSameKind('man', 'suspect')).toBe(false);
  });
});

describe('the data lists', () => {
  it.each([
    ...TOO_GENERAL_HYPERNYMS.map((entry) => [entry, 'noun'] as const),
    ...EXCLUSIVE_ADJECTIVE_CLUSTERS.map((entry) => [entry, 'adj'] as const),
  ])('%s names a WordNet %s sense', (entry, pos) => {
    const [, lemma = '', letter, sense] = /^(.+)\.([na])\.(\d+)$/.exec(entry) ?? [];
    expect(letter).toBe(pos === 'noun' ? 'n' : 'a');
    const offset = senseOffsets(lemma, pos)?.[Number(sense) - 1];
    expect(offset).toBeDefined();
    expect(synsetAt(offset ?? 0, pos).words.map((word) => word.toLowerCase())).toContain(lemma);
  });
});

describe('loading', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads no dictionary file at import, only at the first query', async () => {
    const read = vi.spyOn(fs, 'readFileSync');
    // A second instance of the reader, with its own state: importing it must not read, querying must.
    const url = `../src/facts/wordnet.js?fresh=${Date.now()}`;
    const fresh = (await import(/* @vite-ignore */ url)) as typeof import('../src/facts/wordnet.js');
    expect(fresh.isLoaded('noun')).toBe(false);
    expect(read).not.toHaveBeenCalled();
    expect(fresh.senseOffsets('rifle', 'noun')?.length).toBeGreaterThan(0);
    expect(fresh.isLoaded('noun')).toBe(true);
    expect(fresh.isLoaded('adj')).toBe(false);
    expect(read.mock.calls.map(([file]) => String(file).replace(/.*[/\\]/, ''))).toEqual(['index.noun', 'data.noun']);
  });
});

describe('broad classes: words for many kinds, picked loosely', () => {
  it.each([
    ['ship', true],
    ['boat', true],
    ['car', true],
    ['ferry', false],
    ['sedan', false],
    ['rifle', false],
    ['girl', false],
    ['closet', false],
  ])('%s: %s', (lemma, broad) => {
    expect(isBroadClass(lemma)).toBe(broad);
  });
});
