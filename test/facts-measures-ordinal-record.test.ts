import { describe, expect, it } from 'vitest';
import type { FactValue, QuantityValue, RecordValue } from '../src/facts/index.js';
import { extractFacts, frameFacts, nameKey, parseSentence } from '../src/extract/index.js';
import { compareTypedFacts, type TypedFact } from '../src/facts/index.js';
import { compare } from '../src/pipeline.js';
import { ordinal } from '../src/facts/measures/ordinal.js';
import { record } from '../src/facts/measures/record.js';
import { readWith } from './helpers/typed-facts.js';

describe('ordinal: which one of its kind the event is, or the round of a one-time moment', () => {
  it.each([
    { text: 'Kowalski retained his WBC title for the fourth time on Saturday.', attribute: 'count|title defence', subject: who('Kowalski'), n: 4 },
    { text: "Kowalski's fifth title defence ended in a draw.", attribute: 'count|title defence', subject: who('Kowalski'), n: 5 },
    { text: 'Kowalski made the fifth defense of his heavyweight crown.', attribute: 'count|title defence', subject: who('Kowalski'), n: 5 },
    // A relative clause after the noun is no part of what is counted ("the belt he won").
    { text: 'Kowalski made the fifth defense of the belt he won in Leeds.', attribute: 'count|title defence', subject: who('Kowalski'), n: 5 },
    { text: 'The referee stopped the fight in the sixth round.', attribute: 'period|round|stoppage', subject: 'event', n: 6 },
    { text: 'Jones was knocked out in round six.', attribute: 'period|round|stoppage', subject: 'event', n: 6 },
    { text: 'Kowalski won by a sixth-round knockout.', attribute: 'period|round|stoppage', subject: 'event', n: 6 },
    { text: 'It was the fifth straight win for the home side.', attribute: 'count|straight win', subject: 'event', n: 5 },
    { text: 'That made it their fifth consecutive victory.', attribute: 'count|straight win', subject: 'event', n: 5 },
    { text: 'It was the second-deadliest mass shooting in state history.', attribute: 'rank|deadliest mass shooting in state history', subject: 'event', n: 2 },
    { text: 'The club made him the third coach to be fired this season.', attribute: 'count|coach fired', subject: 'event', n: 3 },
  ])('$text -> $attribute', ({ text, attribute, subject, n }) => {
    const facts = readWith('ordinal', text);
    expect(facts.map((f) => [f.attribute.id, f.subject.id])).toEqual([[attribute, subject]]);
    expect((facts[0]!.value as QuantityValue).min).toBe(n);
  });

  it('keeps an acronym\'s capitals in the label, not in the key', () => {
    const facts = readWith('ordinal', 'He became the fifth NBA coach fired this season.');
    expect(facts.map((f) => [f.attribute.id, f.attribute.label])).toEqual([['count|nba coach fired', 'which NBA coach fired']]);
  });

  it.each([
    { name: 'a member of a set', text: 'The third victim was taken to hospital.' },
    { name: 'a place', text: 'She lives on the third floor of the building.' },
    { name: 'another time, not which one', text: 'He heard the noise for a second time.' },
    { name: 'a knockdown, which may come in several rounds', text: 'Jones went down in the sixth round.' },
    { name: 'another fight', text: 'On the undercard, Lee stopped Park in the third round.' },
    { name: 'a count within another span', text: 'He was suspended for the second time in two months.' },
    { name: 'a first', text: 'The club reached the final for the first time.' },
    { name: 'a round with no one-time moment', text: 'Both men traded jabs in the fourth round.' },
  ])('no ordinal: $name', ({ text }) => {
    expect(readWith('ordinal', text)).toEqual([]);
  });

  it('sets a round of another year apart', () => {
    const [fact] = readWith('ordinal', 'In 2008, Kowalski stopped Jones in the 11th round.');
    expect(fact!.scope).toEqual({ era: '2008' });
  });

  it('words an ordinal as people write it', () => {
    expect(ordinal.words(q(5))).toBe('fifth');
    expect(ordinal.words(q(58))).toBe('58th');
    expect(ordinal.words(q(2292))).toBe('2292nd');
  });

  it.each([
    { a: q(5), b: q(6), verdict: 'conflict' },
    { a: q(5), b: q(5), verdict: 'agree' },
  ])('$a.min vs $b.min: $verdict', ({ a, b, verdict }) => {
    expect(ordinal.compare(a, b)).toBe(verdict);
  });
});

describe('record: a win-loss record of the person or team named before it', () => {
  it.each([
    { text: 'Kowalski (45-1, 33 KOs) returned to the ring.', subject: who('Kowalski'), value: '45-1', scope: {}, knockouts: 33 },
    { text: "Jones, 53-3, 47 KO's, won easily.", subject: who('Jones'), value: '53-3', scope: {}, knockouts: 47 },
    { text: 'The win improved Kowalski to 53-3 with 47 knockouts.', subject: who('Kowalski'), value: '53-3', scope: { moment: 'after' }, knockouts: 47 },
    { text: 'Kowalski entered the fight at 52-3.', subject: who('Kowalski'), value: '52-3', scope: { moment: 'before' }, knockouts: undefined },
    { text: 'The Hawks are 9-14 after a loss to Boston.', subject: who('Hawks'), value: '9-14', scope: {}, knockouts: undefined },
    { text: 'Coach Carl Brown compiled a 122-147 record in three seasons.', subject: who('Carl Brown'), value: '122-147', scope: { span: 'tenure' }, knockouts: undefined },
    { text: 'Coach Carl Brown is 284-286 lifetime.', subject: who('Carl Brown'), value: '284-286', scope: { span: 'career' }, knockouts: undefined },
    { text: 'Carl Brown came to Denver from Portland, where he was 162-139.', subject: who('Carl Brown'), value: '162-139', scope: { place: 'portland' }, knockouts: undefined },
  ])('$text', ({ text, subject, value, scope, knockouts }) => {
    const facts = readWith('record', text);
    const records = facts.filter((f) => f.attribute.id === 'record');
    expect(records.map((f) => [f.subject.id, record.words(f.value)])).toEqual([[subject, value]]);
    expect(records[0]!.scope).toEqual(scope);
    expect(facts.filter((f) => f.attribute.id === 'knockouts').map((f) => (f.value as QuantityValue).min)).toEqual(knockouts === undefined ? [] : [knockouts]);
  });

  it.each([
    { name: 'a final score', text: 'The Hawks beat Boston 98-87 on Friday.' },
    { name: 'a lead', text: 'Duke took a 46-28 lead at halftime.' },
    { name: 'a stretch', text: 'The Hawks went on a 19-7 run in the second half.' },
    { name: 'a stretch since another moment', text: 'Jones has gone 4-2-1 since 2005.' },
    { name: 'the score of a game under way', text: 'Vidal saved a match point with Okoro serving at 4-5, 30-40.' },
    { name: 'a point score on serve', text: 'At 5-4 in the decider he had Okoro at 30-40 on serve.' },
    { name: 'years', text: 'Brown coached the national team from 1979-90.' },
    { name: 'a vote', text: 'The court ruled 5-4 against the city.' },
  ])('no record: $name', ({ text }) => {
    expect(readWith('record', text).filter((f) => f.attribute.id === 'record')).toEqual([]);
  });

  const r = (wins: number, losses: number, draws?: number): RecordValue => ({ type: 'record', wins, losses, ...(draws !== undefined ? { draws } : {}) });
  it.each([
    { name: 'a win apart (maybe before and after a fight)', a: r(53, 3), b: r(52, 3), verdict: 'possible' },
    { name: 'records no games between can join', a: r(122, 147), b: r(162, 139), verdict: 'conflict' },
    { name: 'draws left out', a: r(45, 7, 2), b: r(45, 7), verdict: 'agree' },
    { name: 'the same record', a: r(45, 1), b: r(45, 1), verdict: 'agree' },
  ])('$name: $verdict', ({ a, b, verdict }) => {
    expect(record.compare(a, b)).toBe(verdict);
    expect(record.compare(b, a)).toBe(verdict);
  });
});

describe('records and counts across the run', () => {
  const fact = (source: string, subject: string, wins: number): TypedFact => ({
    measure: 'record',
    subject: { id: `name:${subject}`, label: subject },
    attribute: { id: 'record', label: 'win-loss record' },
    value: { type: 'record', wins, losses: 3 },
    scope: {},
    evidence: { source, sentence: 0, line: 1, text: '', span: [0, 0], words: `${wins}-3` },
  });

  it('compares the records of one person whatever the spelling of the name', () => {
    const { contradictions } = compareTypedFacts([fact('a', 'klitschko', 53), fact('b', 'klitchsko', 52), fact('c', 'klitschko', 52)], () => 'c1');
    expect(contradictions.map((c) => c.values.map((v) => [v.source, v.value]))).toEqual([
      [
        ['a', '53-3'],
        ['b', '52-3'],
        ['c', '52-3'],
      ],
    ]);
  });

  it('keeps the records of two people apart', () => {
    expect(compareTypedFacts([fact('a', 'klitschko', 53), fact('b', 'tompson', 36)], () => 'c1').table).toEqual([]);
  });

  it('leaves a win-loss record out of the counts of the extract stage ("a 9-14 record" is no range of records)', () => {
    const text = 'The Hawks slumped to a 9-14 record after an 18-30 start.';
    const parsed = parseSentence(text);
    const framed = frameFacts(extractFacts({ source: 'a', line: 1, text, index: 0 }, {}, parsed), parsed);
    expect(framed.filter((f) => f.frame !== undefined)).toEqual([]);
  });
});

/** The subject id of a person named so, as the measures give it (the last word of the name's key). */
function who(name: string): string {
  return `name:${nameKey(name).split(' ').pop()}`;
}

function q(n: number): FactValue {
  return { type: 'quantity', min: n, max: n, unit: 'ordinal' };
}

describe('a fighter record read once', () => {
  it('counts of knockouts in a record are wins by knockout, not a count of the story', () => {
    const sources = [
      { id: 'a', path: 'a.txt', text: 'Dario Voss, 41-2 with 30 knockouts, stopped Ivo Brandt in the sixth round on Saturday.\nThe crowd cheered.' },
      { id: 'b', path: 'b.txt', text: 'Voss, 41-2 with 30 knockouts, stopped Brandt in the sixth round on Saturday.\nThe crowd cheered.' },
    ];
    const labels = compare(sources).factTable.map((row) => row.frame.label);
    expect(labels.some((l) => l.startsWith('wins by knockout'))).toBe(true);
    expect(labels.filter((l) => /number of knockouts|knockouts /.test(l))).toEqual([]);
  });
});
