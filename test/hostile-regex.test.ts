/**
 * Issue 8: no catastrophic regular-expression backtracking. Every stage that runs regular expressions over article
 * text (clean: the clutter rules; segment: sentence-boundary rules; normalize and extract: the fact scanners;
 * the renderers) is run on a 200 KB line built from one adversarial unit (runs of spaces, dots, digits, commas,
 * quotes, hyphens, capitals, "Mr. " ...) and must give a whole, correct answer. A quadratic regex takes minutes on
 * such a line (see the report of issue 8: `/[,;|]+$/` takes ~4 s on 20 KB and does not finish in 20 s on 200 KB),
 * so it fails the test by its timeout. How time grows with the line (the ratio of 200 KB to 20 KB, linear ~10x,
 * quadratic ~100x) is measured by `npm run bench` (scripts/growth.ts), not here: no clock in a test (issue 11).
 *
 * clean and segment get the line whole; normalize and extract get the longest sentence the pipeline hands them
 * (5,000 characters, DEFAULT_MAX_SENTENCE_CHARS). wink's tokenizer, which they call, is itself quadratic in the
 * length of a word that ends in punctuation ("1.1.1...!": 30 ms at 5,000 characters, 1.8 s at 40,000); the
 * parse stage breaks such words before wink sees them (MAX_WORD_CHARS in extract/parse.ts), which the last test
 * checks by counting the longest word wink is handed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clean } from '../src/clean/index.js';
import { extractFacts } from '../src/extract/index.js';
import { getWink, MAX_WORD_CHARS, parseSentence } from '../src/extract/parse.js';
import { normalize } from '../src/normalize/index.js';
import { compare, DEFAULT_MAX_SENTENCE_CHARS } from '../src/pipeline.js';
import { RENDERERS } from '../src/report/index.js';
import { segment, splitSentences } from '../src/segment/index.js';
import type { Sentence, Source } from '../src/types.js';
import { adversarial, LONG_WORDS, UNITS } from './helpers/adversarial.js';
import { ARTICLE_A } from './helpers/hostile.js';

const LINE_CHARS = 200_000;

afterEach(() => vi.restoreAllMocks());

describe.each(UNITS)('a 200 KB line of %s', (_name, unit) => {
  const line = adversarial(unit, LINE_CHARS);

  it('clean and segment stay linear', () => {
    const source: Source = { id: 'x', path: 'x', text: `Headline here\n\n${line}\n\nThe bridge reopened on Monday.\n` };
    const cleaned = clean(source);
    // Every line is accounted for: kept, removed with a reason, or the headline.
    const accounted = [...cleaned.kept.map((l) => l.line), ...cleaned.removed.map((r) => r.line), cleaned.headline?.line];
    expect(new Set(accounted.filter((n) => n !== undefined))).toEqual(new Set([1, 3, 5]));
    const kept: Source = { id: 'x', path: 'x', text: line };
    const segmented = segment(clean(kept, { keepClutter: true }));
    expect(segmented.every((s) => s.line === 1)).toBe(true);
    const split = splitSentences(line);
    // Nothing of the line is lost: the sentences cover all of it but white space.
    const covered = split.reduce((n, s) => n + s.text.replace(/\s+/g, '').length, 0);
    expect(covered).toBe(line.replace(/\s+/g, '').length);
  });

  it('parse, normalize and extract stay fast on the longest sentence the pipeline gives them', () => {
    const text = adversarial(unit, DEFAULT_MAX_SENTENCE_CHARS - 1);
    const sentence: Sentence = { source: 'x', index: 0, line: 1, text };
    const parsed = parseSentence(text);
    expect(parsed.text).toBe(text);
    expect(normalize([sentence], [parsed])).toHaveLength(1);
    const facts = extractFacts(sentence, {}, parsed);
    for (const fact of facts) expect(text.slice(fact.span[0], fact.span[1])).toBe(fact.text);
  });

  it('the whole comparison and every renderer stay linear', () => {
    const sources: Source[] = [
      { id: 'a', path: 'a.txt', text: ARTICLE_A },
      { id: 'x', path: 'x.txt', text: `${ARTICLE_A}\n${line}\n` },
    ];
    const compared = compare(sources);
    expect(compared.sources.map((s) => s.id)).toEqual(['a', 'x']);
    for (const [format, render] of Object.entries(RENDERERS)) {
      const text = render(compared, { color: true, width: 80, showRemoved: true });
      // Every format prints the report; github only annotates contradictions, and may have none.
      expect(text.length > 0, format).toBe(format !== 'github' || compared.contradictions.length > 0);
    }
  });
});

describe('many sentences, each one long word that ends in punctuation (quadratic in wink)', () => {
  // Counted per sentence, so 20 lines show it (the suite used 200 when it timed the run; growth.ts times it now).
  it.each(LONG_WORDS)('20 lines of %s: compared whole, wink never handed a word longer than MAX_WORD_CHARS', (_name, longWord) => {
    const word = longWord(4_980);
    const { nlp } = getWink();
    const read = vi.spyOn(nlp, 'readDoc');
    const text = Array.from({ length: 20 }, (_, i) => `Line ${i} ${word}`).join('\n\n');
    const compared = compare([{ id: 'a', path: 'a', text: ARTICLE_A }, { id: 'x', path: 'x', text }], { keepClutter: true });
    expect(compared.sources.map((s) => s.sentences)).toEqual([4, 20]);
    // The parse saw broken words; the report shows the sentences as written.
    const shown = compared.claims.flatMap((c) => c.sentences).filter((s) => s.source === 'x');
    expect(shown.every((s) => s.text === `Line ${s.index} ${word}`)).toBe(true);
    // What keeps wink linear, counted: every sentence went through it, none with a word past the limit.
    const handed = read.mock.calls.map(([doc]) => String(doc));
    expect(handed.length).toBeGreaterThanOrEqual(24);
    const longest = Math.max(...handed.map((doc) => Math.max(...doc.split(/\s+/).map((w) => w.length))));
    expect(longest).toBeLessThanOrEqual(MAX_WORD_CHARS);
  });
});
