/**
 * The three formats for people (terminal, Markdown, HTML) must tell the same story as the JSON report: the
 * same claims, the same contradictions (values and sources), the same per-source additions and omissions,
 * and the same matrix rows in the same order. Each rendering's findings are read back from its own text.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unescapeMarkdown } from '../src/report/escape.js';
import { CELL_SYMBOL, coverageMatrix, type Cell } from '../src/report/matrix.js';
import type { Report } from '../src/types.js';
import { tempDir } from './helpers/hostile.js';
import { mainJson, runMain } from './helpers/run-main.js';

interface Findings {
  claims: string[];
  /** "claim kind: source=value, ..." with the values sorted by source. */
  contradictions: string[];
  contradictionWords?: string[];
  /** "claim: source source | source", each camp's sources (a camp: the sources giving one value). */
  camps?: string[];
  /** "source adds N omits M" */
  sources: string[];
  /** Matrix rows in the order shown: "claim cells". */
  matrix: string[];
}

const sortedValues = (values: Array<[string, string]>) =>
  values
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([source, value]) => `${source}=${value}`)
    .join(', ');

/** Camps as text: each camp's sources sorted, the camps sorted. */
function campsText(pairs: Array<[string, string]>): string {
  const camps = new Map<string, string[]>();
  for (const [value, source] of pairs) camps.set(value, [...(camps.get(value) ?? []), source]);
  return [...camps.values()].map((sources) => sources.sort().join(' ')).sort().join(' | ');
}

function fromJson(report: Report): Findings {
  const matrix = coverageMatrix(report);
  return {
    claims: report.claims.map((c) => c.id).sort(),
    contradictions: report.contradictions
      .map((c) => `${c.claim}: ${sortedValues(c.values.map((v) => [v.source, String(v.value)]))}`)
      .sort(),
    // Markdown shows each value in the source's own words.
    contradictionWords: report.contradictions.map((c) => `${c.claim}: ${sortedValues(c.values.map((v) => [v.source, v.words]))}`).sort(),
    camps: report.contradictions.map((c) => `${c.claim}: ${campsText(c.values.map((v) => [JSON.stringify(v.value), v.source]))}`).sort(),
    sources: report.sources.map((s) => `${s.id} adds ${s.adds} omits ${s.omits}`),
    matrix: matrix.rows.map((r) => `${r.claim.id} ${r.cells.map((c) => CELL_SYMBOL[c]).join('')}`),
  };
}

/** The terminal report, section by section (a section starts at one of its headings). */
function fromTerminal(text: string): Findings & { hiddenRows: number } {
  const sections = new Map<string, string[]>();
  let current = 'header';
  for (const line of text.split('\n')) {
    if (/^(?:claimdiff:|Facts:|Coverage matrix:|Shared by|Stated by|Added by|Unique to|Contradictions)/.test(line)) {
      current = line.replace(/ \(\d+\).*$|:.*$/, '');
    }
    else sections.set(current, [...(sections.get(current) ?? []), line]);
  }
  // The sources table follows the contradictions, under no heading of its own.
  const sources = text.split('\n').flatMap((l) => {
    const m = /^ {2}(\S+) {2,}(\S+) {2,}\d+ sentences? · adds (\d+) · omits (\d+)/.exec(l);
    return m ? [`${m[2]} adds ${m[3]} omits ${m[4]}`] : [];
  });
  const claims = [
    ...['Shared by all 5 sources', 'Stated by most sources', 'Added by some sources'].flatMap((title) =>
      [...sections].filter(([t]) => t.startsWith(title)).flatMap(([, lines]) => lines.flatMap((l) => /^ {2}(\S+) · stated by \d+ of \d+/.exec(l)?.[1] ?? [])),
    ),
    ...(sections.get('Unique to one source') ?? []).flatMap((l) => /^ {4}(\S+) line \d+(?: ✗ contradicts the others)?$/.exec(l)?.[1] ?? []),
  ];
  // Each dispute: its head at two spaces, the reason (naming the claim), then a line per camp, "words — source:line, ...".
  const camps: string[] = [];
  let open: { claim: string; camps: Array<[string, string]> } | undefined;
  // The legend's lines open with the marks too, but name no claim.
  const close = () => open && open.claim !== '' && camps.push(`${open.claim}: ${campsText(open.camps)}`);
  for (const line of sections.get('Contradictions') ?? []) {
    const head = /^ {2}[✗?] /.test(line);
    const claim = /\(claim (c\d+)\)$/.exec(line);
    const camp = /^ {4}(.+?) — (.+)$/.exec(line);
    if (head) {
      close();
      open = { claim: '', camps: [] };
    } else if (claim && open) open.claim = claim[1]!;
    else if (camp && open) for (const s of camp[2]!.split(', ')) open.camps.push([camp[1]!, s.replace(/:\d+$/, '')]);
  }
  close();
  const matrixLines = sections.get('Coverage matrix') ?? [];
  const matrix = matrixLines.flatMap((l) => {
    const m = /^ {2}(\S+) {2,}((?:[●◐✗○·] *)+)/.exec(l);
    return m ? [`${m[1]} ${m[2]!.replace(/ /g, '')}`] : [];
  });
  const more = matrixLines.join(' ').match(/… (\d+) more claims? not shown/);
  return { claims: claims.sort(), contradictions: [], camps: camps.sort(), sources, matrix, hiddenRows: Number(more?.[1] ?? 0) };
}

function fromMarkdown(text: string): Findings {
  const lines = text.split('\n');
  const sources = lines.flatMap((l) => {
    const m = /^\| \*\*.+?\*\* \| (.+?) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|/.exec(l);
    return m ? [`${unescapeMarkdown(m[1]!)} adds ${m[3]} omits ${m[4]}`] : [];
  });
  const claims = lines.flatMap((l) => /^#### (\S+) · stated by/.exec(l)?.[1] ?? []).map(unescapeMarkdown);
  const contradictions: string[] = [];
  let open: { head: string; values: Array<[string, string]> } | undefined;
  const close = () => open && contradictions.push(`${open.head}: ${sortedValues(open.values)}`);
  for (const line of lines) {
    const head = /^> \*\*.+?\*\* \((?:conflict|possible), claim (c\d+)\): /.exec(line);
    const value = /^> - (.+?)(?: · line \d+)?: .*?<b>(.+?)<\/b>/.exec(line);
    if (head) {
      close();
      open = { head: head[1]!, values: [] };
    } else if (value && open) open.values.push([unescapeMarkdown(value[1]!), unescapeMarkdown(value[2]!)]);
  }
  close();
  const matrix = lines.flatMap((l) => {
    const m = /^\| \*\*(\S+)\*\* \| ((?:[●◐✗○·] \| )+)/.exec(l);
    return m ? [`${unescapeMarkdown(m[1]!)} ${m[2]!.replace(/[ |]/g, '')}`] : [];
  });
  return { claims: claims.sort(), contradictions: contradictions.sort(), sources, matrix };
}

function fromHtml(text: string): Findings & { addsFromClaims: string[] } {
  const { document } = parseHTML(text);
  type Root = Pick<typeof document, 'querySelectorAll'>;
  const all = (selector: string, root: Root = document) => [...root.querySelectorAll(selector)];
  const sourceRows = all('#sources tbody tr[data-source]');
  const ids = sourceRows.map((r) => r.getAttribute('data-source')!);
  const sources = sourceRows.map((r) => `${r.getAttribute('data-source')} adds ${r.getAttribute('data-adds')} omits ${r.getAttribute('data-omits')}`);
  // The same figures again, counted from the claims' filter attributes the page's source filter uses.
  const cards = all('article.claim[data-claim]');
  const countIn = (attribute: string, index: number) =>
    cards.filter((card) => (card.getAttribute(attribute) ?? '').split(' ').includes(String(index))).length;
  const addsFromClaims = ids.map((id, i) => `${id} adds ${countIn('data-adds', i)} omits ${countIn('data-omits', i)}`);
  const contradictions = all('#contradictions article.contradiction').map((article) => {
    const values = all('li[data-source]', article).map((li) => [li.getAttribute('data-source')!, li.getAttribute('data-value')!] as [string, string]);
    return `${article.getAttribute('data-claim')}: ${sortedValues(values)}`;
  });
  const symbol = (cell: string) => CELL_SYMBOL[cell as Cell] ?? '?';
  const matrix = all('table.matrix tbody tr[data-claim]').map(
    (tr) => `${tr.getAttribute('data-claim')} ${all('td[data-cell]', tr).map((td) => symbol(td.getAttribute('data-cell')!)).join('')}`,
  );
  return { claims: cards.map((c) => c.getAttribute('data-claim')!).sort(), contradictions: contradictions.sort(), sources, matrix, addsFromClaims };
}

describe('terminal, Markdown and HTML agree with the JSON report on the seeds', () => {
  let expected: Findings;
  let terminal: ReturnType<typeof fromTerminal>;
  let markdown: Findings;
  let html: ReturnType<typeof fromHtml>;

  beforeAll(async () => {
    const render = async (format: string) => {
      const result = await runMain(['fixtures/seeds', '--format', format]);
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    expected = fromJson(await mainJson(['fixtures/seeds']));
    // Wide enough that no dispute's line wraps.
    terminal = fromTerminal((await runMain(['fixtures/seeds'], { env: { COLUMNS: '120' } })).stdout);
    markdown = fromMarkdown(await render('markdown'));
    html = fromHtml(await render('html'));
  });

  it('found something to compare', () => {
    expect(expected.claims.length).toBeGreaterThan(40);
    expect(expected.contradictions.length).toBeGreaterThan(0);
    expect(expected.sources).toHaveLength(5);
  });

  it.each(['terminal', 'markdown', 'html'] as const)('%s: the same claim ids', (format) => {
    const found = { terminal, markdown, html }[format];
    expect(found.claims).toEqual(expected.claims);
  });

  it.each(['terminal', 'markdown', 'html'] as const)('%s: the same contradictions, values and sources', (format) => {
    const found = { terminal, markdown, html }[format];
    // The terminal tells each camp once, in its first source's words; the others quote every source's own words.
    if (format === 'terminal') expect(found.camps).toEqual(expected.camps);
    else expect(found.contradictions).toEqual(expected.contradictionWords);
  });

  it.each(['terminal', 'markdown', 'html'] as const)('%s: the same additions and omissions per source', (format) => {
    const found = { terminal, markdown, html }[format];
    expect(found.sources).toEqual(expected.sources);
  });

  it('html: the claims the source filter selects add up to the same figures', () => {
    expect(html.addsFromClaims).toEqual(expected.sources);
  });

  it.each(['markdown', 'html'] as const)('%s: the same matrix, every row in the same order', (format) => {
    expect({ markdown, html }[format].matrix).toEqual(expected.matrix);
  });

  it('terminal: the top rows of the same matrix, and the count of the rest', () => {
    expect(terminal.matrix.length).toBeGreaterThan(0);
    expect(terminal.matrix).toEqual(expected.matrix.slice(0, terminal.matrix.length));
    expect(terminal.matrix.length + terminal.hiddenRows).toBe(expected.matrix.length);
  });
});

/**
 * One reading of each claim: where a figure is disputed from a sentence of another claim (gamma's "three" is not
 * its own claim with alpha's and beta's "Four"), every format marks the dispute on the row of the sentence that
 * states it, and no row marks a source contradicting a claim the listing says it leaves out.
 */
describe('matrix, claim listing, HTML and Markdown read each claim alike', () => {
  const tmp = tempDir('one-reading');
  const folder = tmp.file('crash');
  const article = (first: string, last: string) =>
    ['A7 crash', first, 'The road was closed for six hours while the wreckage was cleared.', last].join('\n\n') + '\n';
  const injured = 'Four people were injured when a lorry hit two cars on the A7 near Carlow on Friday, police said.';
  let report: Report;
  let terminal: string;
  let html: string;
  let markdown: string;

  beforeAll(async () => {
    tmp.file('crash/alpha.txt', article(injured, 'The lorry driver, a 52-year-old man, was arrested at the scene.'));
    tmp.file('crash/beta.txt', article(injured, 'Witnesses said the lorry had been travelling fast in heavy rain.'));
    tmp.file(
      'crash/gamma.txt',
      article(
        'Doctors at Carlow General Hospital were treating three people hurt in the collision, a spokeswoman told reporters on Saturday morning.',
        'The lorry driver, a 52-year-old man, was arrested at the scene.',
      ),
    );
    report = await mainJson([folder]);
    terminal = (await runMain([folder], { env: { COLUMNS: '120' } })).stdout;
    html = (await runMain([folder, '-f', 'html'])).stdout;
    markdown = (await runMain([folder, '-f', 'markdown'])).stdout;
  });
  afterAll(() => tmp.remove());

  it('has a dispute whose values sit in two claims (what this test is about)', () => {
    const claims = report.contradictions.flatMap((c) => c.values.map((v) => v.claim));
    expect(new Set(claims).size).toBeGreaterThan(1);
  });

  it('marks a source ✗ only on a claim it states, ○ only on one it leaves out', () => {
    for (const row of coverageMatrix(report).rows) {
      row.cells.forEach((cell, i) => {
        const source = report.sources[i]!.id;
        if (cell === 'contradicts' || cell === 'stated' || cell === 'partial') expect(row.claim.sources, `${row.claim.id} ${source}`).toContain(source);
        else expect(row.claim.omittedBy, `${row.claim.id} ${source}`).toContain(source);
      });
    }
  });

  it('gives every claim the same count of sources stating it in the listing, HTML and Markdown as the matrix', () => {
    const { document } = parseHTML(html);
    for (const row of coverageMatrix(report).rows) {
      const stating = row.cells.filter((c) => c === 'stated' || c === 'partial' || c === 'contradicts').length;
      const said = `stated by ${stating} of ${report.sources.length}`;
      // The terminal lists a claim of one source under that source ("c4 line 3"), with no count.
      if (row.claim.coverage === 'one') expect(terminal).toMatch(new RegExp(`^ {4}${row.claim.id} line \\d+${row.cells.includes('contradicts') ? ' ✗ contradicts the others' : ''}$`, 'm'));
      else expect(terminal).toMatch(new RegExp(`^ {2}${row.claim.id} · ${said}`, 'm'));
      expect(markdown).toMatch(new RegExp(`^#### ${row.claim.id} · ${said}`, 'm'));
      expect(document.querySelector(`#claim-${row.claim.id} .meta`)?.textContent).toBe(said);
      // Each HTML card of the claim carries the matrix's cell for its source.
      for (const card of document.querySelectorAll(`#claim-${row.claim.id} figure[data-source]`)) {
        const i = report.sources.findIndex((s) => s.id === card.getAttribute('data-source'));
        expect(card.getAttribute('data-cell')).toBe(row.cells[i]);
      }
    }
  });

  it('names the sources that leave a claim out as the matrix does: "omitted by" for ○, "not stated by" for ·', () => {
    for (const row of coverageMatrix(report).rows) {
      const omitted = row.cells.flatMap((c, i) => (c === 'omitted' ? [report.sources[i]!.id] : []));
      const absent = row.cells.flatMap((c, i) => (c === 'absent' ? [report.sources[i]!.id] : []));
      if (row.claim.coverage === 'one') continue;
      const block = terminal.split(/\n(?= {2}c\d+ · )/).find((b) => b.startsWith(`  ${row.claim.id} · `)) ?? '';
      if (omitted.length > 0) expect(block).toContain(`omitted by ${omitted.join(', ')}`);
      if (absent.length > 0) expect(block).toContain(`not stated by ${absent.join(', ')}`);
      if (row.cells.includes('contradicts')) expect(block).toContain('✗ contradicts the others');
    }
  });
});
