import { describe, expect, it } from 'vitest';
import { extractQuotes, normaliseQuote, quoteContainment, quoteSimilarity } from '../src/extract/quotes.js';
import type { QuoteFact } from '../src/extract/types.js';

function quotesIn(text: string): QuoteFact[] {
  return extractQuotes({ source: 'src', index: 0, line: 1, text });
}

type Expected = Partial<Pick<QuoteFact, 'value' | 'text' | 'speaker' | 'verb' | 'open'>>;

/** [what the case shows, sentence, the quotes expected in order (matched partially, count exact)]. */
const CASES: Array<[string, string, Expected[]]> = [
  ['curly quotes, "said" then a titled name', '“This is disturbing,” said State Department spokesperson Tammy Bruce.', [{ value: 'this is disturbing', text: '“This is disturbing,”', speaker: 'tami bruce', verb: 'say' }]],
  ['straight quotes, apostrophe inside, U.S. spelled out', '"I think the U.S. needs to pay more attention to what\'s happening today," Zelenskyy said.', [{ value: 'i think the united states needs to pay more attention to what is happening today', speaker: 'zelenski', verb: 'say' }]],
  ['curly apostrophe inside curly quotes', '“We have information suggesting that there are many more Chinese citizens in the occupier’s units than just these two,” Zelensky wrote on X.', [{ value: 'we have information suggesting that there are many more chinese citizens in the occupiers units than just these two', speaker: 'zelenski', verb: 'write' }]],
  ['pronoun speaker is left unnamed', 'He also urged a firm response, saying, “I think the United States should pay more attention to what is happening today.”', [{ value: 'i think the united states should pay more attention to what is happening today', verb: 'say', speaker: undefined }]],
  ['verb before the quote, quote runs on', 'In a social media post, Zelensky stated, “Our military captured Chinese citizens who fought in the Russian army.', [{ speaker: 'zelenski', verb: 'state', open: 'end' }]],
  ['quote began in the previous sentence', 'This is a serious development that must be urgently discussed with our international partners,” Zelensky stressed during a press conference in Kyiv.', [{ value: 'this is a serious development that must be urgently discussed with our international partners', speaker: 'zelenski', verb: 'stress', open: 'start' }]],
  ['straight quote that closes a quotation from before', 'My husband immediately rushed off to one of the stricken villages," said Sara Sadeqi, 22, a homemaker in Qeshm City.', [{ speaker: 'sara sadeqi', verb: 'say', open: 'start' }]],
  ['single curly scare quotes, apostrophes ignored', 'The United States expressed concern, calling it a ‘disturbing’ indication of Beijing’s alignment with Moscow.', [{ value: 'disturbing', text: '‘disturbing’' }]],
  ['apostrophes alone are no quotes', 'Beijing’s alignment with Moscow was described in the soldiers’ statements as Zelenskyy’s main worry.', []],
  ['straight single quotes in a headline', "Sudan 'bombs refugees' in South Sudan's Unity state", [{ value: 'bombs refugees', text: "'bombs refugees'" }]],
  ["'90s is no quote", "It is worthy of Orwell to call him a 'soldier of fortune' in the '90s.", [{ value: 'soldier of fortune' }]],
  ['partial quote inside reported speech', 'Writing on X, Zelenskyy said Kyiv has "information suggesting that there are many more Chinese citizens" fighting.', [{ value: 'information suggesting that there are many more chinese citizens', speaker: 'zelenski', verb: 'say' }]],
  ['"he wrote" after the quote', '"Russia\'s involvement of China is a clear signal that Putin intends to do anything but end the war," he wrote, referring to Russian President Vladimir Putin.', [{ verb: 'write', speaker: undefined }]],
  ['"told X:" before the quote wins over a later verb', 'Nugroho told Agence-France Presse: "We have recorded 24 people dead and 249 people injured", adding that more than 300 buildings have been damaged.', [{ value: 'we have recorded 24 people dead and 249 people injured', speaker: 'nugroho', verb: 'tell' }]],
  ['name after "said", listener after "to"', '"We have received around 50 people with injuries," said doctor Ema Suryani to AFP.', [{ speaker: 'ema suriani', verb: 'say' }]],
  ['a place in a prepositional phrase is not the speaker', 'One woman in Qeshm told AFP: "We were panicked."', [{ value: 'we were panicked', verb: 'tell', speaker: undefined }]],
  ['"according to"', 'According to Zelensky, "the North Koreans were fighting on the Kursk front against us."', [{ speaker: 'zelenski', verb: 'according' }]],
  ['speaker across an adverb between commas', 'NATO, meanwhile, has described China as a “decisive enabler” of Russia’s invasion.', [{ value: 'decisive enabler', speaker: 'nato', verb: 'describe' }]],
  ['"told reporters"', 'Bruce told reporters that cooperation between Moscow and Beijing "contributes to global instability."', [{ speaker: 'bruce', verb: 'tell' }]],
  ['contraction expanded', '"It wasn\'t emotional from this end," he said.', [{ value: 'it was not emotional from this end' }]],
  ['guillemets', 'Greek prime minister George Papandreou condemned the killings, saying: «A demonstration is one thing and murder is quite another».', [{ value: 'a demonstration is one thing and murder is quite another', verb: 'say' }]],
  ['two quotes in one sentence', 'The UN protested at a "complete absence of accountability", saying "the rule of the gun" had taken over.', [{ value: 'complete absence of accountability' }, { value: 'the rule of the gun' }]],
  ['times and abbreviations stay whole', '"He gave himself up to police just after 6:00 p.m.," Fanning said.', [{ value: 'he gave himself up to police just after 6:00 pm', speaker: 'faning' }]],
];

describe('extractQuotes', () => {
  it.each(CASES)('%s', (_what, text, expected) => {
    const facts = quotesIn(text);
    expect(facts).toHaveLength(expected.length);
    expected.forEach((want, k) => {
      const fact = facts[k] as QuoteFact;
      for (const [key, value] of Object.entries(want)) {
        expect(fact[key as keyof QuoteFact], `${key} of quote ${k}`).toEqual(value);
      }
    });
  });

  it.each(CASES)('spans point at the words: %s', (_what, text) => {
    for (const fact of quotesIn(text)) {
      expect(text.slice(fact.span[0], fact.span[1])).toBe(fact.text);
      expect(fact.kind).toBe('quote');
    }
  });
});

describe('quote similarity', () => {
  const usA = "I think the U.S. needs to pay more attention to what's happening today";
  const usB = 'I think the United States should pay more attention to what is happening today';
  const unrelated = [
    'This is disturbing',
    "China continues to play a key enabling role in Russia's war against Ukraine.",
    'We really hope that after this situation, Americans will talk more with Ukrainians.',
  ];

  it('two renderings of one quote score high', () => {
    expect(quoteSimilarity(usA, usB)).toBeGreaterThan(0.85);
    expect(quoteSimilarity(normaliseQuote(usA), normaliseQuote(usB))).toBeCloseTo(quoteSimilarity(usA, usB), 10);
  });

  it.each(unrelated)('an unrelated quote scores low: %s', (other) => {
    expect(quoteSimilarity(usA, other)).toBeLessThan(0.3);
    expect(quoteSimilarity(usA, other)).toBeLessThan(quoteSimilarity(usA, usB) - 0.5);
  });

  it('is symmetric and 1 for identical quotes', () => {
    expect(quoteSimilarity(usA, usB)).toBe(quoteSimilarity(usB, usA));
    expect(quoteSimilarity(usA, usA)).toBe(1);
  });

  it('a partial quote is contained in the full one', () => {
    const partial = 'information suggesting that there are many more Chinese citizens';
    const full = "We have information suggesting that there are many more Chinese citizens in the occupier's units than just these two";
    expect(quoteContainment(partial, full)).toBe(1);
    expect(quoteSimilarity(partial, full)).toBeLessThan(quoteContainment(partial, full));
  });

  it.each([
    ['“What’s happening today”', 'what is happening today'],
    ["We don't know, it's 11,000 people", 'we do not know it is 11000 people'],
    ['The U.N. said  "6.1"   at 07:20', 'the united nations said 6.1 at 07:20'],
  ])('normaliseQuote(%j)', (raw, normal) => {
    expect(normaliseQuote(raw)).toBe(normal);
  });
});
