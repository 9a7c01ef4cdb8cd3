import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { htmlToArticleText } from '../src/load/html.js';
import { isHtmlInput, looksLikeHtml } from '../src/load/index.js';
import type { Report } from '../src/types.js';
import { ROOT } from './helpers/run-cli.js';
import { bigNewsPage } from './helpers/adversarial.js';
import { runMain } from './helpers/run-main.js';

const page = (name: string): string => fs.readFileSync(path.join(ROOT, 'test/data/html', name), 'utf8');

afterEach(() => vi.restoreAllMocks());

describe('htmlToArticleText on news pages', () => {
  it.each([
    {
      file: 'news-page.html',
      title: 'Millbrook library reopens after flood repairs',
      article: [
        "Millbrook's central library reopened on Saturday, eight months after a burst water main flooded its ground floor.",
        "The council spent 1.2 million pounds on repairs, including a new children's reading room and step-free access at the main entrance.",
        '"It feels like getting a friend back," said head librarian Owen Pryce, who has worked at the library for 22 years.',
        'About 4,000 books were lost in the flood; most have now been replaced through donations.',
      ],
      clutter: ['Home', 'Puzzles', 'Brightwater', 'Most popular', 'Bin collection', 'COMMENT-LEAK', 'Reader comments', 'All rights reserved', 'SCRIPT', 'STYLE-LEAK', 'NOSCRIPT-LEAK', 'Millbrook Gazette'],
    },
    {
      file: 'no-article-element.html',
      title: 'Ferry timetable changes from June',
      article: [
        'The island ferry will run two extra crossings on weekdays from the first of June, the operator said on Thursday.',
        'The new sailings leave Westport at 7.15 and 18.40, and return from the island half an hour later.',
        'Fares will stay at 6 pounds for adults and 3 pounds for children, according to the operator.',
        'The changes follow a petition signed by more than 1,500 island residents last winter.',
      ],
      clutter: ['Travel', 'Contact', 'Trending', 'Harbour festival', 'COMMENT-LEAK', 'Westport Herald'],
    },
    {
      file: 'hostile.html',
      title: 'Security researcher demonstrates browser flaw',
      article: [
        'A security researcher showed on Monday how a web page could run code by hiding it in an image tag.',
        // Literal text on the page (written &lt;script&gt;) stays literal text.
        'In her talk she typed the snippet <script>alert(1)</script> into a comment box to show the problem.',
        'The browser maker said a fix would ship within two weeks.',
        'The researcher, who works for a university in Tallinn, said she reported the flaw in January.',
        'Users do not need to do anything, the company said.',
      ],
      clutter: ['onerror', 'IMG-ONERROR-LEAK', 'missing.png', 'IFRAME-LEAK', 'SVG-LEAK', 'TEMPLATE-LEAK', 'HIDDEN-LEAK', 'STYLE-LEAK', '<img', '<iframe', 'Tech'],
    },
  ])('$file: the article, one paragraph per line, title first', ({ file, title, article, clutter }) => {
    const result = htmlToArticleText(page(file));
    expect(result.title).toBe(title);
    const paragraphs = result.text.trimEnd().split('\n\n');
    expect(paragraphs[0]).toBe(title);
    for (const sentence of article) expect(paragraphs).toContain(sentence);
    for (const text of clutter) expect(result.text, text).not.toContain(text);
    expect(result.dropped).toBeGreaterThan(0);
    expect(result.notes).toEqual([expect.stringMatching(/^HTML page: \d+ text blocks? outside the article/)]);
  });

  it('keeps the "<script>" the page shows as text, and nothing of the script it runs', () => {
    const { text } = htmlToArticleText(page('hostile.html'));
    expect(text.match(/<script>alert\(1\)<\/script>/g)).toHaveLength(1);
    expect(text).toContain('\nThe browser maker said a fix would ship within two weeks.\n');
  });
});

describe('htmlToArticleText text layout', () => {
  it.each([
    {
      name: 'entities are decoded',
      html: '<p>Fish &amp; chips &mdash; &quot;&pound;5&quot; &#8364;3 &#x263A; caf&eacute;&nbsp;bar &lt;b&gt;</p>',
      text: 'Fish & chips — "£5" €3 ☺ café bar <b>\n',
    },
    {
      name: 'nested inline markup is joined',
      html: '<p>The <b>mayor, <i>Ana <span>Ruiz</span></i></b>, <a href="#">said</a> <em>no</em>.</p>',
      text: 'The mayor, Ana Ruiz, said no.\n',
    },
    { name: 'inline elements with no space between them join words', html: '<p>Kyiv<span>ska</span> street</p>', text: 'Kyivska street\n' },
    { name: 'whitespace collapses', html: '<p>\n   Spread\n   over \t  lines\n</p>', text: 'Spread over lines\n' },
    {
      name: 'list items are paragraphs',
      html: '<ul><li>First</li><li>Second <b>item</b></li></ul><ol><li>Third</li></ol>',
      text: 'First\n\nSecond item\n\nThird\n',
    },
    {
      name: 'headings, quotes and captions are paragraphs',
      html: '<h2>Sub</h2><blockquote><p>Quoted words.</p></blockquote><figure><img src=x><figcaption>Photo: A. Person</figcaption></figure>',
      text: 'Sub\n\nQuoted words.\n\nPhoto: A. Person\n',
    },
    {
      name: '<br> breaks a line, two of them a paragraph',
      html: '<p>Line one<br>line two</p><p>Para one<br><br>Para two</p>',
      text: 'Line one\nline two\n\nPara one\n\nPara two\n',
    },
    { name: 'text around a block is its own paragraph', html: '<div>Lead text <p>Inner para</p> tail text</div>', text: 'Lead text\n\nInner para\n\ntail text\n' },
    {
      name: 'table cells are spaced, rows are paragraphs',
      html: '<table><tr><td>Name</td><td>Votes</td></tr><tr><td>Ruiz</td><td>1,204</td></tr></table>',
      text: 'Name Votes\n\nRuiz 1,204\n',
    },
    { name: 'newlines in <pre> are line breaks', html: '<pre>line one\nline   two\n\nnext</pre><p>after\nthat</p>', text: 'line one\nline two\n\nnext\n\nafter that\n' },
    { name: 'invisible characters go', html: '<p>soft\u00adhyphen zero\u200bwidth</p>', text: 'softhyphen zerowidth\n' },
    {
      name: 'the title comes first, and the h1 that repeats it once',
      html: '<html><head><title>Dam opens | Site</title></head><body><h1>Dam opens</h1><p>The dam opened on Friday after four years of work.</p></body></html>',
      text: 'Dam opens\n\nThe dam opened on Friday after four years of work.\n',
    },
  ])('$name', ({ html, text }) => {
    expect(htmlToArticleText(html).text).toBe(text);
  });
});

describe('htmlToArticleText on malformed HTML', () => {
  it.each([
    { name: 'unclosed tags', html: '<p>unclosed <b>bold <i>it', text: 'unclosed bold it\n' },
    { name: 'stray closing tags', html: '</div></p><p>Text</span> here</p></b>', text: 'Text here\n' },
    { name: 'bare angle brackets and ampersands', html: '<<<>>>&&&', text: '<<<>>>&&&\n' },
    { name: 'an unterminated comment', html: '<p>before</p><!-- never closed <p>hidden</p>', text: 'before\n' },
    { name: 'an unterminated script', html: '<p>before</p><script>var x = "<p>not text</p>', text: 'before\n' },
    { name: 'no <body> after </head>', html: '<html><head><title>T</title></head><p>Body text.</p></html>', text: 'T\n\nBody text.\n' },
    { name: 'a fragment with no <html>', html: '<title>T</title><p>Fragment text.</p>', text: 'T\n\nFragment text.\n' },
    { name: 'text after </body>', html: '<html><body><p>Inside.</p></body></html><p>After.</p>', text: 'Inside.\n\nAfter.\n' },
    { name: '<body> inside a head script', html: '<head><script>document.write("<body>")</script></head><p>Real text.</p>', text: 'Real text.\n' },
    { name: 'an empty page', html: '', text: '' },
    { name: 'whitespace only', html: ' \n\t ', text: '' },
    { name: 'a page with a title and no text', html: '<html><head><title>Only a title</title></head><body><img src=x></body></html>', text: '' },
  ])('$name: no throw, the text there is', ({ html, text }) => {
    expect(htmlToArticleText(html).text).toBe(text);
  });

  it('does not hand a page nested thousands deep to readability (its time grows with the square of the depth)', () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    const result = htmlToArticleText(`<html><body>${'<div>'.repeat(5000)}Deep text.</body></html>`);
    expect(result.text).toBe('Deep text.\n');
    // Deeper than linkedom is given (its time too grows with the square of the depth): read without a parser.
    expect(result.notes).toEqual([expect.stringMatching(/nests elements 5,00\d deep \(more than 1,000\): read as plain text/)]);
    expect(parse).not.toHaveBeenCalled();
    // A page of ordinary depth does go to readability: the spy sees it.
    htmlToArticleText(`<html><body>${'<div>'.repeat(20)}<p>Shallow text that is long enough to be an article paragraph.</p></body></html>`);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe('recognising HTML input', () => {
  it.each([
    { text: '<!doctype html><p>x', html: true },
    { text: '  \n<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">', html: true },
    { text: '<HTML lang="en"><body>x', html: true },
    { text: '<html>', html: true },
    { text: '<!-- saved from url=(0014)about:internet -->\n<html>', html: true },
    { text: '<?xml version="1.0"?>\n<!DOCTYPE html>', html: true },
    { text: '<html5 is the new standard', html: false },
    { text: 'The <html> element is the root.', html: false },
    { text: '<div>Just a fragment</div>', html: false },
    { text: '<!doctype xml>', html: false },
    { text: '# Markdown heading\n\n<html>', html: false },
  ])('looksLikeHtml($text) is $html', ({ text, html }) => {
    expect(looksLikeHtml(text)).toBe(html);
  });

  it.each([
    { file: 'page.html', text: 'plain words', html: true },
    { file: 'PAGE.HTM', text: 'plain words', html: true },
    { file: 'saved.txt', text: '<!DOCTYPE html><p>x</p>', html: true },
    { file: '-', text: '<html><p>x</p>', html: true },
    { file: '-', text: 'Plain text with <b>tags</b>.', html: false },
    { file: 'story.md', text: '# Title', html: false },
  ])('isHtmlInput($file, …) is $html', ({ file, text, html }) => {
    expect(isHtmlInput(file, text)).toBe(html);
  });
});

describe('htmlToArticleText on a 200 KB page', () => {
  // How its time grows with the page (20 KB to 200 KB) is measured by `npm run bench` (scripts/growth.ts).
  it('keeps the article and leaves out menus and comments', () => {
    const html = bigNewsPage(200 * 1024);
    expect(html.length).toBeGreaterThan(200 * 1024);
    const result = htmlToArticleText(html);
    const paragraphs = result.text.trimEnd().split('\n\n');
    expect(paragraphs[0]).toBe('Quay inspected');
    expect(paragraphs).toHaveLength(41);
    expect(result.text).not.toMatch(/Comment \d|Section \d|Reader\d|__STATE__|margin:0/);
  });
});

describe('claimdiff on fixtures/html (built CLI)', () => {
  let report: Report;
  let stderr = '';
  beforeAll(async () => {
    const result = await runMain(['fixtures/html', '--json']);
    if (result.status !== 0) throw new Error(`claimdiff exited ${result.status}: ${result.stderr}`);
    report = JSON.parse(result.stdout) as Report;
    stderr = result.stderr;
  });

  const claimTexts = (): string[] => report.claims.flatMap((c) => c.sentences.map((s) => s.text));

  it('reads the .html and .htm pages and the .txt article, paths as given', () => {
    expect(report.sources.map((s) => [s.id, s.path])).toEqual([
      ['coastline-wire', path.join('fixtures', 'html', 'coastline-wire.txt')],
      ['elsby-courier', path.join('fixtures', 'html', 'elsby-courier.html')],
      ['harbour-radio', path.join('fixtures', 'html', 'harbour-radio.htm')],
      ['northshore-daily', path.join('fixtures', 'html', 'northshore-daily.html')],
    ]);
    expect(stderr).not.toMatch(/error/i);
  });

  it('takes each page title as its headline', () => {
    expect(Object.fromEntries(report.sources.map((s) => [s.id, s.headline]))).toEqual({
      'coastline-wire': 'Crane falls on freighter in Port Elsby, three injured',
      'elsby-courier': 'Crane collapses onto cargo ship at Port Elsby harbour',
      'harbour-radio': 'Crane collapse at Port Elsby',
      'northshore-daily': 'Three hurt as harbour crane falls in Port Elsby',
    });
  });

  it.each([
    ['elsby-courier', 'A container crane collapsed onto a cargo ship at Port Elsby harbour on Tuesday evening, injuring three dock workers.'],
    ['elsby-courier', 'The crane was installed in 2009 and last inspected in March, according to the authority.'],
    ['northshore-daily', "Tomas Reyna, a spokesman for the dockers' union, called for an independent investigation into the crane's maintenance."],
    ['northshore-daily', 'One man was taken to Carrow General Hospital; the other two were treated at the harbour.'],
    ['harbour-radio', 'Berths 4 to 6 are closed; the authority hopes to reopen them on Friday.'],
    ['harbour-radio', 'Gusts reached 110 km/h when the crane fell.'],
  ])('%s: "%s" is a claim', (source, sentence) => {
    const claim = report.claims.find((c) => c.sentences.some((s) => s.source === source && s.text === sentence));
    expect(claim).toBeDefined();
  });

  const claimWith = (start: string) => report.claims.find((c) => c.sentences.some((s) => s.text.startsWith(start)));

  it.each([
    { start: 'A container crane collapsed onto a cargo ship', sources: ['coastline-wire', 'elsby-courier', 'harbour-radio', 'northshore-daily'] },
    { start: 'Berths 4 to 6 are closed', sources: ['coastline-wire', 'elsby-courier', 'harbour-radio', 'northshore-daily'] },
    { start: 'Tomas Reyna', sources: ['northshore-daily'] },
  ])('"$start…" is stated by $sources', ({ start, sources }) => {
    expect(claimWith(start)?.sources).toEqual(sources);
  });

  it('finds no contradiction: the outlets agree', () => {
    expect(report.contradictions).toEqual([]);
  });

  it.each([
    'Subscribe', 'Sport', 'Sunnyvale', 'Advertisement', 'ADVERTISEMENT', 'Sponsored', 'cookies', 'Most read', 'seafront car park',
    'SeaDog77', 'bound to happen', 'Thoughts with the families', 'signed off that inspection', 'Reply', 'All rights reserved',
    'Share on', 'Join the conversation', 'union warned', 'crane driver', 'Log in', 'Listen live', 'Elsby Motors', 'phone-in',
    'must not leak', 'dataLayer', 'trackPageview', 'enable JavaScript', 'Dana Whitlock', 'Published Wednesday',
  ])('keeps page clutter out of the claims: %s', (clutter) => {
    expect(claimTexts().filter((t) => t.includes(clutter))).toEqual([]);
  });

  it('reads an HTML page from standard input with -', async () => {
    const html = fs.readFileSync(path.join(ROOT, 'fixtures/html/northshore-daily.html'));
    const result = await runMain(['-', 'fixtures/html/coastline-wire.txt', '--json'], { input: html });
    expect(result.status).toBe(0);
    const fromStdin = JSON.parse(result.stdout) as Report;
    expect(fromStdin.sources.map((s) => [s.id, s.headline])).toEqual([
      ['stdin', 'Three hurt as harbour crane falls in Port Elsby'],
      ['coastline-wire', 'Crane falls on freighter in Port Elsby, three injured'],
    ]);
    const texts = fromStdin.claims.flatMap((c) => c.sentences.map((s) => s.text));
    expect(texts).toContain('Wind gusts reached 110 km/h as the crane fell across the deck of the timber ship Northern Lark.');
    expect(texts.some((t) => /Sponsored|Share on|must not leak|union warned/.test(t))).toBe(false);
  });
});
