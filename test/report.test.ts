import { describe, expect, it } from 'vitest';
import { markDifferences } from '../src/report/highlight.js';
import { wrapPieces } from '../src/report/wrap.js';
import { displayWidth } from '../src/report/text-width.js';

/** The marked words of `text` against `reference`, in order. */
function marked(reference: string, text: string): string[] {
  return markDifferences(reference, text)
    .filter((p) => p.style === 'changed')
    .map((p) => p.text);
}

describe('markDifferences', () => {
  it.each([
    { reference: 'Zelensky said on Tuesday.', text: 'Zelensky said on Tuesday.', changed: [] },
    { reference: 'Zelensky said on Tuesday.', text: 'Zelensky said on Monday.', changed: ['Monday'] },
    { reference: 'I think the U.S. needs to pay more attention.', text: 'I think the United States should pay more attention.', changed: ['United', 'States', 'should'] },
    { reference: 'About 200 workers were evacuated from the port.', text: 'The port evacuated about 200 workers.', changed: [] },
    { reference: 'Police arrested two men.', text: 'Police arrested two men and a woman.', changed: ['and', 'a', 'woman'] },
  ])('marks $changed in "$text"', ({ reference, text, changed }) => {
    expect(marked(reference, text)).toEqual(changed);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'ROTTERDAM (Wire) - Firefighters battled a large fire, and some 200 workers were evacuated.';
    const pieces = markDifferences('A fire broke out and 200 workers were evacuated.', text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});

describe('wrapPieces', () => {
  const plain = (p: { text: string }) => p.text;

  it.each([20, 40, 80])('keeps lines within %i columns, indent included', (width) => {
    const text = 'The United States on Tuesday expressed concern after reports emerged that two Chinese nationals had been captured by Ukrainian forces.';
    const lines = wrapPieces([{ text }], width, '    ', plain);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.max(width, 24));
    expect(lines.map((l) => l.trim()).join(' ')).toBe(text);
  });

  it('cuts a word longer than the width at the width, so that no line is wider', () => {
    const url = `https://example.com/${'x'.repeat(100)}`;
    const lines = wrapPieces([{ text: `see ${url} now` }], 40, '', plain);
    expect(lines.join('')).toBe(`see${url}now`);
    expect(lines[0]).toBe('see');
    expect(lines.at(-1)).toBe('now');
    expect(Math.max(...lines.map((l) => l.length))).toBe(40);
  });

  it.each([
    ['wide characters', '東京 大阪 名古屋 札幌 福岡 神戸 京都 横浜 仙台 広島', 12],
    ['combining accents', 'cafe\u0301 '.repeat(12).trim(), 12],
    ['emoji', '🔥 fire '.repeat(8).trim(), 14],
  ])('measures %s by display width, not code units', (_name, text, width) => {
    const lines = wrapPieces([{ text }], width, '', plain);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toBe(text);
  });

  it('applies paint to styled words only', () => {
    const lines = wrapPieces([{ text: 'on ' }, { text: 'Monday', style: 'changed' }], 80, '', (p) => (p.style ? `[${p.text}]` : p.text));
    expect(lines).toEqual(['on [Monday]']);
  });
});
