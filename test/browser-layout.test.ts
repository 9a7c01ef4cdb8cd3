/**
 * The HTML report's layout in headless Chromium (see test/browser.test.ts for how Chromium is found): a phone-width
 * page scrolls only down, wide tables scroll inside their own box, and at desktop width the matrix's sentence
 * column has room to be read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, ensureChromium } from './helpers/browser.js';
import { runMain } from './helpers/run-main.js';

const chromium = ensureChromium();

/** Nine outlets with long names: a matrix wider than a phone, and a long dispute in its kind column. */
const OUTLETS = ['northern-county-evening-chronicle', 'harbour-district-daily-courier', 'valley-wire-news-service', 'eastside-community-herald', 'tri-state-regional-broadcaster', 'morning-ledger-online', 'river-city-press-bureau', 'county-line-radio-news', 'lakeside-weekly-observer'];

function article(i: number): string {
  const injured = i === 3 ? 'three' : 'four';
  const role = i % 3 === 0 ? 'Kiran Patel, the longtime owner of the roadside motel' : 'Kiran Patel, the night manager of the roadside motel';
  return [
    'Gunman opens fire at a highway motel',
    `One woman was killed and ${injured} other people were injured when a gunman opened fire along the highway near the Bristol motel early on Thursday, police said.`,
    `${role}, said he heard the shots from the office.`,
    'The suspect was taken to a regional medical centre and will be booked into the county jail when he is released, the sheriff said.',
    i % 2 === 0 ? 'State investigators said the officers fired at the suspect after he shot at them from the parking lot.' : 'Traffic on the highway was stopped for several hours while investigators searched the area.',
  ].join('\n\n') + '\n';
}
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-layout-'));

describe.skipIf(!chromium.ok)('the HTML report\'s layout', () => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    browser = await Browser.launch(chromium.ok ? chromium.path : '');
    file = path.join(DIR, 'motel.html');
    const folder = path.join(DIR, 'motel');
    fs.mkdirSync(folder);
    for (const [i, outlet] of OUTLETS.entries()) fs.writeFileSync(path.join(folder, `${outlet}.txt`), article(i));
    const result = await runMain([folder, '--format', 'html', '-o', file]);
    expect(result.status, result.stderr).toBe(0);
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(DIR, { recursive: true, force: true });
  });

  it('does not scroll sideways at 390 px', async () => {
    const page = await browser.newPage({ width: 390, height: 844 });
    await page.goto(pathToFileURL(file).href);
    const { scroll, view } = await page.evaluate<{ scroll: number; view: number }>('({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })');
    // Wide tables scroll inside their own box (and what they hold, screen-reader text too, stays in it).
    expect(scroll).toBeLessThanOrEqual(view);
    await page.close();
  });

  it('gives the matrix\'s first-sentence column room at 1280 px', async () => {
    const page = await browser.newPage({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(file).href);
    const width = await page.evaluate<number>(`document.querySelector('table.matrix td.gist').getBoundingClientRect().width`);
    // Room for some 40 characters of a sentence, not six.
    expect(width).toBeGreaterThan(300);
    await page.close();
  });
});
