/**
 * A vote's tally: "the bill passed 52-48", "approved by a vote of 60 to 40", "the court ruled 5-4", "a 7-2 vote". The
 * two figures are compared as a pair, whichever side is named first ("48-52" and "52-48" agree), and only between
 * sentences stating one claim: a story tells of several votes (a committee's, the floor's, an earlier one).
 */
import { VOTE_NOUNS, VOTE_VERBS } from '../lexicon/en/votes.js';
import { comparePairs, figurePair, pairWords, toldByVerb } from '../figure-pairs.js';
import { EVENT, evidenceOf, type Measure, type SentenceContext, type Token, type TypedFact } from '../model.js';

/** Two figures joined by a hyphen or a dash: "52-48", "7–2". */
const PAIR = /^(\d{1,3})[-–](\d{1,3})$/;
/** How far before the tally its verb may stand: "passed the Senate by a vote of 60 to 40". */
const VERB_REACH = 8;

/** The tally at token i: "52-48" as one token, or "60 to 40"; its two figures and last token. */
function tallyAt(tokens: readonly Token[], i: number): { a: number; b: number; last: number } | undefined {
  const pair = PAIR.exec(tokens[i]!.text);
  if (pair !== null) return { a: Number(pair[1]), b: Number(pair[2]), last: i };
  if (!/^\d{1,3}$/.test(tokens[i]!.text) || tokens[i + 1]?.lower !== 'to' || !/^\d{1,3}$/.test(tokens[i + 2]?.text ?? '')) return undefined;
  return { a: Number(tokens[i]!.text), b: Number(tokens[i + 2]!.text), last: i + 2 };
}

/** Whether the figures at token i tell a vote: a vote noun right after, "a vote of" before, or a vote verb before. */
function isVote(tokens: readonly Token[], i: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next !== undefined && next.pos === 'NOUN' && VOTE_NOUNS.has(next.lemma)) return true;
  if (tokens[i - 1]?.lower === 'of' && VOTE_NOUNS.has(tokens[i - 2]?.lemma ?? '')) return true;
  return toldByVerb(tokens, i, VERB_REACH, VOTE_VERBS);
}

export const tally: Measure = {
  id: 'tally',
  read(context: SentenceContext): TypedFact[] {
    const { tokens } = context.parsed;
    const facts: TypedFact[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const found = tallyAt(tokens, i);
      if (found === undefined || !isVote(tokens, i, found.last)) continue;
      const value = figurePair(found.a, found.b);
      facts.push({
        measure: 'tally',
        subject: EVENT,
        attribute: { id: 'tally|vote', label: 'tally of the vote' },
        value,
        scope: {},
        evidence: evidenceOf(context, [tokens[i]!.start, tokens[found.last]!.end]),
        alignedOnly: true,
      });
      i = found.last;
    }
    return facts;
  },
  compare: comparePairs,
  words: pairWords,
};
