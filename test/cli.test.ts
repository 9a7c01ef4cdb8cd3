import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../src/extract/index.js';
import type { Report } from '../src/types.js';
import { ROOT } from './helpers/run-cli.js';
import { mainJson, runMain } from './helpers/run-main.js';

const ESC = '\u001b[';

/** The seeds' report and terminal output, computed once for every test that reads them. */
let seedsJson: Promise<Report> | undefined;
let seedsTerminal: Promise<string> | undefined;
const seedsReport = () => (seedsJson ??= mainJson(['fixtures/seeds']));
const seedsOutput = () => (seedsTerminal ??= runMain(['fixtures/seeds']).then((r) => r.stdout));

describe('claimdiff on the seeds', () => {
  let report: Report;
  beforeAll(async () => {
    report = await seedsReport();
  });

  it('reports every source, with its path as given', () => {
    expect(report.schemaVersion).toBe(3);
    expect(report.sources.map((s) => s.id)).toEqual([
      '000_ec28e01846dc2816',
      '001_9c1a1810735250cf',
      '002_00bcb2c85f74b812',
      '003_4fb5f7077c4bf7d7',
      '004_fb8f9be659c909f0',
    ]);
    expect(report.sources[0]!.path).toBe(path.join('fixtures', 'seeds', '000_ec28e01846dc2816.txt'));
  });

  it('gives every claim exactly all sources between sources and omittedBy', () => {
    const all = report.sources.map((s) => s.id).sort();
    for (const claim of report.claims) {
      expect([...claim.sources, ...claim.omittedBy].sort()).toEqual(all);
      expect(claim.sentences.map((s) => s.source).every((s) => claim.sources.includes(s))).toBe(true);
    }
  });

  it('shares the "Chinese nationals captured" claim across most sources', () => {
    const claim = report.claims.find((c) => c.sentences.some((s) => s.text.includes('revealed on Tuesday that Chinese nationals had been captured')));
    expect(claim).toBeDefined();
    const texts = claim!.sentences.map((s) => s.text).join('\n');
    expect(texts).toContain('Ukrainian forces had captured two Chinese men fighting for Russia');
    expect(texts).toContain('Ukrainian forces have recently taken two Chinese nationals into custody');
    expect(texts).toContain('two Chinese citizens captured while fighting for Russia');
  });

  it('aligns the two translations of "I think the U.S. needs to pay more attention"', () => {
    const claim = report.claims.find((c) => c.sentences.some((s) => s.text.includes('I think the U.S. needs to pay more attention')));
    expect(claim).toBeDefined();
    expect(claim!.sentences.some((s) => s.text.includes('I think the United States should pay more attention'))).toBe(true);
  });

  it("aligns the summoning of China's charge d'affaires across the outlets that report it", () => {
    const claim = report.claims.find((c) => c.sentences.some((s) => /summoned China's charge d'affaires/.test(s.text)));
    expect(claim).toBeDefined();
    expect(claim!.sources).toEqual(expect.arrayContaining(['002_00bcb2c85f74b812', '004_fb8f9be659c909f0']));
    expect(claim!.sentences.some((s) => s.source === '003_4fb5f7077c4bf7d7' && /summoned/.test(s.text))).toBe(true);
  });

  it.each([
    'Guess they\'re running out of North Koreans.',
    'Even the Orange Liar in Chief has more credibility than Zelensky and Netanyahu combined',
    'Punch the baby monkey isn’t being bullied: Japan zoo',
    '4 hours ago',
    'Advertisement',
    '© Thomson Reuters 2025.',
    'Recent News',
  ])('keeps clutter out of the claims: %s', (clutter) => {
    const texts = report.claims.flatMap((c) => c.sentences.map((s) => s.text));
    expect(texts.some((t) => t.includes(clutter))).toBe(false);
  });

  it('lists the clutter it removed, with line and reason', () => {
    const removed = report.sources.find((s) => s.id === '002_00bcb2c85f74b812')!.removed;
    const comment = removed.find((r) => r.text.startsWith("Guess they're running out"));
    expect(comment).toMatchObject({ line: 55, reason: 'comments' });
  });

  it('reports Monday against Tuesday for the day Zelensky announced the capture', () => {
    const weekday = report.contradictions.filter((c) => c.kind === 'weekday');
    expect(weekday).toHaveLength(1);
    const byValue = (v: string) => weekday[0]!.values.filter((x) => x.value === v).map((x) => x.source.slice(0, 3));
    expect(byValue('monday')).toEqual(['004']);
    expect(byValue('tuesday')).toEqual(expect.arrayContaining(['001', '002']));
  });

  it('reports "engaged six" as an addition of the two outlets that state it, not as a contradiction of "two"', () => {
    const six = report.claims.find((c) => c.sentences.some((s) => s.text.includes('engaged six Chinese fighters')))!;
    expect(six.coverage).toBe('some');
    expect(six.sources.map((s) => s.slice(0, 3))).toEqual(['002', '003']);
    const numbers = report.contradictions.filter((c) => c.kind === 'number');
    expect(numbers.flatMap((c) => c.values.map((v) => v.value))).not.toContain(6);
  });

  it('shows 001 leaving out the number of captured men that other outlets give', () => {
    const lead = report.claims.find((c) => c.sentences.some((s) => s.text.includes('revealed on Tuesday that Chinese nationals')))!;
    const gap = lead.missingFacts.find((m) => m.kind === 'number');
    expect(gap?.omittedBy.map((s) => s.slice(0, 3))).toContain('001');
    expect(gap?.statedBy.map((s) => s.value)).toEqual(expect.arrayContaining([2]));
  });

  it('keys the three spellings of Zelensky as one person', () => {
    const names = report.claims.flatMap((c) => c.facts).filter((f) => f.kind === 'name' && /^Zelensk/.test(f.text));
    expect(new Set(names.map((f) => f.text))).toEqual(new Set(['Zelensky', 'Zelenskyy']));
    // The seeds spell it "Zelenskiy" only in 002's photo caption, which is clutter; its key is the same.
    expect(new Set([...names.map((f) => f.value), nameKey('Zelenskiy')]).size).toBe(1);
  });

  it('keeps facts honest: every fact quotes its own sentence', () => {
    for (const claim of report.claims) {
      for (const fact of claim.facts) {
        const sentence = claim.sentences.find((s) => s.source === fact.source && s.text.slice(fact.span[0], fact.span[1]) === fact.text);
        expect(sentence, `${claim.id} ${fact.kind} "${fact.text}"`).toBeDefined();
      }
    }
  });
});

describe('claimdiff on edge-case folders', () => {
  it('finds nothing added, omitted or contradicted between identical articles', async () => {
    const report = await mainJson(['fixtures/identical']);
    expect(report.claims.every((c) => c.sources.length === 2)).toBe(true);
    expect(report.contradictions).toEqual([]);
    expect(report.sources.map((s) => [s.adds, s.omits])).toEqual([[0, 0], [0, 0]]);
  });

  it('aligns the same claims told in another order', async () => {
    const report = await mainJson(['fixtures/reordered']);
    expect(report.claims).toHaveLength(5);
    expect(report.claims.every((c) => c.sources.length === 2)).toBe(true);
  });

  it('aligns paraphrases and leaves the one real addition unique', async () => {
    const report = await mainJson(['fixtures/paraphrase']);
    const unique = report.claims.filter((c) => c.sources.length === 1);
    expect(unique.map((c) => c.sentences[0]!.text)).toContain(
      'The warehouse is operated by a logistics firm that employs 350 people in the port.',
    );
    const shared = report.claims.filter((c) => c.sources.length === 3);
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps both halves of a sentence another source split in two', async () => {
    const report = await mainJson(['fixtures/split-sentence']);
    const reopened = report.claims.find((c) => c.sentences.some((s) => s.text.startsWith('The museum reopened on Saturday after a two-year renovation,')));
    expect(reopened!.sentences.map((s) => s.text)).toEqual(
      expect.arrayContaining(['The museum reopened on Saturday after a two-year renovation.', 'More than 5,000 visitors came on the first day.']),
    );
    expect(report.claims.every((c) => c.sources.length === 2)).toBe(true);
  });

  it('reports an empty article as a source with no sentences and a warning', async () => {
    const result = await runMain(['fixtures/empty-article', '--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.sources.map((s) => s.id)).toEqual(['one', 'three', 'two']);
    expect(report.sources.find((s) => s.id === 'two')!.sentences).toBe(0);
    expect(report.warnings).toEqual([expect.objectContaining({ source: 'two' })]);
    expect(result.stderr).toMatch(/warning: two: no article text/);
  });
});

describe('claimdiff output contract', () => {
  it('gives the same JSON bytes whatever the order of the arguments', async () => {
    const files = fs.readdirSync(path.join(ROOT, 'fixtures/seeds')).map((f) => path.join('fixtures/seeds', f));
    const forward = (await runMain([...files, '--json'])).stdout;
    const backward = (await runMain([...files].reverse().concat('--json'))).stdout;
    const rotated = (await runMain([...files.slice(2), ...files.slice(0, 2), '--json'])).stdout;
    expect(forward.length).toBeGreaterThan(1000);
    expect(backward).toBe(forward);
    expect(rotated).toBe(forward);
  });

  it('prints only JSON on stdout with --json', async () => {
    const result = await runMain(['fixtures/paraphrase', '--json']);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stdout.endsWith('}\n')).toBe(true);
  });

  it.each([
    { name: 'piped output', args: ['fixtures/identical'], env: {}, color: false },
    { name: 'NO_COLOR with --color absent', args: ['fixtures/identical'], env: { FORCE_COLOR: '1', NO_COLOR: '1' }, color: false },
    { name: '--color', args: ['fixtures/identical', '--color'], env: {}, color: true },
    { name: 'FORCE_COLOR', args: ['fixtures/identical'], env: { FORCE_COLOR: '1' }, color: true },
    { name: '--no-color over FORCE_COLOR', args: ['fixtures/identical', '--no-color'], env: { FORCE_COLOR: '1' }, color: false },
    { name: '--color=always when piped', args: ['--color=always', 'fixtures/identical'], env: {}, color: true },
    { name: '--color=never over FORCE_COLOR', args: ['fixtures/identical', '--color=never'], env: { FORCE_COLOR: '1' }, color: false },
    { name: '--color=auto when piped', args: ['fixtures/identical', '--color=auto'], env: {}, color: false },
    { name: '--color=auto with FORCE_COLOR', args: ['fixtures/identical', '--color=auto'], env: { FORCE_COLOR: '1' }, color: true },
    { name: 'FORCE_COLOR=0 on a terminal', args: ['fixtures/identical', '--no-pager'], env: { FORCE_COLOR: '0' }, tty: true, color: false },
  ])('colour: $name -> $color', async ({ args, env, color, tty }) => {
    const result = await runMain(args, { env, ...(tty === true ? { tty: { columns: 100 } } : {}) });
    expect(result.status).toBe(0);
    expect(result.stdout.includes(ESC)).toBe(color);
  });

  it('refuses --color=WHEN it does not know, in one line naming the option', async () => {
    const result = await runMain(['fixtures/identical', '--color=sometimes']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(["claimdiff: option '--color=sometimes': expected auto, always or never"]);
    expect(result.stdout).toBe('');
  });

  it('passes --color=WHEN after -- through as an input name', async () => {
    const result = await runMain(['fixtures/identical', '--', '--color=always']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--color=always');
  });

  it('fits the terminal report in 80 columns when piped', async () => {
    const stdout = await seedsOutput();
    const wide = stdout.split('\n').filter((line) => line.length > 80);
    expect(wide).toEqual([]);
  });

  it('prints help with examples, and the version', async () => {
    const help = await runMain(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: claimdiff/);
    expect(help.stdout).toMatch(/Examples:/);
    const version = await runMain(['--version']);
    expect(version.status).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(manifest.version);
  });

  it('reads a source from standard input with -', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'fixtures/identical/copy-a.txt'));
    const report = JSON.parse((await runMain(['-', 'fixtures/identical/copy-b.txt', '--json'], { input: text })).stdout) as Report;
    expect(report.sources.map((s) => s.id)).toEqual(['stdin', 'copy-b']);
    expect(report.claims.every((c) => c.sources.length === 2)).toBe(true);
  });

  it.each([
    { args: ['fixtures/seeds', '--fail-on', 'additions'], status: 1 },
    { args: ['fixtures/identical', '--fail-on', 'additions,omissions,contradictions'], status: 0 },
    { args: ['fixtures/paraphrase', '--fail-on', 'omissions'], status: 1 },
    { args: ['fixtures/seeds'], status: 0 },
  ])('exit status $status for $args', async ({ args, status }) => {
    expect((await runMain(args)).status).toBe(status);
  });

  it.each([[['--quiet']], [['--quiet', '--json']], [['-q', '--fail-on', 'additions']]])(
    'prints nothing with %j but keeps the exit status',
    async (flags) => {
      const result = await runMain(['fixtures/empty-article', ...flags]);
      expect(result.status).toBe(flags.includes('--fail-on') ? 1 : 0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('');
    },
  );

  it('writes the report to a file with -o and nothing to stdout', async () => {
    const out = path.join(os.tmpdir(), `claimdiff-${process.pid}.json`);
    const result = await runMain(['fixtures/identical', '--json', '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect((JSON.parse(fs.readFileSync(out, 'utf8')) as Report).sources).toHaveLength(2);
    fs.rmSync(out);
  });
});

describe('claimdiff on bad input', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-cli-'));
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    fs.writeFileSync(path.join(dir, 'story.txt'), 'The bridge reopened on Monday.\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    { name: 'a missing path', args: () => ['fixtures/seeds', 'no/such/file.txt'], message: /no\/such\/file\.txt: no such file or directory/ },
    { name: 'an empty folder', args: () => ['fixtures/seeds', path.join(dir, 'empty')], message: /empty: folder has no \.txt or \.md files/ },
    { name: 'a binary file', args: () => ['fixtures/seeds', path.join(dir, 'image.txt')], message: /image\.txt: is a binary file \(PNG image\)/ },
    { name: 'a single source', args: () => [path.join(dir, 'story.txt')], message: /story\.txt: need at least two sources to compare, got 1/ },
    { name: 'a glob matching nothing', args: () => ['fixtures/seeds', 'fixtures/*.nothing'], message: /pattern matched no files/ },
    { name: 'an unknown flag', args: () => ['fixtures/seeds', '--frobnicate'], message: /unknown option '--frobnicate'/ },
    { name: 'a bad --fail-on value', args: () => ['fixtures/seeds', '--fail-on', 'typos'], message: /--fail-on/ },
    { name: 'no input at all', args: () => [], message: /no inputs: name two or more/ },
  ])('exits 2 with one line for $name', async ({ args, message }) => {
    const result = await runMain(args());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows the stack with --debug', async () => {
    const result = await runMain([path.join(dir, 'story.txt'), '--debug']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe('clutter in the CLI', () => {
  it('lists every removed line with its reason under --show-removed', async () => {
    const { stdout } = await runMain(['fixtures/seeds', '--show-removed']);
    expect(stdout).toMatch(/line 55 \[comments\] Guess they're running out of North Koreans\./);
    expect(stdout).toMatch(/line 15 \[advertisement\] Advertisement/);
    const json = await seedsReport();
    const listed = stdout.split('\n').filter((l) => /^ {6}line \d+ \[[a-z-]+\] /.test(l));
    expect(listed).toHaveLength(json.sources.reduce((n, s) => n + s.removed.length, 0));
  });

  it('keeps every non-blank line as text with --keep-clutter', async () => {
    const report = await mainJson(['fixtures/seeds', '--keep-clutter']);
    expect(report.sources.every((s) => s.removed.length === 0)).toBe(true);
    const texts = report.claims.flatMap((c) => c.sentences.map((s) => s.text));
    expect(texts.some((t) => t.includes("Guess they're running out of North Koreans."))).toBe(true);
  });

  it('accounts for every line of every seed: kept in a sentence, removed with a reason, the headline, or blank', async () => {
    const report = await seedsReport();
    for (const source of report.sources) {
      const lines = fs.readFileSync(path.join(ROOT, source.path), 'utf8').split(/\r\n|\r|\n/);
      const removed = new Set(source.removed.map((r) => r.line));
      const inClaims = new Set(report.claims.flatMap((c) => c.sentences.filter((s) => s.source === source.id).map((s) => s.line)));
      lines.forEach((text, i) => {
        const line = i + 1;
        if (text.trim() === '' || removed.has(line) || inClaims.has(line)) return;
        expect(text.trim(), `${source.id} line ${line}`).toBe(source.headline);
      });
    }
  });
});
