/**
 * The command line's conventions, in-process through main(argv, io): every error under the one `claimdiff:`
 * prefix on one line (commander's own too, its "did you mean" kept whole), the format an -o file's ending
 * names, and the environment variables --help documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commanderMessage } from '../src/cli.js';
import { chooseFormat } from '../src/commands/diff.js';
import { formatOfFile } from '../src/report/formats.js';
import { tempDir } from './helpers/hostile.js';
import { runMain } from './helpers/run-main.js';

describe('errors', () => {
  it.each([
    { args: ['fixtures/seeds', '--sumary'], line: "claimdiff: unknown option '--sumary' (Did you mean --summary?)" },
    { args: ['check', 'fixtures/seeds', '--updat'], line: "claimdiff: unknown option '--updat' (Did you mean --update?)" },
    { args: ['fixtures/seeds', '--frobnicate'], line: "claimdiff: unknown option '--frobnicate'" },
    {
      args: ['fixtures/seeds', '-f', 'pdf'],
      line: "claimdiff: option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are terminal, json, markdown, html, github.",
    },
    { args: ['fixtures/seeds', '--threshold', '2'], line: "claimdiff: option '--threshold <0..1>' argument '2' is invalid. expected a number from 0 to 1" },
    { args: ['fixtures/seeds', '--output'], line: "claimdiff: option '-o, --output <file>' argument missing" },
    { args: ['fixtures/seeds', '--color=sometimes'], line: "claimdiff: option '--color=sometimes': expected auto, always or never" },
    { args: ['fixtures/seeds', 'no/such/file.txt'], line: 'claimdiff: no/such/file.txt: no such file or directory' },
  ])('$args: exit 2, one line: $line', async ({ args, line }) => {
    const result = await runMain(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${line}\n`);
  });

  it.each([
    ["error: unknown option '--sumary'\n(Did you mean --summary?)\n", "unknown option '--sumary' (Did you mean --summary?)"],
    ["error: missing required argument 'folders'\n", "missing required argument 'folders'"],
    ['error: too many arguments\n\n', 'too many arguments'],
  ])('commander %j -> %j', (text, message) => {
    expect(commanderMessage(text)).toBe(message);
  });
});

describe('the format an -o file names', () => {
  it.each([
    ['report.json', 'json'],
    ['report.md', 'markdown'],
    ['report.markdown', 'markdown'],
    ['out/Report.HTML', 'html'],
    ['report.htm', 'html'],
    ['report.txt', undefined],
    ['report', undefined],
    ['reports.html/summary', undefined],
  ])('%s -> %s', (file, format) => {
    expect(formatOfFile(file)).toBe(format);
  });

  it.each([
    [{ output: 'r.html' }, 'html'],
    [{ output: 'r.html', format: 'markdown' as const }, 'markdown'],
    [{ output: 'r.md', json: true }, 'json'],
    [{ output: 'r.txt' }, 'terminal'],
    [{}, 'terminal'],
    [{ format: 'github' as const }, 'github'],
  ])('%j -> %s', (options, format) => {
    expect(chooseFormat(options)).toBe(format);
  });

  const tmp = tempDir('output-format');
  afterAll(() => tmp.remove());

  it.each([
    { file: 'r.json', opens: /^\{\n {2}"\$schema"/ },
    { file: 'r.md', opens: /^## claimdiff: 2 sources/ },
    { file: 'r.html', opens: /^<!doctype html>/ },
    { file: 'r.txt', opens: /^claimdiff: 2 sources/ },
  ])('-o $file without -f writes that format, wherever -o stands', async ({ file, opens }) => {
    const before = path.join(tmp.dir, `before-${file}`);
    const after = path.join(tmp.dir, `after-${file}`);
    expect((await runMain(['-o', before, 'fixtures/identical'])).status).toBe(0);
    expect((await runMain(['fixtures/identical', '--output', after])).status).toBe(0);
    const text = fs.readFileSync(before, 'utf8');
    expect(text).toMatch(opens);
    expect(fs.readFileSync(after, 'utf8')).toBe(text);
  });

  it('-f wins over the ending: -f markdown -o r.html writes markdown', async () => {
    const file = path.join(tmp.dir, 'forced.html');
    expect((await runMain(['fixtures/identical', '-f', 'markdown', '-o', file])).status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^## claimdiff: /);
  });
});

describe('--help', () => {
  it('documents the environment variables the command reads', async () => {
    const { stdout } = await runMain(['--help']);
    for (const name of ['NO_COLOR', 'FORCE_COLOR', 'CLAIMDIFF_PAGER', 'PAGER']) expect(stdout).toContain(name);
  });
});
