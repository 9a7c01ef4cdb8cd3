/**
 * Two measures of words, not figures: where the story's journey was going (destination) and the colour of a thing
 * of the story. Read in several wordings, left unread where they do not apply, and compared through compare().
 */
import { describe, expect, it } from 'vitest';
import type { TypedFact } from '../src/facts/index.js';
import { colour } from '../src/facts/measures/colour.js';
import { destination } from '../src/facts/measures/destination.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

describe('destination: what is read', () => {
  const described = (f: TypedFact) => destination.words(f.value);
  it.each([
    ['The coach was headed to Memphis with 40 pensioners aboard.', ['Memphis']],
    ['The group was bound for Nashville, the organiser said.', ['Nashville']],
    ['The plane was en route to Savannah when it lost power.', ['Savannah']],
    ['The family were on their way to Jacksonville, Florida, for a wedding.', ['Jacksonville']],
  ])('%s', (text, expected) => {
    expect(readWith('destination', text).map(described)).toEqual(expected);
  });

  it.each([
    ['The coach was headed to the coast.', 'no place by name'],
    ['The storm is heading for Florence Nightingale Hospital.', 'a name WordNet does not know as a place'],
    ['They then headed to Atlanta for the night.', 'a later leg of the trip'],
    ['She is on the way to recovery.', 'no journey'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('destination', text)).toEqual([]);
  });
});

describe('colour: what is read', () => {
  const described = (f: TypedFact) => `${f.subject.id} ${colour.words(f.value)}`;
  it.each([
    ['The driver swerved to avoid a white pickup truck.', ['thing:pickup white']],
    ['The bus swerved to avoid a red pick-up truck.', ['thing:pickup red']],
    ['He fled in a maroon Chevrolet Malibu.', ['thing:chevrolet maroon']],
    ['Police are looking for a dark blue sedan.', ['thing:sedan dark blue']],
  ])('%s', (text, expected) => {
    expect(readWith('colour', text).map(described)).toEqual(expected);
  });

  it.each([
    ['Witnesses described a black man in his 20s.', 'a person'],
    ['The film was shot in black and white.', 'two colours of one thing'],
    ['The team wore red.', 'no thing after the colour'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('colour', text)).toEqual([]);
  });

  it.each([
    ['maroon', 'red', 'agree'],
    ['silver', 'grey', 'agree'],
    ['black', 'maroon', 'conflict'],
    ['white', 'red', 'conflict'],
  ])('%s / %s: %s', (a, b, verdict) => {
    const [x] = readWith('colour', `A ${a} van was seen.`);
    const [y] = readWith('colour', `A ${b} van was seen.`);
    expect(colour.compare(x!.value, y!.value)).toBe(verdict);
  });
});

describe('destination and colour through compare()', () => {
  const run = (a: string, b: string) =>
    compare([
      { id: 'a', path: 'a.txt', text: a },
      { id: 'b', path: 'b.txt', text: b },
    ]).contradictions.filter((c) => c.frame?.measure === 'destination' || c.frame?.measure === 'colour');

  it('reports two destinations and two colours of one vehicle, worded apart', () => {
    const found = run(
      'A charter bus carrying 30 retirees overturned on Interstate 40 on Saturday.\n\nThe group was headed to Memphis for a concert.\n\nThe driver swerved to avoid a white pickup truck, troopers said.',
      'Thirty pensioners were hurt when their coach crashed in Tennessee.\n\nThey had been bound for Nashville, the organiser said.\n\nWitnesses said the coach veered after a red pickup cut across its lane.',
    );
    expect(found.map((c) => [c.frame!.measure, c.values.map((v) => v.value)])).toEqual([
      ['colour', ['white', 'red']],
      ['destination', ['Memphis', 'Nashville']],
    ]);
  });

  it('says nothing where one outlet gives two colours for the word', () => {
    const found = run(
      'A white van and a red van were parked outside the bank.',
      'Police found a white van near the bank on Friday.',
    );
    expect(found).toEqual([]);
  });
});
