import { describe, expect, it } from 'vitest';
import { parseSentence } from '../src/extract/index.js';

/** The tag and lemma of the token `word` in `text`, as every stage after parsing reads it. */
function tokenOf(text: string, word: string): { pos: string; lemma: string } | undefined {
  const t = parseSentence(text).tokens.find((token) => token.text === word);
  return t === undefined ? undefined : { pos: t.pos, lemma: t.lemma };
}

describe('retag: what the tagger reads wrong, set right from the word and its neighbours', () => {
  it.each([
    // An event verb's -ing form before its object's count is the verb.
    { text: 'The blast killed nine people, wounding 40.', word: 'wounding', pos: 'VERB', lemma: 'wound' },
    { text: 'A gunman opened fire, killing three and wounding 12, police said.', word: 'wounding', pos: 'VERB', lemma: 'wound' },
    // A regular past form the lemmatiser kept is given its base.
    { text: 'The fire, which gutted eight shops, spread fast.', word: 'gutted', pos: 'VERB', lemma: 'gut' },
    // An event verb's irregular past between its subject and its object (or "dead") is the verb.
    { text: 'Police shot two men near the hospital.', word: 'shot', pos: 'VERB', lemma: 'shoot' },
    { text: 'A gunman shot three people on Friday.', word: 'shot', pos: 'VERB', lemma: 'shoot' },
    { text: 'Gunmen shot dead a police officer.', word: 'shot', pos: 'VERB', lemma: 'shoot' },
    { text: 'The gunman walked in and shot him twice.', word: 'shot', pos: 'VERB', lemma: 'shoot' },
    { text: 'Police said he had shot a man.', word: 'shot', pos: 'VERB', lemma: 'shoot' },
    { text: 'Officers returned fire, wounding him.', word: 'wounding', pos: 'VERB', lemma: 'wound' },
    { text: 'The man fled after wounding a guard.', word: 'wounding', pos: 'VERB', lemma: 'wound' },
    // An event verb's irregular past closing a counted noun's phrase is its participle.
    { text: 'The six men shot are in stable condition.', word: 'shot', pos: 'VERB', lemma: 'shoot' },
    { text: 'Two officers shot in the ambush survived.', word: 'shot', pos: 'VERB', lemma: 'shoot' },
    // A word after a determiner that ends its phrase is a noun.
    { text: 'The victim was shot in the back.', word: 'back', pos: 'NOUN', lemma: 'back' },
  ])('"$word" in "$text" is $pos $lemma', ({ text, word, pos, lemma }) => {
    expect(tokenOf(text, word)).toEqual({ pos, lemma });
  });

  it.each([
    // Nouns in -ing before a figure that name no event of the lexicon stay nouns.
    { text: 'The building 20 metres away was empty.', word: 'building' },
    { text: 'Their wedding 50 years ago was in Leeds.', word: 'wedding' },
    // A shot after a determiner is the noun.
    { text: 'He fired a shot two hours later.', word: 'shot' },
    { text: 'The first shot hit the window.', word: 'shot' },
    { text: 'He fired a warning shot and a second shot hit the wall.', word: 'shot' },
    { text: 'She heard a shot Sunday morning.', word: 'shot' },
    { text: 'Two men died in the shooting Sunday morning.', word: 'shooting' },
    { text: 'Police are looking into a shooting that left one man hurt.', word: 'shooting' },
  ])('"$word" in "$text" stays a noun', ({ text, word }) => {
    expect(tokenOf(text, word)?.pos).toBe('NOUN');
  });
});
