/**
 * Issue 8, property-based: random and mutated articles (shuffled, duplicated, truncated, with page clutter,
 * unicode and control characters injected, any line endings) never crash `compare`; every line and every sentence
 * is accounted for; an article compared with itself has no contradiction and no addition. Runs are bounded so the
 * file takes a few seconds; a failure prints the seed and the shrunk counterexample to replay.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanSources } from '../src/clean/index.js';
import { termsOf } from '../src/normalize/index.js';
import { compare } from '../src/pipeline.js';
import { fromJsonReport, toJsonReport } from '../src/report/index.js';
import { segment } from '../src/segment/index.js';
import type { Report, Source } from '../src/types.js';
import { ROOT } from './helpers/run-cli.js';
import { schemaErrors } from './helpers/schema.js';

/** Every non-blank line of the shipped text fixtures: real sentences, headlines, bylines and page clutter. */
const POOL: string[] = ['seeds', 'ferry-corran', 'quake-velmora', 'derailment-ostby', 'paraphrase']
  .flatMap((folder) =>
    fs
      .readdirSync(path.join(ROOT, 'fixtures', folder))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(ROOT, 'fixtures', folder, f), 'utf8')),
  )
  .flatMap((text) => text.split(/\r\n|\r|\n/))
  .filter((line) => line.trim() !== '')
  .sort();

const CLUTTER = [
  'Advertisement',
  'Read more',
  'Share this article',
  '4 hours ago',
  '© 2025 Example News. All rights reserved.',
  'https://example.com/story?id=1',
  'By Jane Doe and John Roe',
  'Related: Ten things to know',
  '* * *',
  '—',
  'KYIV, April 8 (Reuters) -',
  'Comments (12)',
];

const ODD = [
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u202e', '\u2028', '\u2029',
  '\ufeff', '\ufffd', '\ud800', '\udfff', '\u0301', '🇺🇦', '👍🏽', '…', '“', '”', '«', '»', '。', '！', '؟', 'ß', 'İ', 'ﬁ',
];

const lineBreak = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n \n');

/** A list of lines taken from the pool. */
const lines = fc.array(fc.constantFrom(...POOL), { minLength: 0, maxLength: 18 });

type Mutation = (ls: string[]) => string[];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>((ls) => ls),
  fc.nat().map<Mutation>((seed) => (ls) => ls.map((_, i) => ls[(i * 7 + seed) % ls.length]!)), // shuffled, with repeats
  fc.nat({ max: 5 }).map<Mutation>((n) => (ls) => [...ls, ...ls.slice(0, n)]), // duplicated lines
  fc.tuple(fc.nat(), fc.constantFrom(...CLUTTER)).map<Mutation>(([at, c]) => (ls) => [...ls.slice(0, at % (ls.length + 1)), c, ...ls.slice(at % (ls.length + 1))]),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...ODD)).map<Mutation>(([line, at, odd]) => (ls) =>
    ls.map((l, i) => (i === line % Math.max(1, ls.length) ? `${l.slice(0, at % (l.length + 1))}${odd}${l.slice(at % (l.length + 1))}` : l)),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }).map<Mutation>((junk) => (ls) => [...ls, junk]),
  fc.string({ unit: 'grapheme', maxLength: 60 }).map<Mutation>((junk) => (ls) => [junk, ...ls]),
);

/** An article: lines from the pool, mutated up to three times, joined with one kind of line break, maybe cut off. */
const article: fc.Arbitrary<string> = fc
  .tuple(lines, fc.array(mutation, { maxLength: 3 }), lineBreak, fc.option(fc.nat(), { nil: undefined }))
  .map(([ls, mutations, br, cut]) => {
    const text = mutations.reduce((acc, m) => m(acc), ls).join(br);
    return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
  });

function sourcesOf(texts: readonly string[]): Source[] {
  return texts.map((text, i) => ({ id: `s${i}`, path: `s${i}.txt`, text }));
}

/** A fixed seed keeps CI repeatable; CLAIMDIFF_FC_SEED=<n> (and CLAIMDIFF_FC_RUNS) explore further. */
const RUNS = { numRuns: Number(process.env.CLAIMDIFF_FC_RUNS ?? 150), seed: Number(process.env.CLAIMDIFF_FC_SEED ?? 8_008) };

describe('compare never crashes', () => {
  it('on 2 to 4 random, mutated articles, with any options, and its report follows the schema', () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 2, maxLength: 4 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
        (texts, keepClutter, maxSentences, maxSentenceChars) => {
          const sources = sourcesOf(texts);
          const report = compare(sources, {
            keepClutter,
            ...(maxSentences !== undefined ? { maxSentences } : {}),
            ...(maxSentenceChars !== undefined ? { maxSentenceChars } : {}),
          });
          expect(report.sources.map((s) => s.id)).toEqual(sources.map((s) => s.id));
          expect(schemaErrors(toJsonReport(report))).toEqual([]);
          expect(fromJsonReport(toJsonReport(report)).claims.map((c) => c.omittedBy)).toEqual(report.claims.map((c) => c.omittedBy));
          for (const claim of report.claims) expect([...claim.sources, ...claim.omittedBy].sort()).toEqual(sources.map((s) => s.id));
          for (const s of report.sources) if (maxSentences !== undefined) expect(s.sentences).toBeLessThanOrEqual(maxSentences);
        },
      ),
      RUNS,
    );
  });
});

describe('every line and every sentence is accounted for', () => {
  it('each sentence of segment is in exactly one claim; each non-blank line is kept, removed or the headline', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 3 }), fc.boolean(), (texts, keepClutter) => {
        const sources = sourcesOf(texts);
        const report = compare(sources, { keepClutter });
        // The pipeline cleans the sources together (each judged against the others' words).
        const cleanedAll = cleanSources(sources, { keepClutter });
        for (const [k, source] of sources.entries()) {
          const cleaned = cleanedAll[k]!;
          const sentences = segment(cleaned);
          const summary = report.sources.find((s) => s.id === source.id)!;
          expect(summary.sentences).toBe(sentences.length);
          expect(summary.removed).toEqual(cleaned.removed);
          expect(summary.headline).toBe(cleaned.headline?.text);

          // Each sentence in exactly one claim, as segment gave it.
          const inClaims = report.claims.flatMap((c) => c.sentences.filter((s) => s.source === source.id));
          expect(inClaims.map((s) => s.index).sort((x, y) => x - y)).toEqual(sentences.map((s) => s.index));
          for (const s of inClaims) expect({ line: s.line, text: s.text }).toEqual({ line: sentences[s.index]!.line, text: sentences[s.index]!.text });

          // Each non-blank line exactly once: kept, removed with a reason, or the headline.
          const body = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
          const nonBlank = body
            .split(/\r\n|\r|\n/)
            .map((text, i) => ({ line: i + 1, text }))
            .filter((l) => l.text.trim() !== '')
            .map((l) => l.line);
          const placed = [...cleaned.kept.map((l) => l.line), ...cleaned.removed.map((l) => l.line), ...(cleaned.headline ? [cleaned.headline.line] : [])];
          expect(placed.sort((x, y) => x - y)).toEqual(nonBlank);

          // And the kept lines are in the sentences: every letter and digit, in order (only rules and ornaments,
          // lines with neither, make no sentence).
          const letters = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '');
          expect(letters(sentences.map((s) => s.text).join(' '))).toBe(letters(cleaned.kept.map((l) => l.text).join(' ')));
        }
      }),
      RUNS,
    );
  });
});

describe('an article compared with itself', () => {
  /** Articles of real sentences, each stated once (a repeated sentence is a separate property). */
  const distinct = fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 18 });

  it('has no contradiction and no addition', () => {
    fc.assert(
      fc.property(distinct, lineBreak, fc.boolean(), (ls, br, keepClutter) => {
        const text = ls.join(br);
        const report: Report = compare(sourcesOf([text, text]), { keepClutter });
        expect(report.contradictions).toEqual([]);
        expect(report.sources.map((s) => s.adds)).toEqual([0, 0]);
        expect(report.sources.map((s) => s.omits)).toEqual([0, 0]);
        for (const claim of report.claims) expect(claim.coverage).toBe('all');
      }),
      RUNS,
    );
  });

  it('also when mutated (clutter, unicode, control characters, cut off), both copies the same', () => {
    fc.assert(
      fc.property(article, fc.boolean(), (text, keepClutter) => {
        const report = compare(sourcesOf([text, text]), { keepClutter });
        expect(report.contradictions).toEqual([]);
        // Known exception (reported in issue 8): a sentence with no content word at all ('"But', 'It is.') has
        // nothing to be aligned by, so it and its copy stay apart as two one-source claims.
        const additions = report.claims.filter((c) => c.coverage !== 'all');
        for (const claim of additions) {
          for (const s of claim.sentences) expect(termsOf(s.text), `"${s.text}" has content words but was not aligned with its copy`).toEqual([]);
        }
      }),
      RUNS,
    );
  });
});
