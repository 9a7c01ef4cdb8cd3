/**
 * The weapon measure: what an attack was made with, read from the "with" phrase of a verb of attacking or of an
 * attacker; what it leaves (the police's arms, a shot that is a shooting, things no weapon); how two weapons compare;
 * and the whole run. Sentences made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { weapon } from '../src/facts/measures/weapon.js';
import type { TermValue } from '../src/facts/index.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const read = (text: string) => readWith('weapon', text).map((f) => (f.value as TermValue).key);

describe('weapon: what is read', () => {
  it.each([
    ['A man shot two clerks with a rifle at the depot.', ['rifle']],
    ['The woman stabbed her neighbour with a kitchen knife.', ['knife']],
    ['The robber, armed with a sawed-off shotgun, held up the bank.', ['shotgun']],
    ['A gunman with a handgun opened fire in the hall.', ['handgun']],
    ['The attacker threatened staff with a machete before fleeing.', ['machete']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Officers returned fire with their rifles.', 'the police answering are not the attacker'],
    ['A SWAT officer killed the suspect with a 100-yard shot.', 'a shot is a shooting first, and the suspect was its object'],
    ['He filled the bag with cash and left.', 'no verb of attacking'],
    ['The gunman fled with a backpack.', 'a backpack is no weapon'],
    ['The mayor spoke with a rifle club on Monday.', 'speaking is no attack'],
  ])('nothing in "%s": %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('weapon: how two compare', () => {
  const term = (key: string): TermValue => ({ type: 'term', key, written: key, kind: 'common', head: key });
  it.each([
    ['rifle', 'handgun', 'possible'],
    ['rifle', 'gun', 'agree'],
    ['knife', 'machete', 'agree'],
    ['revolver', 'pistol', 'agree'],
    ['rifle', 'rifle', 'agree'],
  ])('%s / %s: %s', (a, b, verdict) => {
    expect(weapon.compare(term(a), term(b))).toBe(verdict);
  });
});

describe('weapon through compare()', () => {
  const run = (...texts: string[]) =>
    compare(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), path: `${i}.txt`, text }))).contradictions.filter((c) => c.frame?.measure === 'weapon');

  it('marks a rifle against a handgun as possible, with both words', () => {
    const found = run(
      'A man shot two clerks with a rifle at the Dunmore depot on Sunday.\n\nHe was arrested later.',
      'The gunman opened fire with a handgun at the Dunmore depot on Sunday, killing two clerks.\n\nHe was arrested later.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.strength).toBe('possible');
    expect(found[0]!.values.map((v) => v.value)).toEqual(['rifle', 'handgun']);
  });

  it('says nothing where a source names two weapons: the attacker may have carried both', () => {
    const found = run(
      'A man shot two clerks with a rifle at the Dunmore depot on Sunday.\n\nHe then threatened a guard with a handgun.',
      'The gunman opened fire with a handgun at the Dunmore depot on Sunday, killing two clerks.\n\nHe was arrested later.',
    );
    expect(found).toEqual([]);
  });
});
