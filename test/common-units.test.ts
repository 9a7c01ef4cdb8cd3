import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonUnitValues, commonValueText, wordsWithUnit } from '../src/algebra/units.js';
import type { Report } from '../src/types.js';
import { articlesFolder } from './helpers/hostile.js';
import { runMain } from './helpers/run-main.js';

describe('values in a common unit', () => {
  it.each([
    { label: 'miles beside kilometres', values: [{ value: 1150, unit: 'kilometer' }, { value: 1500, unit: 'km' }, { value: '~940', unit: 'mile' }], shown: [undefined, undefined, '1,513 km'] },
    { label: 'the unit most values use wins', values: [{ value: '~32', unit: 'km' }, { value: 20, unit: 'mile' }, { value: 17, unit: 'mile' }], shown: ['20 miles', undefined, undefined] },
    { label: 'a tie goes to the metric unit', values: [{ value: 35, unit: 'mile' }, { value: '~58', unit: 'km' }], shown: ['56 km', undefined] },
    { label: 'a range', values: [{ value: '40..70', unit: 'mile' }, { value: 100, unit: 'km' }, { value: 90, unit: 'km' }], shown: ['64–113 km', undefined, undefined] },
    { label: 'pounds beside kilograms', values: [{ value: 135, unit: 'lb' }, { value: 70, unit: 'kg' }, { value: 61, unit: 'kg' }], shown: ['61 kg', undefined, undefined] },
    { label: 'one unit only', values: [{ value: 10, unit: 'km' }, { value: 12, unit: 'kilometer' }], shown: [undefined, undefined] },
    { label: 'units that do not convert', values: [{ value: 5, unit: 'USD' }, { value: 4, unit: 'EUR' }], shown: [undefined, undefined] },
    { label: 'lengths and weights do not mix', values: [{ value: 5, unit: 'km' }, { value: 4, unit: 'kg' }], shown: [undefined, undefined] },
  ])('$label', ({ values, shown }) => {
    expect(commonUnitValues(values).map((c) => (c === undefined ? undefined : commonValueText(c)))).toEqual(shown);
  });

  it.each([
    { words: 'six', unit: 'mile', shown: 'six miles' },
    { words: 'one', unit: 'mile', shown: 'one mile' },
    { words: '10km', unit: 'km', shown: '10km' },
    { words: 'about 58km', unit: 'km', shown: 'about 58km' },
    { words: '1,150 kilometres', unit: 'kilometer', shown: '1,150 kilometres' },
    { words: 'more than 5', unit: 'metre', shown: 'more than 5 metres' },
    { words: 'seven', unit: 'km', shown: 'seven km' },
    { words: '135-pound', unit: 'lb', shown: '135-pound' },
    { words: 'four', unit: 'ordinal', shown: 'four' },
  ])('$words ($unit) reads "$shown"', ({ words, unit, shown }) => {
    expect(wordsWithUnit(words, unit)).toBe(shown);
  });
});

// A made-up quake: one outlet gives the distance in miles, one in kilometres; the depth in miles as a word number.
const ARTICLES: Record<string, string> = {
  'a.txt': `A strong earthquake struck the island of Tarsk on Sunday, damaging dozens of homes.
The quake struck at a depth of six miles, the geological survey said.
Tarsk lies about 940 miles south of the capital, Orlan.
Three people were injured in the village of Mebb.`,
  'b.txt': `An earthquake hit the island of Tarsk on Sunday and damaged dozens of homes.
It struck at a depth of 10 kilometres, according to the geological survey.
The island lies 1,150 kilometres south of Orlan, the capital.
Three people were hurt in the village of Mebb.`,
  'c.txt': `A powerful earthquake shook the island of Tarsk on Sunday, damaging homes.
The survey said the quake had a depth of 10 kilometres.
The island has 3,000 residents.
Four people were injured in Mebb.`,
};

let folder: ReturnType<typeof articlesFolder>;
let dir = '';
beforeAll(() => {
  folder = articlesFolder('units', ARTICLES);
  dir = folder.dir;
});
afterAll(() => folder.remove());

describe('each format shows a value as written and in the other camp’s unit', () => {
  it.each([
    { format: 'terminal', dispute: /distance from Orlan: about 940 miles \(1,513 km\) vs 1,150 kilometers/ },
    { format: 'markdown', dispute: /\*\*about 940 miles \(1,513 km\)\*\* \(a, line 3\) vs \*\*1,150 kilometers\*\*/ },
    { format: 'html', dispute: /<strong>about 940 miles \(1,513 km\)<\/strong> \(a, line 3\) vs <strong>1,150 kilometers<\/strong>/ },
    { format: 'github', dispute: /distance from Orlan: "1,150 kilometers" \(b:3\) against "about 940 miles \(1,513 km\)" \(a:3\)/ },
  ])('$format', async ({ format, dispute }) => {
    const result = await runMain([dir, '--format', format]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(dispute);
  });

  it('the terminal fact table gives a bare figure its unit, never cuts a value, and converts it', async () => {
    const result = await runMain([dir, '--summary']);
    expect(result.stdout).toMatch(/depth +six miles \(9\.7 km\) +10 kilometers +10 kilometers/);
  });

  it('leaves a speed as written: its unit is kept as a length\'s ("km" of "90 km/h")', async () => {
    const result = await runMain(['fixtures/derailment-ostby', '--summary']);
    expect(result.stdout).toMatch(/speed: about 90 vs 120\n/);
  });

  it('the JSON adds the converted value beside the written one, and keeps the rest as it was', async () => {
    const result = await runMain([dir, '--json']);
    const report = JSON.parse(result.stdout) as Report;
    const miles = report.contradictions.flatMap((c) => c.values).find((v) => v.unit === 'mile');
    expect(miles).toMatchObject({ words: 'about 940 miles', value: '~940', common: { value: '~1513', unit: 'km' } });
    const kilometres = report.contradictions.flatMap((c) => c.values).find((v) => v.unit === 'kilometer');
    expect(kilometres?.common).toBeUndefined();
  });
});

// A made-up quake where one outlet's miles say what two outlets' kilometres say, against a fourth outlet.
const CONVERTED: Record<string, string> = {
  'a.txt': `A strong earthquake struck the island of Tarsk on Sunday, damaging dozens of homes.
The island lies 1,500 kilometres south of the capital, Orlan.`,
  'b.txt': `An earthquake hit the island of Tarsk on Sunday and damaged dozens of homes.
Tarsk lies 1,500 kilometres south of Orlan, the capital.`,
  'c.txt': `A powerful earthquake shook the island of Tarsk on Sunday, damaging homes.
Tarsk lies about 940 miles south of the capital, Orlan.`,
  'd.txt': `An earthquake rocked the island of Tarsk on Sunday, damaging homes.
The island lies 1,150 kilometres south of Orlan.`,
};

describe('a value that says what a side says in another unit stands with that side', () => {
  let converted: ReturnType<typeof articlesFolder>;
  beforeAll(() => {
    converted = articlesFolder('converted', CONVERTED);
  });
  afterAll(() => converted.remove());

  it('in the report, never as a side of its own', async () => {
    const result = await runMain([converted.dir, '--summary']);
    expect(result.stdout).toMatch(/distance from Orlan: 1,500 kilometers = about 940 miles \(1,513 km\) vs\s+1,150 kilometers/);
  });

  it('in the JSON, as `alike`, with the value it agrees with', async () => {
    const report = JSON.parse((await runMain([converted.dir, '--json'])).stdout) as Report;
    const dispute = report.contradictions.find((c) => c.frame?.measure === 'distance')!;
    expect(dispute.values.map((v) => v.source).sort()).toEqual(['a', 'b', 'd']);
    expect(dispute.alike).toEqual([expect.objectContaining({ source: 'c', words: 'about 940 miles', sameAs: 1500, common: { value: '~1513', unit: 'km' } })]);
  });
});
