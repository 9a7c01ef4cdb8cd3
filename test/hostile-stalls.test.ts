/**
 * Issue 21, inputs that stalled a run: the answers on them are whole and right here; how time grows with them
 * is `npm run bench:growth` (scripts/growth.ts, the adversarial generators of test/helpers/stalls.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract/quotes.js';
import { looksLikeHtml } from '../src/load/html-detect.js';
import type { Report } from '../src/types.js';
import { ARTICLE_A, tempDir } from './helpers/hostile.js';
import { mainJson } from './helpers/run-main.js';
import { manyNames } from './helpers/stalls.js';

/** How HTML detection was written before: the definition the one-pass reading keeps (and backtracked on `<!---->`s). */
const DEFINITION = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;

describe('HTML detection: comments at the top', () => {
  it('a text file opening with <!----> 32 times (238 bytes) is text; with a document after them, a page', () => {
    expect(looksLikeHtml(`${'<!---->'.repeat(32)}x`)).toBe(false);
    expect(looksLikeHtml(`${'<!---->'.repeat(32)}<html>`)).toBe(true);
    expect(looksLikeHtml(`${'<!-- note -->\n'.repeat(10_000)}# Title\n`)).toBe(false);
  });

  it('answers as the definition does on any opening of comments, declarations and tags', () => {
    const piece = fc.constantFrom('<!--', '-->', '--', '<!-->', ' ', '\n', '<html>', '<html', '<!doctype html ', '<!DOCTYPE\tHTML>', '<?xml a>', '<?xml', 'x', '>', '<');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        expect(looksLikeHtml(text)).toBe(DEFINITION.test(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('standard input opening with the comments: read as text, through the command line', async () => {
    const tmp = tempDir('stalls');
    try {
      const report = await mainJson(['-', tmp.file('a.txt', ARTICLE_A)], { input: `${'<!---->'.repeat(40)}\nThe Harbour Bridge reopened on Monday.\n` });
      expect(report.sources.find((s) => s.id === 'stdin')?.sentences).toBe(1);
    } finally {
      tmp.remove();
    }
  });
});

describe('quote attribution', () => {
  it('a sentence of "a" repeated to 5,000 characters: every quotation, each attributed to the speaker after them', () => {
    const text = `${'"a" '.repeat(1_250)}said Tom Smith.`;
    const quotes = extractQuotes({ source: 's', index: 0, line: 1, text });
    expect(quotes).toHaveLength(1_250);
    expect(new Set(quotes.map((q) => `${q.verb}/${q.speaker}`))).toEqual(new Set(['say/thomas smith']));
  });
});

describe('names compared through an index', () => {
  it('an article with three new two-word names in each sentence: compared, every source listed', async () => {
    const tmp = tempDir('stalls-names');
    try {
      const report: Report = await mainJson([tmp.file('names.txt', manyNames(40_000)), tmp.file('a.txt', ARTICLE_A)]);
      expect(report.sources.map((s) => s.id)).toEqual(['a', 'names']);
      expect(report.sources[1]!.sentences).toBeGreaterThan(300);
    } finally {
      tmp.remove();
    }
  });
});
