/**
 * Colour: the colour an outlet gives a thing of the story ("a white pickup truck", "a maroon Chevrolet Malibu"),
 * asked of the word right after the colour ("pickup", "Chevrolet"), so that each outlet's pickup is one question.
 * Shades of one colour agree ("maroon" / "red"); two colours conflict. A source that gives one thing two colours
 * ("a white car and a red car") shows two things, and the question is left out.
 */
import { COLOUR_FAMILIES, SHADE_WORDS } from '../lexicon/en/colours.js';
import { evidenceOf, type Measure, type SentenceContext, type TypedFact } from '../model.js';
import { senseOffsets, synsetAt } from '../wordnet.js';

function read(context: SentenceContext): TypedFact[] {
  const { tokens } = context.parsed;
  const facts: TypedFact[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const family = COLOUR_FAMILIES.get(tokens[i]!.lower);
    // The tagger reads rarer colours as nouns ("a maroon Chevrolet"): a colour word before a noun is its colour.
    if (family === undefined || (tokens[i]!.pos !== 'ADJ' && tokens[i]!.pos !== 'NOUN')) continue;
    // "black and white photos", "red-and-blue": two colours of one thing.
    if (['and', 'or', '-', '/'].includes(tokens[i + 1]!.lower) || ['and', 'or', '-', '/'].includes(tokens[i - 1]?.lower ?? '')) continue;
    let k = i + 1;
    while (SHADE_WORDS.has(tokens[k]?.lower ?? '') || tokens[k]?.text === ',') k++;
    const thing = tokens[k];
    if (thing === undefined || !['NOUN', 'PROPN', 'VERB'].includes(thing.pos)) continue;
    // "pick-up truck" is a pickup: a hyphenated word is one word.
    const joined = tokens[k + 1]?.text === '-' && !tokens[k + 1]!.spaced && tokens[k + 2] !== undefined && !tokens[k + 2]!.spaced;
    const name = joined ? `${thing.lower}${tokens[k + 2]!.lower}` : thing.pos === 'PROPN' ? thing.lower : thing.lemma;
    if ((thing.pos === 'VERB' && !joined) || isPerson(name)) continue;
    const first = SHADE_WORDS.has(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
    facts.push({
      measure: 'colour',
      subject: { id: `thing:${name}`, label: `the ${thing.pos === 'PROPN' ? thing.text : name}` },
      attribute: { id: 'colour', label: 'colour' },
      value: { type: 'term', key: family, written: tokens.slice(first, i + 1).map((t) => t.text).join(' '), kind: 'common', head: family },
      scope: {},
      evidence: evidenceOf(context, [tokens[first]!.start, tokens[i]!.end]),
    });
  }
  return facts;
}

/** "A black man", "a white woman": a person's colour is no colour of a thing of the story. */
function isPerson(noun: string): boolean {
  const offsets = senseOffsets(noun, 'noun');
  return offsets !== undefined && offsets.length > 0 && synsetAt(offsets[0]!, 'noun').lexFile === PERSON_FILE;
}

/** WordNet's file of people. */
const PERSON_FILE = 18;

export const colour: Measure = {
  id: 'colour',
  read,
  compare(a, b) {
    return a.type === 'term' && b.type === 'term' && a.key !== b.key ? 'conflict' : 'agree';
  },
  words(value) {
    return value.type === 'term' ? value.written : '';
  },
  recurs: true,
  kind: 'term',
};
