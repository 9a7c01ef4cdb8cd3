/**
 * The time-of-day measure: which moment of the happening a time dates (its start, its end, an arrest, the alarm),
 * what it abstains from (a gathering's hour, a scheduled time, a conversion in brackets), how two readings compare,
 * and runs through `compare()`.
 */
import { describe, expect, it } from 'vitest';
import type { ClockValue, TypedFact } from '../src/facts/index.js';
import { timeOfDay } from '../src/facts/measures/time-of-day.js';
import { compare } from '../src/pipeline.js';
import { readAll, readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.attribute.id} ${timeOfDay.words(f.value)}`;

describe('time of day: the moment a time dates', () => {
  it.each([
    ['The attack came at 3.45pm on Tuesday.', ['time|start 15:45']],
    ['The fire broke out on the roof at 9pm on Friday.', ['time|start 21:00']],
    ['The shooting happened in the parking lot at about 3:30 a.m.', ['time|start about 03:30']],
    ['It took place at 7:37 AM local time.', ['time|start 07:37 local time']],
    ['The quake struck at 0737 GMT, the survey said.', ['time|start 07:37 GMT']],
    ['The bout ended at 03:52 Astana time on Sunday.', ['time|end 03:52 Astana time']],
    ['The launch began at 9 a.m. Eastern Standard Time.', ['time|start 09:00 Eastern Standard time']],
    ['Three shells hit a school in the north of the crowded camp at about 3pm.', ['time|start about 15:00']],
    ['The standoff ended at 7:02 a.m. when officers shot the gunman.', ['time|end 07:02']],
    ['The bomb went off at 10:15 a.m. near the market.', ['time|start 10:15']],
    ['The suspect was arrested at 11:40 p.m. in a nearby house.', ['time|arrest 23:40']],
    ['Police were alerted to the blaze at 8.49pm.', ['time|alarm 20:49']],
    ['Officers responded to the club at 2:20 a.m.', ['time|alarm 02:20']],
    ['The 911 call came in at 2:15 a.m., police said.', ['time|alarm 02:15']],
    ['The arrest came at 11:40 p.m. after a chase.', ['time|arrest 23:40']],
    ['The shooting happened at 2:10 a.m. outside the bar.', ['time|start 02:10']],
    ['The action began at 11am when the crew sent a distress call.', ['time|alarm 11:00']],
    ['The quake struck at 13:53 (10:23 GMT).', ['time|start 13:53']],
    ['The shooting happened shortly after 3:30 p.m. on the porch.', ['time|start after 15:30']],
    ['Police said the gunman opened fire at 1:13 a.m.', ['time|start 01:13']],
    ['The shooting, which police said was gang related, happened at 2 a.m.', ['time|start 02:00']],
    // A happening told after a verb of no moment does not take that verb's time; a verb of a capsize dates its own.
    ['The ferry left port at 1:45 p.m. and overturned around 2:30 p.m. in high waves.', ['time|start about 14:30']],
    ['The barge flipped at 4:10 a.m., the coast guard said.', ['time|start 04:10']],
    // What led up to the event starts when it starts, not the event.
    ['A fight broke out inside the club around 1:15 a.m.', []],
    ['The argument began shortly after midnight, police said.', []],
  ])('%s', (text, expected) => {
    expect(readWith('time', text).map(described)).toEqual(expected);
  });

  it.each([
    ['Police will hold a news conference at 2 p.m. about the shooting.', 'the hour of a gathering'],
    ['The coroner said autopsies will begin at 8 a.m.', 'a scheduled time'],
    ['A vigil planned for 7 p.m. will remember the victims of the blast.', 'the hour of a vigil'],
    ['The minister spoke to reporters at 10 a.m. in the capital.', 'a time of no moment of the happening'],
    ['Earlier this year, a gunman opened fire at 9 p.m. in another town.', 'another incident'],
    ['He scored the winning basket with 7:41 left in the first half.', 'a game clock'],
    ['The cables were cut between 07:28 and 08:06 on Friday.', 'the ends of a span'],
    ['The fight was stopped 2:56 into the sixth round.', 'a game clock'],
    ['Officers spotted the suspect running from the shooting scene at 4:10 p.m.', 'a nearer verb of no moment (spotted, running)'],
    ['The boy was hit in the chest and died just after midnight.', 'a death, not the start'],
    ['She was wounded in the attack and taken to hospital at about 2 a.m.', 'a nearer verb of no moment (taken)'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('time', text)).toEqual([]);
  });
});

describe('time of day: verdicts', () => {
  const at = (hh: number, mm: number, extra: Partial<ClockValue> = {}): ClockValue => ({ type: 'clock', seconds: (hh * 60 + mm) * 60, ...extra });
  it.each([
    { a: at(15, 45), b: at(15, 0, { approx: true }), verdict: 'possible', why: 'a reading to the minute against a round hedged hour' },
    { a: at(2, 17, { approx: true }), b: at(2, 20, { approx: true }), verdict: 'possible', why: 'two hedged readings to the minute' },
    { a: at(6, 12), b: at(6, 30), verdict: 'possible', why: 'a half hour covers five minutes either side' },
    { a: at(7, 15), b: at(7, 2), verdict: 'conflict', why: 'two readings to the minute' },
    { a: at(15, 0, { approx: true }), b: at(14, 53), verdict: 'agree', why: '"about 3pm" covers twenty minutes either side' },
    { a: at(0, 0, { side: 'after' }), b: at(0, 30), verdict: 'agree', why: '"shortly after midnight" reaches half past' },
    { a: at(7, 37, { zone: 'gmt' }), b: at(7, 37, { zone: 'local' }), verdict: 'possible', why: 'one reading in two named zones' },
    { a: at(10, 23, { zone: 'gmt' }), b: at(13, 53, { zone: 'local' }), verdict: 'agree', why: 'two zones, offset unknown' },
    { a: at(10, 23, { zone: 'gmt' }), b: at(13, 53), verdict: 'agree', why: 'GMT against an unnamed zone, a whole number of half hours away' },
    { a: at(14, 20, { zone: 'gmt' }), b: at(12, 55), verdict: 'conflict', why: 'GMT against an unnamed zone, a gap no zone offset makes' },
    { a: at(14, 20, { zone: 'gmt' }), b: at(13, 0), verdict: 'agree', why: 'a round hour in an unnamed zone may be local time rounded' },
    { a: at(12, 47, { zone: 'ET' }), b: at(18, 47), verdict: 'agree', why: 'any named zone against an unnamed one, six hours apart' },
    { a: at(3, 52, { zone: 'astana' }), b: at(22, 52), verdict: 'agree', why: 'a place\'s clock against an unnamed zone, five hours apart' },
    { a: at(7, 37, { zone: 'local' }), b: at(8, 37), verdict: 'conflict', why: 'local time against an unnamed zone: both the place\'s clock' },
  ])('$verdict: $why', ({ a, b, verdict }) => {
    expect(timeOfDay.compare(a, b)).toBe(verdict);
    expect(timeOfDay.compare(b, a)).toBe(verdict);
  });
});

describe('time of day through compare()', () => {
  const source = (id: string, text: string) => ({ id, path: `${id}.txt`, text });
  const timeDisputes = (sources: ReturnType<typeof source>[]) => compare(sources).contradictions.filter((c) => c.frame?.measure === 'time');

  it('compares the start with the start and the end with the end', () => {
    const found = timeDisputes([
      source('a', 'A gunman opened fire on a street in Dorville on Monday.\n\nThe shooting began at 6:12 a.m., police said.\n\nThe standoff ended at 7:15 a.m.'),
      source('b', 'Shots rang out in Dorville on Monday morning.\n\nThe shooting began about 6:30 a.m., witnesses said.\n\nIt ended at 7:15 a.m. when officers shot the man.'),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.frame?.label).toBe('time it began');
    expect(found[0]!.reason).toContain('time it began');
    expect(found[0]!.values.map((v) => v.value)).toEqual(['06:12', 'about 06:30']);
  });

  it.each([
    {
      why: 'a weekday with its capital',
      texts: [
        'A gunman opened fire on a street in Dorville on Monday.\n\nThe shooting began at 6:12 a.m. on Monday, police said.',
        'Shots rang out in Dorville on Monday.\n\nThe shooting began about 6:30 a.m. Monday, witnesses said.',
      ],
      label: 'time it began (Monday)',
    },
    {
      why: 'a day of a month as people write it',
      texts: [
        'The shooting happened at 6:15 p.m. Jan. 29 on Clarke Street.',
        'Police said the shooting happened at 6:40 p.m. on Jan. 29 on Clarke Street.',
      ],
      label: 'time it began (January 29)',
    },
  ])('names the day of a question: $why', ({ texts, label }) => {
    const rows = compare(texts.map((text, i) => source('ab'[i]!, text))).factTable.filter((row) => row.frame.measure === 'time');
    expect(rows.map((row) => row.frame.label)).toEqual([label]);
  });

  it.each([
    {
      why: 'two named weekdays',
      texts: ['A strong quake struck the island on Sunday at 17:06.', 'A second quake struck the island on Monday at 5:11 p.m.'],
    },
    {
      why: 'a day of a month and a weekday: without the year, they may be two days',
      texts: [
        'Dispatch records show the shooting happened at 6:15 p.m. Jan. 29 on Clarke Street.',
        'A shooting happened at 2:30 a.m. Sunday on Clarke Street.',
      ],
    },
  ])('keeps times of two named days apart: $why', ({ texts }) => {
    expect(timeDisputes(texts.map((text, i) => source('ab'[i]!, text)))).toEqual([]);
  });
});

describe('one stretch of words, one reading', () => {
  it.each([
    ['The referee stopped the fight at 2:56 of the sixth round.', ['clock 2:56']],
    ['The referee stopped the bout at 1:40 into the third round on Saturday.', ['clock 1:40 into']],
    ['The shooting happened at 2:56 p.m. outside the club.', ['time 2:56 p.m.']],
  ])('%s', (text, expected) => {
    expect(readAll(text).filter((r) => r.startsWith('clock') || r.startsWith('time'))).toEqual(expected);
  });
});
