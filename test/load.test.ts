import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignIds, decodeText, InputError, loadSources, resolveInputs } from '../src/load/index.js';

describe('assignIds', () => {
  it.each([
    { paths: ['a/x.txt', 'a/y.txt'], ids: ['x', 'y'] },
    { paths: ['a/story.txt', 'b/story.txt'], ids: ['a/story', 'b/story'] },
    { paths: ['a/c/story.txt', 'b/c/story.txt'], ids: ['a/c/story', 'b/c/story'] },
    { paths: ['story.txt', 'story.md'], ids: ['story.txt', 'story.md'] },
    { paths: ['-', '-'], ids: ['stdin', 'stdin~2'] },
    { paths: ['-', 'x.txt'], ids: ['stdin', 'x'] },
    { paths: ['.hidden'], ids: ['.hidden'] },
    { paths: ['./x.txt', 'y.txt'], ids: ['x', 'y'] },
  ])('$paths -> $ids', ({ paths, ids }) => {
    expect(assignIds(paths)).toEqual(ids);
  });

  it('never returns the same id twice, even for the same path given twice', () => {
    const got = assignIds(['-', '-', 'x.txt']);
    expect(new Set(got).size).toBe(3);
  });
});

describe('decodeText', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  it.each([
    { name: 'plain UTF-8', bytes: utf8('Kyiv said.'), text: 'Kyiv said.' },
    { name: 'UTF-8 with BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hi.')]), text: 'Hi.' },
    { name: 'UTF-16 LE with BOM', bytes: new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]), text: 'Hi' },
    { name: 'UTF-16 BE with BOM', bytes: new Uint8Array([0xfe, 0xff, 0, 0x48, 0, 0x69]), text: 'Hi' },
    { name: 'Cyrillic', bytes: utf8('Зеленський'), text: 'Зеленський' },
  ])('reads $name', ({ bytes, text }) => {
    expect(decodeText('f', bytes)).toBe(text);
  });

  it.each([
    { name: 'PDF', bytes: utf8('%PDF-1.7\n...'), reason: /PDF/ },
    { name: 'PNG', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), reason: /PNG/ },
    { name: 'zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), reason: /zip/ },
    { name: 'NUL bytes', bytes: new Uint8Array([0x41, 0, 0x42]), reason: /NUL/ },
  ])('refuses $name naming the file', ({ bytes, reason }) => {
    expect(() => decodeText('pic.txt', bytes)).toThrow(InputError);
    expect(() => decodeText('pic.txt', bytes)).toThrow(reason);
    expect(() => decodeText('pic.txt', bytes)).toThrow(/^pic\.txt: /);
  });
});

describe('resolveInputs', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-load-'));
    fs.mkdirSync(path.join(dir, 'articles', 'nested'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'empty'));
    for (const f of ['articles/b.txt', 'articles/a.md', 'articles/nested/c.txt', 'articles/skip.json']) {
      fs.writeFileSync(path.join(dir, f), 'Text.');
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('expands a folder to its .txt and .md files, sorted', async () => {
    const got = await resolveInputs([path.join(dir, 'articles')]);
    expect(got.map((p) => path.relative(dir, p))).toEqual(['articles/a.md', 'articles/b.txt', 'articles/nested/c.txt']);
  });

  it('sorts and de-duplicates whatever the argument order', async () => {
    const a = path.join(dir, 'articles/a.md');
    const b = path.join(dir, 'articles/b.txt');
    const one = await resolveInputs([b, a, path.join(dir, 'articles')]);
    const two = await resolveInputs([path.join(dir, 'articles'), a, b, a]);
    expect(one).toEqual(two);
    expect(one).toHaveLength(3);
  });

  it('expands a glob', async () => {
    const got = await resolveInputs([`${dir}/articles/**/*.txt`]);
    expect(got.map((p) => path.basename(p))).toEqual(['b.txt', 'c.txt']);
  });

  it.each([
    { arg: 'missing.txt', problem: /missing\.txt: no such file or directory/ },
    { arg: 'empty', problem: /empty: folder has no \.txt or \.md files or \.html\/\.htm pages/ },
    { arg: 'nothing/*.txt', problem: /pattern matched no files/ },
  ])('$arg fails naming the input', async ({ arg, problem }) => {
    const input = arg === 'empty' ? path.join(dir, 'empty') : arg === 'missing.txt' ? path.join(dir, arg) : `${dir}/${arg}`;
    await expect(resolveInputs([input])).rejects.toThrow(problem);
  });
});

describe('loading HTML', () => {
  const PAGE = `<!DOCTYPE html><html><head><title>Dam opens | Valley News</title></head><body>
<nav><a href="/">Home</a> <a href="/weather">Weather</a></nav>
<article><h1>Dam opens</h1><p>The new dam on the Orne opened on Friday after four years of work.</p>
<p>It cost <b>80 million</b> euros &amp; will power 20,000 homes.</p><script>track("SCRIPT")</script></article>
<div class="comments"><p>Great news for the valley!</p></div></body></html>`;
  const ARTICLE = 'Dam opens\n\nThe new dam on the Orne opened on Friday after four years of work.\n\nIt cost 80 million euros & will power 20,000 homes.\n';

  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-html-'));
    fs.mkdirSync(path.join(dir, 'pages', 'nested'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pages', 'dam.html'), PAGE);
    fs.writeFileSync(path.join(dir, 'pages', 'nested', 'old.HTM'), PAGE);
    fs.writeFileSync(path.join(dir, 'pages', 'wire.txt'), 'The dam opened on Friday.\n');
    fs.writeFileSync(path.join(dir, 'pages', 'saved-page.txt'), PAGE);
    fs.writeFileSync(path.join(dir, 'pages', 'skip.json'), '{}');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const stdinOf = (text: string): NodeJS.ReadableStream => Readable.from([Buffer.from(text)]);

  it('finds .html and .htm files in a folder, whatever the case of the ending', async () => {
    const got = await resolveInputs([path.join(dir, 'pages')]);
    expect(got.map((p) => path.relative(dir, p))).toEqual([
      'pages/dam.html',
      'pages/nested/old.HTM',
      'pages/saved-page.txt',
      'pages/wire.txt',
    ]);
  });

  it.each([
    { file: 'pages/dam.html', text: ARTICLE, html: true },
    { file: 'pages/nested/old.HTM', text: ARTICLE, html: true },
    { file: 'pages/saved-page.txt', text: ARTICLE, html: true },
    { file: 'pages/wire.txt', text: 'The dam opened on Friday.\n', html: false },
  ])('loads $file as its article text (HTML: $html), path as given', async ({ file, text, html }) => {
    const sources = await loadSources([path.join(dir, 'pages')], { stdin: stdinOf('') });
    const source = sources.find((s) => s.path === path.join(dir, file));
    expect(source?.text).toBe(text);
    if (html) expect(source?.notes).toEqual([expect.stringMatching(/^HTML page: \d+ text blocks outside the article/)]);
    else expect(source).not.toHaveProperty('notes');
  });

  it('converts HTML given on standard input with -', async () => {
    const [source] = await loadSources(['-'], { stdin: stdinOf(`\n  ${PAGE}`) });
    expect(source).toMatchObject({ id: 'stdin', path: '-', text: ARTICLE });
  });

  it('leaves plain text on standard input as it is, tags and all', async () => {
    const text = 'The <b>dam</b> opened on Friday.\n';
    const [source] = await loadSources(['-'], { stdin: stdinOf(text) });
    expect(source).toEqual({ id: 'stdin', path: '-', text });
  });
});
