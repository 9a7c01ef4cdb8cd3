/**
 * Score: how a game ended, as a result's own words tell it: "beat the Celtics 102-98", "a 102-98 win", "lost
 * 3-1 to Leeds". The question is the game's final score, asked only between sentences stating one claim: a story
 * tells of other games, of a lead at half time and of runs ("a 19-7 run"), so two scores in different claims may be
 * two games. The two figures are compared as a pair, whichever team is named first: "98-102" and "102-98" agree.
 * Win-loss records ("improved to 53-3") are the record measure's.
 */
import { FINAL_SCORE_NOUNS, FINAL_SCORE_VERBS } from '../lexicon/en/records.js';
import { comparePairs, figurePair, pairWords, toldByVerb } from '../figure-pairs.js';
import { EVENT, evidenceOf, type Measure, type SentenceContext, type Token, type TypedFact } from '../model.js';

/** Two figures joined by a hyphen or a dash: "102-98", "3–1". */
const SCORE = /^(\d{1,3})[-–](\d{1,3})$/;
/** How far before the score the result's verb may stand: "beat the Los Angeles Lakers 102-98". */
const VERB_REACH = 6;

/** Whether the score at token i is a game's result: after a result verb, or before a result noun ("a 102-98 win"). */
function isResult(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next !== undefined && next.pos === 'NOUN' && FINAL_SCORE_NOUNS.has(next.lemma)) return true;
  return toldByVerb(tokens, i, VERB_REACH, FINAL_SCORE_VERBS);
}

export const score: Measure = {
  id: 'score',
  read(context: SentenceContext): TypedFact[] {
    const { tokens } = context.parsed;
    const facts: TypedFact[] = [];
    tokens.forEach((t, i) => {
      const m = SCORE.exec(t.text);
      if (m === null || !isResult(tokens, i)) return;
      const value = figurePair(Number(m[1]), Number(m[2]));
      facts.push({
        measure: 'score',
        subject: EVENT,
        attribute: { id: 'score|final', label: 'final score' },
        value,
        scope: {},
        evidence: evidenceOf(context, [t.start, t.end]),
        alignedOnly: true,
      });
    });
    return facts;
  },
  compare: comparePairs,
  words: pairWords,
};
