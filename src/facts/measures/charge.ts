/**
 * Charge: the offence someone is charged with ("Roe was charged with second-degree murder", "Police charged Roe with
 * manslaughter", "Roe faces a charge of arson"), asked of that person. Charges are a law's categories, so two
 * offences of one kind are possibly in dispute even where WordNet files one under the other ("robbery" / "theft",
 * "murder" / "manslaughter"), and so are two degrees of one offence ("first-degree" / "second-degree murder"). Never
 * surely: a person may face several charges, and a source that names two shows it (the question is then left out).
 * Offences of no kind in common ("murder" / "robbery") and general words ("a felony") agree.
 */
import { CHARGE_HOLDING_VERBS, CHARGING_VERBS, GENERAL_OFFENCES, OFFENCE_ENDS } from '../lexicon/en/charges.js';
import { ORDINAL_NAMES } from '../lexicon/en/counting-words.js';
import { evidenceOf, type FactValue, type Measure, type SentenceContext, type Subject, type Token, type TypedFact, type Verdict } from '../model.js';
import { termRelation } from '../terms.js';
import { mentionSubject } from '../tokens.js';
import { personOf, verbSubject } from './date-parties.js';

/** Tags an offence's phrase holds: "attempted first-degree murder", "aggravated assault", "criminal mischief". */
const OFFENCE_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'VERB', 'NUM', 'PROPN']);
/** The longest offence phrase read, in words. */
const MAX_OFFENCE_WORDS = 5;

/** The offences of the phrase starting at `k`: one, or several joined by "and" ("murder and robbery"). */
function offencesAt(tokens: readonly Token[], k: number): Array<{ first: number; head: Token; modifiers: string[] }> {
  const found: Array<{ first: number; head: Token; modifiers: string[] }> = [];
  let j = k;
  for (;;) {
    // "a charge of", "two counts of", "one count each of": what is counted is the offence after them.
    while (tokens[j] !== undefined && (['DET', 'NUM'].includes(tokens[j]!.pos) || (tokens[j]!.lemma === 'count' && ['of', 'each'].includes(tokens[j + 1]?.lower ?? '')) || ['of', 'each'].includes(tokens[j]!.lower))) j++;
    const first = j;
    const words: Token[] = [];
    while (tokens[j] !== undefined && words.length < MAX_OFFENCE_WORDS && !OFFENCE_ENDS.has(tokens[j]!.lower) && (OFFENCE_TAGS.has(tokens[j]!.pos) || tokens[j]!.text === '-')) {
      words.push(tokens[j]!);
      j++;
    }
    const head = [...words].reverse().find((t) => t.pos === 'NOUN');
    if (head === undefined || words[words.length - 1] !== head) return found;
    found.push({ first, head, modifiers: joinHyphens(words.slice(0, -1)) });
    if (tokens[j]?.lower !== 'and' && tokens[j]?.text !== ',') return found;
    j++;
  }
}

/** Modifiers in lower case, a hyphenated one kept as one word: "first-degree". */
function joinHyphens(words: readonly Token[]): string[] {
  const out: string[] = [];
  words.forEach((t, i) => {
    if (t.text === '-' || (i > 0 && words[i - 1]!.text === '-' && !t.spaced)) out[out.length - 1] = `${out[out.length - 1] ?? ''}${t.lower}`;
    else out.push(t.lower);
  });
  return out;
}

/**
 * A modifier as the words it says, one spelling for each: "2nd-degree", "second degree" and "second-degree" are all
 * "second degree".
 */
function modifierWords(modifier: string): string[] {
  return modifier.split('-').filter((w) => w !== '').map((w) => {
    const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
    return digits === null ? w : (ORDINAL_NAMES.get(Number(digits[1])) ?? w);
  });
}

/** Whom a charge at verb `v` is laid on: its object when a name follows ("charged Roe with"), else its subject. */
function chargedAt(context: SentenceContext, v: number): { subject: Subject; after: number } | undefined {
  const { tokens } = context.parsed;
  const next = tokens[v + 1];
  if (next?.lower === 'with') {
    const subject = personOf(verbSubject(context, v));
    return subject === undefined ? undefined : { subject, after: v + 2 };
  }
  const name = context.mentions.find((m) => m.kind === 'name' && next !== undefined && m.span[0] === next.start);
  if (name === undefined) return undefined;
  let k = v + 1;
  while (tokens[k] !== undefined && tokens[k]!.end <= name.span[1]) k++;
  if (tokens[k]?.lower !== 'with') return undefined;
  return { subject: mentionSubject(name), after: k + 1 };
}

function read(context: SentenceContext): TypedFact[] {
  const { tokens } = context.parsed;
  const facts: TypedFact[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    const charged = t.pos === 'VERB' && CHARGING_VERBS.has(t.lemma) ? chargedAt(context, v) : t.lemma === 'charge' && t.pos === 'NOUN' ? heldAt(context, v) : undefined;
    if (charged === undefined) continue;
    for (const offence of offencesAt(tokens, charged.after)) {
      const key = [...offence.modifiers.flatMap(modifierWords), offence.head.lemma].join(' ');
      facts.push({
        measure: 'charge',
        subject: charged.subject,
        attribute: { id: 'charge', label: 'charge', about: 'charge against {subject}' },
        value: { type: 'term', key, written: context.sentence.text.slice(tokens[offence.first]!.start, offence.head.end), kind: 'common', head: offence.head.lemma },
        scope: {},
        evidence: evidenceOf(context, [tokens[offence.first]!.start, offence.head.end]),
      });
    }
  }
  return facts;
}

/** Whom a charge noun at `c` is held by: the subject of the verb before "a charge of" ("Roe faces", "Roe denied"). */
function heldAt(context: SentenceContext, c: number): { subject: Subject; after: number } | undefined {
  const { tokens } = context.parsed;
  if (tokens[c + 1]?.lower !== 'of') return undefined;
  const verb = tokens.slice(Math.max(0, c - 3), c).reverse().find((t) => t.pos === 'VERB');
  if (verb === undefined || !CHARGE_HOLDING_VERBS.has(verb.lemma)) return undefined;
  const subject = personOf(verbSubject(context, verb.index));
  return subject === undefined ? undefined : { subject, after: c + 2 };
}

function compare(a: FactValue, b: FactValue): Verdict {
  if (a.type !== 'term' || b.type !== 'term' || a.key === b.key) return 'agree';
  if (GENERAL_OFFENCES.has(a.head) || GENERAL_OFFENCES.has(b.head)) return 'agree';
  if (a.head === b.head) {
    // "murder" / "first-degree murder": one says less. "first-degree" / "second-degree murder": two degrees.
    const [ma, mb] = [modifiersOf(a.key, a.head), modifiersOf(b.key, b.head)];
    return ma !== '' && mb !== '' && ma !== mb ? 'possible' : 'agree';
  }
  const kind = termRelation(a.head, b.head, 'noun').kind;
  return kind === 'sibling' || kind === 'broader' || kind === 'narrower' ? 'possible' : 'agree';
}

function modifiersOf(key: string, head: string): string {
  return key.slice(0, key.length - head.length).trim();
}

export const charge: Measure = {
  id: 'charge',
  read,
  compare,
  words: (value) => (value.type === 'term' ? value.written : ''),
  recurs: true,
  kind: 'term',
};
