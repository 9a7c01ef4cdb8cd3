/**
 * Issue 21, every read is bounded while it happens: a file is read up to --max-file-size and no further,
 * whatever its stat size says (procfs files say 0: `/proc/self/pagemap` holds gigabytes).
 */
import fs from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { LimitError, loadInputs, MEGABYTE } from '../src/load/index.js';
import { ARTICLE_A, expectOneLineError, tempDir } from './helpers/hostile.js';
import { runMain } from './helpers/run-main.js';

const tmp = tempDir('safety-bounded');
afterAll(() => tmp.remove());
afterEach(() => vi.restoreAllMocks());

/** Counts the bytes the load stage reads from files. */
function countReads(): { bytes: number } {
  const counted = { bytes: 0 };
  const real = fs.readSync;
  vi.spyOn(fs, 'readSync').mockImplementation(((...args: Parameters<typeof fs.readSync>) => {
    const got = (real as (...a: Parameters<typeof fs.readSync>) => number)(...args);
    counted.bytes += got;
    return got;
  }) as typeof fs.readSync);
  return counted;
}

describe.runIf(fs.existsSync('/proc/self/pagemap'))('a file whose stat size lies', () => {
  it('/proc/self/pagemap named with --max-file-size 1: one line, exit 2', async () => {
    const a = tmp.file('a.txt', ARTICLE_A);
    expectOneLineError(await runMain([a, '/proc/self/pagemap', '--max-file-size', '1']), /^claimdiff: \/proc\/self\/pagemap: is more than 1 MB, over the 1 MB limit/);
  });

  it('is read no further than the limit (and a page)', async () => {
    const counted = countReads();
    await expect(loadInputs(['/proc/self/pagemap'], process.stdin, { maxFileBytes: MEGABYTE })).rejects.toThrow(LimitError);
    expect(counted.bytes).toBeGreaterThan(MEGABYTE);
    expect(counted.bytes).toBeLessThanOrEqual(MEGABYTE + 4096);
  });

  it('a procfs file named, within the limit, is read as named', async () => {
    const { sources } = await loadInputs(['/proc/self/status', tmp.file('b.txt', ARTICLE_A)], process.stdin);
    expect(sources.find((s) => s.path === '/proc/self/status')?.text).toMatch(/^Name:/);
  });
});

describe('a regular file at the limit', () => {
  it('exactly --max-file-size bytes: read whole', async () => {
    const file = tmp.file('exact.txt', 'a'.repeat(MEGABYTE - 1) + '\n');
    const { sources } = await loadInputs([file, tmp.file('c.txt', ARTICLE_A)], process.stdin, { maxFileBytes: MEGABYTE });
    expect(sources[1]?.text.length).toBe(MEGABYTE);
  });
});
