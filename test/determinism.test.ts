/**
 * Issue 8: same answer every time. The JSON report (and every other format) is byte-identical whatever the order
 * of the arguments and across runs, in-process through `main(argv, io)`, on the folder of test/helpers/story.ts.
 * Whatever the machine's locale and time zone: that needs a process started under others, in test/e2e.test.ts.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { runMain } from './helpers/run-main.js';
import { shuffled, storyFolder } from './helpers/story.js';

const story = storyFolder('determinism');
const { dir, files } = story;
afterAll(() => story.remove());

async function run(args: readonly string[]): Promise<string> {
  const result = await runMain(args, { env: { NO_COLOR: '1' } });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const json = (args: readonly string[]) => run([...args, '--json']);

describe('the JSON report, byte for byte', () => {
  let baseline = '';
  beforeAll(async () => {
    baseline = await json([dir]);
  });

  it('reads every article of the folder, with the binary file skipped and named', () => {
    const report = JSON.parse(baseline) as Report;
    expect(report.sources.map((s) => s.id)).toEqual([
      'coastline-news',
      'empty',
      'isles-gazette',
      'latin1',
      'monday/reuters',
      'northern-bulletin',
      'elsby-courier',
      'tuesday/reuters',
      'tidewater-times',
    ]);
    expect(report.warnings.map((w) => w.source)).toContain(path.join(dir, 'photo.txt'));
    expect(report.claims.length).toBeGreaterThan(20);
  });

  it.each([
    ['the files named in order', () => files],
    ['the files in reverse', () => [...files].reverse()],
    ['shuffled (seed 1)', () => shuffled(files, 1)],
    ['shuffled (seed 2)', () => shuffled(files, 2)],
    ['shuffled (seed 3), some twice, the folder too', () => [...shuffled(files, 3).slice(0, 4), dir, ...files.slice(2, 5)]],
    ['through other spellings of the same paths', () => shuffled(files, 4).map((f) => path.join(dir, '.', path.relative(dir, f)).replace(dir, `${dir}/../story`))],
  ])('the same bytes for %s', async (_name, args) => {
    // The binary file is only skipped when found in the folder; named runs leave it out.
    const named = await json(args().filter((f) => !f.endsWith('photo.txt')));
    const expected = JSON.parse(baseline) as Report;
    const got = JSON.parse(named) as Report;
    // Paths are the user's spelling; everything else must be identical.
    expect(got.sources.map((s) => s.id)).toEqual(expected.sources.map((s) => s.id));
    const withoutPaths = (r: Report) => JSON.stringify({ ...r, sources: r.sources.map(({ path: _p, ...s }) => s), warnings: r.warnings.filter((w) => !w.source.endsWith('photo.txt')) });
    expect(withoutPaths(got)).toBe(withoutPaths(expected));
  });

  it('the same bytes for the same arguments in any order, paths included', async () => {
    const forward = await json([...files, dir]);
    for (const seed of [5, 6, 7]) expect(await json([dir, ...shuffled(files, seed)])).toBe(forward);
  });

  it('the same bytes run after run', async () => {
    expect(await json([dir])).toBe(baseline);
  });
});

describe('the other formats', () => {
  it.each(['terminal', 'markdown', 'html'])('%s: the same bytes whatever the argument order', async (format) => {
    const baseline = await run([...files, '--format', format]);
    expect(baseline.length).toBeGreaterThan(1000);
    expect(await run([...shuffled(files, 8), '--format', format])).toBe(baseline);
  });
});
