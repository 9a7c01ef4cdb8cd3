/**
 * The terminal report as a fact-checker reads it: each dispute once, first, with its context and the sentences
 * behind it; every line within the width it was given; nothing empty, internal or in bad English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTerminal } from '../src/report/terminal.js';
import { displayWidth } from '../src/report/text-width.js';
import type { FactRow, Report } from '../src/types.js';
import { tempDir } from './helpers/hostile.js';
import { runMain } from './helpers/run-main.js';

/** Three reports of one made-up fire: they differ on the weekday, a distance and a toll of an earlier fire. */
const GRAIN_STORE: Record<string, string> = {
  'north-star.txt': [
    'Fire at Dunmore grain store',
    'A fire destroyed a grain store in Dunmore on Tuesday, killing three workers, the fire service said.',
    'The store lies 40 kilometres north of Kelby, the regional capital.',
    'Firefighters fought the blaze for nine hours before bringing it under control.',
    'The owner, Marta Lind, said the building had been insured.',
    'In 1998, a fire at the same site killed five people.',
  ].join('\n\n'),
  'valley-post.txt': [
    'Grain store fire kills four',
    'A fire destroyed a grain store in Dunmore on Wednesday, killing four workers, the fire service said.',
    'The store lies 25 miles north of Kelby, the regional capital.',
    'Firefighters fought the blaze for nine hours before bringing it under control.',
    'The owner, Marta Lind, said the building had been insured.',
    'In 1998, a fire at the same site killed seven people.',
  ].join('\n\n'),
  'river-times.txt': [
    'Dunmore grain store burns',
    'A fire destroyed a grain store in Dunmore on Tuesday, killing three workers, the fire service said.',
    'The store lies 60 kilometres north of Kelby, the regional capital.',
    'Firefighters fought the blaze for nine hours before bringing it under control.',
    'Police have opened an investigation into the cause of the fire.',
  ].join('\n\n'),
};

describe('the terminal report of a run with disputes', () => {
  const tmp = tempDir('terminal');
  const folder = tmp.file('grain-store');
  const run = (args: string[], columns: number) => runMain([folder, ...args], { env: { COLUMNS: String(columns) } });
  let full: string;
  let summary: string;

  beforeAll(async () => {
    for (const [name, text] of Object.entries(GRAIN_STORE)) tmp.file(`grain-store/${name}`, `${text}\n`);
    full = (await run([], 80)).stdout;
    summary = (await run(['--summary'], 80)).stdout;
  });
  afterAll(() => tmp.remove());

  it('shows the summary and the top dispute with every camp\'s sentence in the first 24 lines at 80 columns', () => {
    const screen = full.split('\n').slice(0, 24).join('\n');
    expect(screen).toMatch(/^claimdiff: 3 sources/);
    expect(screen).toMatch(/✗ day of the week: Tuesday vs Wednesday/);
    expect(screen).toMatch(/Tuesday — north-star:3, river-times:3/);
    expect(screen).toMatch(/“…a grain store in Dunmore on Tuesday, killing three workers/);
    expect(screen).toMatch(/Wednesday — valley-post:3/);
    expect(screen).toMatch(/on Wednesday, killing four workers/);
  });

  it.each([
    ['an earlier event\'s toll', /people killed \(1998\): five vs seven/],
    ['a distance, with its unit', /distance from Kelby \(Tuesday\): 40 kilometers vs 60 kilometers/],
    ['the toll of the event whose day is in dispute', /people killed: three vs four/],
  ])('names the question of a dispute with its context: %s', (_what, line) => {
    expect(summary).toMatch(line);
  });

  it('tells each disputed question once: not again among the facts not in dispute', () => {
    for (const label of ['people killed (1998)', 'distance from Kelby (Tuesday)']) {
      expect(summary.split(label).length - 1, label).toBe(1);
    }
    expect(summary).toMatch(/Facts not in dispute: \d+ questions/);
  });

  it('explains the fact grid\'s column keys in --summary, which prints no sources table', () => {
    expect(summary).toMatch(/^ {2}n north-star {3}r river-times {3}v valley-post$/m);
  });

  it.each([40, 60, 80, 100])('fits every line in COLUMNS=%i when piped, by display width', async (columns) => {
    const { stdout } = await run([], columns);
    const widest = Math.max(...stdout.split('\n').map(displayWidth));
    expect(widest).toBeLessThanOrEqual(columns);
    expect(widest).toBeGreaterThan(columns - 10);
  });

  it('shows values as the articles wrote them, never their comparable form', () => {
    expect(full).not.toMatch(/\b(?:tuesday|wednesday)\b|time:|~\d|>=\d/);
  });

  it('prints no empty section, and says "adds" for one thing only', () => {
    expect(full).not.toMatch(/\(0\)$/m);
    expect(full).not.toMatch(/ adds \d+ claims?/);
  });
});

/** A report of two sources that agree on `rows` questions: enough to cut the fact table. */
function agreeingReport(rows: number): Report {
  const sources = ['a', 'b'].map((id) => ({ id, path: `${id}.txt`, sentences: 1, removed: [], adds: 0, omits: 0 }));
  const factTable: FactRow[] = Array.from({ length: rows }, (_, i) => ({
    frame: { key: `count|thing${i}`, label: `things of kind ${i}`, measure: 'count' },
    values: sources.map((s) => ({ source: s.id, value: i, words: String(i), line: 1, claim: 'c1' })),
  }));
  const sentences = sources.map((s) => ({ source: s.id, line: 1, text: 'The bridge reopened.', index: 0, position: 0 }));
  const claim = { id: 'c1', sources: ['a', 'b'], omittedBy: [], coverage: 'all' as const, sentences, facts: [], missingFacts: [], cohesion: 1 };
  return { $schema: '', schemaVersion: 3, sources, claims: [claim], factTable, contradictions: [], warnings: [] };
}

describe('the terminal report in good English', () => {
  it.each([
    [9, '… 1 more row agrees;'],
    [10, '… 2 more rows agree;'],
  ])('with %i agreed rows says "%s"', (rows, words) => {
    const text = renderTerminal(agreeingReport(rows), { color: false, width: 80 });
    expect(text).toContain(words);
  });

  it('says "both sources" of two, and leaves out the contradictions when there are none', () => {
    const text = renderTerminal(agreeingReport(1), { color: false, width: 80 });
    expect(text).not.toMatch(/Contradictions/);
    expect(text).toMatch(/^claimdiff: 2 sources, 2 sentences, 1 claim, 0 contradictions$/m);
    expect(text).toMatch(/^Shared by both sources \(1\)$/m);
    expect(text).not.toMatch(/Unique to one source|Added by some/);
  });
});
