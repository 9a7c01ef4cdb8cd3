/**
 * The library's entry (src/index.ts, the package's `claimdiff`): loadSources -> compare -> render give what the
 * command line prints, with the defaults the README names. test/package.test.ts runs the same through the packed
 * package; this file covers the options, in-process.
 */
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { compare, FORMATS, fromJsonReport, InputError, LimitError, loadSources, render, SCHEMA_ID, toJsonReport, VERSION, type JsonReport, type Warning } from '../src/index.js';
import { ARTICLE_A, ARTICLE_B, tempDir } from './helpers/hostile.js';
import { runMain } from './helpers/run-main.js';

const tmp = tempDir('library');
afterAll(() => tmp.remove());

describe('loadSources', () => {
  it('reads a folder, telling onSkipped of each file it could not read', async () => {
    tmp.file('folder/a.txt', ARTICLE_A);
    tmp.file('folder/b.txt', ARTICLE_B);
    tmp.file('folder/c.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const skipped: Warning[] = [];
    const sources = await loadSources([`${tmp.dir}/folder`], { onSkipped: (w) => skipped.push(w) });
    expect(sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(skipped).toEqual([{ source: `${tmp.dir}/folder/c.txt`, message: 'skipped: is a binary file (PNG image), not text' }]);
  });

  it('reads - from the stream it is given', async () => {
    const sources = await loadSources(['-', tmp.file('b.txt', ARTICLE_B)], { stdin: Readable.from([Buffer.from(ARTICLE_A)]) });
    expect(sources.find((s) => s.id === 'stdin')?.text).toBe(ARTICLE_A);
  });

  it.each([
    { name: 'a missing file', inputs: () => ['no/such/file.txt'], options: {}, error: InputError, message: 'no/such/file.txt: no such file or directory' },
    { name: 'a file over maxFileBytes', inputs: () => [tmp.file('big.txt', ARTICLE_A)], options: { maxFileBytes: 10 }, error: LimitError, message: /big\.txt: is .* MB, over the .* limit/ },
  ])('throws $error.name for $name', async ({ inputs, options, error, message }) => {
    const thrown = await loadSources(inputs(), options).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(error);
    expect((thrown as Error).message).toMatch(message);
  });
});

describe('compare and render', () => {
  it.each(FORMATS)('render(report, %j) with no options is what the command line writes to a pipe', async (format) => {
    const report = compare(await loadSources(['fixtures/identical']));
    expect(render(report, format)).toBe((await runMain(['fixtures/identical', '--format', format])).stdout);
  });

  it('render takes the terminal options: colour, width, the summary alone', async () => {
    const report = compare(await loadSources(['fixtures/seeds']));
    expect(render(report, 'terminal', { color: true })).toContain('\u001b[');
    expect(render(report, 'terminal', { summary: true })).toBe((await runMain(['fixtures/seeds', '--summary'])).stdout);
    const wide = render(report, 'terminal', { width: 120 }).split('\n');
    expect(Math.max(...wide.map((l) => [...l].length))).toBeGreaterThan(80);
  });

  it('toJsonReport is the --json document; fromJsonReport gives back a report that renders as the original', async () => {
    const report = compare(await loadSources(['fixtures/seeds']));
    const document = JSON.parse(render(report, 'json')) as JsonReport;
    expect(document).toEqual(JSON.parse(JSON.stringify(toJsonReport(report))));
    expect(document.claims.some((c) => 'omittedBy' in c)).toBe(false);
    expect(render(fromJsonReport(document), 'markdown')).toBe(render(report, 'markdown'));
  });

  it('compare needs two sources: an InputError', () => {
    expect(() => compare([{ id: 'a', path: 'a.txt', text: ARTICLE_A }])).toThrow(InputError);
  });

  it('names the schema by a URL of this version', () => {
    expect(compare([{ id: 'a', path: 'a.txt', text: ARTICLE_A }, { id: 'b', path: 'b.txt', text: ARTICLE_B }]).$schema).toBe(SCHEMA_ID);
    expect(SCHEMA_ID).toBe(`https://unpkg.com/claimdiff@${VERSION}/schema/report.v3.json`);
  });
});
