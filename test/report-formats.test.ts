import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../src/compare/coverage.js';
import { escapeHtml, escapeMarkdown, unescapeMarkdown } from '../src/report/escape.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import {
  abbreviate,
  CELL_SYMBOL,
  cellOf,
  coverageMatrix,
  isDissenter,
  letters,
  shownRows,
  type Cell,
} from '../src/report/matrix.js';
import { renderTerminal } from '../src/report/terminal.js';
import type { Claim, Contradiction, FactKind, MissingFact, Report } from '../src/types.js';

// ---------------------------------------------------------------------------------------------------------
// A small report built by hand, so each cell and each row's place is known.

interface ClaimSpec {
  id: string;
  /** source -> sentence */
  says: Record<string, string>;
  missing?: Array<{ kind: FactKind; omittedBy: string[]; statedBy: string[] }>;
}

interface ContradictionSpec {
  claim: string;
  kind?: FactKind;
  /** source -> value; the value's words are found in the source's sentence when they occur there. */
  values: Record<string, string | number>;
}

function buildReport(sources: readonly string[], claimSpecs: readonly ClaimSpec[], contradictionSpecs: readonly ContradictionSpec[] = []): Report {
  const claims: Claim[] = claimSpecs.map((spec) => {
    const stated = Object.keys(spec.says);
    const missingFacts: MissingFact[] = (spec.missing ?? []).map((m) => ({
      kind: m.kind,
      slot: 'count',
      statedBy: m.statedBy.map((source) => ({ source, value: 2, words: 'two' })),
      omittedBy: m.omittedBy,
    }));
    return {
      id: spec.id,
      sources: stated,
      omittedBy: sources.filter((s) => !stated.includes(s)),
      coverage: coverageOf(stated.length, sources.length),
      sentences: stated.map((source, index) => ({ source, line: index + 1, text: spec.says[source]!, index, position: 0 })),
      facts: [],
      missingFacts,
      cohesion: 1,
    };
  });
  const contradictions: Contradiction[] = contradictionSpecs.map((spec) => {
    const claim = claims.find((c) => c.id === spec.claim)!;
    return {
      claim: spec.claim,
      kind: spec.kind ?? 'number',
      values: Object.entries(spec.values).map(([source, value]) => {
        const text = claim.sentences.find((s) => s.source === source)!.text;
        const words = String(value);
        const start = Math.max(0, text.indexOf(words));
        return { source, value, text, span: [start, start + words.length] as [number, number], words };
      }),
    };
  });
  return {
    $schema: 'https://unpkg.com/claimdiff@0.1.0/schema/report.v2.json',
    schemaVersion: 3,
    sources: sources.map((id) => ({
      id,
      path: `${id}.txt`,
      sentences: claims.filter((c) => c.sources.includes(id)).length,
      removed: [],
      adds: claims.filter((c) => (c.coverage === 'some' || c.coverage === 'one') && c.sources.includes(id)).length,
      omits: claims.filter((c) => c.coverage === 'most' && c.omittedBy.includes(id)).length,
    })),
    claims,
    factTable: [],
    contradictions,
    warnings: [],
  };
}

const FIVE = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];

/** Five sources; one claim of each kind, listed in the report in the opposite order of how disputed they are. */
function disputedReport(): Report {
  const all = (text: string) => Object.fromEntries(FIVE.map((s) => [s, text]));
  return buildReport(
    FIVE,
    [
      { id: 'agreed', says: all('The bridge reopened.') },
      { id: 'one', says: { echo: 'A band played.' } },
      { id: 'some', says: { alpha: 'The mayor spoke.', bravo: 'The mayor gave a speech.' } },
      { id: 'most3', says: { alpha: 'Traffic was heavy.', bravo: 'Traffic was heavy.', charlie: 'Traffic was heavy.' } },
      { id: 'most4', says: { alpha: 'It rained.', bravo: 'It rained.', charlie: 'It rained.', delta: 'It rained.' } },
      {
        id: 'gap',
        says: all('Two workers were hurt.'),
        missing: [{ kind: 'number', omittedBy: ['delta'], statedBy: ['alpha', 'bravo', 'charlie', 'echo'] }],
      },
      { id: 'clash', says: { ...all('It cost 40 million.'), echo: 'It cost 45 million.' } },
    ],
    [{ claim: 'clash', values: { alpha: 40, bravo: 40, charlie: 40, delta: 40, echo: 45 } }],
  );
}

const symbols = (cells: readonly Cell[]) => cells.map((c) => CELL_SYMBOL[c]).join('');

// ---------------------------------------------------------------------------------------------------------

describe('the coverage matrix', () => {
  it.each([
    { ids: ['000_ec28', '001_9c1a', '002_00bc'], abbrs: ['000', '001', '002'] },
    { ids: ['harbour-courier', 'meridian-daily', 'valley-wire'], abbrs: ['h', 'm', 'v'] },
    { ids: ['one', 'three', 'two'], abbrs: ['on', 'th', 'tw'] },
    { ids: ['a', 'ab'], abbrs: ['a', 'ab'] },
    { ids: ['reuters-1', 'reuters-2'], abbrs: ['A', 'B'] },
    { ids: ['my story', 'my stuff'], abbrs: ['A', 'B'] },
    { ids: ['monday/reuters', 'tuesday/reuters'], abbrs: ['m', 't'] },
  ])('abbreviates $ids as $abbrs', ({ ids, abbrs }) => {
    expect(abbreviate(ids)).toEqual(abbrs);
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %i %s', (index, name) => {
    expect(letters(index)).toBe(name);
  });

  it('gives unique abbreviations to many similar ids', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `outlet-${i}`);
    expect(new Set(abbreviate(ids)).size).toBe(60);
  });

  const report = disputedReport();
  it.each([
    { claim: 'agreed', cells: '●●●●●' },
    { claim: 'one', cells: '····●' },
    { claim: 'some', cells: '●●···' },
    { claim: 'most3', cells: '●●●○○' },
    { claim: 'most4', cells: '●●●●○' },
    { claim: 'gap', cells: '●●●◐●' },
    { claim: 'clash', cells: '●●●●✗' },
  ])('draws $claim as $cells', ({ claim, cells }) => {
    const c = report.claims.find((x) => x.id === claim)!;
    const contradictions = report.contradictions.filter((x) => x.claim === claim);
    expect(symbols(FIVE.map((s) => cellOf(c, contradictions, s)))).toBe(cells);
  });

  it('puts the most disputed claims first: contradictions, missing facts, omissions by coverage, additions, agreement', () => {
    const matrix = coverageMatrix(report);
    expect(matrix.rows.map((r) => r.claim.id)).toEqual(['clash', 'gap', 'most4', 'most3', 'some', 'one', 'agreed']);
    expect(matrix.rows.map((r) => r.dispute)).toEqual(['contradiction', 'missing-fact', 'omission', 'omission', 'addition', 'addition', 'agreed']);
  });

  it('uses five different symbols, so the matrix reads without colour', () => {
    expect(new Set(Object.values(CELL_SYMBOL)).size).toBe(5);
  });

  it.each([
    { name: 'the odd one out', values: { a: 1, b: 1, c: 2 }, dissenters: ['c'] },
    { name: 'both sides of a tie', values: { a: 1, b: 2 }, dissenters: ['a', 'b'] },
    { name: 'everyone but the majority', values: { a: 1, b: 1, c: 2, d: 3 }, dissenters: ['c', 'd'] },
    { name: 'numbers and their strings alike', values: { a: 2, b: '2', c: 3 }, dissenters: ['c'] },
  ])('finds $name as contradicting', ({ values, dissenters }) => {
    const contradiction: Contradiction = {
      claim: 'c1',
      kind: 'number',
      values: Object.entries(values).map(([source, value]) => ({ source, value, text: '', span: [0, 0], words: '' })),
    };
    expect(Object.keys(values).filter((s) => isDissenter(contradiction, s))).toEqual(dissenters);
  });

  it.each([
    [0, 0],
    [12, 12],
    [40, 40],
    [41, 30],
    [300, 30],
  ])('shows %i claims as %i rows', (total, shown) => {
    expect(shownRows(total)).toBe(shown);
  });
});

describe('the terminal matrix', () => {
  const render = (report: Report, width = 80) => renderTerminal(report, { color: false, width });

  it('shows a row per claim, most disputed first, with a legend for the symbols and the abbreviations', () => {
    const out = render(disputedReport());
    const rows = out.split('\n').filter((l) => /^ {2}\S+ {2,}[●◐✗○·]( [●◐✗○·]){4}/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/)[0])).toEqual(['clash', 'gap', 'most4', 'most3', 'some', 'one', 'agreed']);
    expect(rows[0]).toMatch(/number: 40 vs 45/);
    for (const [, meaning] of [['●', 'states it'], ['✗', 'contradicts the others'], ['○', 'omits it']]) expect(out).toContain(meaning);
    // The source table is the legend of the column headings.
    expect(out).toMatch(/^ {2}a {2}alpha {2}/m);
    expect(out).toMatch(/^ {10}a b c d e$/m);
  });

  it.each([60, 80, 120])('fits %i columns, long ids and sentences included', (width) => {
    const ids = Array.from({ length: 12 }, (_, i) => `a-rather-long-outlet-name-number-${i}`);
    const report = buildReport(ids, [{ id: 'c1', says: Object.fromEntries(ids.slice(0, 9).map((s) => [s, 'Word '.repeat(40)])) }]);
    const out = render(report, width);
    expect(out.split('\n').filter((l) => l.length > width)).toEqual([]);
    expect(out).toMatch(/^ {2}c1 {2}● ● ● ● ● ● ● ● ● ○ ○ ○/m);
  });

  it('shows only the top 30 of more than 40 claims and says how many are left', () => {
    const claims = Array.from({ length: 45 }, (_, i) => ({ id: `c${i + 1}`, says: { alpha: `Claim ${i}.` } }));
    const out = render(buildReport(['alpha', 'bravo'], claims));
    expect(out).toMatch(/Coverage matrix: 45 claims, most disputed first, top 30 shown/);
    expect(out.split('\n').filter((l) => /^ {2}c\d+ {2,}[●·]/.test(l))).toHaveLength(30);
    expect(out).toMatch(/… 15 more claims not shown \(15 additions\); every claim is listed below\./);
  });

  it('says so when there are no claims', () => {
    expect(render(buildReport(['a', 'b'], []))).toMatch(/Coverage matrix: 0 claims[^\n]*\n {2}no claims/);
  });
});

// ---------------------------------------------------------------------------------------------------------

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'><iframe srcdoc='<script>parent.__pwned=1</script>'>",
  '</textarea></style></script><b>bold</b>',
  '<!-- comment --> &amp; &lt;b&gt;',
];

describe('escapeMarkdown', () => {
  it.each([
    { text: 'a | b', md: 'a \\| b' },
    { text: '<script>alert(1)</script>', md: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { text: '<img src=x onerror=alert(1)>', md: '&lt;img src=x onerror=alert(1)&gt;' },
    { text: '**bold** and _italic_', md: '\\*\\*bold\\*\\* and \\_italic\\_' },
    { text: '[click](javascript:alert(1))', md: '\\[click\\](javascript:alert(1))' },
    { text: '![x](http://tracker.example/p.gif)', md: '!\\[x\\](http://tracker.example/p.gif)' },
    { text: '`code` and ~~gone~~', md: '\\`code\\` and \\~\\~gone\\~\\~' },
    { text: '# Not a heading', md: '\\# Not a heading' },
    { text: '- not a list', md: '\\- not a list' },
    { text: '1. not a list', md: '1\\. not a list' },
    { text: '> not a quote', md: '&gt; not a quote' },
    { text: 'one line\nand | another\r\nrow', md: 'one line and \\| another row' },
    { text: 'it cost $5 and $6', md: 'it cost \\$5 and \\$6' },
    { text: 'back\\slash', md: 'back\\\\slash' },
    { text: '&amp; is not an entity here', md: '&amp;amp; is not an entity here' },
    { text: 'ask @octocat about #123', md: 'ask @\u200boctocat about #\u200b123' },
    { text: 'Plain words, 2.5 million.', md: 'Plain words, 2.5 million.' },
  ])('escapes $text', ({ text, md }) => {
    expect(escapeMarkdown(text)).toBe(md);
  });

  it('reads back as the text it escaped (whitespace collapsed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });

  it('never lets a line break, an unescaped pipe or a tag through', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('|', '<', '>', '\n', '\\', 'a', ' ', '*', '`') }), (text) => {
        const md = escapeMarkdown(text);
        expect(md).not.toMatch(/[\n<>]/);
        expect(md).not.toMatch(/(^|[^\\])(\\\\)*\|/);
      }),
    );
  });
});

describe('renderMarkdown', () => {
  const sentence = (i: number) => `Officials said ${HOSTILE[i]} | the quay | would cost 40 million.`;
  const report = buildReport(
    ['safe', 'odd|id', '<b>bold</b>'],
    [
      { id: 'c1', says: { safe: sentence(0), 'odd|id': sentence(1), '<b>bold</b>': sentence(2).replace('40', '45') } },
      { id: 'c2', says: { safe: `# ${HOSTILE[3]}\n- ${HOSTILE[4]}`, 'odd|id': HOSTILE[5]! } },
    ],
    [{ claim: 'c1', values: { safe: 40, 'odd|id': 40, '<b>bold</b>': 45 } }],
  );
  const md = renderMarkdown(report);

  it('keeps every table row to its columns, whatever the article text holds', () => {
    const tables = md.split(/\n\n/).filter((block) => block.startsWith('| '));
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const table of tables) {
      const rows = table.split('\n');
      const columns = (row: string) => row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
      for (const row of rows) expect(columns(row), row).toBe(columns(rows[0]!));
    }
  });

  it('lets no HTML from the articles through: only its own <b>, <details> and <summary>', () => {
    const tags = [...md.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['b', 'details', 'summary']));
    expect(md).toContain('&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;');
    expect(md).toContain('odd\\|id');
    expect(md).not.toMatch(/^\s*(?:>\s*)*(?:#|- )\s*&lt;iframe/m);
  });

  it('puts the contradiction in a caution box: its camps with their sources, then each sentence with the value in bold', () => {
    expect(md).toMatch(/> \[!CAUTION\]\n> \*\*number\*\* \(conflict, claim c1\): \*\*40\*\* \(safe; odd\\\|id\) vs \*\*45\*\* \(&lt;b&gt;bold&lt;\/b&gt;\)/);
    expect(md).toMatch(/> - &lt;b&gt;bold&lt;\/b&gt;: Officials said .* cost <b>45<\/b> million\./);
  });

  it('opens on the contradictions, then the facts not in dispute with their column keys after them, before the sources', () => {
    // The report with one question both sources answer alike.
    const cell = (source: string) => ({ source, value: 2, words: 'two', line: 1, claim: 'c1' });
    const factTable = [{ frame: { key: 'count|quay', label: 'quays built', measure: 'count' as const }, values: [cell('safe'), cell('odd|id')] }];
    const withFacts = renderMarkdown({ ...report, factTable });
    const order = ['### Contradictions', '### Facts not in dispute', 'Columns: **', '| Key | Source |'].map((s) => withFacts.indexOf(s));
    expect(order.every((at) => at > 0), String(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('explains the matrix symbols after the matrix, not before', () => {
    const table = md.indexOf('| Claim |');
    expect(table).toBeGreaterThan(0);
    expect(md.indexOf('● states it')).toBeGreaterThan(table);
  });

  it('leaves no heading without its content when it cuts, and points to formats that are not cut', () => {
    const small = renderMarkdown(report, { maxChars: md.indexOf('### Claims') + 200 });
    const note = small.slice(small.indexOf('> [!NOTE]'));
    expect(note).toMatch(/more lines of the rest of the report \(Claims\) are left out\. `claimdiff --format html -o report\.html` shows every claim/);
    expect(note).not.toMatch(/--format markdown -o/);
    expect(small.slice(0, small.indexOf('> [!NOTE]')).trimEnd()).not.toMatch(/\n#+ [^\n]*$/);
  });

  it('stays under a character budget, keeping the summary, fact table and contradictions whole, and says so', () => {
    const small = renderMarkdown(report, { maxChars: md.indexOf('| Key | Source |') + 200 });
    expect(small.length).toBeLessThan(md.length);
    expect(small).toContain(md.slice(0, md.indexOf('| Key | Source |')));
    expect(small).toMatch(/> \[!NOTE\]\n> Cut to stay within GitHub's comment limit: \d+ more lines/);
    expect(small.split('<details>').length).toBe(small.split('</details>').length);
  });

  it('quotes every source sentence of every claim', () => {
    for (const claim of report.claims) {
      expect(md).toMatch(new RegExp(`^#### ${claim.id} · stated by ${claim.sources.length} of 3`, 'm'));
      for (const s of claim.sentences) expect(md.replace(/<\/?b>/g, '')).toContain(`  > ${escapeMarkdown(s.text)}`);
    }
  });
});

describe('escapeHtml', () => {
  it.each([
    { text: '<script>alert(1)</script>', html: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { text: '"><svg onload=alert(1)>', html: '&quot;&gt;&lt;svg onload=alert(1)&gt;' },
    { text: "' onmouseover='alert(1)", html: '&#39; onmouseover=&#39;alert(1)' },
    { text: 'AT&T &amp; co', html: 'AT&amp;T &amp;amp; co' },
    { text: 'plain text, 2.5 million', html: 'plain text, 2.5 million' },
  ])('escapes $text', ({ text, html }) => {
    expect(escapeHtml(text)).toBe(html);
  });

  it('reads back as the same text in a document, in content and in attributes', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { document } = parseHTML(`<!doctype html><html><body><p title="${escapeHtml(text)}">${escapeHtml(text)}</p></body></html>`);
        const p = document.querySelector('p')!;
        // The HTML parser turns NUL into U+FFFD and CR LF into LF; nothing else changes.
        const expected = text.replace(/\r\n?/g, '\n');
        expect(p.getAttribute('title')).toBe(expected);
        expect(p.textContent?.replace(/\r\n?/g, '\n')).toBe(expected);
        expect(p.children.length).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderHtml', () => {
  const ids = ['plain', `"><img src=x onerror=window.__pwned=1>`];
  const report = buildReport(
    ids,
    HOSTILE.map((text, i) => ({ id: `c${i + 1}`, says: { plain: `Officials said ${text} on day ${i}.`, [ids[1]!]: `Officials said ${text} on day ${i + 1}.` } })),
    [{ claim: 'c1', values: { plain: 0, [ids[1]!]: 1 } }],
  );
  const html = renderHtml(report);
  const { document } = parseHTML(html);

  it('lets no markup from the articles or the ids through', () => {
    expect([...document.querySelectorAll('script')]).toHaveLength(1);
    for (const tag of ['img', 'svg', 'iframe', 'textarea']) expect(document.querySelectorAll(tag).length, tag).toBe(0);
    const handlers = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'));
    expect(handlers).toEqual([]);
  });

  it('shows the hostile text as text, in the quotes and the matrix', () => {
    for (const [i, text] of HOSTILE.entries()) {
      const quotes = [...document.querySelectorAll(`article[data-claim="c${i + 1}"] blockquote`)].map((q) => q.textContent);
      expect(quotes[0]).toBe(`Officials said ${text} on day ${i}.`);
      expect(document.querySelector(`tr[data-claim="c${i + 1}"] td.gist`)!.textContent).toBe(`Officials said ${text} on day ${i}.`);
    }
    expect(document.querySelector('#sources tbody tr:nth-child(2) td.id')!.textContent).toBe(ids[1]);
  });

  it('is self-contained: a CSP that allows only its own style and script by hash, no URL to fetch', () => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toMatch(/^default-src 'none';/);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(document.querySelector('script')!.textContent!)}`);
    expect(csp).toContain(`style-src ${hash(document.querySelector('style')!.textContent!)}`);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    expect(html).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(html).not.toMatch(/style="/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('marks the contradicting value and the words that differ', () => {
    const dissent = document.querySelector(`article[data-claim="c1"] figure[data-cell="contradicts"] mark.value`);
    expect(dissent).toBeTruthy();
    expect(document.querySelectorAll('article[data-claim="c1"] mark.diff').length).toBeGreaterThan(0);
    expect(document.querySelector('.contradiction[data-claim="c1"]')!.getAttribute('data-kind')).toBe('number');
  });

  it('gives every claim a matrix row and a card with the same filter attributes', () => {
    const rows = [...document.querySelectorAll('tr[data-claim]')].map((r) => r.getAttribute('data-claim'));
    const cards = [...document.querySelectorAll('article.claim')].map((r) => r.getAttribute('data-claim'));
    expect(rows).toEqual(cards);
    expect(new Set(rows)).toEqual(new Set(report.claims.map((c) => c.id)));
  });
});
