/**
 * Issue 21, reads stay where the user pointed: a file found in a named folder or by a glob whose real path lies
 * outside that folder's tree (a link out, by any number of hops) is skipped with a warning naming it; `check`
 * applies the rule per fixture folder and `--update` never writes into a folder reached through a link. Each
 * attack links to a file outside the temporary tree that holds a unique token: it must appear in no output.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPECTED_FILE } from '../src/check/expected.js';
import type { Report } from '../src/types.js';
import { ARTICLE_A, ARTICLE_B, tempDir } from './helpers/hostile.js';
import type { CliResult } from './helpers/run-cli.js';
import { runMain } from './helpers/run-main.js';

const tree = tempDir('safety-links');
const outside = tempDir('safety-links-outside');
afterAll(() => {
  tree.remove();
  outside.remove();
});

const TOKEN = `SECRET-${randomUUID()}`;
/** A private file outside every tree the tests name: an article-like sentence with the token. */
const secret = outside.file('secret.txt', `The private key ${TOKEN} was stored on the runner on Monday.\n`);

let n = 0;
/** A fresh folder of two articles inside the tree. */
function folder(): string {
  n++;
  const dir = path.join(tree.dir, `case${n}`, 'story');
  tree.file(`case${n}/story/a.txt`, ARTICLE_A);
  tree.file(`case${n}/story/b.txt`, ARTICLE_B);
  return dir;
}

function expectNoLeak(result: CliResult): void {
  expect(result.stdout).not.toContain(TOKEN);
  expect(result.stderr).not.toContain(TOKEN);
}

function sourcePaths(result: CliResult): string[] {
  return (JSON.parse(result.stdout) as Report).sources.map((s) => path.basename(s.path));
}

describe('a link out of a named folder', () => {
  it.each(['terminal', 'json', 'markdown', 'html', 'github'])('--format %s: skipped with a warning naming it, its text in no output', async (format) => {
    const dir = folder();
    fs.symlinkSync(secret, path.join(dir, 'notes.txt'));
    const result = await runMain([dir, '--format', format]);
    expect(result.status, result.stderr).toBe(0);
    expectNoLeak(result);
    expect(result.stderr).toContain(`${path.join(dir, 'notes.txt')}: skipped: a link out of ${dir}, not followed`);
  });

  it('by several hops (a link inside to a link that leads out): skipped', async () => {
    const dir = folder();
    fs.symlinkSync(secret, path.join(tree.dir, `case${n}`, 'hop.txt'));
    fs.symlinkSync(path.join('..', 'hop.txt'), path.join(dir, 'notes.md'));
    const result = await runMain([dir, '--json']);
    expectNoLeak(result);
    expect(sourcePaths(result)).toEqual(['a.txt', 'b.txt']);
    expect(result.stderr).toMatch(/notes\.md: skipped: a link out of/);
  });

  it('a relative link that climbs out with ..: skipped', async () => {
    const dir = folder();
    fs.symlinkSync(path.relative(dir, secret), path.join(dir, 'notes.txt'));
    const result = await runMain([dir, '--json']);
    expectNoLeak(result);
    expect(sourcePaths(result)).toEqual(['a.txt', 'b.txt']);
  });

  it('a link to a file inside the folder is still read (once)', async () => {
    const dir = folder();
    tree.file(`case${n}/story/sub/c.txt`, ARTICLE_B.replace('Cyclists', 'Walkers'));
    fs.symlinkSync(path.join('sub', 'c.txt'), path.join(dir, 'c-link.txt'));
    const result = await runMain([dir, '--json']);
    expect(sourcePaths(result)).toEqual(['a.txt', 'b.txt', 'c-link.txt']);
    expect(result.stderr).toMatch(/sub\/c\.txt: skipped: the same file as/);
  });

  it('a link to a procfs file (the process memory map): skipped, nothing of it printed', async () => {
    const dir = folder();
    fs.symlinkSync('/proc/self/maps', path.join(dir, 'maps.txt'));
    const result = await runMain([dir]);
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(/\[heap\]|\[stack\]|r-xp/);
    expect(result.stderr).toMatch(/maps\.txt: skipped: a link out of/);
  });

  it('the same file named on the command line is read as named', async () => {
    const dir = folder();
    const result = await runMain([path.join(dir, 'a.txt'), secret, '--json']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(TOKEN);
  });
});

describe('a link out of what a glob names', () => {
  it.each(['*.txt', '**/*.txt', '{a,b,notes}.txt'])('%s: skipped with a warning', async (glob) => {
    const dir = folder();
    fs.symlinkSync(secret, path.join(dir, 'notes.txt'));
    const result = await runMain([path.join(dir, glob), '--format', 'github']);
    expect(result.status, result.stderr).toBe(0);
    expectNoLeak(result);
    expect(result.stderr).toMatch(/notes\.txt: skipped: a link out of/);
  });

  it('a glob through a linked folder (story/*/x.txt, the folder a link out): nothing read from it', async () => {
    const dir = folder();
    fs.mkdirSync(path.join(outside.dir, 'more'), { recursive: true });
    fs.copyFileSync(secret, path.join(outside.dir, 'more', 'x.txt'));
    fs.symlinkSync(path.join(outside.dir, 'more'), path.join(dir, 'linked'));
    tree.file(`case${n}/story/real/x.txt`, ARTICLE_B);
    const result = await runMain([path.join(dir, '*', 'x.txt'), path.join(dir, 'a.txt'), '--json']);
    expectNoLeak(result);
    expect(result.status, result.stderr).toBe(0);
    expect(sourcePaths(result)).toEqual(['a.txt', 'x.txt']);
  });
});

describe('check', () => {
  /** fixtures/ with one good fixture folder (expected file written) and `story` holding a link out. */
  async function fixtures(): Promise<{ root: string; good: string; story: string }> {
    n++;
    const root = path.join(tree.dir, `case${n}`, 'fixtures');
    const good = path.dirname(tree.file(`case${n}/fixtures/good/a.txt`, ARTICLE_A));
    tree.file(`case${n}/fixtures/good/b.txt`, ARTICLE_B);
    const story = path.dirname(tree.file(`case${n}/fixtures/story/a.txt`, ARTICLE_A));
    tree.file(`case${n}/fixtures/story/b.txt`, ARTICLE_B);
    expect((await runMain(['check', '--update', good, story])).status).toBe(0);
    return { root, good, story };
  }

  it.each(['terminal', 'json', 'github'])("'fixtures/*' --format %s: a link out of a fixture folder is skipped, its text in no output", async (format) => {
    const { root, story } = await fixtures();
    fs.symlinkSync(secret, path.join(story, 'notes.txt'));
    const result = await runMain(['check', path.join(root, '*'), '--format', format]);
    expectNoLeak(result);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/notes\.txt: skipped: a link out of/);
  });

  it('a link to a fixture folder elsewhere, met by the glob: named in a warning, not checked', async () => {
    const { root } = await fixtures();
    fs.mkdirSync(path.join(outside.dir, `elsewhere${n}`));
    fs.copyFileSync(secret, path.join(outside.dir, `elsewhere${n}`, 'a.txt'));
    fs.copyFileSync(secret, path.join(outside.dir, `elsewhere${n}`, 'b.txt'));
    fs.symlinkSync(path.join(outside.dir, `elsewhere${n}`), path.join(root, 'linked'));
    const result = await runMain(['check', path.join(root, '*'), '--format', 'github']);
    expectNoLeak(result);
    expect(result.stderr).toMatch(/linked: a link to a folder, not followed/);
    expect(result.status).toBe(0);
  });

  it('a glob that meets only links to folders: one line, exit 2, nothing checked', async () => {
    n++;
    const root = path.join(tree.dir, `case${n}`, 'only-links');
    fs.mkdirSync(root, { recursive: true });
    fs.mkdirSync(path.join(outside.dir, `only${n}`));
    fs.copyFileSync(secret, path.join(outside.dir, `only${n}`, 'a.txt'));
    fs.symlinkSync(path.join(outside.dir, `only${n}`), path.join(root, 'linked'));
    const result = await runMain(['check', path.join(root, '*')]);
    expectNoLeak(result);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/pattern matched only links to folders, which are not followed/);
  });

  it('--update on a folder reached through a link (fixtures/* unquoted): refused for it, no file in its target, the others written', async () => {
    const { root, good } = await fixtures();
    const target = path.join(outside.dir, `target${n}`);
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'a.txt'), ARTICLE_A);
    fs.writeFileSync(path.join(target, 'b.txt'), ARTICLE_B);
    const linked = path.join(root, 'linked');
    fs.symlinkSync(target, linked);
    fs.rmSync(path.join(good, EXPECTED_FILE));
    const result = await runMain(['check', '--update', good, linked]);
    expect(result.status).toBe(2);
    expect(fs.existsSync(path.join(target, EXPECTED_FILE))).toBe(false);
    expect(fs.existsSync(path.join(good, EXPECTED_FILE))).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toEqual([`claimdiff: ${linked}: is reached through a symbolic link: its expected file is not written there (name the folder itself)`]);
  });

  it('--update on a folder below a linked one: refused too', async () => {
    const { root } = await fixtures();
    const target = path.join(outside.dir, `deep${n}`);
    fs.mkdirSync(path.join(target, 'story'), { recursive: true });
    fs.writeFileSync(path.join(target, 'story', 'a.txt'), ARTICLE_A);
    fs.writeFileSync(path.join(target, 'story', 'b.txt'), ARTICLE_B);
    fs.symlinkSync(target, path.join(root, 'up'));
    const result = await runMain(['check', '--update', path.join(root, 'up', 'story')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/reached through a symbolic link/);
    expect(fs.existsSync(path.join(target, 'story', EXPECTED_FILE))).toBe(false);
  });
});
