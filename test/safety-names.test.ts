/**
 * Issue 21, the smaller ones: file names with backslashes, invisible characters in ids, and Markdown that stays
 * within GitHub's comment limit and links nothing, whatever the input. (A folder named `-` reached as `./-` is
 * a folder: test/e2e.test.ts, since it needs a working folder of its own.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assignIds } from '../src/load/index.js';
import { notStdin } from '../src/load/resolve.js';
import { escapeMarkdown, unescapeMarkdown } from '../src/report/escape.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/types.js';
import { ARTICLE_A, ARTICLE_B, tempDir } from './helpers/hostile.js';
import { mainJson, runMain } from './helpers/run-main.js';

const tmp = tempDir('safety-names');
afterAll(() => tmp.remove());

describe('file names', () => {
  it('four readable files whose names hold backslashes: compared, each its own id', async () => {
    const dir = path.dirname(tmp.file('slashes/a\\b.txt', ARTICLE_A));
    tmp.file('slashes/b.txt', ARTICLE_B);
    tmp.file('slashes/c\\a\\b.txt', ARTICLE_B.replace('Cyclists', 'Walkers'));
    fs.mkdirSync(path.join(dir, 'a'));
    tmp.file('slashes/a/b.txt', ARTICLE_A.replace('Mayor', 'The mayor'));
    const report = await mainJson([dir]);
    expect(report.sources).toHaveLength(4);
    expect(new Set(report.sources.map((s) => s.id)).size).toBe(4);
  });

  it('a name that is not valid UTF-8 (in a folder whose name is not either): read, shown with U+FFFD stand-ins', async () => {
    const dir = path.dirname(tmp.file('latin1/a.txt', ARTICLE_A));
    const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
    fs.writeFileSync(bytes(`${dir}/caf`, [0xe9], '.txt'), ARTICLE_B);
    fs.mkdirSync(bytes(`${dir}/sub`, [0xff]));
    fs.writeFileSync(bytes(`${dir}/sub`, [0xff], '/inner.md'), ARTICLE_B.replace('Cyclists', 'Walkers'));
    const report = await mainJson([dir]);
    expect(report.sources.map((s) => path.relative(dir, s.path)).sort()).toEqual(['a.txt', 'caf\ufffd.txt', 'sub\ufffd/inner.md']);
    expect(report.warnings).toEqual([]);
  });

  it('invisible characters in a name are shown in its id: reuters and reu + U+2060 + ters read apart', async () => {
    expect(assignIds(['x/reuters.txt', 'x/reu\u2060ters.txt', 'x/\u200bap.txt', 'x/b\u00adbc.md'])).toEqual(['reuters', 'reu<U+2060>ters', '<U+200B>ap', 'b<U+00AD>bc']);
    const dir = path.dirname(tmp.file('invisible/reuters.txt', ARTICLE_A));
    tmp.file('invisible/reu\u2060ters.txt', ARTICLE_B);
    const result = await runMain([dir]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('reu<U+2060>ters');
    expect(result.stdout).not.toContain('\u2060');
  });

  it('a skipped file or a missing one with an invisible character in its name: shown in the warning and the error', async () => {
    const dir = path.dirname(tmp.file('invisible-skip/a.txt', ARTICLE_A));
    tmp.file('invisible-skip/b.txt', ARTICLE_B);
    tmp.file('invisible-skip/im\u200bage.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    const skipped = await runMain([dir]);
    expect(skipped.stderr).toContain('im<U+200B>age.txt: skipped: is a binary file');
    const missing = await runMain([path.join(dir, 'a.txt'), path.join(dir, 'gone\u2060.txt')]);
    expect(missing.stderr.trimEnd()).toBe(`claimdiff: ${path.join(dir, 'gone<U+2060>.txt')}: no such file or directory`);
  });

  it('an id spelled as another made visible is still its own', () => {
    expect(new Set(assignIds(['x/reu\u2060ters.txt', 'y/reu<U+2060>ters.txt'])).size).toBe(2);
  });

  it('a file found named - is that file, not standard input', () => {
    expect(notStdin('-')).toBe(`.${path.sep}-`);
    expect(notStdin('a/-')).toBe('a/-');
  });
});

describe('Markdown', () => {
  /** A report of `n` sources answering one question alike: the fact table is one row `n` cells wide. */
  function wide(n: number): Report {
    const sources = Array.from({ length: n }, (_, i) => `source-with-a-long-name-${i}`);
    return {
      sources: sources.map((id) => ({ id, path: `${id}.txt`, sentences: 1, adds: 0, omits: 0, removed: [] })),
      claims: [],
      contradictions: [],
      warnings: [],
      factTable: [{ frame: { key: 'count|person|kill', label: 'people killed' }, values: sources.map((source) => ({ source, value: 12, words: 'twelve people', line: 1 })) }],
    } as unknown as Report;
  }

  it.each([800, 5_000])('%i sources: within 65,536 characters, and says it was cut', (n) => {
    const md = renderMarkdown(wide(n));
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toMatch(/> \[!NOTE\]\n> Cut to stay within GitHub's comment limit/);
  });

  it.each([
    ['GH-123', 'see GH-123 for it'],
    ['gh-7', 'gh-7'],
    ['a commit SHA', 'fixed in 3f9c2a1b7e and deadbeefcafe1234'],
    ['a full SHA', 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3'],
    ['an issue URL', 'https://github.com/acme/app/issues/42'],
    ['a pull request URL', 'https://github.com/acme/app/pull/7/files'],
    ['owner/repo#123', 'acme/app#123'],
  ])('%s is broken as #123 is (GitHub links nothing), and reads the same', (_, text) => {
    const escaped = escapeMarkdown(text);
    expect(escaped).not.toMatch(/\bGH-\d|\b[0-9a-f]{7,40}\b|\/(?:issues|pull)\/\d|#\d/i);
    expect(unescapeMarkdown(escaped)).toBe(text);
  });
});
