/**
 * Issue 15, writes and errors: the files claimdiff writes (`-o`, `check --update`'s expected file) cannot be
 * turned against the user by a pull request: never through a symbolic link (to a file, a folder, or nowhere),
 * never onto an input, whole or not at all. Every user mistake is one line on standard error naming the file,
 * exit 2; `check` tells each folder's trouble on standard error and goes on with the others.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { EXPECTED_FILE } from '../src/check/expected.js';
import { ARTICLE_A, ARTICLE_B, tempDir } from './helpers/hostile.js';
import type { CliResult } from './helpers/run-cli.js';
import { runMain } from './helpers/run-main.js';

const tmp = tempDir('safety-writes');
afterAll(() => tmp.remove());

let n = 0;
/** A fresh folder with two articles; `secret` is a file outside it a link could point at. */
function setup(): { dir: string; a: string; b: string; secret: string } {
  n++;
  const a = tmp.file(`case${n}/articles/a.txt`, ARTICLE_A);
  const b = tmp.file(`case${n}/articles/b.txt`, ARTICLE_B);
  const secret = tmp.file(`case${n}/secret.txt`, 'SECRET, not to be read or written\n');
  return { dir: path.dirname(a), a, b, secret };
}

/** Exit 2, exactly one line on stderr naming `file` and matching `problem`, no stack trace. */
function expectUserError(result: CliResult, file: string, problem: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(problem);
  expect(lines[0]).not.toMatch(/internal error|--debug/);
}

/** No temporary file left beside the target. */
function expectNoTempFiles(dir: string): void {
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

describe('-o', () => {
  let c: ReturnType<typeof setup>;
  beforeEach(() => {
    c = setup();
  });

  it.each([
    ['the input itself', (x: typeof c) => x.a],
    ['the input by another spelling', (x: typeof c) => path.join(x.dir, '..', 'articles', '.', 'a.txt')],
    ['a hard link to the input', (x: typeof c) => {
      const link = path.join(x.dir, '..', 'hard.html');
      fs.linkSync(x.b, link);
      return link;
    }],
  ])('onto %s: refused, the input unchanged', async (_, target) => {
    const out = target(c);
    const result = await runMain([c.a, c.b, '-o', out]);
    expectUserError(result, out, /input|not overwritten/);
    expect(fs.readFileSync(c.a, 'utf8')).toBe(ARTICLE_A);
    expect(fs.readFileSync(c.b, 'utf8')).toBe(ARTICLE_B);
  });

  it.each([
    ['a file outside', (x: typeof c) => x.secret],
    ['an input', (x: typeof c) => x.a],
    ['a folder', (x: typeof c) => x.dir],
    ['nowhere (dangling)', (x: typeof c) => path.join(x.dir, '..', 'created-by-link.txt')],
  ])('through a symbolic link to %s: refused, nothing written', async (_, target) => {
    const link = path.join(c.dir, '..', 'report.md');
    const pointsAt = target(c);
    fs.symlinkSync(pointsAt, link);
    const content = (p: string) => (!fs.existsSync(p) ? 'absent' : fs.statSync(p).isFile() ? fs.readFileSync(p, 'utf8') : 'folder');
    const before = content(pointsAt);
    const result = await runMain([c.a, c.b, '--format', 'markdown', '-o', link]);
    expectUserError(result, link, /symbolic link/);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(content(pointsAt)).toBe(before);
  });

  it('a hard link to a file that is no input: replaced by the report, the other file left as it was', async () => {
    const out = path.join(c.dir, '..', 'out.txt');
    fs.linkSync(c.secret, out);
    const result = await runMain([c.a, c.b, '-o', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^claimdiff: 2 sources/);
    expect(fs.readFileSync(c.secret, 'utf8')).toMatch(/^SECRET/);
    expectNoTempFiles(path.dirname(out));
  });

  it('/dev/null: written to, left a device', async () => {
    const result = await runMain([c.a, c.b, '-o', '/dev/null']);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a FIFO: refused, never a wait for a reader', async () => {
    const fifo = path.join(c.dir, '..', 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    expectUserError(await runMain([c.a, c.b, '-o', fifo]), fifo, /not a regular file/);
  });

  it('an existing report: replaced whole, no temporary file left', async () => {
    const out = path.join(c.dir, '..', 'report.json');
    fs.writeFileSync(out, 'old');
    const result = await runMain([c.a, c.b, '--json', '-o', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toMatchObject({ schemaVersion: 3 });
    expectNoTempFiles(path.dirname(out));
  });

  it.each([
    ['a folder', (x: typeof c) => x.dir, /is a directory/],
    ['in a folder that does not exist', (x: typeof c) => path.join(x.dir, 'no', 'such', 'report.html'), /cannot write.*no such file or directory/],
    ['in a path through a file', (x: typeof c) => path.join(x.secret, 'report.html'), /cannot write/],
  ])('%s: one line naming it, exit 2, before any comparing', async (_, target, problem) => {
    const out = target(c);
    const result = await runMain([c.a, c.b, '-o', out]);
    expectUserError(result, out, problem);
  });
});

describe('check --update and the expected file', () => {
  it.each([
    ['a file outside the folder', (x: ReturnType<typeof setup>) => x.secret],
    ['an article of the folder', (x: ReturnType<typeof setup>) => x.a],
    ['nowhere (dangling)', (x: ReturnType<typeof setup>) => path.join(x.dir, '..', 'made-by-link.json')],
  ])('a symbolic link to %s: not written through, one line on stderr, exit 2', async (_, target) => {
    const c = setup();
    const pointsAt = target(c);
    const before = fs.existsSync(pointsAt) ? fs.readFileSync(pointsAt, 'utf8') : undefined;
    const expected = path.join(c.dir, EXPECTED_FILE);
    fs.symlinkSync(pointsAt, expected);
    const result = await runMain(['check', '--update', c.dir]);
    expectUserError(result, expected, /symbolic link/);
    expect(fs.existsSync(pointsAt) ? fs.readFileSync(pointsAt, 'utf8') : undefined).toBe(before);
    expect(fs.lstatSync(expected).isSymbolicLink()).toBe(true);
  });

  it('a symbolic link read by check: not followed, so nothing of the file it points at is printed', async () => {
    const c = setup();
    fs.symlinkSync(c.secret, path.join(c.dir, EXPECTED_FILE));
    const result = await runMain(['check', c.dir]);
    expect(result.status).toBe(2);
    expect(result.stdout + result.stderr).not.toContain('SECRET');
    expect(result.stderr).toMatch(/symbolic link/);
  });

  it('a hard link to an article: refused, the article unchanged', async () => {
    const c = setup();
    const expected = path.join(c.dir, EXPECTED_FILE);
    fs.linkSync(c.a, expected);
    const result = await runMain(['check', '--update', c.dir]);
    expectUserError(result, expected, /same file as the input/);
    expect(fs.readFileSync(c.a, 'utf8')).toBe(ARTICLE_A);
  });

  it('written atomically: the file replaced whole, no temporary file left', async () => {
    const c = setup();
    fs.writeFileSync(path.join(c.dir, EXPECTED_FILE), 'stale');
    const result = await runMain(['check', '--update', c.dir]);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(c.dir, EXPECTED_FILE), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    expectNoTempFiles(c.dir);
  });

  it('one folder that cannot be written does not stop the others; its trouble is on stderr, not stdout', async () => {
    const bad = setup();
    const good = setup();
    // A folder in the expected file's place: no write can succeed, even as root.
    fs.mkdirSync(path.join(bad.dir, EXPECTED_FILE));
    const result = await runMain(['check', '--update', bad.dir, good.dir]);
    expect(result.status).toBe(2);
    expectUserError(result, path.join(bad.dir, EXPECTED_FILE), /is a directory/);
    expect(fs.existsSync(path.join(good.dir, EXPECTED_FILE))).toBe(true);
    expect(result.stdout).toMatch(/^created +.*case\d+\/articles\/claimdiff\.expected\.json$/m);
    expect(result.stdout).not.toMatch(/is a directory/);
  });

  it('problems of several folders: one stderr line each, every folder checked', async () => {
    const lonely = setup();
    fs.rmSync(lonely.b);
    const missing = setup();
    const broken = setup();
    fs.writeFileSync(path.join(broken.dir, EXPECTED_FILE), '{ not json');
    const result = await runMain(['check', lonely.dir, missing.dir, broken.dir]);
    expect(result.status).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/need at least two sources/);
    expect(lines[1]).toBe(`claimdiff: ${path.join(missing.dir, EXPECTED_FILE)}: no such file (create it with claimdiff check --update ${missing.dir})`);
    expect(lines[2]).toContain(path.join(broken.dir, EXPECTED_FILE));
    expect(result.stdout).toMatch(/^missing +.*claimdiff\.expected\.json/m);
    expect(result.stdout).toMatch(/3 folders checked, 3 not passing/);
  });
});
