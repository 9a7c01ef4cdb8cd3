/**
 * The HTML report in a real browser: Debian's headless Chromium, driven over the DevTools pipe
 * (test/helpers/browser.ts). Installs Chromium with apt-get when it is missing and we are root (CI).
 * Screenshots go to a temporary folder, printed at the end, to look at.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { Browser, ensureChromium, type Page } from './helpers/browser.js';
import { mainJson, runMain } from './helpers/run-main.js';

const chromium = ensureChromium();
if (!chromium.ok) console.warn(`browser tests skipped: ${chromium.reason}`);

const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-browser-'));

/** Write the HTML report of `inputs` with the command line (`-o`), as a user would, and return its path. */
async function writeReport(inputs: string[], name: string): Promise<string> {
  const file = path.join(SHOTS, `${name}.html`);
  const result = await runMain([...inputs, '--format', 'html', '-o', file]);
  if (result.status !== 0) throw new Error(`claimdiff exited ${result.status}: ${result.stderr}`);
  return file;
}

/** Claim ids of the claim cards a reader can see. */
const visibleClaims = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll('article.claim')].filter((a) => a.checkVisibility()).map((a) => a.dataset.claim)`);
const visibleRows = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll('table.matrix tbody tr')].filter((r) => r.checkVisibility()).map((r) => r.dataset.claim)`);

describe.skipIf(!chromium.ok)(`the HTML report in headless Chromium${chromium.ok ? '' : ` (skipped: ${chromium.reason})`}`, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await Browser.launch(chromium.ok ? chromium.path : '');
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    console.log(`browser test screenshots: ${SHOTS}`);
  });

  it('shows the matrix and the contradiction, filters by kind and by source, by mouse and by keyboard', async () => {
    const report: Report = await mainJson(['fixtures/seeds']);
    const file = await writeReport(['fixtures/seeds'], 'seeds');
    const page = await browser.newPage({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(file).href);
    await page.screenshot(path.join(SHOTS, 'seeds.png'));
    await page.screenshot(path.join(SHOTS, 'seeds-matrix.png'), { selector: '#matrix' });

    // The matrix: one visible row per claim, the contradicting cell marked.
    expect(await visibleRows(page)).toHaveLength(report.claims.length);
    const contradiction = report.contradictions[0]!;
    const contradicted = await page.evaluate<string[]>(
      `[...document.querySelectorAll('tr[data-claim="${contradiction.claim}"] td[data-cell="contradicts"]')].filter((td) => td.checkVisibility()).map((td) => td.textContent)`,
    );
    expect(contradicted.length).toBeGreaterThan(0);
    expect(contradicted[0]).toContain('✗');

    // The contradiction, on screen with each disagreeing value.
    const shown = await page.evaluate<{ visible: boolean; text: string }>(
      `(() => { const el = document.querySelector('#contradictions article.contradiction'); return { visible: el.checkVisibility(), text: el.innerText }; })()`,
    );
    expect(shown.visible).toBe(true);
    for (const v of contradiction.values) {
      // As the source wrote it ("Tuesday"), never the comparable form ("tuesday").
      expect(shown.text).toContain(v.words);
      expect(shown.text).toContain(v.source);
    }
    expect(shown.text).not.toMatch(/\b(?:monday|tuesday)\b/);

    // The script ran under the page's CSP (the filters appear only then), and nothing was refused.
    expect(await page.evaluate<boolean>(`document.getElementById('filters').checkVisibility()`)).toBe(true);
    expect(page.console.filter((m) => /Refused|Content Security Policy|exception/i.test(m))).toEqual([]);

    // Click "Contradictions": only the contradicted claims stay, in the matrix and below it.
    await page.click('button[data-show="contradiction"]');
    const withContradiction = [...new Set(report.contradictions.map((c) => c.claim))];
    expect((await visibleClaims(page)).sort()).toEqual(withContradiction.sort());
    expect((await visibleRows(page)).sort()).toEqual(withContradiction.sort());
    expect(await page.evaluate<string>(`document.getElementById('filter-status').textContent`)).toBe(
      `Showing ${withContradiction.length} of ${report.claims.length} claims: contradictions`,
    );
    expect(await page.evaluate<string>(`document.querySelector('button[data-show="contradiction"]').getAttribute('aria-pressed')`)).toBe('true');
    await page.screenshot(path.join(SHOTS, 'seeds-contradictions.png'));

    // Keyboard: Tab to the next button ("Missing details"), it shows a focus ring; Enter presses it.
    await page.press('Tab');
    const focused = await page.evaluate<{ show: string; outline: string }>(
      `({ show: document.activeElement.dataset.show, outline: getComputedStyle(document.activeElement).outlineStyle })`,
    );
    expect(focused).toEqual({ show: 'missing', outline: 'solid' });
    await page.press('Enter');
    const withMissing = report.claims.filter((c) => c.missingFacts.length > 0).map((c) => c.id);
    expect((await visibleClaims(page)).sort()).toEqual(withMissing.sort());

    // Back to all claims, then one source's additions from the select, with the arrow key.
    await page.click('button[data-show="all"]');
    await page.evaluate(`document.getElementById('by-source').focus()`);
    await page.press('ArrowDown');
    const first = report.sources[0]!;
    expect(await page.evaluate<string>(`document.getElementById('by-source').value`)).toBe('adds:0');
    const additions = await visibleClaims(page);
    expect(additions).toHaveLength(first.adds);
    for (const id of additions) {
      const claim = report.claims.find((c) => c.id === id)!;
      expect(claim.sources).toContain(first.id);
      expect(['some', 'one']).toContain(claim.coverage);
    }
    await page.screenshot(path.join(SHOTS, 'seeds-additions.png'));

    // Printed: no filter controls, the claims still there, the page as wide as the paper.
    await page.evaluate(`(() => { const s = document.getElementById('by-source'); s.value = ''; s.dispatchEvent(new Event('change')); })()`);
    await page.media('print');
    expect(await page.evaluate<boolean>(`document.getElementById('filters').checkVisibility()`)).toBe(false);
    expect(await visibleClaims(page)).toHaveLength(report.claims.length);
    await page.screenshot(path.join(SHOTS, 'seeds-print.png'));
    await page.media('');
    await page.close();
  });

  it('opens on the contradictions, then the fact table: conflict rows marked, every cell shown as text; the title names the folder', async () => {
    const dir = fs.mkdtempSync(path.join(SHOTS, 'facts-'));
    const article = (injured: string) =>
      [
        'Gunman opens fire on motel',
        '',
        `One person was killed and ${injured} others were injured when a gunman opened fire at a motel on Thursday.`,
        '',
        'The magnitude of the damage was not yet known, police said.',
        '',
      ].join('\n');
    fs.writeFileSync(path.join(dir, 'alpha.txt'), article('four'));
    fs.writeFileSync(path.join(dir, 'beta.txt'), article('four'));
    // A hostile file name heads a column of the table.
    const hostileName = `<img src=x onerror=window.__pwned=1>`;
    fs.writeFileSync(path.join(dir, `${hostileName}.txt`), article('three'));
    const report = await mainJson([dir]);
    const file = await writeReport([dir], 'facts');
    const page = await browser.newPage({ width: 1100, height: 800 });
    await page.goto(pathToFileURL(file).href);
    await page.screenshot(path.join(SHOTS, 'facts.png'));

    const sections = await page.evaluate<string[]>(`[...document.querySelectorAll('main > section')].map((s) => s.id)`);
    expect(sections.slice(0, 2)).toEqual(['contradictions', 'facts']);
    expect(await page.evaluate<string>('document.title')).toMatch(new RegExp(`^claimdiff: ${path.basename(dir)} — 3 sources, `));
    const rows = await page.evaluate<Array<{ cls: string; mark: string; label: string; cells: string[] }>>(
      `[...document.querySelectorAll('table.facts tbody tr')].map((tr) => ({ cls: tr.className, mark: tr.querySelector('.mark').textContent, label: tr.querySelector('th').textContent, cells: [...tr.querySelectorAll('td:not(.mark)')].map((td) => td.textContent) }))`,
    );
    expect(rows).toHaveLength(report.factTable.length);
    const injured = rows.find((r) => r.label === 'people injured')!;
    expect(injured.cls).toBe('conflict');
    expect(injured.mark).toContain('✗');
    // Each cell shows the source's words as plain text, in the source's column.
    const row = report.factTable.find((r) => r.frame.label === 'people injured')!;
    for (const v of row.values) expect(injured.cells[report.sources.findIndex((s) => s.id === v.source)]).toBe(v.words);
    const titles = await page.evaluate<string[]>(`[...document.querySelectorAll('table.facts thead th[title]')].map((th) => th.title)`);
    expect(titles).toContain(hostileName);
    expect(await page.evaluate<string>('typeof window.__pwned')).toBe('undefined');
    expect(await page.evaluate<number>(`document.querySelectorAll('img').length`)).toBe(0);
    await page.close();
  });

  it('runs nothing from hostile article text and shows it literally', async () => {
    const dir = fs.mkdtempSync(path.join(SHOTS, 'hostile-'));
    const script = '<script>window.__pwned=1</script>';
    const img = '<img src=x onerror="window.__pwned=1">';
    const svg = '"><svg onload="window.__pwned=1">';
    const article = (day: string, cost: number) =>
      [
        `Council passes harbour budget ${svg}`,
        '',
        `The city council approved the ${script} harbour budget on ${day} after a long debate.`,
        '',
        `Officials said ${img} the new quay would cost ${cost} million euros.`,
        '',
        `The mayor called the plan ${svg} a fair deal for the fishing fleet & the ferries.`,
        '',
      ].join('\n');
    fs.writeFileSync(path.join(dir, 'alpha.txt'), article('Monday', 40));
    fs.writeFileSync(path.join(dir, 'beta.txt'), article('Monday', 45));
    // A file name is markup too: it becomes a source id shown in the page.
    const hostileName = `"><img src=x onerror=window.__pwned=1>`;
    fs.writeFileSync(path.join(dir, `${hostileName}.txt`), article('Monday', 40));
    const report = await mainJson([dir]);
    expect(report.contradictions.length).toBeGreaterThan(0);
    const file = await writeReport([dir], 'hostile');

    const page = await browser.newPage({ width: 1100, height: 900 });
    await page.goto(pathToFileURL(file).href);
    await page.screenshot(path.join(SHOTS, 'hostile.png'), { selector: '#claims' });
    expect(await page.evaluate<string>('typeof window.__pwned')).toBe('undefined');
    expect(await page.evaluate<number>(`document.querySelectorAll('img, svg, iframe').length`)).toBe(0);
    expect(await page.evaluate<number>(`document.querySelectorAll('script').length`)).toBe(1);
    const text = await page.evaluate<string>('document.body.innerText');
    for (const markup of [script, img, svg, hostileName]) expect(text).toContain(markup);
    const quotes = await page.evaluate<string[]>(`[...document.querySelectorAll('article.claim blockquote')].map((q) => q.textContent)`);
    expect(quotes).toContain(`The city council approved the ${script} harbour budget on Monday after a long debate.`);

    // Escaping alone must be enough: the same page without its CSP runs nothing either...
    const html = fs.readFileSync(file, 'utf8');
    const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(withoutCsp).not.toBe(html);
    const looseFile = path.join(dir, 'without-csp.html');
    fs.writeFileSync(looseFile, withoutCsp);
    await page.goto(pathToFileURL(looseFile).href);
    expect(await page.evaluate<string>('typeof window.__pwned')).toBe('undefined');

    // ...while markup that did get through would run without the CSP (so the check above can fail)...
    const injected = (page: string) => page.replace('</main>', `${script}${img}</main>`);
    fs.writeFileSync(looseFile, injected(withoutCsp));
    await page.goto(pathToFileURL(looseFile).href);
    expect(await page.evaluate<number>('window.__pwned')).toBe(1);

    // ...and the CSP stops it when it did.
    const guardedFile = path.join(dir, 'injected-with-csp.html');
    fs.writeFileSync(guardedFile, injected(html));
    await page.goto(pathToFileURL(guardedFile).href);
    expect(await page.evaluate<string>('typeof window.__pwned')).toBe('undefined');
    expect(page.console.some((m) => /Content Security Policy/.test(m))).toBe(true);
    await page.close();
  });
});
