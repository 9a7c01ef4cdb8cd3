/**
 * Issue 15, bounds: time and memory stay bounded whatever the input. No wall-clock bounds here: the tests count
 * work (calls made), check what a page was handed to, or check that a limit is met and named. Timing and memory
 * figures are in scripts/bench.ts.
 */
import { constants } from 'node:buffer';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { assignIds, LimitError, withinStringLimit } from '../src/load/index.js';
import { htmlToArticleText } from '../src/load/html.js';
import { measureHtml } from '../src/load/html-text.js';
import { compare } from '../src/pipeline.js';
import { RENDERERS } from '../src/report/index.js';
import { SENTENCE_COST, shareBudget } from '../src/total-limit.js';
import type { Claim, Report, Sentence, Source } from '../src/types.js';
import { ARTICLE_A, ARTICLE_B, tempDir } from './helpers/hostile.js';
import { runMain } from './helpers/run-main.js';

describe('ids: linear in the number of files', () => {
  /** How many file names assignIds looks at (path.extname calls) for `n` files all named story.txt. */
  function workFor(n: number): number {
    const spy = vi.spyOn(path, 'extname');
    try {
      const ids = assignIds(Array.from({ length: n }, (_, i) => `outlet${i}/story.txt`));
      expect(new Set(ids).size).toBe(n);
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it('the same name in 4,000 folders costs no more per file than in 500', () => {
    const small = workFor(500);
    const large = workFor(4_000);
    // Linear: 8 times the files, about 8 times the work (pair by pair it was 64 times).
    expect(large / small).toBeLessThan(12);
    expect(large).toBeLessThan(4_000 * 8);
  });
});

describe('HTML: bounded before any parser runs', () => {
  it('a page nested 200,000 deep is read without a parser, its text kept', () => {
    const result = htmlToArticleText(`<html><body>${'<div>'.repeat(200_000)}<p>Deep text stays.</p>${'</div>'.repeat(200_000)}</body></html>`);
    expect(result.text).toBe('Deep text stays.\n');
    expect(result.notes).toEqual([expect.stringMatching(/nests elements 200,00\d deep \(more than 1,000\): read as plain text/)]);
  });

  it('unclosed elements nest too; unclosed paragraphs and list items do not', () => {
    expect(htmlToArticleText(`<html><body>${'<span>'.repeat(20_000)}Deep text.</body></html>`).notes[0]).toMatch(/read as plain text/);
    expect(measureHtml(`<html><body><ul>${'<li>An item <br>of a list<img src=x>'.repeat(3_000)}</ul><p>Last.</body></html>`).depth).toBe(1);
    expect(measureHtml(`<div><script>${'<div>'.repeat(5_000)}</script><!-- ${'<div>'.repeat(5_000)} --></div>`).depth).toBe(2);
  });

  it('a page of more than 3 million characters of markup is read without a parser', () => {
    const paragraph = '<p>The council said the bridge <b>would</b> reopen on Monday.</p>\n';
    const result = htmlToArticleText(`<!doctype html><html><body>${paragraph.repeat(50_000)}</body></html>`);
    expect(result.notes).toEqual([expect.stringMatching(/characters of markup and text \(more than 3,000,000\): read as plain text/)]);
    expect(result.text.split('\n\n')).toHaveLength(50_000);
    expect(result.text.startsWith('The council said the bridge would reopen on Monday.\n')).toBe(true);
  });

  it('the plain reading leaves out scripts, styles and comments, and reads entities', () => {
    const deep = '<div>'.repeat(2_000);
    const result = htmlToArticleText(
      `<html><head><style>p{}</style></head><body>${deep}<script>var x = "<p>not text</p>";</script><!-- <p>nor this</p> -->` +
        `<p>Caf&eacute; &amp; bar &#8212; open &lt;daily&gt;.</p><p>Second&nbsp;line.</p></body></html>`,
    );
    expect(result.text).toBe('Caf&eacute; & bar — open <daily>.\n\nSecond line.\n');
  });

  it('a script or style ends at its end tag in any case; one never closed hides the rest of the page', () => {
    const deep = '<div>'.repeat(2_000);
    const mixed = `<SCRIPT>var x = "<p>not text</p>";</ScRiPt><p>Kept.</p><Style>p{}</STYLE ><p>Also kept.</p>`;
    expect(htmlToArticleText(`<html><body>${deep}${mixed}</body></html>`).text).toBe('Kept.\n\nAlso kept.\n');
    expect(htmlToArticleText(`<html><body>${deep}<p>Kept.</p><script>never closed <p>Lost.</p></body></html>`).text).toBe('Kept.\n');
    expect(measureHtml(`<div><SCRIPT>${'<div>'.repeat(5_000)}</Script></div>`).depth).toBe(2);
    // "İ" lower-cases to two characters: a search in a lower-cased copy of the page ended the script too late.
    expect(htmlToArticleText(`<html><body>${deep}<p>İZMİR and İĞDIR</p><script>x = 1;</script><p>Kept.</p></body></html>`).text).toBe(
      'İZMİR and İĞDIR\n\nKept.\n',
    );
  });
});

describe('--max-total-size', () => {
  const tmp = tempDir('safety-bounds');
  afterAll(() => tmp.remove());

  it('inputs together over the limit: one line naming the file that passed it and the limit, exit 2', async () => {
    const a = tmp.file('a.txt', ARTICLE_A);
    const b = tmp.file('b.txt', ARTICLE_B);
    // 0.0003 MB is 314 bytes: room for one article (some 250 bytes each), not for two.
    const result = await runMain([a, b, '--max-total-size', '0.0003']);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `claimdiff: ${b}: takes the inputs past 0 MB in all, the --max-total-size limit (raise it, or compare fewer files)`,
    ]);
  });

  it('under it: the run goes on; check takes it too', async () => {
    const folder = path.dirname(tmp.file('f/a.txt', ARTICLE_A));
    tmp.file('f/b.txt', ARTICLE_B);
    expect((await runMain([folder, '--max-total-size', '1', '--json'])).status).toBe(0);
    const check = await runMain(['check', folder, '--max-total-size', '0.0003']);
    expect(check.stderr).toMatch(/--max-total-size limit/);
  });

  it('is in --help with its default', async () => {
    expect((await runMain(['--help'])).stdout.replace(/\s+/g, ' ')).toContain(
      '--max-total-size <MB> stop with an error when the inputs together are larger than this (default: 100)',
    );
  });
});

describe("Node's string limit", () => {
  it('an input past it is a limit error naming the file, not an internal error', () => {
    const tooLong = () => 'x'.repeat(constants.MAX_STRING_LENGTH + 1);
    expect(() => withinStringLimit('huge.txt', tooLong)).toThrow(LimitError);
    expect(() => withinStringLimit('huge.txt', tooLong)).toThrow(/^huge\.txt: is too large to read as text: more than [\d,]+ characters/);
  });
});

describe('memory: a budget of sentence characters for all sources together', () => {
  const sentences = (source: string, lengths: number[]): Sentence[] =>
    lengths.map((n, index) => ({ source, index, line: index + 1, text: 'x'.repeat(n) }));
  const chars = (list: Sentence[][]) => list.flat().reduce((n, s) => n + s.text.length, 0);

  it('within it, nothing changes', () => {
    const all = [sentences('a', [10, 20]), sentences('b', [30])];
    expect(shareBudget(all, 60 + 3 * SENTENCE_COST)).toEqual({ kept: all });
  });

  it('tiny sentences are not free: a budget also bounds how many sentences there are', () => {
    const { kept } = shareBudget([sentences('a', Array(10_000).fill(4)), sentences('b', Array(10_000).fill(4))], 64_000);
    expect(kept.flat()).toHaveLength(1_000);
  });

  it('past it: the same allowance for every source, a short source untouched, each keeps its first sentences', () => {
    const all = [sentences('long', Array(100).fill(100)), sentences('short', [50, 50]), sentences('longer', Array(300).fill(100))];
    const { kept, allowance } = shareBudget(all, 5_000);
    // Each sentence costs SENTENCE_COST more than its length: 160 here, 110 for the short source's.
    expect(SENTENCE_COST).toBe(60);
    expect(allowance).toBe(Math.floor((5_000 - 2 * 110) / 2));
    expect(kept.map((k) => k.length)).toEqual([14, 2, 14]);
    expect(chars(kept) + kept.flat().length * SENTENCE_COST).toBeLessThanOrEqual(5_000);
    // Order-independent: the same allowance whichever order the sources come in.
    expect(shareBudget([...all].reverse(), 5_000).allowance).toBe(allowance);
  });

  it('the pipeline compares no more than the budget, and names what each source lost', () => {
    const story = (id: string, n: number): Source => ({
      id,
      path: `${id}.txt`,
      text: Array.from({ length: n }, (_, i) => `Crews repaired ${i + 2} cables of the harbour bridge on day ${i + 1}.`).join('\n\n'),
    });
    const report = compare([story('a', 400), story('b', 400), story('c', 5)], { maxTotalChars: 10_000 });
    const compared = report.claims.flatMap((c) => c.sentences).reduce((n, s) => n + s.text.length, 0);
    expect(compared).toBeLessThanOrEqual(10_000);
    expect(report.sources.map((s) => s.sentences)).toEqual([expect.any(Number), expect.any(Number), 5]);
    const lost = report.warnings.filter((w) => /characters of sentences compared in one run/.test(w.message)).map((w) => w.source);
    expect(lost).toEqual(['a', 'b']);
  });
});

describe('memory: claims x sources', () => {
  it('a report too big to hold (every claim lists every source) is a limit error, not a crash', () => {
    const sources: Source[] = Array.from({ length: 40 }, (_, i) => ({
      id: `s${i}`,
      path: `s${i}.txt`,
      text: `Story ${i}\n\nThe ${['north', 'south', 'east', 'west'][i % 4]} pier number ${i} was painted ${['red', 'blue', 'green', 'white', 'black'][i % 5]} by volunteer crew ${i * 7}.\n`,
    }));
    expect(() => compare(sources, { maxReportCells: 100 })).toThrow(LimitError);
    expect(() => compare(sources, { maxReportCells: 100 })).toThrow(/^40 sources and \d+ claims make a report of [\d,]+ claim-source cells, more than the 100 one run holds in memory/);
    expect(compare(sources, { maxReportCells: 1_600 }).sources).toHaveLength(40);
  });
});

describe('rendering a report of 100,000 claims', () => {
  // A spread of that many lines (`push(...lines)`, `Math.max(...rows)`) overflowed the stack.
  function hugeReport(n: number): Report {
    const claims: Claim[] = Array.from({ length: n }, (_, i) => ({
      id: `c${i + 1}`,
      sources: [i % 2 === 0 ? 'a' : 'b'],
      omittedBy: [],
      coverage: 'one',
      sentences: [{ source: i % 2 === 0 ? 'a' : 'b', line: i + 1, text: `Sentence ${i}.`, index: i, position: 0 }],
      facts: [],
      missingFacts: [],
      cohesion: 1,
    }));
    const source = (id: string) => ({ id, path: `${id}.txt`, sentences: n / 2, removed: [], adds: n / 2, omits: 0 });
    return { $schema: 'x', schemaVersion: 3, sources: [source('a'), source('b')], claims, factTable: [], contradictions: [], warnings: [] };
  }

  it('in the terminal: no stack overflow', () => {
    const text = RENDERERS.terminal(hugeReport(100_000), { color: false, width: 80 });
    expect(text).toContain('Sentence 99999.');
  });
});
