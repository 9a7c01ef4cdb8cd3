/**
 * Age at death: "has died aged 81", "dies at 83", "died at the age of 81", "his death at the age of 81 was
 * announced", "passed away on Sunday, aged 90". Whose: the name the verb of dying is said of (past auxiliaries, an
 * appositive or "who": "Bernie Coyle, the star of the show, has died"), or "he"/"his" (the one person the run names
 * for the question). Base unit years; two exact ages apart conflict, a decade ("in his 80s") is a range.
 */
import { DEATH_TO_AGE_WORDS } from '../lexicon/en/death-words.js';
import { evidenceOf, type Measure, type QuantityValue, type SentenceContext, type Token, type TypedFact } from '../model.js';
import { deathAt, whoDied } from '../dying.js';
import { amountAt, namesOf, type NameAt } from '../tokens.js';
import { quantityVerdict } from '../values.js';

/** Ages a person may die at. */
const HUMAN_AGE = [1, 120] as const;
/** How many words may stand between the death and its age. */
const MAX_GAP = 8;

const ATTRIBUTE = { id: 'age at death', label: 'age at death' } as const;

/** The age written after a death word at token k: "aged N", "at (the) age (of) N", "at N"; its value and tokens. */
function ageAfter(tokens: readonly Token[], k: number): { value: number; first: number; last: number } | undefined {
  for (let gap = 0; gap <= MAX_GAP && k < tokens.length; gap++, k++) {
    const t = tokens[k]!;
    if (t.lower === 'aged' || t.lower === 'age') {
      const of = tokens[k + 1]?.lower === 'of' ? k + 2 : k + 1;
      return found(of, t.lower === 'age' && tokens[k - 1]?.lower !== 'at' && tokens[k - 2]?.lower !== 'at' ? undefined : k);
    }
    if (t.lower === 'at') {
      // "at the age of 81", "at age 81", "at 81" (then nothing more of the phrase: not "at 81 Elm Street").
      if (tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'age') return found(tokens[k + 3]?.lower === 'of' ? k + 4 : k + 3, k);
      if (tokens[k + 1]?.lower === 'age') return found(tokens[k + 2]?.lower === 'of' ? k + 3 : k + 2, k);
      const bare = found(k + 1, k);
      const after = tokens[(bare?.last ?? k) + 1];
      if (bare !== undefined && (after === undefined || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'CCONJ')) return bare;
    }
    if (!DEATH_TO_AGE_WORDS.has(t.lower)) return undefined;
  }
  return undefined;

  function found(at: number, first: number | undefined) {
    if (first === undefined) return undefined;
    const amount = amountAt(tokens, at);
    if (amount === undefined || amount.value < HUMAN_AGE[0] || amount.value > HUMAN_AGE[1] || !Number.isInteger(amount.value)) return undefined;
    // "aged 81-year-old" does not happen; "at 81 years" does.
    return { value: amount.value, first, last: tokens[amount.last + 1]?.lower === 'years' ? amount.last + 1 : amount.last };
  }
}

/**
 * The age the sentence gives whoever the verb of dying at `death` is said of, before the verb: "Ann Lee, 62, died",
 * "The 62-year-old singer Ann Lee died". The sentence that tells the death tells the age at it.
 */
function ageOfWhoDied(tokens: readonly Token[], names: readonly NameAt[], death: number): { value: number; first: number; last: number } | undefined {
  let k = death - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[k]!.pos)) k--;
  // "Ann Lee, 62, died": the age in commas right before the verb, after a name.
  if (tokens[k]?.text === ',' && tokens[k - 2]?.text === ',' && names.some((n) => n.last === k - 3)) {
    const amount = amountAt(tokens, k - 1);
    if (amount !== undefined && amount.last === k - 1 && isHumanAge(amount.value)) return { value: amount.value, first: k - 1, last: k - 1 };
  }
  // "The 62-year-old singer Ann Lee died": the name right before the verb, an "N-year-old" before it.
  const name = names.find((n) => n.last === k);
  if (name === undefined) return undefined;
  for (let j = name.first - 1; j >= 0 && j >= name.first - 4; j--) {
    if (tokens[j]!.lower !== 'old' || tokens[j - 1]?.text !== '-' || tokens[j - 2]?.lemma !== 'year' || tokens[j - 3]?.text !== '-') continue;
    const amount = amountAt(tokens, j - 4);
    if (amount !== undefined && isHumanAge(amount.value)) return { value: amount.value, first: j - 4, last: j };
  }
  return undefined;
}

function isHumanAge(value: number): boolean {
  return value >= HUMAN_AGE[0] && value <= HUMAN_AGE[1] && Number.isInteger(value);
}

function read(context: SentenceContext): TypedFact[] {
  const { tokens } = context.parsed;
  const facts: TypedFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const death = deathAt(tokens, i);
    if (death === undefined) continue;
    // A verb of dying only: "his death, at 81," is read after it, but an age before a noun is another's.
    const age = ageAfter(tokens, death.after) ?? (death.verb ? ageOfWhoDied(tokens, namesOf(context), i) : undefined);
    if (age === undefined) continue;
    const subject = whoDied(tokens, namesOf(context), i);
    if (subject === undefined) continue;
    const value: QuantityValue = { type: 'quantity', min: age.value, max: age.value, unit: 'year' };
    facts.push({ measure: 'death-age', subject, attribute: ATTRIBUTE, value, scope: {}, evidence: evidenceOf(context, [tokens[age.first]!.start, tokens[age.last]!.end]) });
  }
  return facts;
}

export const deathAge: Measure = {
  id: 'death-age',
  read,
  compare(a, b) {
    if (a.type !== 'quantity' || b.type !== 'quantity') return 'agree';
    // An age is told to the year: 81 and 83 are two ages, whatever the rounding of counts allows.
    if (a.min === a.max && b.min === b.max && a.approx !== true && b.approx !== true) return a.min === b.min ? 'agree' : 'conflict';
    return quantityVerdict(a, b);
  },
  words(value) {
    return value.type === 'quantity' ? `${value.min}` : '';
  },
};
