/**
 * Surnames that are also words, opening a sentence, read as names where their article wrote the full name before.
 * Sentences made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, parseSentence, withArticleNames } from '../src/extract/index.js';
import type { Sentence } from '../src/types.js';

/** The names each sentence holds after the article-level pass: one article, or lines given as "source|text". */
function namesOf(lines: readonly string[]): string[][] {
  const sentences: Sentence[] = lines.map((line, index) => {
    const [source, text] = line.includes('|') ? (line.split('|') as [string, string]) : ['a', line];
    return { source, index, line: index + 1, text };
  });
  const parsed = sentences.map((s) => parseSentence(s.text));
  const facts = withArticleNames(sentences, parsed, sentences.map((s, i) => extractFacts(s, {}, parsed[i])));
  return facts.map((list) => list.filter((f) => f.kind === 'name').map((f) => f.text));
}

describe('article names: a surname that is a word, opening a sentence', () => {
  it.each([
    { why: 'before a verb', lines: ['Police named the gunman as Gavin Long of Kansas City.', 'Long was killed by officers at the scene.'], expected: ['Long'] },
    { why: 'before an age in commas', lines: ['The victim was named as Anna Brown.', 'Brown, 45, worked at the mill.'], expected: ['Brown'] },
    { why: 'before a possessive', lines: ['Model Bettie Page died on Thursday.', "Page's agent confirmed the death."], expected: ['Page'] },
    { why: 'after a colon', lines: ['Model Bettie Page died on Thursday.', 'She never looked back: Page became born again and moved away.'], expected: ['Page'] },
  ])('is the name $why', ({ lines, expected }) => {
    expect(namesOf(lines).at(-1)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    { why: 'before a noun it describes', lines: ['Police named the gunman as Gavin Long.', 'Long lines formed outside the station.'] },
    { why: 'with no full name in the article', lines: ['Police closed the road.', 'Long was the wait for news.'] },
    { why: 'in the middle of a sentence written small', lines: ['Police named the gunman as Gavin Long.', 'The wait was long and officers stayed.'] },
    { why: 'when only another article wrote the full name', lines: ['a|Police named the gunman as Gavin Long.', 'b|Long was killed by officers at the scene.'] },
  ])('is no name $why', ({ lines }) => {
    expect(namesOf(lines).at(-1)).not.toContain('Long');
  });
});
