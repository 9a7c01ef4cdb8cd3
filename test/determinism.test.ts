/**
 * Issue 8: same answer every time. The JSON report (and every other format) is byte-identical whatever the order
 * of the arguments, across runs, and whatever the machine's locale and time zone.
 *
 * The fixture folder is put together in a temp folder from the shipped fixtures (text and HTML pages, outlets
 * that disagree on numbers and weekdays), plus files that stress ordering: two files with the same name in two
 * folders, CRLF line endings, invalid UTF-8, a binary file that is skipped, an empty article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { ARTICLE_A, ARTICLE_B, runBounded, tempDir } from './helpers/hostile.js';
import { ROOT } from './helpers/run-cli.js';

const tmp = tempDir('determinism');
const dir = path.join(tmp.dir, 'story');
let files: string[] = [];

beforeAll(() => {
  const copy = (from: string, to: string) => tmp.file(path.join('story', to), fs.readFileSync(path.join(ROOT, 'fixtures', from)));
  copy('ferry-corran/coastline-news.txt', 'coastline-news.txt');
  copy('ferry-corran/isles-gazette.txt', 'isles-gazette.txt');
  copy('ferry-corran/northern-bulletin.txt', 'northern-bulletin.txt');
  copy('ferry-corran/tidewater-times.txt', 'wire/tidewater-times.txt');
  copy('html/elsby-courier.html', 'pages/elsby-courier.html');
  tmp.file('story/monday/reuters.txt', ARTICLE_A);
  tmp.file('story/tuesday/reuters.txt', ARTICLE_B.replace(/\n/g, '\r\n'));
  tmp.file('story/latin1.txt', Buffer.concat([Buffer.from(ARTICLE_B), Buffer.from([0xe9, 0x0a])]));
  tmp.file('story/empty.md', '');
  tmp.file('story/photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  files = [
    'coastline-news.txt',
    'isles-gazette.txt',
    'northern-bulletin.txt',
    'wire/tidewater-times.txt',
    'pages/elsby-courier.html',
    'monday/reuters.txt',
    'tuesday/reuters.txt',
    'latin1.txt',
    'empty.md',
  ].map((f) => path.join(dir, f));
});
afterAll(() => tmp.remove());

/** A fixed permutation of `items` from a seed (no Math.random: the test itself must be repeatable). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function json(args: readonly string[], env: NodeJS.ProcessEnv = {}): string {
  const result = runBounded([...args, '--json'], { env });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('the JSON report, byte for byte', () => {
  let baseline = '';
  beforeAll(() => {
    baseline = json([dir], { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
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
  ])('the same bytes for %s', (_name, args) => {
    // The binary file is only skipped when found in the folder; named runs leave it out.
    const named = json(args().filter((f) => !f.endsWith('photo.txt')), { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
    const expected = JSON.parse(baseline) as Report;
    const got = JSON.parse(named) as Report;
    // Paths are the user's spelling; everything else must be identical.
    expect(got.sources.map((s) => s.id)).toEqual(expected.sources.map((s) => s.id));
    const withoutPaths = (r: Report) => JSON.stringify({ ...r, sources: r.sources.map(({ path: _p, ...s }) => s), warnings: r.warnings.filter((w) => !w.source.endsWith('photo.txt')) });
    expect(withoutPaths(got)).toBe(withoutPaths(expected));
  });

  it('the same bytes for the same arguments in any order, paths included', () => {
    const forward = json([...files, dir]);
    for (const seed of [5, 6, 7]) expect(json([dir, ...shuffled(files, seed)])).toBe(forward);
  });

  it('the same bytes run after run', () => {
    expect(json([dir], { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' })).toBe(baseline);
  });

  it.each([
    { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    { TZ: 'America/St_Johns', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    { TZ: 'Asia/Kathmandu', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' },
  ])('the same bytes with TZ=$TZ and LC_ALL=$LC_ALL', (env) => {
    expect(json([dir], env)).toBe(baseline);
  });
});

describe('the other formats', () => {
  it.each(['terminal', 'markdown', 'html'])('%s: the same bytes whatever the argument order, locale and time zone', (format) => {
    const run = (args: string[], env: NodeJS.ProcessEnv) => {
      const result = runBounded([...args, '--format', format], { env: { NO_COLOR: '1', ...env } });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    const baseline = run(files, { TZ: 'UTC', LC_ALL: 'C' });
    expect(run(shuffled(files, 8), { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' })).toBe(baseline);
  });
});
