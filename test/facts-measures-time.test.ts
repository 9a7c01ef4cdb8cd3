import { describe, expect, it } from 'vitest';
import type { ClockValue, QuantityValue } from '../src/facts/index.js';
import { gerund } from '../src/language/en/inflect.js';
import { gameClockVerdict } from '../src/facts/measures/clock.js';
import { spanVerdict } from '../src/facts/measures/duration.js';
import { extractFacts, frameFacts, parseSentence } from '../src/extract/index.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const DAY = 1;
const WEEK = 7;

describe('duration: a span between the event and another happening, or how long one lasted', () => {
  it.each([
    { text: 'Deputy Ray Mendel married his longtime partner two weeks before the shooting.', attribute: 'span|marry|before', min: 2 * WEEK, approx: false },
    { text: 'Mendel had wed about three weeks before he was killed.', attribute: 'span|marry|before', min: 2.5 * WEEK, approx: true },
    { text: 'The officer, who got married 15 days ago, leaves two sons.', attribute: 'span|marry|before', min: 12, approx: true },
    { text: 'The singer died nine days after suffering a stroke.', attribute: 'span|stroke|before', min: 9, approx: false },
    { text: 'She suffered a heart attack a week earlier and never woke up.', attribute: 'span|heart attack|before', min: 3.5, approx: true },
    { text: 'A heart attack she suffered almost three weeks ago led to her death.', attribute: 'span|heart attack|before', min: 14.5, approx: true },
    { text: 'Police arrested the suspect three hours after the shooting.', attribute: 'span|arrest|after', min: 3 / 24, approx: false },
    { text: 'Three hours later, deputies arrested him at a motel.', attribute: 'span|arrest|after', min: 3 / 24, approx: true },
    { text: 'The gunman surrendered after a four-hour standoff.', attribute: 'length|standoff', min: 4 / 24, approx: false },
    { text: 'The standoff, which lasted five hours, ended peacefully.', attribute: 'length|standoff', min: 5 / 24, approx: false },
    { text: 'He gave himself up after two hours of negotiations.', attribute: 'length|standoff', min: 2 / 24, approx: false },
    { text: 'Jurors deliberated for less than a day.', attribute: 'length|deliberate', min: 0, approx: false },
    // "The fire" after a determiner is the blaze, however the fight with it is worded; "exchanged fire" is gunfire.
    { text: 'Firefighters fought the fire for nine hours.', attribute: 'length|blaze', min: 9 / 24, approx: false },
    { text: 'Firefighters battled the blaze for six hours.', attribute: 'length|blaze', min: 6 / 24, approx: false },
    { text: 'Police and the gunman exchanged fire for 30 minutes.', attribute: 'length|exchange', min: 30 / 1440, approx: false },
    { text: 'Orozco was sentenced to 12 years in prison.', attribute: 'length|sentence', min: 12 * 365.25, approx: false },
    { text: 'The judge gave Orozco a 10-year sentence.', attribute: 'length|sentence', min: 10 * 365.25, approx: false },
    // A term in prison written as news writes it: after a weekday, in a named prison, as imprisonment, in two units.
    { text: 'Orozco was sentenced Wednesday to 97 months in federal prison.', attribute: 'length|sentence', min: 97 * 30.44, approx: false },
    { text: "Orozco was sentenced to 87 months' imprisonment.", attribute: 'length|sentence', min: 87 * 30.44, approx: false },
    { text: 'Orozco will spend seven years and three months in prison.', attribute: 'length|sentence', min: 87 * 30.44, approx: false },
    { text: 'One victim died about seven hours after the shooting.', attribute: 'span|death|after', min: 6.5 / 24, approx: true },
    // A participle after the span is what lasted: "after 70 hours trapped", "spent three days stranded".
    { text: 'The miners were freed after nearly 70 hours trapped underground.', attribute: 'length|trap', min: 69.5 / 24, approx: true },
    { text: 'The crew spent three days stranded on the ice.', attribute: 'length|strand', min: 3, approx: false },
  ])('$text -> $attribute', ({ text, attribute, min, approx }) => {
    const facts = readWith('duration', text);
    expect(facts.map((f) => f.attribute.id)).toEqual([attribute]);
    const value = facts[0]!.value as QuantityValue;
    expect(value.min).toBeCloseTo(min, 5);
    expect(value.approx === true).toBe(approx);
  });

  it('reads a term given to someone unnamed as theirs, compared within one claim only (one of several defendants?)', () => {
    const [fact] = readWith('duration', 'He was sentenced to 12 years in prison.');
    expect(fact?.subject.id).toBe('person');
    expect(fact?.alignedOnly).toBe(true);
  });

  it.each([
    { text: 'Jurors deliberated for less than a day.', label: 'length of the deliberations' },
    { text: 'Volunteers searched for three days.', label: 'time spent searching' },
    { text: 'Access to the casino was restricted for roughly 90 minutes.', label: 'how long it was restricted' },
    { text: 'The road was briefly closed for two hours.', label: 'how long it was closed' },
    { text: 'The miners were freed after 70 hours trapped underground.', label: 'how long it was trapped' },
  ])('labels "$text" as $label', ({ text, label }) => {
    expect(readWith('duration', text).map((f) => f.attribute.label)).toEqual([label]);
  });

  it.each([
    { name: 'a career', text: 'He had worked for the county for 15 years.' },
    { name: 'a career, as a title', text: 'The 15-year veteran was respected by his colleagues.' },
    { name: 'an age', text: 'A 16-year-old boy was hurt in the crash.' },
    { name: 'an age, in words', text: 'Her son, 16 years old, saw the whole thing.' },
    { name: 'a rate', text: 'He earned $80,000 a year at the plant.' },
    { name: 'the days since the story itself', text: 'The shooting two days ago shocked the town.' },
    { name: 'a state up to the time of writing', text: 'She had been in hospital for three weeks with pneumonia.' },
    { name: 'a span of a report', text: 'The mayor said two days ago that he would resign.' },
    { name: 'a span a count is within', text: 'They met for the first time in over a year.' },
    { name: 'a vague span', text: 'He had tried to kill another man a few days earlier.' },
    { name: 'several sentences', text: 'Orozco was serving three 10-year sentences.' },
    { name: 'a term that may be given', text: 'Orozco faces up to 20 years in prison.' },
    { name: 'a term asked for', text: 'Prosecutors had asked for a sentence of 108 months.' },
    { name: 'an ordinal', text: 'She heard the noise for a second time.' },
    { name: 'a part of a longer span', text: 'He scored 17 points in the first eight minutes of the game.' },
    { name: 'a genitive', text: 'He was paid $80 for four hours’ work.' },
    { name: 'a range', text: 'The calm lasted five-six months.' },
    { name: 'a state', text: 'She was outside for nine minutes before coming back.' },
    { name: 'another event dated from this one', text: 'The shooting came six weeks after a massacre in Orlando.' },
    { name: 'an open verb with no anchor written', text: 'Two minutes later, officers heard more shots.' },
  ])('no span of one happening: $name', ({ text }) => {
    expect(readWith('duration', text)).toEqual([]);
  });

  it('labels the happening in plain words', () => {
    expect(readWith('duration', 'Mendel married two weeks before the shooting.')[0]!.attribute.label).toBe('time from the wedding to the event');
    expect(readWith('duration', 'He bought the rifle two weeks before the attack.')[0]!.attribute.label).toBe('time from buying to the event');
    expect(readWith('duration', 'He was arrested two days after the robbery.')[0]!.attribute.label).toBe('time from the event to the arrest');
  });

  const span = (min: number, max: number, approx = false, amount = min, unit = 'day'): QuantityValue => ({ type: 'quantity', min, max, unit: 'day', ...(approx ? { approx } : {}), stated: { amount, unit } });
  const weeks = (n: number) => span(n * WEEK, n * WEEK, false, n, 'week');
  const weeksAgo = (n: number) => span(n * WEEK - 3, n * WEEK + 3, true, n, 'week');
  it.each([
    { name: 'two weeks vs three weeks before the event', a: weeks(2), b: weeks(3), verdict: 'conflict' },
    { name: 'two weeks ago vs three weeks before (publication dates differ)', a: weeksAgo(2), b: weeks(3), verdict: 'possible' },
    { name: '12 days ago vs 11 days ago (a day of publication apart)', a: span(9, 15, true, 12), b: span(8, 14, true, 11), verdict: 'agree' },
    { name: 'two weeks vs 14 days', a: weeks(2), b: span(14, 14), verdict: 'agree' },
    { name: 'two weeks vs 15 days (rounded to weeks)', a: weeks(2), b: span(15, 15), verdict: 'agree' },
    { name: 'a week vs nine days', a: span(3.5, 10.5, true, 1, 'week'), b: span(9, 9), verdict: 'agree' },
    { name: 'nine days vs almost three weeks ago', a: span(9, 9), b: span(14.5, 24, true, 3, 'week'), verdict: 'possible' },
    { name: 'less than a day vs four hours', a: span(0, DAY, false, 1), b: span(4 / 24, 4 / 24, false, 4, 'hour'), verdict: 'agree' },
    { name: 'less than a day vs two days', a: span(0, DAY, false, 1), b: span(2, 2), verdict: 'conflict' },
    { name: 'more than a week ago vs nine days', a: span(4, Number.POSITIVE_INFINITY, true, 1, 'week'), b: span(9, 9), verdict: 'agree' },
  ])('$name: $verdict', ({ a, b, verdict }) => {
    expect(spanVerdict(a, b)).toBe(verdict);
    expect(spanVerdict(b, a)).toBe(verdict);
  });

  it.each([
    ['marry', 'marrying'], ['die', 'dying'], ['stop', 'stopping'], ['deliberate', 'deliberating'], ['visit', 'visiting'],
    ['admit', 'admitting'], ['flee', 'fleeing'], ['fix', 'fixing'], ['buy', 'buying'],
  ])('the gerund of %s is %s', (verb, form) => {
    expect(gerund(verb)).toBe(form);
  });
});

describe('clock: the game clock at a one-time moment of a game or a fight', () => {
  it.each([
    { text: 'Smith broke the school record with 7:41 left in the first half.', attribute: 'clock|record', seconds: 461, reading: 'left', period: { kind: 'half', number: 1 } },
    { text: 'He set the mark with 7 minutes, 41 seconds to go.', attribute: 'clock|record', seconds: 461, reading: 'left', period: undefined },
    { text: 'The referee stopped the fight 2:56 into the sixth round.', attribute: 'clock|stoppage', seconds: 176, reading: 'played', period: { kind: 'round', number: 6 } },
    { text: 'Jones was knocked out with two seconds remaining in the sixth round.', attribute: 'clock|stoppage', seconds: 2, reading: 'left', period: { kind: 'round', number: 6 } },
    { text: 'The referee waved off the bout at 1:45 of round three.', attribute: 'clock|stoppage', seconds: 105, reading: 'at', period: { kind: 'round', number: 3 } },
    { text: 'Her game-winning basket came with 3 seconds to play.', attribute: 'clock|winner', seconds: 3, reading: 'left', period: undefined },
  ])('$text -> $attribute', ({ text, attribute, seconds, reading, period }) => {
    const facts = readWith('clock', text);
    expect(facts.map((f) => f.attribute.id)).toEqual([attribute]);
    const value = facts[0]!.value as ClockValue;
    expect(value.seconds).toBe(seconds);
    expect(value.game?.reading).toBe(reading);
    if (period !== undefined) expect(value.game?.period).toEqual(period);
  });

  it.each([
    { name: 'a time of day', text: 'The shooting began at 3:10 p.m. and police stopped traffic.' },
    { name: 'a moment that may come again (a tie)', text: 'He tied the game with 14:05 left in the first half.' },
    { name: 'a knockdown, which may come twice', text: 'Jones went down with 20 seconds left in the fifth round.' },
    { name: 'a clock with no game', text: 'The meeting was stopped at 4:15.' },
    { name: 'another fight', text: 'On the undercard, Smith stopped Jones 1:30 into the third round.' },
    { name: 'a bounded clock', text: 'The referee stopped it with less than a minute left.' },
  ])('no game clock: $name', ({ text }) => {
    expect(readWith('clock', text)).toEqual([]);
  });

  it('leaves a game clock out of the times of day of the extract stage', () => {
    const text = 'He broke the record with 7:42 left in the first half.';
    const parsed = parseSentence(text);
    const framed = frameFacts(extractFacts({ source: 'a', line: 1, text, index: 0 }, {}, parsed), parsed);
    expect(framed.filter((f) => f.frame?.measure === 'time')).toEqual([]);
  });

  const clock = (seconds: number, reading: 'left' | 'played' | 'at', kind?: string, number?: number, approx = false): ClockValue => ({
    type: 'clock',
    seconds,
    ...(approx ? { approx } : {}),
    game: { reading, ...(kind !== undefined ? { period: { kind, ...(number !== undefined ? { number } : {}) } } : {}) },
  });
  it.each([
    { name: '7:41 vs 7:42 left', a: clock(461, 'left'), b: clock(462, 'left', 'half', 1), verdict: 'conflict' },
    { name: 'the same reading', a: clock(461, 'left'), b: clock(461, 'left', 'half', 1), verdict: 'agree' },
    { name: '2:56 played vs 0:04 left of a three-minute round', a: clock(176, 'played', 'round', 6), b: clock(4, 'left', 'round'), verdict: 'agree' },
    { name: 'at 2:56 vs two seconds left (either way apart)', a: clock(176, 'at', 'round'), b: clock(2, 'left', 'round', 6), verdict: 'possible' },
    { name: 'at the 2:15 mark vs 44 seconds played (the countdown clock)', a: clock(135, 'at', 'round'), b: clock(44, 'played', 'round', 7), verdict: 'agree' },
    { name: 'one moment in different rounds', a: clock(60, 'left', 'round', 6), b: clock(60, 'left', 'round', 7), verdict: 'conflict' },
    { name: 'about 20 seconds left vs 18 seconds left', a: clock(20, 'left', 'round', 5, true), b: clock(18, 'left', 'round', 5), verdict: 'agree' },
    { name: 'time played and time left of an unknown period', a: clock(100, 'played'), b: clock(300, 'left'), verdict: 'agree' },
  ])('$name: $verdict', ({ a, b, verdict }) => {
    expect(gameClockVerdict(a, b)).toBe(verdict);
    expect(gameClockVerdict(b, a)).toBe(verdict);
  });
});

describe('durations through the pipeline', () => {
  const source = (id: string, text: string) => ({ id, path: `${id}.txt`, text });
  const report = compare([
    source('a', 'Deputy Ray Mendel was shot dead on Friday in Lakewood.\n\nMendel had married two weeks before the shooting.\n\nHe had served with the department for 15 years.'),
    source('b', 'Deputy Ray Mendel was killed on Friday in Lakewood.\n\nMendel married three weeks before he was killed.\n\nThe 15-year veteran leaves two sons.'),
    source('c', 'Deputy Ray Mendel died on Friday in Lakewood.\n\nMendel had worked for the county for three weeks short of 15 years.\n\nHis killer faces a 25-year sentence.'),
  ]);
  const spans = report.contradictions.filter((c) => c.frame?.measure === 'duration');

  it('finds the wedding dated two ways as a conflict', () => {
    expect(spans).toHaveLength(1);
    expect(spans[0]!.strength).toBe('conflict');
    expect(spans[0]!.frame!.label).toBe('time from the wedding to the event');
    expect(spans[0]!.values.map((v) => [v.source, v.value, v.unit])).toEqual([
      ['a', 2, 'week'],
      ['b', 3, 'week'],
    ]);
  });

  it('compares no career length or prison sentence with the wedding', () => {
    const rows = report.factTable.filter((row) => row.frame.measure === 'duration');
    expect(rows.flatMap((row) => row.values.map((v) => v.source))).not.toContain('c');
  });
});
