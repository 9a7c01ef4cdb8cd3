import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-cli.js';
import { runMain } from './helpers/run-main.js';

let dir = '';
let folder = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-ci-'));
  folder = path.join(dir, 'fire');
  fs.mkdirSync(folder);
  for (const f of fs.readdirSync(path.join(ROOT, 'fixtures', 'paraphrase')).filter((name) => name.endsWith('.txt'))) {
    fs.copyFileSync(path.join(ROOT, 'fixtures', 'paraphrase', f), path.join(folder, f));
  }
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const expectedFile = () => path.join(folder, 'claimdiff.expected.json');
const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error '));

/** The accepted findings with `extra` lines written into a section, as a reviewer's file would hold them. */
function acceptWith(section: 'contradictions' | 'additions', extra: readonly object[]): void {
  const text = fs.readFileSync(expectedFile(), 'utf8');
  const data = JSON.parse(text) as Record<string, unknown[]>;
  data[section] = [...data[section]!, ...extra];
  const lines = (name: string) => (data[name]!.length === 0 ? `  "${name}": []` : `  "${name}": [\n${data[name]!.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`);
  fs.writeFileSync(expectedFile(), `{\n  "schemaVersion": 1,\n${lines('contradictions')},\n${lines('additions')},\n${lines('omissions')}\n}\n`);
}

describe('check --format github: each changed finding at its line', () => {
  it('a contradiction that appeared: one error, at the sentence of the source that differs', async () => {
    expect((await runMain(['check', '--update', folder])).status).toBe(0);
    const wire = path.join(folder, 'wire.txt');
    fs.writeFileSync(wire, fs.readFileSync(wire, 'utf8').replace('some 200 workers were evacuated', 'some 900 workers were evacuated'));
    const result = await runMain(['check', folder, '--format', 'github']);
    expect(result.status).toBe(1);
    const line = fs.readFileSync(wire, 'utf8').split('\n').findIndex((l) => l.includes('some 900')) + 1;
    expect(errors(result.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^::error file=${wire.replace(/[/.]/g, '\\$&')},line=${line},title=claimdiff check%3A a finding appeared::appeared: contradiction \\(number\\): .*some 900 \\(wire\\)`)),
    ]);
  });

  it('a finding that disappeared: at its line in the expected file', async () => {
    expect((await runMain(['check', '--update', folder])).status).toBe(0);
    acceptWith('additions', [{ sources: ['wire'], claim: 'A second warehouse was never mentioned.' }]);
    const at = fs.readFileSync(expectedFile(), 'utf8').split('\n').findIndex((l) => l.includes('A second warehouse')) + 1;
    const result = await runMain(['check', folder, '--format', 'github']);
    expect(result.status).toBe(1);
    expect(errors(result.stdout)).toEqual([
      `::error file=${expectedFile()},line=${at},title=claimdiff check%3A a finding disappeared::disappeared: addition by wire: “A second warehouse was never mentioned.” (claimdiff check --update ${folder} accepts it)`,
    ]);
  });

  it('at most ten errors, contradictions first, and a notice counting the rest', async () => {
    expect((await runMain(['check', '--update', folder])).status).toBe(0);
    acceptWith('additions', Array.from({ length: 11 }, (_, i) => ({ sources: ['wire'], claim: `Gone sentence ${i + 1}.` })));
    acceptWith('contradictions', [{ kind: 'number', values: [{ source: 'wire', words: 'six' }, { source: 'dutch-daily', words: 'five' }], claim: 'Gone dispute.' }]);
    const result = await runMain(['check', folder, '--format', 'github']);
    const shown = errors(result.stdout);
    expect(shown).toHaveLength(10);
    expect(shown[0]).toMatch(/disappeared: contradiction \(number\): six \(wire\) vs five \(dutch-daily\)/);
    expect(result.stdout).toMatch(/^::notice title=claimdiff check%3A more changes::2 more changed findings not annotated/m);
  });
});

describe('check --json', () => {
  it('is --format json: each change as data', async () => {
    expect((await runMain(['check', '--update', folder])).status).toBe(0);
    acceptWith('additions', [{ sources: ['wire'], claim: 'A second warehouse was never mentioned.' }]);
    const short = await runMain(['check', folder, '--json']);
    const long = await runMain(['check', folder, '--format', 'json']);
    expect(short.status).toBe(1);
    expect(short.stdout).toBe(long.stdout);
    const out = JSON.parse(short.stdout) as { folders: Array<{ disappeared: Array<{ section: string; finding: { claim: string } }> }> };
    expect(out.folders[0]!.disappeared).toEqual([{ section: 'additions', finding: { sources: ['wire'], claim: 'A second warehouse was never mentioned.' } }]);
  });
});

describe('check --format github of many folders: ten contradiction warnings in all, not ten a folder', () => {
  it('annotates the most certain ten of all the shipped fixtures and counts the rest in one notice', async () => {
    const folders = fs.readdirSync(path.join(ROOT, 'fixtures')).filter((f) => fs.existsSync(path.join(ROOT, 'fixtures', f, 'claimdiff.expected.json')));
    const total = folders.reduce((n, f) => n + (JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', f, 'claimdiff.expected.json'), 'utf8')) as { contradictions: unknown[] }).contradictions.length, 0);
    expect(total).toBeGreaterThan(10);
    const result = await runMain(['check', 'fixtures/*', '--format', 'github']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::notice '))).toEqual([expect.stringContaining(`${total - 10} more contradictions not annotated`)]);
  });
});

describe('-f github: a job summary in $GITHUB_STEP_SUMMARY', () => {
  it('appends the report in Markdown to the file GitHub names, keeping what the earlier steps wrote', async () => {
    const summary = path.join(dir, 'step_summary');
    fs.writeFileSync(summary, 'earlier step\n');
    const result = await runMain(['fixtures/seeds', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.status).toBe(0);
    const text = fs.readFileSync(summary, 'utf8');
    expect(text.startsWith('earlier step\n## claimdiff: 5 sources')).toBe(true);
    expect(text).toMatch(/^### Contradictions \(1\)$/m);
    // The annotations still go to standard output, and nothing else does.
    expect(result.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('::'))).toBe(true);
  });

  it.each([
    { label: 'not set', env: {} },
    { label: 'empty', env: { GITHUB_STEP_SUMMARY: '' } },
  ])('writes no summary when the variable is $label', async ({ env }) => {
    const result = await runMain(['fixtures/seeds', '--format', 'github'], { env });
    expect(result.status).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['fire']);
  });

  it('refuses a summary file that is a symbolic link: one line, exit 2, the target untouched', async () => {
    const target = path.join(dir, 'target');
    fs.writeFileSync(target, 'private\n');
    const link = path.join(dir, 'step_summary');
    fs.symlinkSync(target, link);
    const result = await runMain(['fixtures/seeds', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: link } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`claimdiff: ${link}: is a symbolic link: not written through it (remove the link or write elsewhere)\n`);
    expect(fs.readFileSync(target, 'utf8')).toBe('private\n');
  });

  it('writes no summary for the other formats', async () => {
    const summary = path.join(dir, 'step_summary');
    const result = await runMain(['fixtures/seeds', '--format', 'markdown'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.status).toBe(0);
    expect(fs.existsSync(summary)).toBe(false);
  });
});
