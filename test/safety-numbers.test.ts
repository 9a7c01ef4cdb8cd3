/**
 * Issue 15, numbers: a figure outside any sane range (past a quadrillion, Infinity) or written in programmers'
 * notation is no fact: it can be neither written as JSON `null` (which fails the schema) nor reported as a
 * contradiction.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractNumbers } from '../src/extract/index.js';
import { tempDir } from './helpers/hostile.js';
import { mainJson } from './helpers/run-main.js';

function numbersIn(text: string): Array<string | number> {
  return extractNumbers({ source: 's', index: 0, line: 1, text }).map((f) => f.value);
}

describe('figures that are no facts', () => {
  it.each([
    ['one hundred hundred ... people (overflows to Infinity)', `The storm left one ${'hundred '.repeat(200)}people without power.`],
    ['one hundred hundred ... people (past a quadrillion)', `The storm left one ${'hundred '.repeat(12)}people without power.`],
    ['1e308', 'The company counted 1e308 outages on Tuesday.'],
    ['2E5', 'The company counted 2E5 outages on Tuesday.'],
    ['0x1F', 'The company sent 0x1F crews on Tuesday.'],
    ['0XFF', 'The company sent 0XFF crews on Tuesday.'],
    ['0b101', 'The company sent 0b101 crews on Tuesday.'],
    ['22 digits', 'Officials said 1234567890123456789012 homes were hit.'],
    ['digit groups past a quadrillion', 'Officials said 9,999,999,999,999,999 homes were hit.'],
  ])('%s', (_, text) => {
    const values = numbersIn(text);
    for (const v of values) if (typeof v === 'number') expect(Math.abs(v)).toBeLessThanOrEqual(1e15);
    expect(values.filter((v) => typeof v === 'number' && !Number.isFinite(v))).toEqual([]);
    expect(JSON.stringify(values)).not.toContain('null');
    // None of the figures written is read as something else (0 of "0x1F", 1 of "1e308").
    expect(values).toEqual([]);
  });

  it.each([
    ['a trillion is still a figure', 'The budget was 1,000,000,000,000 dollars.', 1e12],
    ['so is "5 trillion"', 'The budget was 5 trillion dollars.', 5e12],
    ['and "12 million"', 'The work cost 12 million euros.', 12e6],
    ['and a figure glued to a unit', 'The quake struck 10km deep.', 10],
  ])('%s', (_, text, value) => {
    expect(numbersIn(text)).toContain(value);
  });
});

describe('through the CLI', () => {
  const tmp = tempDir('safety-numbers');
  afterAll(() => tmp.remove());

  it('"one hundred hundred ..." and friends: a report that follows the schema, and no contradiction from them', async () => {
    const a = tmp.file(
      'a.txt',
      [
        'Storm hits the coast',
        '',
        `The storm left one ${'hundred '.repeat(200)}people without power on Tuesday, the utility said.`,
        '',
        'The utility counted 1e308 outages on Tuesday and sent 0x1F crews to the coast.',
        '',
      ].join('\n'),
    );
    const b = tmp.file(
      'b.txt',
      [
        'Storm hits the coast',
        '',
        'The storm left 300 people without power on Tuesday, the utility said.',
        '',
        'The utility counted 2 outages on Tuesday and sent 12 crews to the coast.',
        '',
      ].join('\n'),
    );
    // mainJson checks the report against the shipped schema: a fact valued null fails it.
    const report = await mainJson([a, b]);
    expect(report.contradictions.filter((c) => c.kind === 'number')).toEqual([]);
  });
});
