/**
 * Issue 8: big inputs and the limits that keep a run bounded, through the command line (in-process) on files
 * generated in beforeAll (never committed). Defaults: --max-file-size 50 (MB), --max-sentences 20,000 per
 * source; a source is read up to 10 lines and 250 characters per sentence allowed (200,000 lines, 5,000,000
 * characters); a sentence is compared up to 5,000 characters. Whatever a limit leaves out is named in a warning.
 */
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '../src/types.js';
import { ARTICLE_A, ARTICLE_B, expectOneLineError, stderrWarnings, tempDir } from './helpers/hostile.js';
import { mainReport, runMain } from './helpers/run-main.js';

const MB = 1024 * 1024;
const tmp = tempDir('limits');
const files: Record<string, string> = {};

/** An article of `bytes` bytes: paragraphs of varied sentences (numbers change), a blank line between them. */
function bigArticle(bytes: number): string {
  const templates = [
    'The Harbour Bridge reopened on Monday after %d months of repairs, the city council said.',
    'About %d vehicles cross the bridge every day, according to the transport office.',
    'Mayor Lena Ortiz said the work had cost %d million euros.',
    'Cyclists will get a separate lane from %d, officials said.',
  ];
  const parts = ['Bridge reopens after repairs', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = templates[i % templates.length]!.replace('%d', String(i));
    parts.push(line, '');
    size += line.length + 2;
  }
  return parts.join('\n').slice(0, bytes);
}

beforeAll(() => {
  files.a = tmp.file('a.txt', ARTICLE_A);
  files.b = tmp.file('b.txt', ARTICLE_B);
  files.big20 = tmp.file('big20.txt', bigArticle(20 * MB));
  files.line5 = tmp.file('line5.txt', 'word '.repeat(MB)); // 5 MB, one line, no punctuation
  files.oneWordLines = tmp.file('one-word-lines.txt', Array.from({ length: 100_000 }, (_, i) => `Word${i % 997}`).join('\n'));
  files.lowerWordLines = tmp.file('lower-word-lines.txt', Array.from({ length: 100_000 }, (_, i) => `word${i % 997}`).join('\n'));
  // 60 MB on disk without writing 60 MB: a sparse file. It is refused before a byte of it is read.
  files.sparse60 = tmp.file('sparse60.txt');
  fs.writeFileSync(files.sparse60, '');
  fs.truncateSync(files.sparse60, 60 * MB);
});
afterAll(() => tmp.remove());
afterEach(() => vi.restoreAllMocks());

describe('--max-file-size (default 50 MB)', () => {
  it('a file over the default: exit 2 naming the file, its size and the flag, without reading it', async () => {
    const opened: unknown[] = [];
    for (const read of ['readFileSync', 'createReadStream', 'openSync', 'open'] as const) {
      const real = fs[read] as (...args: unknown[]) => unknown;
      vi.spyOn(fs, read).mockImplementation(((...args: unknown[]) => {
        opened.push(args[0]);
        return real(...args);
      }) as never);
    }
    const result = await runMain([files.a!, files.sparse60!]);
    expectOneLineError(result, /sparse60\.txt: is 60 MB, over the 50 MB limit \(raise it with --max-file-size\)$/);
    // Counted, not timed: the 60 MB file was never opened (the other one was).
    expect(opened).not.toContain(files.sparse60);
    expect(opened).toContain(files.a);
  });

  it('a 20 MB file over --max-file-size 10', async () => {
    expectOneLineError(await runMain([files.a!, files.big20!, '--max-file-size', '10']), /big20\.txt: is 20 MB, over the 10 MB limit \(raise it with --max-file-size\)$/);
  });

  it('a limit raised past the file: the file is read (and, being 60 MB of NUL bytes, refused as binary)', async () => {
    expectOneLineError(await runMain([files.a!, files.sparse60!, '--max-file-size', '61']), /sparse60\.txt: is a binary file \(contains NUL bytes\), not text$/);
  });
});

describe('a 20 MB article (under the default size limit)', () => {
  let result: Awaited<ReturnType<typeof mainReport>>;
  beforeAll(async () => {
    result = await mainReport([files.a!, files.big20!]);
  });

  it('works: both sources listed, the first 20,000 sentences compared', () => {
    const { report } = result;
    expect(report.sources.map((s) => s.id)).toEqual(['a', 'big20']);
    expect(report.sources[1]!.sentences).toBe(20_000);
  });

  it('names what it left out: the text past the read limit, and the sentences past --max-sentences', () => {
    const warnings = result.report.warnings.filter((w) => w.source === 'big20').map((w) => w.message);
    expect(warnings).toEqual([
      expect.stringMatching(/^too long: the text after line [\d,]+ was not read \([\d,]+ more characters, [\d,]+ more line\(s\)\): a source is read up to 200,000 lines and 5,000,000 characters/),
      expect.stringMatching(/^[\d,]+ sentence\(s\) from line [\d,]+ on dropped: only the first 20,000 of [\d,]+ compared \(--max-sentences\)$/),
    ]);
    expect(stderrWarnings(result.result).filter((w) => w.startsWith('big20: '))).toHaveLength(2);
  });
});

describe('long lines and many lines', () => {
  it('a single 5 MB line without punctuation: works, its start compared, a warning for what was not', async () => {
    // How its time grows with the line (0.5 MB to 5 MB) is measured by `npm run bench` (scripts/growth.ts).
    const { report } = await mainReport([files.a!, files.line5!]);
    expect(report.sources.map((s) => [s.id, s.sentences])).toEqual([
      ['a', 3],
      ['line5', 1],
    ]);
    const sentence = report.claims.flatMap((c) => c.sentences).find((s) => s.source === 'line5')!;
    expect(sentence.text.length).toBeLessThanOrEqual(5_000);
    expect(report.warnings.map((w) => `${w.source}: ${w.message}`)).toEqual([
      expect.stringMatching(/^line5: too long: the text after character 4,999,999 of line 1 was not read \(242,881 more characters\)/),
      'line5: 1 sentence(s) longer than 5,000 characters (the first on line 1, the longest 4,999,999): only the first 5,000 characters of each compared',
    ]);
  });

  it('100,000 one-word lines: works; each is a lone label to the clean stage, removed with its reason', async () => {
    const { report } = await mainReport([files.a!, files.b!, files.oneWordLines!]);
    const source = report.sources.find((s) => s.id === 'one-word-lines')!;
    expect(source.sentences).toBe(0);
    expect(source.removed).toHaveLength(100_000);
    expect(report.warnings).toContainEqual({ source: 'one-word-lines', message: 'no article text found: every claim counts as omitted' });
  });

  it('100,000 lower-case one-word lines with --keep-clutter: one hard-wrapped paragraph, its start compared', async () => {
    const { report } = await mainReport([files.a!, files.lowerWordLines!, '--keep-clutter']);
    expect(report.sources.map((s) => [s.id, s.sentences])).toEqual([
      ['a', 4],
      ['lower-word-lines', 1],
    ]);
    expect(report.warnings).toEqual([
      {
        source: 'lower-word-lines',
        message: expect.stringMatching(/^1 sentence\(s\) longer than 5,000 characters \(the first on line 1, the longest [\d,]+\): only the first 5,000 characters of each compared$/),
      },
    ]);
  });
});

describe('--max-sentences (default 20,000 per source)', () => {
  it('drops the rest of a longer source with a warning naming the source and the count', async () => {
    const { result, report } = await mainReport([files.a!, files.oneWordLines!, '--keep-clutter', '--max-sentences', '1000']);
    const text = fs.readFileSync(files.oneWordLines!, 'utf8');
    const firstLines = text.split('\n').slice(0, 10_000).join('\n').length + 1;
    const rest = (text.length - firstLines).toLocaleString('en-US');
    expect(report.sources.map((s) => [s.id, s.sentences])).toEqual([
      ['a', 4],
      ['one-word-lines', 1_000],
    ]);
    expect(report.warnings).toEqual([
      {
        source: 'one-word-lines',
        message:
          `too long: the text after line 10,000 was not read (${rest} more characters, 90,000 more line(s)): a source is read up to ` +
          '10,000 lines and 250,000 characters, 10 lines and 250 characters for each sentence --max-sentences allows',
      },
      { source: 'one-word-lines', message: '9,000 sentence(s) from line 1,001 on dropped: only the first 1,000 of 10,000 compared (--max-sentences)' },
    ]);
    expect(stderrWarnings(result)).toHaveLength(2);
  });

  it('applies to every source, the short ones untouched', async () => {
    const { report } = await mainReport([files.a!, files.b!, '--max-sentences', '2']);
    expect(report.sources.map((s) => s.sentences)).toEqual([2, 2]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      '1 sentence(s) from line 7 on dropped: only the first 2 of 3 compared (--max-sentences)',
      '1 sentence(s) from line 7 on dropped: only the first 2 of 3 compared (--max-sentences)',
    ]);
  });
});

describe('bad limit values: exit 2, one line naming the option', () => {
  it.each([
    ['--max-file-size', '0', /--max-file-size <MB>' argument '0' is invalid\. expected a positive number of megabytes/],
    ['--max-file-size', 'ten', /--max-file-size <MB>' argument 'ten' is invalid/],
    ['--max-file-size', '-5', /--max-file-size <MB>' argument '-5' is invalid/],
    ['--max-sentences', '0', /--max-sentences <n>' argument '0' is invalid\. expected a whole number of 1 or more/],
    ['--max-sentences', '2.5', /--max-sentences <n>' argument '2\.5' is invalid/],
    ['--max-sentences', '1e3', /--max-sentences <n>' argument '1e3' is invalid/],
  ])('%s %s', async (flag, value, message) => {
    expectOneLineError(await runMain([files.a!, files.b!, flag, value]), message);
  });

  it('fractions of a megabyte are fine', async () => {
    const result = await runMain([files.a!, files.b!, '--max-file-size', '0.001', '--json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Report).sources).toHaveLength(2);
  });
});
