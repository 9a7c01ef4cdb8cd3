import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/extract/index.js';
import type { Sentence } from '../src/types.js';

const SEEDS = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

function sentence(text: string, source = 'reuters'): Sentence {
  return { source, index: 3, line: 7, text };
}

/** The seed articles cut into rough sentences: enough to check invariants on real text. */
function seedSentences(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(SEEDS + f, 'utf8').split(/\n+|(?<=[.!?]["”]?)\s+(?=["“A-Z])/))
    .filter((s) => s.trim().length > 0);
}

describe('extractFacts', () => {
  it('runs every extractor on one sentence, sorted by position', () => {
    const text = '"I think the U.S. needs to pay more attention to what\'s happening today," Zelenskyy said on Tuesday, adding that forces had engaged six Chinese fighters.';
    const facts = extractFacts(sentence(text));
    expect(facts.map((f) => [f.kind, f.value])).toEqual([
      ['quote', 'i think the united states needs to pay more attention to what is happening today'],
      ['name', 'united states'],
      ['date', 'relative:today'],
      ['name', 'zelenski'],
      ['weekday', 'tuesday'],
      ['number', 6],
    ]);
    for (const fact of facts) {
      expect(fact.source).toBe('reuters');
      expect(text.slice(fact.span[0], fact.span[1])).toBe(fact.text);
    }
  });

  it('passes the anchor to the date extractor', () => {
    const text = 'Ukraine President Volodymyr Zelenskyy said on Tuesday that Ukrainian forces had captured two Chinese men.';
    const plain = extractFacts(sentence(text)).find((f) => f.kind === 'weekday');
    const anchored = extractFacts(sentence(text), { anchor: '2025-04-09' }).find((f) => f.kind === 'weekday');
    expect(plain).toMatchObject({ value: 'tuesday', verb: 'say' });
    expect(plain).not.toHaveProperty('resolved');
    expect(anchored).toMatchObject({ value: 'tuesday', resolved: '2025-04-08' });
  });

  it('a year in a date is a date, not a number', () => {
    const facts = extractFacts(sentence('Russia has used Iranian drones since its February 2022 invasion, killing 11 people.'));
    expect(facts.filter((f) => f.kind === 'number').map((f) => f.value)).toEqual([11]);
    expect(facts.filter((f) => f.kind === 'date').map((f) => f.value)).toEqual(['2022-02']);
  });

  it('keeps the shared Fact shape on real sentences', () => {
    for (const text of seedSentences()) {
      const facts = extractFacts(sentence(text));
      let previous = -1;
      for (const fact of facts) {
        expect(['number', 'date', 'weekday', 'name', 'quote']).toContain(fact.kind);
        expect(['string', 'number']).toContain(typeof fact.value);
        expect(text.slice(fact.span[0], fact.span[1])).toBe(fact.text);
        expect(fact.span[0]).toBeGreaterThanOrEqual(previous);
        previous = fact.span[0];
      }
    }
  });

  it('never throws and keeps spans inside the text, whatever the input', () => {
    const pieces = fc.constantFrom('two', '6.1-magnitude', 'Tuesday', '“', '”', '"', "'", '’', 'Zelensky', 'at least', '11,000', '%', '$', 'no', 'one of the', 'April 8, 2025', '07:20', 'said', ',', '.', ' ', '-', 'Kyiv', '5 a.m.', 'dozens', 'of');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        for (const fact of extractFacts(sentence(text))) {
          expect(fact.span[0]).toBeGreaterThanOrEqual(0);
          expect(fact.span[1]).toBeLessThanOrEqual(text.length);
          expect(text.slice(fact.span[0], fact.span[1])).toBe(fact.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  // How its time grows with the sentence is measured by `npm run bench` (scripts/growth.ts): no clock in a test.
  it('handles long adversarial sentences: facts inside the text, the name found', () => {
    const long = `${'"'.repeat(2000)} ${"'a ".repeat(3000)} ${'1,'.repeat(3000)}2 ${'Zelensky '.repeat(500)}`;
    const facts = extractFacts(sentence(long));
    for (const fact of facts) expect(long.slice(fact.span[0], fact.span[1])).toBe(fact.text);
    expect(facts.some((f) => f.kind === 'name' && f.text.startsWith('Zelensky'))).toBe(true);
  });
});
