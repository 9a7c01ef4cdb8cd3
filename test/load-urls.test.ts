/**
 * URL inputs (issue 24): pages fetched from a server of the test's own on 127.0.0.1 (test/helpers/web-server.ts),
 * in-process through `main(argv, io)`. A page reads as the same page saved as a file does; every way a fetch can
 * fail is one error line for a URL named on the command line, a warning for one listed by --inputs-from.
 * Timeouts are shortened with --fetch-timeout on servers that never answer: no test waits on the clock.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignIds } from '../src/load/index.js';
import { contentType } from '../src/load/fetch-url.js';
import { parseInputList } from '../src/load/input-list.js';
import { decodeCharset } from '../src/load/read.js';
import { urlArgument } from '../src/load/url-arg.js';
import type { Report } from '../src/types.js';
import { ARTICLE_A, ARTICLE_B, expectOneLineError, stderrWarnings, tempDir } from './helpers/hostile.js';
import { ROOT } from './helpers/run-cli.js';
import { mainReport, runMain } from './helpers/run-main.js';
import { startServer, type TestServer } from './helpers/web-server.js';

const NORTHSHORE = fs.readFileSync(path.join(ROOT, 'fixtures/html/northshore-daily.html'), 'utf8');
const ELSBY = fs.readFileSync(path.join(ROOT, 'fixtures/html/elsby-courier.html'), 'utf8');
/** A page with nothing Readability or the fallback can take for article text. */
const NO_ARTICLE = '<!doctype html><html><head><title>Nothing here</title></head><body><nav><a href="/">Home</a></nav><div></div></body></html>';
/** A page without `<html>`: read as a web page for its content type, as a `.html` file is for its name. */
const FRAGMENT = '<h1>Bridge reopens</h1><p>The Harbour Bridge reopened on Monday, the council said.</p><p>Repairs took six months.</p>';
const HTML = 'text/html; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

/** Pages served as they are: path -> content type and body. */
const PAGES: Record<string, [string, string | Buffer]> = {
  '/northshore': [HTML, NORTHSHORE],
  '/elsby': ['text/html', ELSBY],
  '/xhtml': ['application/xhtml+xml', ELSBY],
  '/article-a': [TEXT, ARTICLE_A],
  '/article-b': ['text/plain', ARTICLE_B],
  '/no-article': [HTML, NO_ARTICLE],
  '/fragment': [HTML, FRAGMENT],
  '/latin1': ['text/plain; charset="ISO-8859-1"', Buffer.from('The café on the Harbour Bridge reopened on Monday, the council said.\n', 'latin1')],
  '/image': ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
};

let server: TestServer;
/** A server that drops every connection as it opens: a network error, with no port left to chance. */
let dropping: TestServer;
/** Resolves when the response of /endless has been closed by the client. */
let endlessClosed: Promise<void>;
let markEndlessClosed: () => void;
/** Requests to /held/* in flight now, and at most. */
let held: Array<() => void> = [];
let inFlight = 0;
let maxInFlight = 0;

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? '/';
  const page = PAGES[url];
  if (page !== undefined) {
    res.writeHead(200, { 'content-type': page[0] });
    res.end(page[1]);
    return;
  }
  const redirect = /^\/redirect\/(\d+)$/.exec(url);
  if (redirect !== null) {
    const left = Number(redirect[1]);
    res.writeHead(302, { location: left > 1 ? `/redirect/${left - 1}` : '/article-a' });
    res.end();
    return;
  }
  if (url === '/to-file') {
    res.writeHead(301, { location: 'file:///etc/passwd' });
    res.end();
    return;
  }
  if (url === '/silent') return; // never answers: only the timeout ends the wait
  if (url === '/dribble') {
    // Headers and a first line, then nothing more: a body that never ends.
    res.writeHead(200, { 'content-type': TEXT });
    res.write('The Harbour Bridge reopened on Monday.\n');
    return;
  }
  if (url === '/endless') {
    res.writeHead(200, { 'content-type': TEXT });
    const line = Buffer.from('The Harbour Bridge reopened on Monday after six months of repairs.\n'.repeat(1000));
    const pump = () => {
      while (!res.destroyed && res.write(line));
    };
    res.on('drain', pump);
    res.on('close', () => markEndlessClosed());
    pump();
    return;
  }
  if (url.startsWith('/held/')) {
    // Answered four at a time, once four are waiting (or the last few are): the fetches must overlap, up to four.
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    held.push(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': TEXT });
      res.end(`${ARTICLE_A}\nRequest ${url} was answered.\n`);
    });
    if (held.length === 4) {
      const answer = held;
      held = [];
      for (const send of answer) send();
    }
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

const tmp = tempDir('urls');
let fileA = '';
let fileB = '';

beforeAll(async () => {
  endlessClosed = new Promise((resolve) => {
    markEndlessClosed = resolve;
  });
  server = await startServer(handle);
  dropping = await startServer(
    () => undefined,
    (socket) => socket.destroy(),
  );
  fileA = tmp.file('a.txt', ARTICLE_A);
  fileB = tmp.file('b.txt', ARTICLE_B);
});

afterAll(async () => {
  await server.close();
  await dropping.close();
  tmp.remove();
});

const url = (p: string) => server.url(p);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The report's JSON with each page's id and URL replaced by those of the file saved from it, to compare. */
function asFiles(report: Report, files: ReadonlyMap<string, string>, ids: ReadonlyMap<string, string>): string {
  let json = JSON.stringify(report);
  for (const [from, to] of files) json = json.replaceAll(JSON.stringify(from), JSON.stringify(to));
  for (const [from, to] of ids) json = json.replaceAll(from, to);
  return json;
}

describe('a page reads as the same page saved as a file', () => {
  it.each([
    { name: 'two article pages', pages: ['/northshore', '/elsby'] },
    { name: 'an XHTML page', pages: ['/northshore', '/xhtml'] },
    { name: 'two text pages', pages: ['/article-a', '/article-b'] },
    { name: 'a page with no article text', pages: ['/no-article', '/northshore', '/elsby'] },
    { name: 'a page with no <html> served as text/html', pages: ['/fragment', '/article-a'] },
  ])('$name', async ({ pages }) => {
    const dir = tmp.file(`saved-${pages.join('').replace(/\//g, '-')}`);
    fs.mkdirSync(dir, { recursive: true });
    const files = new Map<string, string>();
    const ids = new Map<string, string>();
    for (const page of pages) {
      const [type, body] = PAGES[page]!;
      const name = page.slice(1);
      // Saved as a browser would: a page served as text/plain as a .txt file, any other as .html.
      const file = path.join(dir, `${name}${type.startsWith('text/plain') ? '.txt' : '.html'}`);
      fs.writeFileSync(file, body);
      files.set(url(page), file);
      ids.set(`127.0.0.1/${name}`, name);
    }
    const fromUrls = await mainReport(pages.map(url));
    const fromFiles = await mainReport([...files.values()]);
    expect(fromUrls.report.sources.map((s) => s.id)).toEqual([...ids.keys()].sort());
    expect(asFiles(fromUrls.report, files, ids)).toBe(JSON.stringify(fromFiles.report));
    let stderr = fromUrls.result.stderr;
    for (const [from, to] of ids) stderr = stderr.replaceAll(from, to);
    expect(stderr).toBe(fromFiles.result.stderr);
  });

  it('decodes the charset the Content-Type names', async () => {
    const { report } = await mainReport([url('/latin1'), fileA]);
    const texts = report.claims.flatMap((c) => c.sentences.map((s) => s.text));
    expect(texts.some((t) => t.includes('The café on the Harbour Bridge'))).toBe(true);
  });

  it('follows up to five redirects, and names the page by the URL given', async () => {
    const { report } = await mainReport([url('/redirect/5'), fileB]);
    expect(report.sources.map((s) => [s.id, s.path]).sort()).toEqual([
      ['127.0.0.1', url('/redirect/5')],
      ['b', fileB],
    ]);
  });

  it('reads a page given twice (two spellings of one URL) once, with a warning', async () => {
    const { result, report } = await mainReport([url('/article-a'), `${url('/article-a')}#top`, fileB]);
    expect(report.sources).toHaveLength(2);
    expect(stderrWarnings(result)).toContain(`${url('/article-a')}#top: skipped: the same page as ${url('/article-a')}, read once`);
  });
});

describe('a page that cannot be read', () => {
  const cases = [
    { name: 'a 404', at: () => url('/missing'), problem: 'HTTP 404 Not Found' },
    { name: 'an image', at: () => url('/image'), problem: 'has content type image/png, not a web page or text (text/html, application/xhtml+xml, text/plain)' },
    { name: 'six redirects', at: () => url('/redirect/6'), problem: 'more than 5 redirects' },
    { name: 'a redirect to file:', at: () => url('/to-file'), problem: 'redirected to an unsupported URL scheme file: (file:///etc/passwd)' },
    { name: 'a server that never answers', at: () => url('/silent'), problem: 'no complete answer within 0.05 s (raise --fetch-timeout)', short: true },
    { name: 'a body that never ends', at: () => url('/dribble'), problem: 'no complete answer within 0.05 s (raise --fetch-timeout)', short: true },
    { name: 'a connection dropped', at: () => dropping.url('/story'), problem: 'cannot fetch: the connection was closed by the server' },
  ];

  // The short timeout only where the server never answers in full (a busy machine may take longer than it to
  // follow six redirects); the other two sources are files, for the same reason.
  const timeout = (short?: boolean) => (short === true ? ['--fetch-timeout', '0.05'] : []);

  it.each(cases)('$name, named on the command line: one error line, exit 2', async ({ at, problem, short }) => {
    const result = await runMain([at(), fileA, fileB, ...timeout(short), '--json']);
    expectOneLineError(result, new RegExp(`^claimdiff: ${escape(at())}: ${escape(problem)}$`));
  });

  it.each(cases)('$name, listed by --inputs-from: a warning, and the report of the rest', async ({ name, at, problem, short }) => {
    const list = tmp.file(`list-${name.replace(/\W+/g, '-')}.txt`, `${at()}\n`);
    const { result, report } = await mainReport([fileA, fileB, '--inputs-from', list, ...timeout(short)]);
    expect(report.sources.map((s) => s.path)).toEqual([fileA, fileB]);
    expect(stderrWarnings(result)).toEqual([`${at()}: skipped: ${problem}`]);
  });

  it('stops reading a body past --max-file-size, and closes the connection, listed or not', async () => {
    const list = tmp.file('endless.txt', `${url('/endless')}\n`);
    for (const args of [[url('/endless')], ['--inputs-from', list]]) {
      const result = await runMain([...args, fileA, fileB, '--max-file-size', '0.25', '--json']);
      expectOneLineError(result, new RegExp(`^claimdiff: ${escape(url('/endless'))}: is more than 0.25 MB, over the 0.25 MB limit \\(raise it with --max-file-size\\)$`));
    }
    await endlessClosed;
  });

  it('stops when the pages together pass --max-total-size', async () => {
    // 5.4 kB of pages in all: either may be the one that passes 4 kB, as they answer.
    const result = await runMain([url('/northshore'), url('/elsby'), '--max-total-size', '0.004', '--json']);
    expectOneLineError(result, /^claimdiff: http:\/\/127\.0\.0\.1:\d+\/(?:northshore|elsby): takes the inputs past .* in all, the --max-total-size limit/);
  });

  it.each([
    { arg: 'file:///etc/passwd', scheme: 'file' },
    { arg: 'FILE:///etc/hostname', scheme: 'file' },
    { arg: 'data:text/html,<p>The bridge reopened.</p>', scheme: 'data' },
    { arg: 'ftp://example.org/story.txt', scheme: 'ftp' },
    { arg: 'gopher://example.org/story', scheme: 'gopher' },
  ])('refuses $arg: unsupported URL scheme, exit 2, not read as a path', async ({ arg, scheme }) => {
    const result = await runMain([arg, fileA, fileB]);
    expectOneLineError(result, new RegExp(`^claimdiff: ${escape(arg)}: unsupported URL scheme "${scheme}:"`));
  });

  it('reads an argument with a colon but no URL scheme as a path', async () => {
    expectOneLineError(await runMain(['notes:monday.txt', fileA]), /^claimdiff: notes:monday\.txt: no such file or directory$/);
  });
});

describe('--inputs-from', () => {
  it('reads paths and URLs one a line, blank lines and # comments left out, with the positional inputs', async () => {
    const list = tmp.file('inputs.txt', `# the outlets\n\n  ${url('/northshore')}  \r\n${fileA}\n# ${url('/missing')}\n`);
    const { result, report } = await mainReport([url('/elsby'), '--inputs-from', list]);
    expect(report.sources.map((s) => s.path).sort()).toEqual([fileA, url('/elsby'), url('/northshore')].sort());
    expect(result.stderr).not.toMatch(/missing/);
  });

  it('reads the list from standard input with -', async () => {
    const { report } = await mainReport(['--inputs-from', '-'], { input: `${url('/article-a')}\n${fileB}\n` });
    expect(report.sources.map((s) => s.id).sort()).toEqual(['127.0.0.1', 'b']);
  });

  it('skips a listed file that cannot be read, as one found in a folder', async () => {
    const list = tmp.file('with-missing.txt', `${fileA}\n${path.join(tmp.dir, 'gone.txt')}\n${fileB}\n`);
    const { result, report } = await mainReport(['--inputs-from', list]);
    expect(report.sources).toHaveLength(2);
    expect(stderrWarnings(result)).toEqual([`${path.join(tmp.dir, 'gone.txt')}: skipped: no such file or directory`]);
  });

  it.each([
    { name: 'fewer than two sources left', args: () => [fileA, '--inputs-from', tmp.file('one-bad.txt', `${url('/missing')}\n`)], message: /need at least two sources to compare, got 1; skipped .*\/missing \(HTTP 404 Not Found\)/ },
    { name: 'a list that does not exist', args: () => [fileA, '--inputs-from', path.join(tmp.dir, 'no-list.txt')], message: /no-list\.txt: no such file or directory$/ },
    { name: 'standard input as both list and article', args: () => ['-', fileA, '--inputs-from', '-'], message: /^claimdiff: -: standard input cannot hold both/ },
    { name: 'no inputs at all', args: () => [], message: /^claimdiff: no inputs: / },
  ])('$name: one error line, exit 2', async ({ args, message }) => {
    expectOneLineError(await runMain(args(), { input: '' }), message);
  });
});

describe('fetching many pages', () => {
  it('fetches four at a time', async () => {
    const pages = Array.from({ length: 8 }, (_, i) => url(`/held/${i + 1}`));
    const list = tmp.file('held.txt', pages.join('\n'));
    const { report } = await mainReport(['--inputs-from', list]);
    expect(report.sources).toHaveLength(8);
    expect(maxInFlight).toBe(4);
  });

  it.each([
    { name: 'a terminal', tty: true, shows: true },
    { name: 'a pipe', tty: false, shows: false },
  ])('shows progress on standard error only when it is a terminal: $name', async ({ tty, shows }) => {
    const result = await runMain([url('/article-a'), url('/article-b'), '--json'], tty ? { tty: { columns: 80 } } : {});
    expect(result.status).toBe(0);
    expect(result.stderr.includes('fetching pages, 0 of 2 done')).toBe(shows);
  });
});

describe('URL arguments', () => {
  it.each([
    { arg: 'https://example.org/news/story', href: 'https://example.org/news/story' },
    { arg: 'HTTP://Example.ORG/a#comments', href: 'http://example.org/a' },
    { arg: 'story.txt', href: undefined },
    { arg: 'notes:monday.txt', href: undefined },
    { arg: 'C:story.txt', href: undefined },
  ])('$arg -> $href', ({ arg, href }) => {
    expect(urlArgument(arg)?.href).toBe(href);
  });

  it.each([
    { arg: 'https://user:secret@example.org/a', problem: /user name or password/ },
    { arg: 'https://exa mple.org/', problem: /not a valid URL/ },
    { arg: 'mailto:desk@example.org', problem: /unsupported URL scheme "mailto:"/ },
    { arg: 'javascript:alert(1)', problem: /unsupported URL scheme "javascript:"/ },
  ])('refuses $arg', ({ arg, problem }) => {
    expect(() => urlArgument(arg)).toThrow(problem);
  });

  it.each([
    { header: 'text/html', type: 'text/html', charset: undefined },
    { header: 'Text/HTML; Charset="ISO-8859-1"', type: 'text/html', charset: 'ISO-8859-1' },
    { header: 'text/plain; format=flowed; charset=windows-1252', type: 'text/plain', charset: 'windows-1252' },
    { header: null, type: '', charset: undefined },
  ])('Content-Type $header', ({ header, type, charset }) => {
    expect(contentType(header)).toEqual(charset === undefined ? { type } : { type, charset });
  });

  it.each([
    { name: 'no charset: UTF-8', bytes: Buffer.from('café'), charset: undefined, text: 'café', notes: 0 },
    { name: 'latin1', bytes: Buffer.from('café', 'latin1'), charset: 'iso-8859-1', text: 'café', notes: 0 },
    { name: 'a byte-order mark over the header', bytes: Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('café')]), charset: 'iso-8859-1', text: 'café', notes: 0 },
    { name: 'an unknown charset: UTF-8, with a note', bytes: Buffer.from('café'), charset: 'klingon', text: 'café', notes: 1 },
  ])('decodes $name', ({ bytes, charset, text, notes }) => {
    const decoded = decodeCharset('page', bytes, charset);
    expect(decoded.text).toBe(text);
    expect(decoded.notes).toHaveLength(notes);
  });

  it('parses a list', () => {
    expect(parseInputList('# outlets\n\na.txt\r\n  https://example.org/x  \n-\n#b.txt\n')).toEqual(['a.txt', 'https://example.org/x', `.${path.sep}-`]);
  });
});

describe('ids of pages', () => {
  const u = (s: string) => new URL(s);
  it.each([
    { inputs: ['https://www.example.org/news/2025/story'], ids: ['example.org'] },
    { inputs: ['https://example.org/a', 'https://example.net/a'], ids: ['example.org', 'example.net'] },
    { inputs: ['https://example.org/news/crane-falls', 'https://example.org/local/crane-down'], ids: ['example.org/crane-falls', 'example.org/crane-down'] },
    { inputs: ['https://example.org/news/story', 'https://example.org/local/story'], ids: ['example.org/news/story', 'example.org/local/story'] },
    { inputs: ['https://example.org/a/story.html', 'https://example.org/b/other.html'], ids: ['example.org/story', 'example.org/other'] },
    { inputs: ['https://example.org/?p=1', 'https://example.org/?p=2'], ids: ['example.org/?p=1', 'example.org/?p=2'] },
    { inputs: ['http://127.0.0.1:8080/a', 'http://127.0.0.1:9090/a'], ids: ['127.0.0.1:8080/a', '127.0.0.1:9090/a'] },
    { inputs: ['https://example.org/', 'https://example.org/story'], ids: ['example.org/', 'example.org/story'] },
    { inputs: ['https://example.org/caf%C3%A9', 'https://example.org/bar'], ids: ['example.org/café', 'example.org/bar'] },
    { inputs: ['https://xn--sddeutsche-9db.de/a'], ids: ['süddeutsche.de'] },
    { inputs: ['https://example.org/a', 'saved/example.org.html'], ids: ['example.org/a', 'saved/example.org'] },
    { inputs: ['https://example.org/a', 'https://www.example.org/a'], ids: ['example.org/a', 'www.example.org/a'] },
  ])('$inputs -> $ids', ({ inputs, ids }) => {
    expect(assignIds(inputs.map((i) => (/^https?:/.test(i) ? u(i) : i)))).toEqual(ids);
  });

  it('gives each input the same id whatever the order', () => {
    const inputs = ['https://example.org/news/a', 'https://example.org/sport/a', 'https://example.net/b', 'example.net.txt', 'x/a.txt'];
    const ids = new Map(inputs.map((input, i) => [input, assignIds(inputs.map((s) => (/^https?:/.test(s) ? u(s) : s)))[i]]));
    const reversed = [...inputs].reverse();
    const again = assignIds(reversed.map((s) => (/^https?:/.test(s) ? u(s) : s)));
    reversed.forEach((input, i) => expect(again[i]).toBe(ids.get(input)));
    expect(new Set(ids.values()).size).toBe(inputs.length);
  });
});
