import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { htmlToArticleText } from '../src/load/html.js';

/**
 * Readability finds an article in almost any page with text, so when it finds none (or fails) is staged here:
 * its parse is replaced by a stand-in that returns null or throws. A spy, not a module mock, so this file can
 * share its worker's modules with the others (vitest `isolate: false`).
 */
function readabilityGives(outcome: 'null' | 'throw'): void {
  vi.spyOn(Readability.prototype, 'parse').mockImplementation(() => {
    if (outcome === 'throw') throw new Error('boom');
    return null;
  });
}

afterEach(() => vi.restoreAllMocks());

const PAGE = `<!doctype html><html><head><title>Notice | Town Hall</title><style>p { color: red } STYLE</style></head>
<body>
<nav><a href="/">Home</a> <a href="/bins">Bins</a></nav>
<div class="notice"><h1>Notice</h1><p>The office is closed on <b>Monday</b>.</p><script>SCRIPT</script><noscript>NOSCRIPT</noscript></div>
<p hidden>HIDDEN</p>
</body></html>`;

describe('htmlToArticleText without an article from readability', () => {
  it.each([
    { outcome: 'null' as const, note: 'readability found no article in this HTML page: all of its text was used, menus and ads included' },
    { outcome: 'throw' as const, note: 'readability failed on this HTML page (boom): all of its text was used, menus and ads included' },
  ])('readability $outcome: the body text, by blocks, and a note', ({ outcome, note }) => {
    readabilityGives(outcome);
    const result = htmlToArticleText(PAGE);
    expect(result.text).toBe('Notice\n\nHome Bins\n\nThe office is closed on Monday.\n');
    expect(result.title).toBe('Notice');
    expect(result.dropped).toBe(0);
    expect(result.notes).toEqual([note]);
  });

  it('never lets script, style, noscript or hidden text in', () => {
    readabilityGives('null');
    expect(htmlToArticleText(PAGE).text).not.toMatch(/SCRIPT|STYLE|HIDDEN|color/);
  });

  it('gives no text and no note for a page with no text at all', () => {
    readabilityGives('null');
    expect(htmlToArticleText('<html><head><title>Empty</title></head><body><img src=x></body></html>')).toEqual({
      text: '',
      dropped: 0,
      notes: [],
    });
  });
});
