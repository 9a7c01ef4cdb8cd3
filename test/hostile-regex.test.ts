/**
 * Issue 8: no catastrophic regular-expression backtracking. Every stage that runs regular expressions over article
 * text (clean: the clutter rules; segment: sentence-boundary rules; normalize and extract: the fact scanners;
 * the renderers) is run on a 200 KB line built from one adversarial unit (runs of spaces, dots, digits, commas,
 * quotes, hyphens, capitals, "Mr. " ...), with a time bound that fails clearly. A quadratic regex takes tens of
 * seconds on such a line (see the report of issue 8: `/[,;|]+$/` takes ~4 s on 20 KB and does not finish in 20 s
 * on 200 KB); the stages must stay linear.
 *
 * clean and segment get the line whole; normalize and extract get the longest sentence the pipeline hands them
 * (5,000 characters, DEFAULT_MAX_SENTENCE_CHARS). wink's tokenizer, which they call, is itself quadratic in the
 * length of a word that ends in punctuation ("1.1.1...!": 30 ms at 5,000 characters, 1.8 s at 40,000); the
 * parse stage breaks such words before wink sees them (MAX_WORD_CHARS in extract/parse.ts), which the last test checks.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import { extractFacts } from '../src/extract/index.js';
import { normalize } from '../src/normalize/index.js';
import { parseSentence } from '../src/extract/parse.js';
import { compare, DEFAULT_MAX_SENTENCE_CHARS } from '../src/pipeline.js';
import { RENDERERS } from '../src/report/index.js';
import { segment, splitSentences } from '../src/segment/index.js';
import type { Sentence, Source } from '../src/types.js';
import { ARTICLE_A } from './helpers/hostile.js';

const LINE_CHARS = 200_000;
/** Per stage on one 200 KB line. Linear stages take well under a second here; a quadratic regex takes minutes. */
const BOUND_MS = 2_000;

const UNITS: Array<[string, string]> = [
  ['spaces', ' '],
  ['tabs and no-break spaces', '\t\u00a0'],
  ['dots', '.'],
  ['spaced dots', '. '],
  ['ellipses', '… '],
  ['digits', '7'],
  ['digit groups', '1,'],
  ['decimals', '1.'],
  ['commas', ','],
  ['straight double quotes', '"'],
  ['curly quotes', '“”'],
  ['apostrophes', "'"],
  ['hyphens', '-'],
  ['dashes', '— '],
  ['capital letters', 'A'],
  ['capitalised words', 'Aa '],
  ['initials', 'A. '],
  ['"Mr. " repeated', 'Mr. '],
  ['"U.S. " repeated', 'U.S. '],
  ['list markers', '1) '],
  ['colons', ':'],
  ['semicolons and pipes', ';|'],
  ['brackets', '(['],
  ['hash marks and stars', '#*'],
  ['slashes', '/'],
  ['at signs', '@'],
  ['URLs', 'http://a.b/'],
  ['clock times', '10:30 '],
  ['dates', '12/04/2025 '],
  ['month names', 'Jan '],
  ['weekdays', 'Monday '],
  ['number words', 'two '],
  ['"said" repeated', 'said '],
  ['percentages', '5% '],
  ['currency', '$1 '],
  ['quoted speech', '"Go," he said. '],
];

/** `unit` repeated to `length` characters, ending in a character that makes a trailing-anchored regex fail late. */
function adversarial(unit: string, length: number): string {
  return `${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}!`;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function expectFast(stage: string, unit: string, ms: number, bound = BOUND_MS): void {
  expect(ms, `${stage} took ${Math.round(ms)} ms on a 200 KB line of ${JSON.stringify(unit)}: catastrophic backtracking?`).toBeLessThan(bound);
}

describe.each(UNITS)('a 200 KB line of %s', (_name, unit) => {
  const line = adversarial(unit, LINE_CHARS);

  it('clean and segment stay linear', () => {
    const source: Source = { id: 'x', path: 'x', text: `Headline here\n\n${line}\n\nThe bridge reopened on Monday.\n` };
    const cleaned = timed(() => clean(source));
    expectFast('clean', unit, cleaned.ms);
    const kept: Source = { id: 'x', path: 'x', text: line };
    const segmented = timed(() => segment(clean(kept, { keepClutter: true })));
    expectFast('segment', unit, segmented.ms);
    const split = timed(() => splitSentences(line));
    expectFast('splitSentences', unit, split.ms);
    // Nothing of the line is lost: the sentences cover all of it but white space.
    const covered = split.value.reduce((n, s) => n + s.text.replace(/\s+/g, '').length, 0);
    expect(covered).toBe(line.replace(/\s+/g, '').length);
  });

  it('parse, normalize and extract stay fast on the longest sentence the pipeline gives them', () => {
    const text = adversarial(unit, DEFAULT_MAX_SENTENCE_CHARS - 1);
    const sentence: Sentence = { source: 'x', index: 0, line: 1, text };
    const parsed = timed(() => parseSentence(text));
    expectFast('parse', unit, parsed.ms);
    expect(parsed.value.text).toBe(text);
    expectFast('normalize', unit, timed(() => normalize([sentence], [parsed.value])).ms);
    const facts = timed(() => extractFacts(sentence, {}, parsed.value));
    expectFast('extract', unit, facts.ms);
    for (const fact of facts.value) expect(text.slice(fact.span[0], fact.span[1])).toBe(fact.text);
  });

  it('the whole comparison and every renderer stay linear', () => {
    const sources: Source[] = [
      { id: 'a', path: 'a.txt', text: ARTICLE_A },
      { id: 'x', path: 'x.txt', text: `${ARTICLE_A}\n${line}\n` },
    ];
    const compared = timed(() => compare(sources));
    // Every stage at once, on up to some 13,000 sentences (a line of '"Go," he said. '): a looser bound.
    expectFast('compare', unit, compared.ms, 3 * BOUND_MS);
    expect(compared.value.sources.map((s) => s.id)).toEqual(['a', 'x']);
    for (const [format, render] of Object.entries(RENDERERS)) {
      const rendered = timed(() => render(compared.value, { color: true, width: 80, showRemoved: true }));
      expectFast(`render ${format}`, unit, rendered.ms);
    }
  });
});

describe('many sentences, each one long word that ends in punctuation (quadratic in wink)', () => {
  it.each([
    ['"1.1.1...!"', `${'1.'.repeat(2_490)}!`],
    ['"a.a.a...?"', `${'a.'.repeat(2_490)}?`],
    ['a long URL', `https://example.com/${'a/'.repeat(2_480)}"`],
  ])('200 lines of %s: compared in seconds, not minutes', (_name, word) => {
    const text = Array.from({ length: 200 }, (_, i) => `Line ${i} ${word}`).join('\n\n');
    const compared = timed(() => compare([{ id: 'a', path: 'a', text: ARTICLE_A }, { id: 'x', path: 'x', text }], { keepClutter: true }));
    expect(compared.ms, `compare took ${Math.round(compared.ms)} ms`).toBeLessThan(3 * BOUND_MS);
    expect(compared.value.sources.map((s) => s.sentences)).toEqual([4, 200]);
    // The parse saw broken words; the report shows the sentences as written.
    const shown = compared.value.claims.flatMap((c) => c.sentences).filter((s) => s.source === 'x');
    expect(shown.every((s) => s.text === `Line ${s.index} ${word}`)).toBe(true);
  });
});
