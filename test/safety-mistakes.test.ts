/**
 * Issue 21, one line for every user mistake: what input can cause is an InputError or LimitError, one line
 * naming the input, exit 2, never "internal error"; `check` reports a broken expected file and goes on with
 * the other folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_FILE, parseExpected } from '../src/check/expected.js';
import { LimitError, withinStringLimit } from '../src/load/index.js';
import { RENDERERS } from '../src/report/index.js';
import { checkHtmlSize, withinRenderLimit } from '../src/report/size-limit.js';
import type { Report } from '../src/types.js';
import { ARTICLE_A, ARTICLE_B, expectOneLineError, tempDir } from './helpers/hostile.js';
import { runMain } from './helpers/run-main.js';

const tmp = tempDir('safety-mistakes');
afterAll(() => tmp.remove());

let a = '';
let b = '';
beforeAll(() => {
  a = tmp.file('articles/a.txt', ARTICLE_A);
  b = tmp.file('articles/b.txt', ARTICLE_B);
});

describe('an empty argument', () => {
  it("claimdiff '' a b: one line naming it", async () => {
    expectOneLineError(await runMain(['', a, b]), /^claimdiff: '': an empty argument/);
  });

  it("claimdiff check '': one line naming it", async () => {
    expectOneLineError(await runMain(['check', '']), /^claimdiff: '': an empty argument/);
  });
});

describe('check: a broken expected file is told, and the other folders are checked', () => {
  let good = '';
  beforeAll(async () => {
    good = path.dirname(tmp.file('fixtures/good/a.txt', ARTICLE_A));
    tmp.file('fixtures/good/b.txt', ARTICLE_B);
    expect((await runMain(['check', '--update', good])).status).toBe(0);
  });

  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  const item = '{"sources":["a"],"claim":"c"}';
  it.each([
    ['lists nested 100,000 deep', `{"schemaVersion":1,"contradictions":${deep(100_000)},"additions":[],"omissions":[]}`, /contradictions\[0\] must be an object/],
    ['an unknown field nested 100,000 deep', `{"schemaVersion":1,"contradictions":[],"additions":[{"sources":[],"claim":"c","x":${deep(100_000)}}],"omissions":[]}`, /additions\[0\] has a field no finding has/],
    ['a field named like a built-in property (constructor), nested 100,000 deep', `{"schemaVersion":1,"contradictions":[],"additions":[{"sources":[],"claim":"c","constructor":${deep(100_000)}}],"omissions":[]}`, /additions\[0\] has a field no finding has/],
    ['a number where words go', `{"schemaVersion":1,"contradictions":[],"additions":[{"sources":[7],"claim":"c"}],"omissions":[]}`, /additions\[0\]\.sources\[0\] must be text/],
    ['a finding that is a list', `{"schemaVersion":1,"contradictions":[],"additions":[[${item}]],"omissions":[]}`, /additions\[0\] must be an object/],
    ['a document that is a list', `[${item}]`, /must be a JSON object/],
    ['schemaVersion as text', '{"schemaVersion":"1","contradictions":[],"additions":[],"omissions":[]}', /unsupported schemaVersion string/],
    ['not JSON', '{"schemaVersion":1,', /JSON/],
  ])('%s: one line naming the file, the good folder still checked', async (_, text, problem) => {
    const broken = path.dirname(tmp.file(`fixtures/broken-${_.replace(/\W+/g, '-')}/a.txt`, ARTICLE_A));
    tmp.file(`fixtures/broken-${_.replace(/\W+/g, '-')}/b.txt`, ARTICLE_B);
    fs.writeFileSync(path.join(broken, EXPECTED_FILE), text);
    const result = await runMain(['check', good, broken]);
    expect(result.status).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toContain(path.join(broken, EXPECTED_FILE));
    expect(lines[0]).toMatch(problem);
    expect(lines[0]).not.toMatch(/internal error/);
    expect(result.stdout).toContain(`ok       ${good}`);
    expect(result.stdout).toContain(`error    ${broken}`);
  });

  it('the file claimdiff writes reads back', async () => {
    expect(() => parseExpected(fs.readFileSync(path.join(good, EXPECTED_FILE), 'utf8'))).not.toThrow();
  });
});

describe('inputs too large to hold as one string', () => {
  it("TextDecoder's ERR_STRING_TOO_LONG (a 600 MB file with the limits raised) is a LimitError naming the file", () => {
    const tooLong = Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    expect(() =>
      withinStringLimit('big.txt', () => {
        throw tooLong;
      }),
    ).toThrow(LimitError);
    expect(() =>
      withinStringLimit('big.txt', () => {
        throw tooLong;
      }),
    ).toThrow(/^big\.txt: is too large to read as text/);
  });

  it('a renderer meeting "Invalid string length" says which format, and names --format json', () => {
    expect(() =>
      withinRenderLimit('html', () => {
        throw new RangeError('Invalid string length');
      }),
    ).toThrow(/too large to render as --format html: use --format json/);
  });
});

describe('the HTML page keeps to a size', () => {
  /** A report of `claims` x `sources` cells: only the counts matter to the check, which runs before rendering. */
  const sized = (claims: number, sources: number) => ({ claims: new Array(claims).fill({}), sources: new Array(sources).fill({}) }) as unknown as Report;

  it('3,000 one-sentence sources (9 million cells): refused before it is built, naming --format json', () => {
    expect(() => RENDERERS.html(sized(3_000, 3_000))).toThrow(LimitError);
    expect(() => checkHtmlSize(sized(3_000, 3_000))).toThrow(/too large for --format html: 3,000 claims x 3,000 sources make 9,000,000 cells.*use --format json/);
  });
});
