import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareFindings, describeFinding, expectedFindings, parseExpected, serializeExpected } from '../src/check/expected.js';
import { compare } from '../src/pipeline.js';
import { data, property, renderGithub } from '../src/report/github.js';
import type { Report } from '../src/types.js';
import { fixtureSources } from './helpers/fixtures.js';
import { ROOT } from './helpers/run-cli.js';
import { runMain } from './helpers/run-main.js';

describe('expected findings', () => {
  const report = compare(fixtureSources('seeds'));
  const findings = expectedFindings(report);

  it('names each finding by its words, not by ids or line numbers that move', () => {
    const text = serializeExpected(findings);
    expect(text).not.toMatch(/"c\d+"|"line"|"cohesion"|"span"/);
    expect(findings.contradictions[0]).toMatchObject({ kind: 'weekday' });
  });

  it('puts one finding on one line, sorted, and reads back what it wrote', () => {
    const text = serializeExpected(findings);
    const items = text.split('\n').filter((l) => l.startsWith('    {'));
    expect(items).toHaveLength(findings.contradictions.length + findings.additions.length + findings.omissions.length);
    expect(parseExpected(text)).toEqual(findings);
    expect(serializeExpected(parseExpected(text))).toBe(text);
  });

  it('keeps the other findings when one sentence of one article changes', () => {
    const sources = fixtureSources('seeds');
    const edited = sources.map((s) =>
      s.id.startsWith('003') ? { ...s, text: s.text.replace('approximately 40 accounts on Douyin', 'approximately 45 accounts on Douyin') } : s,
    );
    const diff = compareFindings(findings, expectedFindings(compare(edited)));
    expect(diff.appeared.length).toBeLessThanOrEqual(1);
    expect(diff.disappeared.length).toBeLessThanOrEqual(1);
    expect(diff.appeared.join()).toContain('45 accounts');
  });

  it.each([
    { text: '{"schemaVersion": 2, "contradictions": [], "additions": [], "omissions": []}', problem: /schemaVersion/ },
    { text: '{"schemaVersion": 1, "contradictions": {}, "additions": [], "omissions": []}', problem: /contradictions/ },
    { text: 'not json', problem: /JSON/ },
  ])('refuses a malformed expected file: $problem', ({ text, problem }) => {
    expect(() => parseExpected(text)).toThrow(problem);
  });
});

/** A new fixture folder: the articles of a shipped one, without its accepted findings. */
function copyArticles(fixture: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, 'fixtures', fixture)).filter((name) => name.endsWith('.txt'))) {
    fs.copyFileSync(path.join(ROOT, 'fixtures', fixture, f), path.join(to, f));
  }
}

describe('a changed finding in words', () => {
  const long = `The train was travelling at about 90 km/h, well above the 60 km/h limit on that stretch of the line, the board said.`;
  it.each([
    {
      line: `contradictions: ${JSON.stringify({ kind: 'number', values: [{ source: 'a', words: 'Three' }, { source: 'b', words: 'Four' }, { source: 'c', words: 'Three' }], claim: 'Three people died.' })}`,
      words: 'contradiction (number): Three (a, c) vs Four (b) in “Three people died.”',
    },
    {
      line: `contradictions: ${JSON.stringify({ kind: 'number', values: [{ source: 'a', words: 'about 90', unit: 'km' }, { source: 'b', words: '120 km', unit: 'km' }], claim: 'Speed.' })}`,
      words: 'contradiction (number): about 90 km (a) vs 120 km (b) in “Speed.”',
    },
    {
      line: `contradictions: ${JSON.stringify({ kind: 'number', values: [{ source: 'a', words: 'six', unit: 'mile' }, { source: 'b', words: '1,150 kilometres', unit: 'kilometer' }], claim: 'Depth.' })}`,
      words: 'contradiction (number): six miles (a) vs 1,150 kilometres (b) in “Depth.”',
    },
    { line: `additions: ${JSON.stringify({ sources: ['a', 'b'], claim: 'Services resumed.' })}`, words: 'addition by a, b: “Services resumed.”' },
    { line: `omissions: ${JSON.stringify({ omittedBy: ['c'], claim: long })}`, words: `omission by c: “${long.slice(0, 89).trimEnd()}…”` },
  ])('$words', ({ line, words }) => {
    expect(describeFinding(line)).toBe(words);
  });
});

describe('claimdiff check', () => {
  let dir = '';
  let folder = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-check-'));
    folder = path.join(dir, 'fire');
    copyArticles('paraphrase', folder);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fails a folder without an expected file and says what to run; passes after --update', async () => {
    const missing = await runMain(['check', folder]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain(`claimdiff check --update ${folder}`);

    const update = await runMain(['check', '--update', folder]);
    expect(update.status).toBe(0);
    expect(fs.existsSync(path.join(folder, 'claimdiff.expected.json'))).toBe(true);

    const again = await runMain(['check', folder]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^ok {7}/m);
  });

  it('fails and names the contradiction when one number in one article changes', async () => {
    expect((await runMain(['check', '--update', folder])).status).toBe(0);
    const file = path.join(folder, 'wire.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('some 200 workers were evacuated', 'some 900 workers were evacuated'));
    const result = await runMain(['check', folder]);
    expect(result.status).toBe(1);
    // In words, with the value as the article wrote it, never the comparable form ("~900").
    expect(result.stdout).toMatch(/^\+ contradiction \(number\): .*some 900 \(wire\).* in “/m);
    expect(result.stdout).not.toMatch(/~900/);
    expect(result.stdout).toMatch(/^FAIL/m);
  });

  it('gives each change as data with --format json: its section and the finding as the expected file holds it', async () => {
    expect((await runMain(['check', '--update', folder])).status).toBe(0);
    const file = path.join(folder, 'wire.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('some 200 workers were evacuated', 'some 900 workers were evacuated'));
    const result = await runMain(['check', folder, '--format', 'json']);
    expect(result.status).toBe(1);
    const out = JSON.parse(result.stdout) as { schemaVersion: number; folders: Array<{ status: string; appeared: Array<{ section: string; finding: { values: Array<{ words: string }> } }> }> };
    expect(out.schemaVersion).toBe(2);
    const appeared = out.folders[0]!.appeared.find((c) => c.section === 'contradictions');
    expect(appeared?.finding.values.map((v) => v.words)).toContain('some 900');
  });

  it('applies --fail-on to the findings of passing folders too', async () => {
    expect((await runMain(['check', '--update', folder])).status).toBe(0);
    expect((await runMain(['check', folder, '--fail-on', 'additions'])).status).toBe(1);
    expect((await runMain(['check', folder, '--fail-on', 'contradictions'])).status).toBe(0);
  });

  it('expands a glob to folders', async () => {
    copyArticles('identical', path.join(dir, 'flood'));
    const result = await runMain(['check', '--update', `${dir}/*`]);
    expect(result.status).toBe(0);
    expect(result.stdout.match(/^created/gm)).toHaveLength(2);
  });

  it('checks every shipped fixture folder against its expected file', async () => {
    const result = await runMain(['check', 'fixtures/*']);
    expect(result.stdout).not.toMatch(/^(FAIL|missing|error)/m);
    expect(result.status).toBe(0);
  });
});

describe('--format github', () => {
  it('annotates each contradiction once, on the line of the source that differs from the others', async () => {
    const { stdout, status } = await runMain(['fixtures/seeds', '--format', 'github']);
    expect(status).toBe(0);
    // Monday (004) against Tuesday (001, 002): one annotation, at 004's sentence.
    expect(stdout.trim().split('\n')).toEqual([
      '::warning file=fixtures/seeds/004_fb8f9be659c909f0.txt,line=2,title=claimdiff%3A Contradiction on day of the week::' +
        'day of the week: "Monday" (004_fb8f9be659c909f0:2) against "Tuesday" (001_9c1a1810735250cf:1, 002_00bcb2c85f74b812:11). ' +
        'Different weekdays for the same event in sentences stating the same claim.',
    ]);
  });

  it.each([
    { count: 3, warnings: 3, notice: undefined },
    { count: 10, warnings: 10, notice: undefined },
    { count: 12, warnings: 10, notice: /^::notice title=claimdiff%3A more contradictions::2 more contradictions not annotated .*: question 9; question 11\./ },
  ])('gives at most 10 annotations, most certain first, and counts the rest: $count contradictions', ({ count, warnings, notice }) => {
    const lines = renderGithub(disputedReport(count)).trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(warnings);
    // The conflicts (even questions here) before the possible ones.
    const titles = lines.filter((l) => l.startsWith('::warning ')).map((l) => /title=claimdiff%3A (.+?)::/.exec(l)![1]!);
    expect(titles.findIndex((t) => t.startsWith('Possible'))).toBe(titles.some((t) => t.startsWith('Possible')) ? Math.floor(count / 2) : -1);
    if (notice === undefined) expect(lines.filter((l) => l.startsWith('::notice'))).toEqual([]);
    else expect(lines.at(-1)).toMatch(notice);
  });

  it.each([
    { text: '50% up\nnext', escaped: '50%25 up%0Anext', fn: data },
    { text: 'a: b, c', escaped: 'a%3A b%2C c', fn: property },
  ])('escapes $text', ({ text, escaped, fn }) => {
    expect(fn(text)).toBe(escaped);
  });
});

/** A report of two sources disputing `count` questions, the odd-numbered ones possible, the even ones conflicts. */
function disputedReport(count: number): Report {
  const sources = ['a', 'b'].map((id) => ({ id, path: `${id}.txt`, sentences: count, removed: [], adds: 0, omits: 0 }));
  const contradictions = Array.from({ length: count }, (_, i) => ({
    claim: 'c1',
    kind: 'number' as const,
    frame: { key: `count|q${i + 1}`, label: `question ${i + 1}`, measure: 'count' as const },
    strength: i % 2 === 0 ? ('possible' as const) : ('conflict' as const),
    reason: 'exact figures differ',
    values: sources.map((s, j) => ({ source: s.id, value: j, line: i + 1, claim: 'c1', text: `It was ${j}.`, span: [7, 8] as [number, number], words: String(j) })),
  }));
  return { $schema: '', schemaVersion: 3, sources, claims: [], factTable: [], contradictions, warnings: [] };
}
