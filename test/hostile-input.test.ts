/**
 * Issue 8: hostile and broken input, through the command line (in-process, `main(argv, io)`) on files generated
 * in a temp folder; standard input closed (`<&-`), which needs a real process, is in test/e2e.test.ts.
 * Every case either works (exit 0, every source it used listed, a warning naming whatever was skipped) or
 * stops with exit 2 and one line naming the file. Never a crash, a hang, a stack trace or a source lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { ARTICLE_A, ARTICLE_B, expectOneLineError, stderrWarnings, tempDir } from './helpers/hostile.js';
import { mainReport, runMain } from './helpers/run-main.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const PDF = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0x21, 0, 0x6d, 0x69, 0x6d, 0x65]);

const CLUTTER_ONLY = ['Advertisement', '', 'Read more', '', 'Share this article', '', '4 hours ago', '', '© 2025 Example News. All rights reserved.', ''].join('\n');

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
}

/** The comparison itself, without where the files were: what must not change with encodings or line endings. */
function findings(report: Report): unknown {
  return {
    sources: report.sources.map(({ path: _path, ...rest }) => rest),
    claims: report.claims,
    contradictions: report.contradictions,
  };
}

const tmp = tempDir('hostile');
const f = tmp.file;
let a = '';
let b = '';
beforeAll(() => {
  a = f('a.txt', ARTICLE_A);
  b = f('b.txt', ARTICLE_B);
});
afterAll(() => tmp.remove());

/** A folder as a scraper leaves it: two articles, and binary files under text names and under their own. */
function scrapedFolder(name: string): string {
  f(`${name}/a.txt`, ARTICLE_A);
  f(`${name}/b.md`, ARTICLE_B);
  f(`${name}/photo.txt`, PNG);
  f(`${name}/report.md`, PDF);
  f(`${name}/bundle.html`, ZIP);
  f(`${name}/logo.png`, PNG);
  f(`${name}/notes.pdf`, PDF);
  return path.join(tmp.dir, name);
}

describe('inputs that work, with a warning naming the problem', () => {
  it.each([
    { name: 'an empty file', content: '' },
    { name: 'a whitespace-only file', content: '   \n\t\n\r\n  \u00a0 \n\n' },
    { name: 'a file of only page clutter', content: CLUTTER_ONLY },
  ])('$name: a source with no sentences, and the usual warning', async ({ name, content }) => {
    const odd = f(`${name.replace(/\W+/g, '-')}.txt`, content);
    const { result, report } = await mainReport([a, b, odd]);
    const id = path.basename(odd, '.txt');
    expect(report.sources.map((s) => s.path)).toEqual([a, odd, b].sort());
    expect(report.sources.find((s) => s.id === id)!.sentences).toBe(0);
    expect(report.warnings).toContainEqual({ source: id, message: expect.stringMatching(/no article text found/) });
    expect(stderrWarnings(result)).toContain(`${id}: no article text found: every claim counts as omitted`);
    if (content === CLUTTER_ONLY) expect(report.sources.find((s) => s.id === id)!.removed.length).toBeGreaterThanOrEqual(4);
  });

  it('invalid UTF-8: decoded with U+FFFD, and a warning naming the file, the bad byte count and the line', async () => {
    // 0xC3 without its continuation, a lone 0xFF, a Latin-1 "é" (0xE9): three bad bytes, the first on line 3.
    const bytes = Buffer.concat([
      Buffer.from('Bridge reopens after repairs\n\nThe Harbour Bridge reopened on Monday after six months of repairs, the city council said '),
      Buffer.from([0xc3, 0x28, 0x20, 0xff, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x2e, 0x0a]),
      Buffer.from('\nMayor Lena Ortiz said the work had cost 12 million euros.\n'),
    ]);
    const bad = f('latin.txt', bytes);
    const { result, report } = await mainReport([a, bad]);
    expect(report.sources.map((s) => s.id)).toEqual(['a', 'latin']);
    const warning = report.warnings.find((w) => w.source === 'latin');
    expect(warning?.message).toMatch(/^not valid UTF-8: 3 byte\(s\) could not be read and were replaced with U\+FFFD \(the first on line 3\)/);
    expect(stderrWarnings(result).some((w) => w.startsWith('latin: not valid UTF-8: 3 byte(s)'))).toBe(true);
    const texts = report.claims.flatMap((c) => c.sentences.filter((s) => s.source === 'latin').map((s) => s.text));
    expect(texts.join(' ')).toContain('\ufffd(');
    // The intact sentence still lines up with the other source's.
    const mayor = report.claims.find((c) => c.sentences.some((s) => s.source === 'latin' && s.text.startsWith('Mayor Lena Ortiz')));
    expect(mayor?.sources).toEqual(['a', 'latin']);
  });

  it.each([
    { name: 'UTF-8 with a BOM', bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE_A)]) },
    { name: 'UTF-16 LE with a BOM', bytes: () => utf16(ARTICLE_A, 'le') },
    { name: 'UTF-16 BE with a BOM', bytes: () => utf16(ARTICLE_A, 'be') },
    { name: 'Windows line endings (\\r\\n)', bytes: () => Buffer.from(ARTICLE_A.replace(/\n/g, '\r\n')) },
    { name: 'old Mac line endings (\\r)', bytes: () => Buffer.from(ARTICLE_A.replace(/\n/g, '\r')) },
  ])('$name: the same report as plain UTF-8 with \\n, line numbers and all', async ({ name, bytes }) => {
    const dir = name.replace(/\W+/g, '-');
    const odd = f(`${dir}/a.txt`, bytes());
    const other = f(`${dir}/b.txt`, ARTICLE_B);
    const plain = (await mainReport([a, b])).report;
    const { result, report } = await mainReport([odd, other]);
    expect(report.sources.map((s) => s.path)).toEqual([odd, other]);
    expect(findings(report)).toEqual(findings(plain));
    expect(report.sources[0]!.headline).toBe('Bridge reopens after repairs');
    expect(JSON.stringify(report.claims)).not.toMatch(/\\r|\ufeff/);
    expect(report.warnings).toEqual([]);
    expect(result.stderr).toBe('');
  });

  it('a UTF-16 file with a lone surrogate: read, with a warning counting the bad bytes', async () => {
    const le = utf16(ARTICLE_A, 'le');
    const broken = Buffer.concat([le.subarray(0, 40), Buffer.from([0x00, 0xd8]), le.subarray(40)]);
    const { report } = await mainReport([f('surrogate/a.txt', broken), b]);
    expect(report.warnings).toContainEqual({ source: 'a', message: expect.stringMatching(/^not valid UTF-16 LE: 2 byte\(s\) could not be read/) });
  });

  it('control characters (terminal escapes): replaced with U+FFFD, counted in a warning, never printed', async () => {
    const text = ARTICLE_A.replace('the city council said', 'the city \u001b[31mcouncil\u001b[0m \u001b]0;pwned\u0007said');
    const odd = f('escapes/a.txt', text);
    const terminal = await runMain([odd, b]);
    expect(terminal.status).toBe(0);
    expect(terminal.stdout + terminal.stderr).not.toMatch(/[\u001b\u0007]/);
    const { report } = await mainReport([odd, b]);
    expect(report.warnings).toContainEqual({ source: 'a', message: expect.stringMatching(/^4 control character\(s\) replaced with U\+FFFD \(the first on line 3\)/) });
  });

  it('the same file named twice, and again through its folder and another spelling: read once', async () => {
    const once = f('once/a.txt', ARTICLE_A);
    const other = f('once/b.txt', ARTICLE_B);
    const dir = path.dirname(once);
    const { report } = await mainReport([once, once, `${dir}/./a.txt`, dir, other]);
    expect(report.sources.map((s) => [s.id, s.path])).toEqual([
      ['a', once],
      ['b', other],
    ]);
  });

  it('two files with the same name in different folders: both read, with distinct ids', async () => {
    const monday = f('days/monday/reuters.txt', ARTICLE_A);
    const tuesday = f('days/tuesday/reuters.txt', ARTICLE_B);
    const { report } = await mainReport([path.join(tmp.dir, 'days')]);
    expect(report.sources.map((s) => [s.id, s.path])).toEqual([
      ['monday/reuters', monday],
      ['tuesday/reuters', tuesday],
    ]);
  });

  it('a folder with link loops and broken links: terminates, reads each file once, names what it did not follow', async () => {
    const dir = path.join(tmp.dir, 'links');
    f('links/a.txt', ARTICLE_A);
    f('links/sub/b.txt', ARTICLE_B);
    fs.symlinkSync('.', path.join(dir, 'loop'));
    fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
    fs.symlinkSync('self.txt', path.join(dir, 'self.txt'));
    fs.symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt'));
    fs.symlinkSync('a.txt', path.join(dir, 'alias.txt'));
    const { result, report } = await mainReport([dir]);
    expect(report.sources.map((s) => s.path)).toEqual([path.join(dir, 'a.txt'), path.join(dir, 'sub', 'b.txt')]);
    expect(report.warnings.map((w) => `${path.relative(dir, w.source)}: ${w.message}`)).toEqual([
      `alias.txt: skipped: the same file as ${path.join(dir, 'a.txt')}, read once`,
      'dangling.txt: skipped: no such file or directory',
      'loop: a link to a folder, not followed (name the folder itself to read it)',
      'self.txt: skipped: too many levels of symbolic links (a link loop)',
      'sub/up: a link to a folder, not followed (name the folder itself to read it)',
    ]);
    expect(stderrWarnings(result)).toHaveLength(5);
  });

  it('binary files found in a folder: skipped, each named in a warning; other file types are not read', async () => {
    const dir = scrapedFolder('scraped');
    const { result, report } = await mainReport([dir]);
    expect(report.sources.map((s) => s.id)).toEqual(['a', 'b']);
    const skipped = [
      `${path.join(dir, 'bundle.html')}: skipped: is a binary file (zip archive), not text`,
      `${path.join(dir, 'photo.txt')}: skipped: is a binary file (PNG image), not text`,
      `${path.join(dir, 'report.md')}: skipped: is a binary file (PDF), not text`,
    ];
    expect(report.warnings.map((w) => `${w.source}: ${w.message}`)).toEqual(skipped);
    expect(stderrWarnings(result)).toEqual(skipped);
  });

  it('binary files matched by a glob: skipped with a warning too', async () => {
    const { report } = await mainReport([`${scrapedFolder('scraped-glob')}/*`]);
    expect(report.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(report.warnings.map((w) => path.basename(w.source))).toEqual(['bundle.html', 'logo.png', 'notes.pdf', 'photo.txt', 'report.md']);
  });

  it.each([
    { name: 'empty', input: '' },
    { name: 'whitespace only', input: '\n  \n' },
  ])('standard input ($name) with -: a source "stdin" with no text and the usual warning', async ({ input }) => {
    const { result, report } = await mainReport(['-', a, b], { input });
    expect(report.sources.map((s) => s.id)).toEqual(['stdin', 'a', 'b']);
    expect(report.sources[0]).toMatchObject({ path: '-', sentences: 0 });
    expect(stderrWarnings(result)).toEqual(['stdin: no article text found: every claim counts as omitted']);
  });

  it('- given twice: standard input read once', async () => {
    const { report } = await mainReport(['-', '-', b], { input: ARTICLE_A });
    expect(report.sources.map((s) => s.id)).toEqual(['stdin', 'b']);
  });

  it('invalid UTF-8 on standard input: a warning naming stdin', async () => {
    const { report } = await mainReport(['-', b], { input: Buffer.concat([Buffer.from(ARTICLE_A), Buffer.from([0xff, 0xfe, 0xfd])]) });
    expect(report.warnings).toContainEqual({ source: 'stdin', message: expect.stringMatching(/^not valid UTF-8: 3 byte\(s\)/) });
  });
});

describe('inputs that stop the run: exit 2, one line naming the file', () => {
  it.each([
    { name: 'a PNG named directly', file: 'named/logo.png', bytes: PNG, message: /named\/logo\.png: is a binary file \(PNG image\), not text$/ },
    { name: 'a PDF named directly', file: 'named/report.pdf', bytes: PDF, message: /named\/report\.pdf: is a binary file \(PDF\), not text$/ },
    { name: 'a zip named directly', file: 'named/archive.zip', bytes: ZIP, message: /named\/archive\.zip: is a binary file \(zip archive\), not text$/ },
    { name: 'a PNG with a .txt name', file: 'named/photo.txt', bytes: PNG, message: /named\/photo\.txt: is a binary file \(PNG image\)/ },
    { name: 'UTF-16 without a BOM', file: 'named/bomless.txt', bytes: Buffer.from(ARTICLE_A, 'utf16le'), message: /bomless\.txt: has NUL bytes: UTF-16 text without a byte-order mark\?/ },
    { name: 'UTF-32', file: 'named/wide.txt', bytes: Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), message: /wide\.txt: is UTF-32 text/ },
  ])('$name', async ({ file, bytes, message }) => {
    expectOneLineError(await runMain([a, f(file, bytes)]), message);
  });

  it('a path that does not exist', async () => {
    expectOneLineError(await runMain([a, path.join(tmp.dir, 'no', 'such.txt')]), /no\/such\.txt: no such file or directory$/);
  });

  it('a folder with no article files (only images and PDFs)', async () => {
    f('pictures/logo.png', PNG);
    f('pictures/scan.pdf', PDF);
    expectOneLineError(await runMain([a, path.join(tmp.dir, 'pictures')]), /pictures: folder has no \.txt or \.md files or \.html\/\.htm pages$/);
  });

  it('an empty folder', async () => {
    fs.mkdirSync(path.join(tmp.dir, 'nothing'), { recursive: true });
    expectOneLineError(await runMain([a, path.join(tmp.dir, 'nothing')]), /nothing: folder has no \.txt/);
  });

  it('a folder that leaves one source once its binary files are skipped: the error names what was skipped', async () => {
    f('half/a.txt', ARTICLE_A);
    f('half/photo.txt', PNG);
    expectOneLineError(
      await runMain([path.join(tmp.dir, 'half')]),
      /half\/a\.txt: need at least two sources to compare, got 1; skipped .*half\/photo\.txt \(is a binary file \(PNG image\), not text\)$/,
    );
  });

  it('a link loop named directly', async () => {
    const loop = path.join(tmp.dir, 'loop.txt');
    fs.symlinkSync('loop.txt', loop);
    expectOneLineError(await runMain([a, loop]), /loop\.txt: too many levels of symbolic links/);
  });

  it('/dev/zero named directly: refused as a device, not read forever', async () => {
    expectOneLineError(await runMain([a, '/dev/zero']), /\/dev\/zero: is a device, not a regular file/);
  });

  it('binary standard input', async () => {
    expectOneLineError(await runMain(['-', a], { input: PNG }), /stdin: is a binary file \(PNG image\)/);
  });
});

describe('an unreadable file (chmod 000)', () => {
  // Tests run as root in CI, where chmod 000 does not stop a read: then the file is read like any other, and the
  // non-root behaviour is covered in test/hostile-load.test.ts by making the read fail with EACCES.
  let locked = '';
  let readable = false;
  beforeAll(() => {
    locked = f('locked/c.txt', ARTICLE_B);
    f('locked/a.txt', ARTICLE_A);
    f('locked/b.txt', ARTICLE_B);
    fs.chmodSync(locked, 0o000);
    try {
      fs.readFileSync(locked);
      readable = true;
    } catch {
      readable = false;
    }
  });
  afterAll(() => fs.chmodSync(locked, 0o644));

  it('named directly: exit 2 "permission denied" (as root: read as usual)', async () => {
    const result = await runMain([a, locked, '--json']);
    if (readable) {
      expect(process.getuid?.()).toBe(0);
      expect(result.status).toBe(0);
      expect((JSON.parse(result.stdout) as Report).sources.map((s) => s.id)).toEqual(['a', 'c']);
    } else {
      expectOneLineError(result, /locked\/c\.txt: permission denied$/);
    }
  });

  it('found in a folder: skipped with a warning (as root: read as usual)', async () => {
    const { report } = await mainReport([path.join(tmp.dir, 'locked')]);
    if (readable) {
      expect(report.sources.map((s) => s.id)).toEqual(['a', 'b', 'c']);
      expect(report.warnings).toEqual([]);
    } else {
      expect(report.sources.map((s) => s.id)).toEqual(['a', 'b']);
      expect(report.warnings).toEqual([{ source: locked, message: 'skipped: permission denied' }]);
    }
  });
});
