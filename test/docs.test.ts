/**
 * The README and docs/ say what is true: the report excerpt is lines claimdiff really prints on the seeds, the
 * --help text is the current one, every claimdiff command shown uses options that exist, every `npm run` script
 * named is in package.json, and every file and link named is there. `npm run readme` refreshes the generated
 * blocks. (The README's library example is run against the packed package by test/package.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-cli.js';
import { runMain } from './helpers/run-main.js';

const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].sort();
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const blocks = (text: string, lang: string) => [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
/** Inline code spans, outside fenced blocks. */
const spans = (text: string) => [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
const manifest = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

/** The claimdiff commands a document shows (in sh blocks and code spans), each cut from what it is piped into. */
const claimdiffCommands = (text: string) =>
  [...blocks(text, 'sh').flatMap((b) => b.split('\n')), ...spans(text)]
    .flatMap((line) => line.replace(/#.*$/, '').split(/&&|\|\|?|;/))
    .filter((command) => /(?:^|\s)claimdiff\s/.test(command));
/** The project's files a document names in code spans (`src/...`, `test/...`), a line number or anchor left off. */
const namedPaths = (text: string) =>
  spans(text)
    .map((s) => s.replace(/[:#].*$/, ''))
    .filter((s) => /^(?:src|test|scripts|schema|fixtures|docs|bin|\.ci)\/[\w./-]*$/.test(s));
/** Relative links: [text](target). */
const links = (text: string) => [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/.test(t));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

let seeds: string[] = [];
let help = '';
let batchHelp = '';
let options = new Set<string>();
beforeAll(async () => {
  seeds = (await runMain(['fixtures/seeds'])).stdout.split('\n');
  help = (await runMain(['--help'])).stdout.trimEnd();
  const checkHelp = (await runMain(['check', '--help'])).stdout;
  batchHelp = (await runMain(['batch', '--help'])).stdout.trimEnd();
  options = new Set([...`${help}\n${checkHelp}\n${batchHelp}`.matchAll(/--(?:no-)?[a-z][a-z-]*/g)].map((m) => m[0]));
});

describe('the README', () => {
  const readme = read('README.md');

  it('opens with the two set-up commands', () => {
    const first = blocks(readme, 'sh')[0]!;
    expect(first).toMatch(/^npm install && npx claimdiff fixtures\/seeds\b/m);
    expect(first).toMatch(/^npm test\b/m);
  });

  it('is under 250 lines, and links every document of docs/', () => {
    expect(readme.split('\n').length).toBeLessThan(250);
    for (const doc of DOCS.filter((d) => d.startsWith('docs/'))) expect(readme).toContain(`](${doc}`);
  });

  it('shows an excerpt of the report on the seeds', () => {
    const excerpt = blocks(readme, 'text').find((b) => b.startsWith('claimdiff: '));
    expect(excerpt?.split('\n').filter((line) => line.trim() !== '').length).toBeGreaterThan(20);
  });
});

describe('the checks below', () => {
  it('see the commands, files and links the documents hold: a pattern that matched nothing would pass them', () => {
    const all = DOCS.map(read).join('\n');
    expect(claimdiffCommands(all).length).toBeGreaterThan(15);
    expect(namedPaths(all).length).toBeGreaterThan(30);
    expect(links(all).length).toBeGreaterThan(15);
  });
});

describe('docs/reference.md', () => {
  it('shows the current --help texts, of claimdiff and of claimdiff batch', () => {
    expect(blocks(read('docs/reference.md'), 'text').map((b) => b.trimEnd())).toContain(help);
    expect(blocks(read('docs/reference.md'), 'text').map((b) => b.trimEnd())).toContain(batchHelp);
  });
});

describe.each(DOCS)('%s', (file) => {
  const text = read(file);

  it('shows only report lines claimdiff really prints on the seeds', () => {
    for (const block of blocks(text, 'text').filter((b) => b.startsWith('claimdiff: '))) {
      for (const line of block.split('\n').filter((l) => l.trim() !== '' && l !== '[…]')) expect(seeds, line).toContain(line);
    }
  });

  it('shows --help only as it is today', () => {
    for (const block of blocks(text, 'text').filter((b) => b.startsWith('Usage: claimdiff'))) expect([help, batchHelp]).toContain(block.trimEnd());
  });

  it('uses only options claimdiff has in the commands it shows', () => {
    const used = claimdiffCommands(text).flatMap((c) => [...c.matchAll(/(?:^|\s)(--[a-z][a-z-]*)/g)].map((m) => m[1]!));
    expect(used.filter((o) => !options.has(o))).toEqual([]);
  });

  it('names only npm scripts package.json has', () => {
    const scripts = [...text.matchAll(/\bnpm run ([a-z][\w:-]*)/g)].map((m) => m[1]!);
    expect(scripts.filter((s) => manifest.scripts[s] === undefined)).toEqual([]);
  });

  it("names only the project's files that exist, and links only to files and headings that exist", () => {
    expect(namedPaths(text).filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
    const broken: string[] = [];
    for (const target of links(text)) {
      const [rel, hash] = target.split('#') as [string, string | undefined];
      const full = path.join(ROOT, rel === '' ? file : path.join(path.dirname(file), rel));
      if (!fs.existsSync(full)) broken.push(target);
      else if (hash !== undefined && full.endsWith('.md')) {
        const headings = [...fs.readFileSync(full, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]!));
        if (!headings.includes(hash)) broken.push(target);
      }
    }
    expect(broken).toEqual([]);
  });
});
