import { describe, expect, it } from 'vitest';
import { anchorDates } from '../src/extract/anchor.js';
import { extractDates, resolveWeekday } from '../src/extract/dates/index.js';
import { parseSentence } from '../src/extract/parse.js';
import type { DateFact, WeekdayFact } from '../src/extract/types.js';

type DateLike = DateFact | WeekdayFact;
type Expected = Partial<{ kind: 'date' | 'weekday'; value: string; text: string; verb: string; about: string; zone: string; weekday: string; resolved: string; relative: 'last' | 'next' }>;

function datesIn(text: string, anchor?: string): DateLike[] {
  return extractDates({ source: 'src', index: 0, line: 1, text }, parseSentence(text), anchor !== undefined ? { anchor } : {});
}

/** [what the case shows, sentence, anchor date or null, the facts expected in order (matched partially, count exact)]. */
const CASES: Array<[string, string, string | null, Expected[]]> = [
  // Full dates as ISO
  ['"April 8, 2025"', 'Zelenskiy speaks at a press conference in Kyiv, Ukraine April 8, 2025.', null, [{ kind: 'date', value: '2025-04-08', text: 'April 8, 2025' }]],
  ['"8 April 2025"', 'The capture was announced on 8 April 2025 in Kyiv.', null, [{ kind: 'date', value: '2025-04-08', text: '8 April 2025' }]],
  ['ISO date', 'The file was published 2025-04-08 by the ministry.', null, [{ kind: 'date', value: '2025-04-08' }]],
  ['US slashed date and a time', 'Posted 11/27/2005 7:21 AM', null, [{ value: '2005-11-27' }, { value: 'time:07:21', text: '7:21 AM' }]],
  ['weekday inside a full date stays with the date', 'Last Updated: Monday, 28 November 2005, 02:24 GMT', null, [{ kind: 'date', value: '2005-11-28', weekday: 'monday' }, { value: 'time:02:24', zone: 'GMT' }]],
  ['upper-case dateline', 'WEDNESDAY 03 JULY 2013', null, [{ value: '2013-07-03', weekday: 'wednesday' }]],
  ['ordinal day', 'Published: November 28th, 2005', null, [{ value: '2005-11-28' }]],
  ['abbreviated month without a year', 'Police said Kirkpatrick was let go on Dec. 11.', null, [{ value: '--12-11', text: 'Dec. 11' }]],
  ['month and day resolve with an anchor', 'Police said Kirkpatrick was let go on Dec. 11.', '2008-12-20', [{ value: '--12-11', resolved: '2008-12-11' }]],
  ['month and year', 'A quake killed more than 26,000 people in the city of Bam in December 2003.', null, [{ value: '2003-12', text: 'December 2003' }]],
  ['month and year as a modifier', 'Russia has used Iranian drones since its February 2022 invasion.', null, [{ value: '2022-02' }]],
  ['month alone after "in"', '600 were killed in the city of Zarand in February.', null, [{ value: 'month:february' }]],
  ['"may" and "March" as ordinary words', 'Putin may decide to escalate, and March is not far.', null, []],

  // Weekdays stay weekdays and attach to their verb
  ['"said on Tuesday"', 'Ukraine President Volodymyr Zelenskyy said on Tuesday that Ukrainian forces had captured two Chinese men.', null, [{ kind: 'weekday', value: 'tuesday', verb: 'say', about: 'say' }]],
  ['a hyphenated compound between verb and weekday', 'Leaders of Aravia and Kestria signed a 10-year trade agreement in Halvard on Wednesday.', null, [{ kind: 'weekday', value: 'wednesday', verb: 'sign' }]],
  ['"long-awaited" is no verb', 'The two neighbours signed a long-awaited trade agreement on Thursday in Halvard.', null, [{ kind: 'weekday', value: 'thursday', verb: 'sign' }]],
  ['weekday before its verb', 'The United States on Tuesday expressed concern after reports emerged.', null, [{ kind: 'weekday', value: 'tuesday', verb: 'express' }]],
  ['a weekday in a relative clause is its verb\'s', 'The toll from the quake that struck the valley early Wednesday has risen to 13.', null, [{ kind: 'weekday', value: 'wednesday', verb: 'strike' }]],
  ['a weekday in a "who" clause', 'The man who was arrested on Monday appeared in court on Tuesday.', null, [{ kind: 'weekday', value: 'monday', verb: 'arrest' }, { kind: 'weekday', value: 'tuesday', verb: 'appear' }]],
  ['"revealed ... on Monday"', 'President Zelenskyy revealed for the first time on Monday that Ukrainian troops have been operating inside Russia.', null, [{ kind: 'weekday', value: 'monday', verb: 'reveal' }]],
  ['fronted "On Tuesday,"', 'On Tuesday, the State Department said the reports were disturbing.', null, [{ kind: 'weekday', value: 'tuesday', verb: 'say' }]],
  ['possessive weekday is about its noun', "The US Geological Survey put the epicentre of Sunday's quake at about 58km.", null, [{ kind: 'weekday', value: 'sunday', about: 'quake' }]],
  ['"late Tuesday night"', 'A powerful earthquake hit southern Iran late Tuesday night.', null, [{ kind: 'weekday', value: 'tuesday', text: 'late Tuesday night', verb: 'hit' }]],
  ['no anchor: a weekday is never resolved', 'Zelenskyy said on Tuesday that forces had captured two men.', null, [{ kind: 'weekday', value: 'tuesday', resolved: undefined }]],
  ['anchor: latest such day on or before it', 'Zelenskyy said on Tuesday that forces had captured two men.', '2025-04-09', [{ kind: 'weekday', value: 'tuesday', resolved: '2025-04-08' }]],
  ['anchor on the same weekday', 'Zelenskyy said on Tuesday that forces had captured two men.', '2025-04-08', [{ value: 'tuesday', resolved: '2025-04-08' }]],
  ['future tense resolves forward', 'Officials will meet on Friday to discuss the matter.', '2025-04-08', [{ value: 'friday', verb: 'meet', resolved: '2025-04-11' }]],
  ['"last Tuesday"', 'The attack happened last Tuesday.', '2025-04-08', [{ value: 'tuesday', relative: 'last', resolved: '2025-04-01' }]],
  // "following", "including", "according": prepositions in form, no happening of their own
  ['a verb before "following" keeps its weekday', 'Two hikers were found dead early Sunday following a storm in the hills.', null, [{ kind: 'weekday', value: 'sunday', verb: 'find' }]],
  ['a weekday after "following a ..." dates neither verb', 'Three people died following a bridge collapse Friday.', null, [{ kind: 'weekday', value: 'friday', verb: undefined }]],
  ['"according to" is no verb after a weekday', 'The ship sank on Monday according to the coastguard.', null, [{ kind: 'weekday', value: 'monday', verb: 'sink' }]],
  ['plural weekday is a habit, not a date', 'Police said he was usually seen Mondays at the gym.', null, []],

  // Relative dates and times of day
  ['"last year"', 'Ukraine staged an offensive along the border last year.', null, [{ value: 'relative:last-year', text: 'last year' }]],
  ['"last year" resolves to a year', 'Ukraine staged an offensive along the border last year.', '2025-04-08', [{ value: 'relative:last-year', resolved: '2024' }]],
  ['"earlier this week"', 'Earlier this week, Zelensky appointed a new ambassador to China.', null, [{ value: 'relative:this-week', text: 'Earlier this week' }]],
  ['"yesterday" with an anchor', 'The quake struck yesterday afternoon at a depth of just six miles.', '2013-07-03', [{ value: 'relative:yesterday', resolved: '2013-07-02' }]],
  ['"two days ago"', 'The bank was attacked two days ago.', '2010-05-07', [{ value: 'relative:2-days-ago', resolved: '2010-05-05' }]],
  ['"in recent weeks"', 'U.S. and Russian officials have in recent weeks engaged in bilateral talks.', null, [{ value: 'relative:recent-weeks' }]],
  ['"last summer"', 'Ukraine staged a lightning incursion last summer.', null, [{ value: 'relative:last-summer' }]],
  ['"today" and "tomorrow"', 'They said the protest would continue today and tomorrow.', '2010-05-05', [{ value: 'relative:today', resolved: '2010-05-05' }, { value: 'relative:tomorrow', resolved: '2010-05-06' }]],
  ['"the next three years"', 'The government wants to cut 30bn euros over the next three years.', null, [{ value: 'relative:next-years' }]],
  ['military time before a bracket, and GMT', 'The quake, which struck at 1353 (1023 GMT), was felt in Oman.', null, [{ value: 'time:13:53', text: '1353' }, { value: 'time:10:23', zone: 'GMT' }]],
  ['"4 p.m." and "6:00 p.m."', 'The gunman entered about 4 p.m. and surrendered just after 6:00 p.m.', null, [{ value: 'time:16:00' }, { value: 'time:18:00' }]],
  ['"1:53 p.m. local time"', 'It hit at 1:53 p.m. local time and was followed by aftershocks.', null, [{ value: 'time:13:53', zone: 'local' }]],
  ['"07:20 am JST"', 'Posted by a reader at 07:20 am JST', null, [{ value: 'time:07:20', zone: 'JST' }]],
  ['"1100 hours"', 'The message came at 1100 hours from MV Gibe.', null, [{ value: 'time:11:00' }]],
  ['"3.45pm" split by the tokenizer', 'The attack came on the school at 3.45pm on Tuesday.', null, [{ value: 'time:15:45', text: '3.45pm' }, { kind: 'weekday', value: 'tuesday' }]],
  ['weekday and UTC time', 'A magnitude-6.1 earthquake struck on Tuesday at 07:37 a.m. UTC.', null, [{ kind: 'weekday', value: 'tuesday', verb: 'strike' }, { value: 'time:07:37', zone: 'UTC' }]],

  // Years
  ['year as a modifier', 'The 2004 tsunami that killed about 230,000 people was triggered by a massive quake.', null, [{ value: '2004' }]],
  ['"2000 people" is a count', 'Roughly 2000 people were evacuated from the coast.', null, []],
  ['year range', 'Between 1991 and 1993 he served two sentences.', null, [{ value: '1991' }, { value: '1993' }]],
  ['decade', 'The reforms of the 1990s were abandoned.', null, [{ value: 'decade:1990s' }]],
  ['a plain count is no date', 'He was sentenced to 15 years for robbery.', null, []],
];

describe('extractDates', () => {
  it.each(CASES)('%s', (_what, text, anchor, expected) => {
    const facts = datesIn(text, anchor ?? undefined);
    expect(facts).toHaveLength(expected.length);
    expected.forEach((want, k) => {
      const fact = facts[k] as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(want)) {
        expect(fact[key], `${key} of fact ${k}`).toEqual(value);
      }
    });
  });

  it.each(CASES)('spans point at the words: %s', (_what, text, anchor) => {
    for (const fact of datesIn(text, anchor ?? undefined)) {
      expect(text.slice(fact.span[0], fact.span[1])).toBe(fact.text);
    }
  });

  it('resolves weekdays only against an anchor', () => {
    const anchor = new Date(Date.UTC(2025, 3, 8)); // a Tuesday
    expect(resolveWeekday('monday', anchor)).toBe('2025-04-07');
    expect(resolveWeekday('tuesday', anchor)).toBe('2025-04-08');
    expect(resolveWeekday('wednesday', anchor)).toBe('2025-04-02');
    expect(resolveWeekday('tuesday', anchor, 'next')).toBe('2025-04-15');
  });
});

describe('anchorDates', () => {
  const sentence = (source: string, index: number, text: string) => ({ source, index, line: index + 1, text });
  const run = (rows: Array<[string, string]>) => {
    const sentences = rows.map(([source, text], i) => sentence(source, i, text));
    const parsed = sentences.map((s) => parseSentence(s.text));
    const facts = sentences.map((s, i) => extractDates(s, parsed[i]).map((f) => ({ ...f, line: s.line })));
    return anchorDates(sentences, parsed, facts).flat().filter((f) => f.kind === 'weekday') as WeekdayFact[];
  };

  it.each([
    {
      name: 'resolves a weekday against the article\'s own full date',
      rows: [['a', 'Kyiv, April 8, 2025.'], ['a', 'Zelensky said on Monday that two men were captured.']] as Array<[string, string]>,
      resolved: ['2025-04-07'],
    },
    {
      name: 'leaves a weekday unresolved when the article gives no date',
      rows: [['a', 'Zelensky said on Monday that two men were captured.']] as Array<[string, string]>,
      resolved: [undefined],
    },
    {
      name: 'never borrows another source\'s date',
      rows: [['a', 'Kyiv, April 8, 2025.'], ['b', 'Zelensky said on Monday that two men were captured.']] as Array<[string, string]>,
      resolved: [undefined],
    },
  ])('$name', ({ rows, resolved }) => {
    expect(run(rows).map((f) => f.resolved)).toEqual(resolved);
  });
});
