/**
 * Issue 8, the load stage in process: what the end-to-end tests cannot set up on every machine (a read that
 * fails with EACCES when the tests run as root, an endless stream), and the exact figures of the warnings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeBytes, InputError, invalidUtf8, LimitError, loadInputs, megabytes, MEGABYTE } from '../src/load/index.js';
import { ARTICLE_A, ARTICLE_B, tempDir } from './helpers/hostile.js';

const noStdin = (): NodeJS.ReadableStream => Readable.from([]);

function eacces(p: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: p });
}

const tmp = tempDir('hostile-load');
let a = '';
let b = '';
let c = '';
beforeAll(() => {
  a = tmp.file('articles/a.txt', ARTICLE_A);
  b = tmp.file('articles/b.txt', ARTICLE_B);
  c = tmp.file('articles/sub/c.txt', ARTICLE_B);
});
afterAll(() => tmp.remove());
afterEach(() => vi.restoreAllMocks());

describe('a file the process may not read (EACCES, as for a non-root user and chmod 000)', () => {
  function denyReading(file: string): void {
    const real = fs.openSync;
    vi.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
      if (p === file) throw eacces(file);
      return (real as (p: fs.PathLike, ...rest: unknown[]) => number)(p, ...rest);
    }) as typeof fs.openSync);
  }

  it('named directly: an InputError naming it, "permission denied"', async () => {
    denyReading(b);
    await expect(loadInputs([a, b], noStdin())).rejects.toThrow(new InputError(b, 'permission denied'));
  });

  it('found in a folder: skipped, named in `skipped`, the others read', async () => {
    denyReading(b);
    const { sources, skipped } = await loadInputs([path.dirname(a)], noStdin());
    expect(sources.map((s) => s.path)).toEqual([a, c]);
    expect(skipped).toEqual([{ source: b, message: 'skipped: permission denied' }]);
  });

  it('a subfolder that cannot be listed: named in `skipped`, the rest read', async () => {
    const real = fs.readdirSync;
    const sub = path.dirname(c);
    vi.spyOn(fs, 'readdirSync').mockImplementation(((p: fs.PathLike, o?: unknown) => {
      if (p === sub) throw eacces(sub);
      return (real as (p: fs.PathLike, o?: unknown) => unknown)(p, o);
    }) as typeof fs.readdirSync);
    const { sources, skipped } = await loadInputs([path.dirname(a)], noStdin());
    expect(sources.map((s) => s.path)).toEqual([a, b]);
    expect(skipped).toEqual([{ source: sub, message: 'folder skipped: permission denied' }]);
  });
});

describe('--max-file-size', () => {
  it('a file over the limit stops the run, even when found in a folder, naming its size and the flag', async () => {
    const big = tmp.file('sized/big.txt', 'The bridge reopened on Monday.\n'.repeat(40_000)); // 1.2 MB
    tmp.file('sized/small.txt', ARTICLE_A);
    const error = await loadInputs([path.dirname(big)], noStdin(), { maxFileBytes: MEGABYTE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LimitError);
    expect((error as Error).message).toBe(`${big}: is 1.2 MB, over the 1 MB limit (raise it with --max-file-size)`);
  });

  it('a size just over the limit never prints as the limit itself', () => {
    expect(megabytes(50 * MEGABYTE + 1, true)).toBe('50.1 MB');
    expect(megabytes(50 * MEGABYTE)).toBe('50 MB');
  });

  it('an endless standard input is read up to the limit, not forever', async () => {
    const line = Buffer.from('The bridge reopened on Monday after six months of repairs.\n');
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          pulled++;
          yield line;
        }
      })(),
    );
    await expect(loadInputs(['-'], endless, { maxFileBytes: MEGABYTE })).rejects.toThrow(
      /^stdin: is more than 1 MB, over the 1 MB limit \(raise it with --max-file-size\)$/,
    );
    // Counted, not timed: it stopped just past the limit (the stream reads a few chunks ahead).
    expect(pulled * line.length).toBeGreaterThan(MEGABYTE);
    expect(pulled * line.length).toBeLessThan(MEGABYTE + 64 * line.length);
  });

  it('an endless binary standard input is refused from its first bytes', async () => {
    const zeros = Buffer.alloc(65_536);
    const endless = Readable.from(
      (function* () {
        for (;;) yield zeros;
      })(),
    );
    await expect(loadInputs(['-'], endless)).rejects.toThrow(/^stdin: is a binary file \(contains NUL bytes\), not text$/);
  });
});

describe('decoding', () => {
  it.each([
    { name: 'valid UTF-8', bytes: [0x41, 0xc3, 0xa9, 0xe2, 0x80, 0x9c, 0xf0, 0x9f, 0x99, 0x82], bad: 0, first: -1 },
    { name: 'a lone continuation byte', bytes: [0x41, 0x80, 0x42], bad: 1, first: 1 },
    { name: 'a truncated 3-byte sequence', bytes: [0x41, 0xe2, 0x80, 0x42], bad: 2, first: 1 },
    { name: 'an overlong encoding', bytes: [0xc0, 0xaf], bad: 2, first: 0 },
    { name: 'a UTF-16 surrogate in UTF-8', bytes: [0xed, 0xa0, 0x80], bad: 3, first: 0 },
    { name: 'a sequence cut off at the end', bytes: [0x41, 0xf0, 0x9f, 0x99], bad: 3, first: 1 },
    { name: 'Windows-1252 quotes', bytes: [0x93, 0x48, 0x69, 0x94], bad: 2, first: 0 },
  ])('invalidUtf8: $name -> $bad bad byte(s)', ({ bytes, bad, first }) => {
    expect(invalidUtf8(Uint8Array.from(bytes))).toEqual({ bad, first });
  });

  it('the warning counts bytes and names the line of the first', () => {
    const { text, notes } = decodeBytes('f.txt', Buffer.from('One.\r\nTwo.\rThree \x93quoted\x94.\n', 'latin1'));
    expect(text).toBe('One.\r\nTwo.\rThree \ufffdquoted\ufffd.\n');
    expect(notes).toEqual([
      'not valid UTF-8: 2 byte(s) could not be read and were replaced with U+FFFD (the first on line 3); is the file in another encoding, such as Windows-1252?',
    ]);
  });

  it('a PNG is refused by signature even past a BOM-less start', () => {
    expect(() => decodeBytes('x.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toThrow(/^x\.txt: is a binary file \(PNG image\), not text$/);
  });
});
