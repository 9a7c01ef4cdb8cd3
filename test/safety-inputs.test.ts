/**
 * Issue 15, inputs: only regular files are read from folders and globs (a FIFO, socket or device is skipped
 * with a warning; named on the command line it is an error that never blocks); one file reached by several
 * paths is read once, with a warning; no text is dropped silently (SVG foreignObject, a wordless fragment such
 * as the `> [!` of a Markdown alert).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../src/load/index.js';
import { segment } from '../src/segment/index.js';
import type { Report } from '../src/types.js';
import { ARTICLE_A, ARTICLE_B, tempDir } from './helpers/hostile.js';
import { mainJson, runMain } from './helpers/run-main.js';

const tmp = tempDir('safety-inputs');
const servers: net.Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
  tmp.remove();
});

function mkfifo(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync('mkfifo', [file]);
  return file;
}

async function listenOn(file: string): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(file, resolve));
  return file;
}

/** The source paths of a report, relative to the temp folder. */
function sourcePaths(report: Report): string[] {
  return report.sources.map((s) => path.relative(tmp.dir, s.path));
}

function warningsAbout(report: Report): string[] {
  return report.warnings.map((w) => `${path.relative(tmp.dir, w.source)}: ${w.message}`);
}

describe('files that are not regular files', () => {
  let folder = '';
  beforeAll(async () => {
    folder = path.dirname(tmp.file('special/a.txt', ARTICLE_A));
    tmp.file('special/b.md', ARTICLE_B);
    mkfifo(path.join(folder, 'pipe.txt'));
    mkfifo(path.join(folder, 'sub', 'pipe.html'));
    await listenOn(path.join(folder, 'socket.md'));
    fs.symlinkSync('pipe.txt', path.join(folder, 'link-to-pipe.txt'));
  });

  it('in a folder: skipped, each named in a warning, the run not blocked', async () => {
    const result = await runMain([folder, '--json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(sourcePaths(report)).toEqual(['special/a.txt', 'special/b.md']);
    expect(warningsAbout(report)).toEqual([
      'special/link-to-pipe.txt: skipped: is a FIFO (named pipe), not a regular file',
      'special/pipe.txt: skipped: is a FIFO (named pipe), not a regular file',
      'special/socket.md: skipped: is a socket, not a regular file',
      'special/sub/pipe.html: skipped: is a FIFO (named pipe), not a regular file',
    ]);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(4);
  });

  it('matched by a glob: skipped with a warning too', async () => {
    const report = await mainJson([path.join(folder, '*.txt'), path.join(folder, '*.md')]);
    expect(sourcePaths(report)).toEqual(['special/a.txt', 'special/b.md']);
    expect(warningsAbout(report).filter((w) => /not a regular file/.test(w))).toHaveLength(3);
  });

  it.each([
    ['a FIFO with no writer', 'special/pipe.txt', /is a FIFO \(named pipe\), not a regular file/],
    ['a link to a FIFO', 'special/link-to-pipe.txt', /is a FIFO/],
    ['a socket', 'special/socket.md', /is a socket, not a regular file/],
  ])('named on the command line, %s: one error line, exit 2, never a wait', async (_, rel, problem) => {
    const file = path.join(tmp.dir, rel);
    const result = await runMain([path.join(folder, 'a.txt'), file]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(file)]);
    expect(result.stderr).toMatch(problem);
  }, 10_000);

  it('a device named on the command line: refused as a device, not read', async () => {
    const result = await runMain([path.join(folder, 'a.txt'), '/dev/null']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^claimdiff: \/dev\/null: is a device, not a regular file/);
  });
});

describe('one file reached by several paths', () => {
  let folder = '';
  beforeAll(() => {
    folder = path.dirname(tmp.file('twice/a.txt', ARTICLE_A));
    tmp.file('twice/b.txt', ARTICLE_B);
    fs.linkSync(path.join(folder, 'a.txt'), path.join(folder, 'hard-a.txt'));
    fs.symlinkSync('b.txt', path.join(folder, 'soft-b.md'));
    fs.mkdirSync(path.join(tmp.dir, 'elsewhere'));
    fs.linkSync(path.join(folder, 'b.txt'), path.join(tmp.dir, 'elsewhere', 'copy.txt'));
  });

  it('a hard link and a symbolic link in the folder: each file read once, the other paths named', async () => {
    const report = await mainJson([folder]);
    expect(sourcePaths(report)).toEqual(['twice/a.txt', 'twice/b.txt']);
    expect(warningsAbout(report)).toEqual([
      'twice/hard-a.txt: skipped: the same file as ' + path.join(folder, 'a.txt') + ', read once',
      'twice/soft-b.md: skipped: the same file as ' + path.join(folder, 'b.txt') + ', read once',
    ]);
  });

  it('a hard link in another folder, named: read once, whichever order the arguments come in', async () => {
    const elsewhere = path.join(tmp.dir, 'elsewhere', 'copy.txt');
    const forward = await mainJson([path.join(folder, 'a.txt'), path.join(folder, 'b.txt'), elsewhere]);
    const backward = await mainJson([elsewhere, path.join(folder, 'b.txt'), path.join(folder, 'a.txt')]);
    expect(forward.sources).toHaveLength(2);
    expect(backward).toEqual(forward);
    expect(warningsAbout(forward)).toEqual([`twice/b.txt: skipped: the same file as ${elsewhere}, read once`]);
  });

  it('the same path twice, or the folder and a file in it: read once, no warning', async () => {
    const a = path.join(folder, 'a.txt');
    const { sources, skipped } = await loadInputs([a, a, path.join(folder, '.', 'a.txt'), path.join(folder, 'b.txt')], process.stdin);
    expect(sources.map((s) => path.relative(tmp.dir, s.path))).toEqual(['twice/a.txt', 'twice/b.txt']);
    expect(skipped).toEqual([]);
  });
});

describe('no text dropped silently', () => {
  it('text inside an SVG foreignObject is read', async () => {
    const page = tmp.file(
      'svg/page.html',
      `<!doctype html><html><head><title>Bridge open</title></head><body><article><h1>Bridge open</h1>
<p>${ARTICLE_A.split('\n')[2]}</p>
<svg viewBox="0 0 10 10"><rect width="5" height="5"/><text>7</text><g><foreignObject width="10" height="10"><div><p>Engineers checked every cable of the bridge twice before it opened to traffic.</p></div></foreignObject></g></svg>
<p>${ARTICLE_A.split('\n')[4]}</p></article></body></html>`,
    );
    const report = await mainJson([page, tmp.file('svg/b.txt', ARTICLE_B)]);
    const texts = report.claims.flatMap((c) => c.sentences.filter((s) => s.source === 'page').map((s) => s.text));
    expect(texts).toContain('Engineers checked every cable of the bridge twice before it opened to traffic.');
  });

  it.each([
    '> [!NOTE] The Harbour Bridge reopened on Monday, the council said.',
    '> [!WARNING]\n> The Harbour Bridge reopened on Monday, the council said.',
    '[!] The Harbour Bridge reopened on Monday, the council said.',
    'The Harbour Bridge reopened on Monday. !!! The council said so.',
    'The Harbour Bridge reopened on Monday, the council said. ?!',
  ])('%j: every character of the paragraph is in its sentences', (text) => {
    const kept = text.split('\n').map((line, i) => ({ line: i + 1, text: line }));
    const sentences = segment({ source: { id: 's', path: 's', text }, kept, removed: [] });
    expect(sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('for any paragraph with a word: its sentences hold all of its text', () => {
    const piece = fc.constantFrom('The', 'bridge', 'opened', '.', '!', '?', '>', '[', ']', '[!', '—', '*', '…', '"', ' ', ' ', '1', 'Mr.', 'U.S.');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const text = `${pieces.join(' ')} word.`;
        const sentences = segment({ source: { id: 's', path: 's', text }, kept: [{ line: 1, text }], removed: [] });
        expect(sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
