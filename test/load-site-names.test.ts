/**
 * Outlet names: a web page (a saved `.html` file or a fetched URL) names its source by the site it says it
 * belongs to (`og:site_name`, else its canonical URL's host); a text file keeps its file name. Ids stay unique
 * and the same whatever the order of the inputs.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSite, siteName, type SitePage } from '../src/load/html-site.js';
import { assignIds, loadInputs, type IdInput } from '../src/load/index.js';
import { ARTICLE_A, ARTICLE_B, stderrWarnings, tempDir } from './helpers/hostile.js';
import { mainReport } from './helpers/run-main.js';
import { startServer, type TestServer } from './helpers/web-server.js';

const headOf = (head: string): SitePage => parseHTML(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`).document as unknown as SitePage;

/** A page of `site` (its head says so in `head`) with the article text given. */
const page = (head: string, text: string) =>
  `<!doctype html><html><head>${head}<title>Report</title></head><body><article>${text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${l}</p>`)
    .join('')}</article></body></html>`;

describe('pageSite', () => {
  it.each([
    { head: '<meta property="og:site_name" content="The Courier">', site: 'The Courier' },
    { head: '<meta name="og:site_name" content="Harbour Radio">', site: 'Harbour Radio' },
    { head: '<meta property="og:site_name" content="  The\n  Courier ">', site: 'The Courier' },
    { head: '<meta property="og:site_name" content="News/Sport">', site: 'News-Sport' },
    { head: '<meta property="og:site_name" content="The Courier"><link rel="canonical" href="https://other.example/a">', site: 'The Courier' },
    { head: '<link rel="canonical" href="https://www.courier.example/news/crane">', site: 'courier.example' },
    { head: '<meta property="og:url" content="https://radio.example/a">', site: 'radio.example' },
    { head: '<link rel="canonical" href="https://xn--sddeutsche-9db.de/a">', site: 'süddeutsche.de' },
    { head: '<meta property="og:site_name" content="   "><link rel="canonical" href="https://courier.example/a">', site: 'courier.example' },
    { head: '<link rel="canonical" href="/news/crane">', site: undefined },
    { head: '<link rel="canonical" href="ftp://courier.example/a">', site: undefined },
    { head: `<meta property="og:site_name" content="${'The Courier is the best newspaper of the whole north coast, read daily'}">`, site: undefined },
    { head: '<meta property="og:title" content="Crane falls">', site: undefined },
  ])('$head -> $site', ({ head, site }) => {
    expect(pageSite(headOf(head))).toBe(site);
  });

  it('keeps no control character in a name', () => {
    expect(siteName('The\u0007 Courier\u001b[31m')).toBe('The Courier [31m');
  });
});

describe('assignIds with site names', () => {
  const u = (s: string) => new URL(s);
  it.each<{ name: string; inputs: IdInput[]; ids: string[] }>([
    { name: 'one page per site', inputs: [{ site: 'The Courier', at: 'saved/a.html' }, { site: 'Harbour Radio', at: u('https://radio.example/a') }], ids: ['The Courier', 'Harbour Radio'] },
    {
      name: 'two pages of one site, told apart by their paths',
      inputs: [{ site: 'The Courier', at: u('https://courier.example/news/crane') }, { site: 'The Courier', at: u('https://courier.example/local/harbour') }],
      ids: ['The Courier/crane', 'The Courier/harbour'],
    },
    { name: 'two saved pages of one site', inputs: [{ site: 'The Courier', at: 'x/a.html' }, { site: 'The Courier', at: 'y/a.html' }], ids: ['The Courier/x/a', 'The Courier/y/a'] },
    { name: 'a site and a text file of the same name', inputs: [{ site: 'courier', at: 'pages/p.html' }, 'texts/courier.txt'], ids: ['courier/p', 'texts/courier'] },
    { name: 'a text file beside a page: its file name', inputs: ['wire.txt', { site: 'The Courier', at: 'a.html' }], ids: ['wire', 'The Courier'] },
  ])('$name', ({ inputs, ids }) => {
    expect(assignIds(inputs)).toEqual(ids);
    expect(assignIds([...inputs].reverse())).toEqual([...ids].reverse());
  });
});

describe('loading pages and files', () => {
  const tmp = tempDir('site-names');
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(req.url === '/named' ? page('<meta property="og:site_name" content="Harbour Radio">', ARTICLE_B) : page('', ARTICLE_B));
    });
  });
  afterAll(async () => {
    await server.close();
    tmp.remove();
  });

  it('names a saved page by its og:site_name, a text file by its file name', async () => {
    const html = tmp.file('saved/courier-page.html', page('<meta property="og:site_name" content="The Courier">', ARTICLE_A));
    const text = tmp.file('wire.txt', ARTICLE_B);
    const { sources } = await loadInputs([html, text], process.stdin);
    expect(sources.map((s) => s.id).sort()).toEqual(['The Courier', 'wire']);
  });

  it('names a saved page by its canonical host, and one that names nothing by its file name', async () => {
    const canonical = tmp.file('c/one.html', page('<link rel="canonical" href="https://www.courier.example/a">', ARTICLE_A));
    const unnamed = tmp.file('c/two.html', page('', ARTICLE_B));
    const { sources } = await loadInputs([canonical, unnamed], process.stdin);
    expect(sources.map((s) => s.id)).toEqual(['courier.example', 'two']);
  });

  it('names a fetched page by its og:site_name, one that names nothing by its host and path', async () => {
    const { report } = await mainReport([server.url('/named'), server.url('/plain'), tmp.file('d/wire.txt', ARTICLE_A)]);
    expect(report.sources.map((s) => s.id).sort()).toEqual(['127.0.0.1', 'Harbour Radio', 'wire']);
  });
});

describe('a file named directly that is not an article', () => {
  const tmp = tempDir('not-article');
  afterAll(() => tmp.remove());

  it.each(['package.json', 'index.js', 'feed.XML', 'settings.yaml'])('%s: compared, with one warning line naming it', async (name) => {
    const file = tmp.file(name, ARTICLE_A);
    const { result } = await mainReport([file, tmp.file('b.txt', ARTICLE_B)]);
    expect(stderrWarnings(result).filter((w) => w.includes('not an article'))).toEqual([
      `${name.replace(/\.[^.]+$/, '')}: ${file} is a .${name.split('.').pop()} file, not an article (.txt, .md, .html, .htm): compared as one anyway`,
    ]);
  });

  it.each(['story.txt', 'story.md', 'page.html', 'notes', 'courier.com'])('%s: no warning', async (name) => {
    const { result } = await mainReport([tmp.file(`ok/${name}`, ARTICLE_A), tmp.file('ok/b.txt', ARTICLE_B)]);
    expect(stderrWarnings(result).filter((w) => w.includes('not an article'))).toEqual([]);
  });

  it('a .json file found in a folder is not read, so not warned about', async () => {
    tmp.file('folder/a.txt', ARTICLE_A);
    tmp.file('folder/b.txt', ARTICLE_B);
    tmp.file('folder/data.json', '{}');
    const { result, report } = await mainReport([`${tmp.dir}/folder`]);
    expect(report.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(stderrWarnings(result)).toEqual([]);
  });
});
