/**
 * Cause of death: "died of pneumonia", "died from his injuries", "succumbed to complications from a heart attack",
 * "died after a stroke". Whose: as for the age at death (../dying.ts). The cause is a noun WordNet files under ill
 * health or an affliction (lexicon/en/death-words.ts CAUSE_OF_DEATH_CLASSES); anything else after "of" ("died of
 * natural causes", "died of the blast") is left unread.
 *
 * Two causes agree when one names the other more or less closely ("injuries" / "a gunshot wound", "cancer" / "lung
 * cancer"). Two other causes are possibly in conflict, not surely: one illness leads to another ("pneumonia" after
 * "a heart attack"), and outlets name the first or the last.
 */
import { CAUSE_LEADS, CAUSE_LINKS, CAUSE_OF_DEATH_CLASSES } from '../lexicon/en/death-words.js';
import { deathAt, whoDied } from '../dying.js';
import { evidenceOf, type Measure, type SentenceContext, type TermValue, type Token, type TypedFact } from '../model.js';
import { hypernymsWithin, termRelation } from '../terms.js';
import { namesOf } from '../tokens.js';
import { senseOffsets, synsetAt } from '../wordnet.js';

const ATTRIBUTE = { id: 'cause of death', label: 'cause of death' } as const;
/** Senses of a noun read for whether it is a cause of death. */
const CAUSE_SENSES = 3;
/** Hypernym steps up to a class of causes ("pneumonia" -> respiratory disease -> disease -> illness -> ill health). */
const CLASS_STEPS = 6;
/** Words read past the link for the cause's head. */
const MAX_CAUSE_WORDS = 8;

/** Whether a noun (a lemma, words joined by "_") names something a person dies of, in its common senses. */
function isCause(lemma: string): boolean {
  const isClass = (o: number) => synsetAt(o, 'noun').words.some((w) => CAUSE_OF_DEATH_CLASSES.has(w.toLowerCase()));
  return (senseOffsets(lemma, 'noun') ?? []).slice(0, CAUSE_SENSES).some((sense) => hypernymsWithin(sense, CLASS_STEPS).some(isClass));
}

/** The cause named after the link at token k: its head noun (or a two-word name WordNet knows: "heart attack"). */
function causeAfter(tokens: readonly Token[], k: number): { value: TermValue; first: number; last: number } | undefined {
  let j = k;
  while (j < tokens.length && j < k + MAX_CAUSE_WORDS && (CAUSE_LEADS.has(tokens[j]!.lower) || tokens[j]!.pos === 'ADJ')) j++;
  const first = j;
  while (j + 1 < tokens.length && tokens[j + 1]!.pos === 'NOUN' && tokens[j]!.pos === 'NOUN') j++;
  const head = tokens[j];
  if (head === undefined || head.pos !== 'NOUN') return undefined;
  // "complications from a heart attack": past the complication to what it came of.
  if (CAUSE_LEADS.has(head.lower)) return undefined;
  const before = tokens[j - 1];
  const pair = before !== undefined && j - 1 >= first && before.pos === 'NOUN' ? `${before.lemma}_${head.lemma}` : undefined;
  const key = pair !== undefined && senseOffsets(pair, 'noun') !== undefined ? pair : head.lemma;
  if (!isCause(key)) return undefined;
  const start = key === pair ? j - 1 : j;
  const written = tokens.slice(start, j + 1).map((t) => t.text).join(' ');
  return { value: { type: 'term', key: key.replace(/_/g, ' '), written, kind: 'common', head: head.lemma }, first: start, last: j };
}

function read(context: SentenceContext): TypedFact[] {
  const { tokens } = context.parsed;
  const facts: TypedFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const death = deathAt(tokens, i);
    if (death === undefined || !death.verb) continue;
    let k = death.after;
    while (tokens[k]?.pos === 'ADV') k++;
    if (!CAUSE_LINKS.has(tokens[k]?.lower ?? '')) continue;
    const cause = causeAfter(tokens, k + 1);
    if (cause === undefined) continue;
    const subject = whoDied(tokens, namesOf(context), i);
    if (subject === undefined) continue;
    facts.push({ measure: 'death-cause', subject, attribute: ATTRIBUTE, value: cause.value, scope: {}, evidence: evidenceOf(context, [tokens[cause.first]!.start, tokens[cause.last]!.end]) });
  }
  return facts;
}

export const deathCause: Measure = {
  id: 'death-cause',
  read,
  compare(a, b) {
    if (a.type !== 'term' || b.type !== 'term' || a.key === b.key) return 'agree';
    const relation = termRelation(a.key, b.key, 'noun').kind;
    return relation === 'same' || relation === 'broader' || relation === 'narrower' ? 'agree' : 'possible';
  },
  words(value) {
    return value.type === 'term' ? value.written : '';
  },
  kind: 'term',
};
