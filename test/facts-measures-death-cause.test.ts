/**
 * The cause-of-death measure: a cause tied to a death in several wordings, whose it is, what it leaves unread, how
 * two causes compare, and two outlets' causes through compare().
 */
import { describe, expect, it } from 'vitest';
import type { TermValue, TypedFact } from '../src/facts/index.js';
import { deathCause } from '../src/facts/measures/death-cause.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.subject.id} ${deathCause.words(f.value)}`;

describe('cause of death: what is read', () => {
  it.each([
    ['Ines Marlow died of pneumonia on Sunday.', ['name:marlov pneumonia']],
    ['Ines Marlow, the author of six novels, died of cancer.', ['name:marlov cancer']],
    ['Ines Marlow succumbed to complications from a heart attack.', ['name:marlov heart attack']],
    ['Ines Marlow died peacefully after a long battle with leukemia.', ['name:marlov leukemia']],
    ['He died from his injuries at the hospital.', ['person injuries']],
    ['Tom Reyes passed away following a stroke.', ['name:reies stroke']],
  ])('%s', (text, expected) => {
    expect(readWith('death-cause', text).map(described)).toEqual(expected);
  });

  it.each([
    ['Ines Marlow died of natural causes.', 'no illness named'],
    ['Ines Marlow died in the blast.', 'the happening, not a cause after "of"'],
    ['Ines Marlow died of the cold at the station.', 'a cold as weather is no illness in its common senses'],
    ['The death of Ines Marlow shocked the town.', 'no cause'],
    ['Ines Marlow died of complications.', 'complications of nothing named'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('death-cause', text)).toEqual([]);
  });
});

describe('cause of death: verdicts', () => {
  const cause = (key: string): TermValue => ({ type: 'term', key, written: key, kind: 'common', head: key.split(' ').pop()! });
  it.each([
    { a: 'cancer', b: 'lung cancer', verdict: 'agree', why: 'one names the other more closely' },
    { a: 'injury', b: 'wound', verdict: 'agree', why: 'a wound is an injury' },
    { a: 'pneumonia', b: 'heart attack', verdict: 'possible', why: 'one illness may follow another' },
    { a: 'stroke', b: 'stroke', verdict: 'agree', why: 'one cause' },
  ])('$verdict: $a / $b ($why)', ({ a, b, verdict }) => {
    expect(deathCause.compare(cause(a), cause(b))).toBe(verdict);
  });
});

describe('cause of death through compare()', () => {
  it('reports two causes of one named death as possibly in conflict, with both words', () => {
    const report = compare([
      { id: 'a', path: 'a.txt', text: 'Ines Marlow died of pneumonia on Sunday, her family said.' },
      { id: 'b', path: 'b.txt', text: 'Ines Marlow died of a heart attack on Sunday, her agent said.' },
    ]);
    const found = report.contradictions.find((c) => c.frame?.measure === 'death-cause');
    expect(found?.strength).toBe('possible');
    expect(found?.values.map((v) => v.value).sort()).toEqual(['heart attack', 'pneumonia']);
  });

  it('says nothing where one outlet only names the cause more closely', () => {
    const report = compare([
      { id: 'a', path: 'a.txt', text: 'Ines Marlow died of cancer on Sunday, her family said.' },
      { id: 'b', path: 'b.txt', text: 'Ines Marlow died of lung cancer on Sunday, her agent said.' },
    ]);
    expect(report.contradictions.filter((c) => c.frame?.measure === 'death-cause')).toEqual([]);
  });
});
