/**
 * Condition: the state a hospital or the police give a named patient ("Dalton was in stable condition", "Roe, 45,
 * remained in critical condition", "she was listed in serious but stable condition"), asked of that person.
 * Levels that cannot both hold conflict (stable and critical); a sentence that tells a change ("was upgraded to
 * fair", "is now in") or speaks of several people ("two others were in stable condition") gives no fact.
 */
import { CONDITION_CHANGES, CONDITION_LEVELS, CONDITION_VERBS } from '../lexicon/en/conditions.js';
import { evidenceOf, PERSON, type FactValue, type Measure, type SentenceContext, type Subject, type Token, type TypedFact } from '../model.js';
import { clauseRange, mentionSubject } from '../tokens.js';
import { verbSubject } from './date-parties.js';

function read(context: SentenceContext): TypedFact[] {
  const { tokens } = context.parsed;
  const facts: TypedFact[] = [];
  for (let c = 1; c < tokens.length; c++) {
    if (tokens[c]!.lower !== 'condition') continue;
    const level = levelBefore(tokens, c);
    if (level === undefined) continue;
    const at = level.first - 1;
    if (tokens[at]?.lower !== 'in') continue;
    const [first, last] = clauseRange(tokens, c);
    if (tokens.slice(first, last + 1).some((t) => CONDITION_CHANGES.has(t.lemma) || CONDITION_CHANGES.has(t.lower))) continue;
    const subject = patientOf(context, at);
    if (subject === undefined) continue;
    const fact: TypedFact = {
      measure: 'condition',
      subject,
      // Unnamed, the question still says whose kind of condition it is: "a patient's condition".
      attribute: { id: 'condition', label: "a patient's condition", about: "{subject}'s condition" },
      value: { type: 'term', key: level.key, written: level.written, kind: 'common', head: 'condition' },
      scope: {},
      evidence: evidenceOf(context, [tokens[level.first]!.start, tokens[c]!.end]),
    };
    facts.push(subject === PERSON ? { ...fact, alignedOnly: true } : fact);
  }
  return facts;
}

/**
 * The level written before "condition" at `c`: one word ("critical") or two joined ("critical but stable", "serious,
 * stable"). Of two, "stable" says the less: "serious but stable" is serious.
 */
function levelBefore(tokens: readonly Token[], c: number): { first: number; key: string; written: string } | undefined {
  let k = c - 1;
  const words: string[] = [];
  while (k >= 0) {
    if (CONDITION_LEVELS.has(tokens[k]!.lower)) {
      words.push(tokens[k]!.lower);
      k--;
    } else if (words.length > 0 && ['but', 'and', ',', 'yet'].includes(tokens[k]!.lower) && CONDITION_LEVELS.has(tokens[k - 1]?.lower ?? '')) {
      k--;
    } else break;
  }
  const decisive = [...new Set(words.length > 1 ? words.filter((w) => w !== 'stable') : words)];
  if (decisive.length !== 1) return undefined;
  const first = k + 1;
  return { first, key: decisive[0]!, written: tokens.slice(first, c + 1).map((t) => t.text).join(' ').replace(/ ,/g, ',') };
}

/**
 * The patient: the subject of the verb chain before "in" ("Dalton was", "Roe, 45, remained", "who is listed"), a
 * name or someone the sentence does not name (a pronoun, "the victim"). A count or a group gives none.
 */
function patientOf(context: SentenceContext, at: number): Subject | undefined {
  const { tokens } = context.parsed;
  let v = at;
  while (v - 1 >= 0 && (['AUX', 'ADV', 'PART'].includes(tokens[v - 1]!.pos) || (tokens[v - 1]!.pos === 'VERB' && CONDITION_VERBS.has(tokens[v - 1]!.lemma)))) v--;
  if (v === at) return undefined;
  const who = verbSubject(context, v);
  if (who === undefined || 'thing' in who) return undefined;
  if ('pronoun' in who) return plural(tokens, v) ? undefined : PERSON;
  // The name's key and words, whether the extract stage found it or verbSubject read a surname it left out.
  return mentionSubject(who.name);
}

/** "They were", "victims were": a verb chain opening with a plural verb is said of several people. */
function plural(tokens: readonly Token[], v: number): boolean {
  return ['were', 'are', 'remain', 'have'].includes(tokens[v]!.lower) || ['they', 'both', 'all'].includes(tokens[v - 1]?.lower ?? '');
}

/** The levels of the hospitals' scale a value allows. */
function levelRange(value: FactValue): readonly [number, number] | undefined {
  return value.type === 'term' ? CONDITION_LEVELS.get(value.key) : undefined;
}

export const condition: Measure = {
  id: 'condition',
  read,
  compare(a: FactValue, b: FactValue) {
    const [x, y] = [levelRange(a), levelRange(b)];
    return x === undefined || y === undefined || !(x[1] < y[0] || y[1] < x[0]) ? 'agree' : 'conflict';
  },
  words(value) {
    return value.type === 'term' ? value.written : '';
  },
  kind: 'term',
};
