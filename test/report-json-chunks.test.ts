/**
 * The --json document (schemaVersion 3): written in pieces, one line per entry of a top-level array, made safe
 * piece by piece; lean (claims list only the sources that state them, facts and frames once); and nothing lost:
 * fromJsonReport gives back the report it was written from.
 */
import { describe, expect, it } from 'vitest';
import { documentChunks, jsonChunks, renderJson } from '../src/report/json.js';
import { fromJsonReport, toJsonReport } from '../src/report/index.js';
import { compare } from '../src/pipeline.js';
import type { JsonReport } from '../src/report/json-types.js';
import type { Report } from '../src/types.js';
import { fixtureSources } from './helpers/fixtures.js';

const FIRE = [
  { id: 'a', path: 'a.txt', text: 'Three people were killed in the fire on Monday. The mayor spoke.' },
  { id: 'b', path: 'b.txt', text: 'Four people were killed in the fire on Tuesday. The mayor spoke.' },
  { id: 'c', path: 'c.txt', text: 'The mayor spoke. Firefighters from Ostby fought the blaze for six hours.' },
];

/** Dates of forms of their own: a clock time, a month named alone, a decade, a day relative to the article. */
const DATED = [
  { id: 'a', path: 'a.txt', text: 'The fire broke out at 2:30 p.m. yesterday at the mill. The plant was inspected in November. It was built in the 1990s. In July, 12 workers were hurt at the mill.' },
  { id: 'b', path: 'b.txt', text: 'The fire broke out at 3:15 p.m. yesterday at the mill. The plant was inspected in November. It was built in the 1990s. In July, 14 workers were hurt at the mill.' },
];

describe('documentChunks', () => {
  it.each([
    ['an empty object', {}, '{}\n'],
    ['an empty array', { claims: [] }, '{\n  "claims": []\n}\n'],
    ['nested arrays and objects', { claims: [1, { b: [2, 3], c: {} }, 'x'], d: { e: null } }, '{\n  "claims": [\n    1,\n    {"b":[2,3],"c":{}},\n    "x"\n  ],\n  "d": {"e":null}\n}\n'],
    ['undefined keys and entries', { a: undefined, b: [undefined, null], c: 'z' }, '{\n  "b": [\n    null,\n    null\n  ],\n  "c": "z"\n}\n'],
  ])('spells %s with one line per array entry', (_name, value, text) => {
    expect([...documentChunks(value)].join('')).toBe(text);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('escapes text that could steer a terminal or a CI log, and parses back to the same value', () => {
    const value = { t: ['line\u2028sep', '##[error]x', '\u001b[31m'], u: '##vso[task]' };
    const text = [...documentChunks(value)].join('');
    expect(text).not.toMatch(/[\u001b\u2028]|##\[|##vso\[/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('the --json document', () => {
  const report = compare(FIRE);
  const document = JSON.parse(renderJson(report)) as JsonReport;

  it('is written in one piece per array entry, each entry on a line of its own', () => {
    const chunks = [...jsonChunks(report)];
    expect(chunks.join('')).toBe(renderJson(report));
    expect(chunks.length).toBeGreaterThan(report.claims.length + report.sources.length);
    for (const line of renderJson(report).split('\n').filter((l) => l.startsWith('    '))) expect(() => JSON.parse(line.replace(/,$/, ''))).not.toThrow();
  });

  it('lists for each claim the sources that state it, never those that leave it out', () => {
    expect(document.schemaVersion).toBe(3);
    for (const claim of document.claims) {
      expect(claim).not.toHaveProperty('omittedBy');
      expect(new Set(claim.sentences.map((s) => s.source))).toEqual(new Set(claim.sources));
    }
  });

  it('writes each fact and each frame once, named by the sentences that state them', () => {
    const named = document.claims.flatMap((c) => c.sentences.flatMap((s) => s.facts));
    expect([...named].sort((a, b) => a - b)).toEqual(document.facts.map((_, i) => i));
    const spellings = document.frames.map((f) => JSON.stringify(f));
    expect(new Set(spellings).size).toBe(spellings.length);
    for (const fact of document.facts) if (fact.frame !== undefined) expect(document.frames[fact.frame]).toBeDefined();
    expect(document.facts.some((f) => f.frame !== undefined)).toBe(true);
  });

  it('writes a date of a form of its own as a fact of that kind, never in the form the stages carry it', () => {
    const text = renderJson(compare(DATED));
    expect(text).not.toMatch(/"(?:time|month|decade|relative):/);
    const dated = JSON.parse(text) as JsonReport;
    expect(dated.facts.filter((f) => f.kind === 'time').map((f) => f.value)).toEqual(expect.arrayContaining(['14:30', '15:15']));
    expect(dated.facts.some((f) => f.kind === 'month' && f.value === 'november')).toBe(true);
    expect(dated.facts.some((f) => f.kind === 'relative')).toBe(true);
    expect(dated.facts.some((f) => f.scope?.era === 'july' && f.scope.eraForm === 'month')).toBe(true);
  });

  it.each([['the fire', () => FIRE], ['dates of forms of their own', () => DATED], ['fixtures/seeds', () => fixtureSources('seeds')], ['fixtures/quake-velmora', () => fixtureSources('quake-velmora')]])(
    'gives back, read with fromJsonReport, the report it was written from (%s)',
    (_name, sources) => {
      const original = compare(sources());
      const back = fromJsonReport(JSON.parse(renderJson(original)) as JsonReport);
      // Dates anchored to the article's own date carry no sentence index in memory; read back, they have their sentence's.
      const withSentence = (r: Report) => r.claims.map((c) => ({ ...c, facts: c.facts.map((f) => ({ ...f, sentence: f.sentence ?? c.sentences.find((s) => s.source === f.source && s.line === f.line)?.index })) }));
      expect(withSentence(back)).toEqual(withSentence(original));
      expect({ ...back, claims: [] }).toEqual({ ...original, claims: [] });
      expect(toJsonReport(back)).toEqual(toJsonReport(original));
    },
  );
});
