import { describe, expect, it } from 'vitest';
import { clean, cleanSources } from '../src/clean/index.js';
import type { CleanedSource, RemovalReason, Source } from '../src/types.js';

/**
 * Notes about the page rather than the event (who reported, a player's own notices), each in several wordings, amid
 * reporting; and blurbs of other stories listed under the article. Every text here is made up for the test.
 */

type Outcome = RemovalReason | 'kept' | 'headline' | 'missing';

function outcomeAt(result: CleanedSource, line: number): Outcome {
  if (result.headline?.line === line) return 'headline';
  if (result.kept.some((k) => k.line === line)) return 'kept';
  return result.removed.find((r) => r.line === line)?.reason ?? 'missing';
}

const source = (id: string, lines: string[]): Source => ({ id, path: `${id}.txt`, text: lines.join('\n\n') });
const lineOf = (paragraph: number): number => 2 * paragraph + 1;

const HEADLINE = 'Two hurt as fire guts empty warehouse in Marlow';
const BODY = [
  'MARLOW — Two firefighters were hurt early Tuesday when fire gutted an empty paper warehouse on Quay Street, the chief said.',
  'The first crews reached the building at 3:40 a.m. and found the roof in flames, Chief Ann Vale said.',
  'Both firefighters were treated for burns at Marlow General Hospital and were in stable condition on Tuesday afternoon.',
  'About 60 firefighters fought the fire for five hours before it was under control, Vale said.',
  'The warehouse had stood empty since 2019, according to town records, and the cause is under investigation.',
];

function amidReporting(line: string): Outcome {
  return outcomeAt(clean(source('dailyplanet.com', [HEADLINE, BODY[0]!, BODY[1]!, line, BODY[2]!, BODY[3]!])), lineOf(3));
}

describe('notes about the page amid reporting', () => {
  it.each<[string, RemovalReason]>([
    ['Includes reporting by the Planet Wire.', 'credit'],
    ['Contains material from Reuters', 'credit'],
    ['With wire services.', 'credit'],
    ['From staff and wire reports.', 'credit'],
    ['Compiled from news services', 'credit'],
    ['The Planet Wire contributed.', 'credit'],
    ['Jane Roe and Tom Reeve contributed reporting.', 'credit'],
    ['Jane Roe reports.', 'credit'],
    ['Tom Reeve reports from Marlow, Kent.', 'credit'],
    ["KXYZ's Jane Roe has the story.", 'credit'],
    ['Loading video...', 'video'],
    ['The video is loading', 'video'],
    ['This video is no longer available.', 'video'],
    ['Press space to play or pause, M to mute, F for fullscreen.', 'video'],
    ['Auto-captions may be inaccurate.', 'video'],
    ['Captions are generated automatically and may contain errors.', 'video'],
    ['This transcript was machine-generated.', 'video'],
    ['Copied!', 'share'],
    ['(Marlow Fire Service photo)', 'credit'],
    ['(KXYZ photo)', 'credit'],
    ['(File photo)', 'credit'],
    ['(Family handout image)', 'credit'],
    ['(First published Tuesday morning)', 'timestamp'],
    ['(Originally posted Monday evening)', 'timestamp'],
    ['Registration successful.', 'promotion'],
    ['Your subscription is confirmed!', 'promotion'],
    ['Account created', 'promotion'],
  ])('"%s" is %s', (line, reason) => {
    expect(amidReporting(line)).toBe(reason);
  });

  it.each([
    'Police reports show the alarm sounded at 3:31 a.m.',
    'Vale said smoke and wind contributed to the spread of the fire.',
    'A crew from Kent reports to the chief every morning, she said.',
    'The warehouse had been loading paper onto trucks until 2019, records show.',
    'Investigators copied the alarm logs before the building was torn down.',
    '(The chief declined to say who took the photo.)',
    'Early Tuesday morning, the roof fell in.',
    'Her registration was complete before the fire, records show.',
  ])('"%s" stays', (line) => {
    expect(amidReporting(line)).toBe('kept');
  });
});

describe('blurbs of other stories under the article', () => {
  const others = [
    source('planetwire.com', [
      'Fire guts Marlow warehouse',
      'Fire gutted an empty paper warehouse on Quay Street in Marlow early Tuesday, injuring two firefighters.',
      'Chief Ann Vale said crews fought the fire for five hours; both firefighters were treated for burns.',
    ]),
    source('morningledger.com', [
      'Two firefighters hurt in Marlow blaze',
      'Two firefighters were hurt when a fire swept through an empty warehouse in Marlow on Tuesday, the chief said.',
      'The cause of the fire at the paper warehouse is under investigation.',
    ]),
  ];
  const BLURBS = [
    'A 34-year-old man was arrested Monday after a chase that ended in a crash on the ring road.',
    'School board approves new budget despite protests over teachers pay.',
    'Two teens charged in string of car break-ins across the north side.',
    'The town council voted 5-2 on Thursday to raise parking fees starting next month.',
  ];

  it('a list of them at the page\'s end goes, the article stays', () => {
    const lines = [HEADLINE, ...BODY, ...BLURBS];
    const [result] = cleanSources([source('dailyplanet.com', lines), ...others]);
    for (let k = 0; k < BODY.length; k += 1) expect(outcomeAt(result!, lineOf(1 + k))).toBe('kept');
    for (let k = 0; k < BLURBS.length; k += 1) expect(outcomeAt(result!, lineOf(1 + BODY.length + k))).toBe('related-content');
  });

  it('one line apart at the end may be the article\'s last word: it stays', () => {
    const lines = [HEADLINE, ...BODY, BLURBS[0]!];
    const [result] = cleanSources([source('dailyplanet.com', lines), ...others]);
    expect(outcomeAt(result!, lineOf(1 + BODY.length))).toBe('kept');
  });

  it('a quote or an attribution at the end is reporting, not a blurb', () => {
    const lines = [HEADLINE, ...BODY, '"We lost a landmark," one neighbour said.', 'Anyone with information may call 555-010-0199.'];
    const [result] = cleanSources([source('dailyplanet.com', lines), ...others]);
    expect(outcomeAt(result!, lineOf(1 + BODY.length))).toBe('kept');
    expect(outcomeAt(result!, lineOf(2 + BODY.length))).toBe('kept');
  });
});

describe('a video teaser stamped with when it was published', () => {
  it.each([
    'Crews battle the fire on Quay Street on Tuesday. (Published Tuesday, March 3, 2020)',
    'Two firefighters were hurt when fire gutted an empty warehouse. Jane Roe reports. (Published 4:12 PM EST Mar 3, 2020)',
    'Fire Guts Marlow Warehouse Crews fought the flames for five hours. Tom Reeve reports. (Posted Tuesday, March 3)',
  ])('"%s" alone is a caption', (line) => {
    expect(amidReporting(line)).toBe('caption');
  });

  it('glued after a paragraph of reporting, the teaser is cut and the reporting stays', () => {
    const mixed =
      'Neighbours gathered behind the tape to watch the roof fall in. Two Hurt In Marlow Warehouse Fire Crews fought the flames for five hours. Jane Roe reports. (Published Tuesday, March 3, 2020)';
    const result = clean(source('dailyplanet.com', [HEADLINE, BODY[0]!, BODY[1]!, mixed, BODY[2]!, BODY[3]!]));
    expect(result.kept.find((k) => k.line === lineOf(3))?.text).toBe('Neighbours gathered behind the tape to watch the roof fall in.');
  });

  it('a paragraph with an update note is not a teaser', () => {
    expect(amidReporting('Police reopened Quay Street on Wednesday morning. (Updated 6:40 a.m. Wednesday)')).toBe('kept');
  });
});
