/**
 * Destination: where the story's journey was going ("the bus was headed to Memphis", "the group was bound for
 * Nashville", "en route to Savannah"). The question is the event's own: a story follows one journey. Two places
 * WordNet knows, neither within the other, conflict; a source that names two destinations (legs of a trip, "then
 * on to Atlanta") shows the question has several answers, and it is left out.
 */
import { DESTINATION_WORDS, JOURNEY_LEADS } from '../lexicon/en/destinations.js';
import { EVENT, evidenceOf, type Measure, type SentenceContext, type TypedFact } from '../model.js';
import { isPlaceName, placeRelation } from '../places.js';
import { SEQUENCE_ADVERBS } from '../lexicon/en/settings.js';

const ATTRIBUTE = { id: 'destination', label: 'destination' } as const;

function read(context: SentenceContext): TypedFact[] {
  const { tokens } = context.parsed;
  const facts: TypedFact[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    const preps = DESTINATION_WORDS.get(tokens[i]!.lower);
    if (preps === undefined || !preps.includes(tokens[i + 1]!.lower)) continue;
    const leads = JOURNEY_LEADS.get(tokens[i]!.lower);
    if (leads !== undefined && !leads.includes(tokens[i - 1]?.lower ?? '')) continue;
    // "then headed to Atlanta", "later bound for Miami": another leg.
    if (SEQUENCE_ADVERBS.has(tokens[i - 1]?.lower ?? '')) continue;
    // The place: a run of capitalised name words right after the preposition ("Jacksonville, Florida": Jacksonville).
    let last = i + 2;
    if (tokens[last]?.pos !== 'PROPN') continue;
    while (tokens[last + 1]?.pos === 'PROPN' && tokens[last + 1]!.spaced) last++;
    const name = tokens.slice(i + 2, last + 1).map((t) => t.text).join(' ');
    if (!isPlaceName(name)) continue;
    facts.push({
      measure: 'destination',
      subject: EVENT,
      attribute: ATTRIBUTE,
      value: { type: 'term', key: name, written: name, kind: 'place', head: name },
      scope: {},
      evidence: evidenceOf(context, [tokens[i + 2]!.start, tokens[last]!.end]),
    });
  }
  return facts;
}

export const destination: Measure = {
  id: 'destination',
  read,
  compare(a, b) {
    if (a.type !== 'term' || b.type !== 'term') return 'agree';
    return placeRelation(a.key, b.key) === 'apart' ? 'conflict' : 'agree';
  },
  differs(a, b) {
    return a.type === 'term' && b.type === 'term' && placeRelation(a.key, b.key) !== 'same' && placeRelation(a.key, b.key) !== 'within';
  },
  words(value) {
    return value.type === 'term' ? value.written : '';
  },
  recurs: true,
  kind: 'term',
};
