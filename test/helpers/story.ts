/**
 * The folder the determinism tests compare in every argument order (test/determinism.test.ts in-process,
 * test/e2e.test.ts under another locale and time zone): shipped fixtures (text and HTML pages, outlets that
 * disagree on numbers and weekdays) plus files that stress ordering: two files with the same name in two
 * folders, CRLF line endings, invalid UTF-8, a binary file that is skipped, an empty article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE_A, ARTICLE_B, tempDir } from './hostile.js';
import { ROOT } from './run-cli.js';

export interface StoryFolder {
  /** The folder: `<temp>/story`. */
  dir: string;
  /** Every article in it, as absolute paths; not the binary file. */
  files: string[];
  remove: () => void;
}

export function storyFolder(prefix: string): StoryFolder {
  const tmp = tempDir(prefix);
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
  const dir = path.join(tmp.dir, 'story');
  const files = [
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
  return { dir, files, remove: tmp.remove };
}

/** A fixed permutation of `items` from a seed (no Math.random: the test itself must be repeatable). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
