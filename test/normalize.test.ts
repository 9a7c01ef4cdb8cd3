import { describe, expect, it } from 'vitest';
import { foldSpelling, termsOf, wordKey } from '../src/normalize/index.js';

describe('termsOf: wordings of one claim meet on the same keys', () => {
  it.each([
    { a: 'Ukrainian forces captured two men.', b: 'Ukrainian forces had captured 2 men.' },
    { a: 'I think the U.S. needs to pay attention.', b: 'I think the United States needs to pay attention.' },
    { a: 'Zelenskyy spoke.', b: 'Zelensky spoke.' },
    { a: 'Zelenskiy spoke.', b: 'Zelensky spoke.' },
    { a: 'They fought in Kursk.', b: 'They are fighting in Kursk.' },
    { a: 'The chargé d’affaires was summoned.', b: "The charge d'affaires was summoned." },
    { a: 'He said 11,000 soldiers.', b: 'He said 11000 soldiers.' },
    { a: 'The US said so.', b: 'The United States said so.' },
  ])('"$a" ~ "$b"', ({ a, b }) => {
    expect(termsOf(a)).toEqual(termsOf(b));
  });

  it.each([
    { text: 'They never said that.', keeps: 'never' },
    { text: 'More than 50 died.', keeps: 'more' },
    { text: 'More than 50 died.', keeps: 'than' },
    { text: 'There were no casualties.', keeps: 'no' },
    { text: 'It was not clear.', keeps: 'not' },
  ])('keeps "$keeps" in "$text": negations and comparatives change a claim', ({ text, keeps }) => {
    expect(termsOf(text)).toContain(wordKey(keeps));
  });

  it.each([
    { text: 'The man and the woman were in the city.', drops: ['the', 'and', 'were', 'in'] },
    { text: 'Asked by us, he said it.', drops: ['us', 'he', 'it'] },
    { text: '“Yes,” he said — again!', drops: ['“', ',', '—', '!'] },
  ])('drops function words and punctuation from "$text"', ({ text, drops }) => {
    const terms = termsOf(text);
    for (const word of drops) expect(terms).not.toContain(word);
  });

  it('reads "us" as a pronoun in lower case and as the United States in capitals', () => {
    expect(termsOf('They told us.')).not.toContain(wordKey('united'));
    expect(termsOf('The US told them.')).toContain(wordKey('united'));
  });
});

describe('foldSpelling', () => {
  it.each([
    ['zelenskyy', 'zelenski'],
    ['zelenskiy', 'zelenski'],
    ['zelenski', 'zelenski'],
    ['attention', 'atention'],
    ['kyiv', 'kyiv'],
  ])('%s -> %s', (word, folded) => {
    expect(foldSpelling(word)).toBe(folded);
  });
});
