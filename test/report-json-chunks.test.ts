/** The --json document written in pieces: byte for byte the one-string spelling, and made safe piece by piece. */
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../src/report/index.js';
import { safeJson } from '../src/report/safe-text.js';
import { compare } from '../src/pipeline.js';
import type { Report } from '../src/types.js';

const whole = (value: unknown) => `${safeJson(value, 2)}\n`;

describe('jsonChunks', () => {
  it.each([
    ['an empty object', {}],
    ['an empty array', { claims: [] }],
    ['nested arrays and objects', { claims: [1, { b: [2, 3], c: {} }, 'x'], d: { e: null } }],
    ['undefined keys and entries', { a: undefined, b: [undefined, null], c: 'z' }],
    ['text that could steer a terminal or a CI log', { t: ['line\u2028sep', '##[error]x', '\u001b[31m'], u: '##vso[task]' }],
  ])('spells %s as JSON.stringify does', (_name, value) => {
    expect([...jsonChunks(value as unknown as Report)].join('')).toBe(whole(value));
  });

  it('spells a real report as one string does, in one piece per array entry', () => {
    const report = compare([
      { id: 'a', path: 'a.txt', text: 'Three people were killed in the fire on Monday. The mayor spoke.' },
      { id: 'b', path: 'b.txt', text: 'Four people were killed in the fire on Tuesday. The mayor spoke.' },
    ]);
    const chunks = [...jsonChunks(report)];
    expect(chunks.join('')).toBe(whole(report));
    expect(chunks.length).toBeGreaterThan(report.claims.length + report.sources.length);
  });
});
