/**
 * Years of service: "Officer Ann Lee, a 12-year veteran of the force", "12-year veteran Ann Lee", "Lee, who had served
 * eight years on the force", "Lee had been with the department for 12 years", "He was a 20-year veteran". Whose: the
 * name the appositive or the verb is said of, else "he"/"she" (the one person the run names for the question). Two
 * exact figures a year apart may be counted at different times or rounded: possibly in conflict; further apart, in
 * conflict.
 */
import { SERVICE_BODIES, SERVING_VERBS, TENURE_HEDGES } from '../lexicon/en/tenure.js';
import { evidenceOf, PERSON, type Measure, type QuantityValue, type SentenceContext, type Subject, type Token, type TypedFact } from '../model.js';
import { amountAt, namesOf, nameSubject, type NameAt } from '../tokens.js';
import { quantityVerdict } from '../values.js';

const ATTRIBUTE = { id: 'tenure', label: 'years of service' } as const;
/** Years a person may have served. */
const SERVICE_YEARS = [1, 60] as const;
/** Tokens between a serving verb and its years ("had served for almost"), and between the years and the body. */
const MAX_GAP = 4;

/** The name ending right before token k (past a comma: "Lee, a 12-year veteran"), or the pronoun there. */
function whoseBefore(tokens: readonly Token[], names: readonly NameAt[], k: number): Subject | undefined {
  let j = k;
  while (j >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[j]!.pos)) j--;
  if (tokens[j]?.lower === 'who' && tokens[j - 1]?.text === ',') j -= 2;
  else if (tokens[j]?.text === ',') j--;
  if (['he', 'she'].includes(tokens[j]?.lower ?? '')) return PERSON;
  const name = names.find((n) => n.last === j);
  return name === undefined ? undefined : nameSubject(name);
}

/** The years as a value, with a hedge before them ("nearly 12 years"). */
function yearsValue(tokens: readonly Token[], at: number, years: number): QuantityValue {
  const hedge = TENURE_HEDGES.get(tokens[at - 1]?.lower ?? '') ?? (tokens[at - 1]?.lower === 'than' ? TENURE_HEDGES.get(tokens[at - 2]?.lower ?? '') : undefined);
  if (hedge === 'below') return { type: 'quantity', min: years - 1, max: years, unit: 'year', approx: true };
  if (hedge === 'above') return { type: 'quantity', min: years, max: years + 2, unit: 'year', approx: true };
  if (hedge === 'about') return { type: 'quantity', min: years - 1, max: years + 1, unit: 'year', approx: true };
  return { type: 'quantity', min: years, max: years, unit: 'year' };
}

function fact(context: SentenceContext, subject: Subject, value: QuantityValue, first: number, last: number): TypedFact {
  const { tokens } = context.parsed;
  return { measure: 'tenure', subject, attribute: ATTRIBUTE, value, scope: {}, evidence: evidenceOf(context, [tokens[first]!.start, tokens[last]!.end]) };
}

/** "a 12-year veteran" (its figure at k): whose, by the name before the appositive or after the noun. */
function veteranAt(context: SentenceContext, names: readonly NameAt[], k: number): TypedFact | undefined {
  const { tokens } = context.parsed;
  const amount = amountAt(tokens, k);
  if (amount === undefined) return undefined;
  let j = amount.last + 1;
  if (tokens[j]?.text === '-') j++;
  if (tokens[j]?.lemma !== 'year' || tokens[j + 1]?.lower !== 'veteran') return undefined;
  if (amount.value < SERVICE_YEARS[0] || amount.value > SERVICE_YEARS[1]) return undefined;
  const article = ['a', 'an'].includes(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
  // "Lee, a 12-year veteran", "he was a 12-year veteran"; else "12-year veteran Ann Lee" (titles passed over).
  const before = tokens[article - 1]?.lemma === 'be' ? whoseBefore(tokens, names, article - 2) : article < k ? whoseBefore(tokens, names, article - 1) : undefined;
  let after = j + 2;
  while (tokens[after]?.pos === 'PROPN' && !names.some((n) => n.first === after)) after++;
  const named = names.find((n) => n.first === after);
  const subject = before ?? (named !== undefined ? nameSubject(named) : undefined);
  return subject === undefined ? undefined : fact(context, subject, yearsValue(tokens, k, amount.value), k, j + 1);
}

/** "served eight years on the force", "had been with the department for 12 years" (the verb at k). */
function servedAt(context: SentenceContext, names: readonly NameAt[], k: number): TypedFact | undefined {
  const { tokens } = context.parsed;
  const verb = tokens[k]!;
  const serving = SERVING_VERBS.has(verb.lemma) && verb.pos === 'VERB';
  // "been with the department", "been with police": the body right after "with", past an article.
  const withBody = verb.lemma === 'be' && tokens[k + 1]?.lower === 'with' && [tokens[k + 2], tokens[k + 3]].some((t) => t !== undefined && SERVICE_BODIES.has(t.lemma));
  if (!serving && !withBody) return undefined;
  for (let j = k + 1; j <= k + MAX_GAP + 3 && j < tokens.length; j++) {
    const amount = amountAt(tokens, j);
    if (amount === undefined || tokens[amount.last + 1]?.lemma !== 'year') continue;
    if (amount.value < SERVICE_YEARS[0] || amount.value > SERVICE_YEARS[1]) return undefined;
    // A serving verb's years count service only where the body is named ("eight years on the force"), not a sentence
    // ("served eight years in prison").
    const rest = tokens.slice(amount.last + 2, amount.last + 2 + MAX_GAP);
    if (serving && !rest.some((t) => SERVICE_BODIES.has(t.lemma)) && !tokens.slice(k + 1, j).some((t) => SERVICE_BODIES.has(t.lemma))) return undefined;
    if (rest.some((t) => t.lemma === 'prison' || t.lemma === 'jail')) return undefined;
    const subject = whoseBefore(tokens, names, k - 1);
    return subject === undefined ? undefined : fact(context, subject, yearsValue(tokens, j, amount.value), j, amount.last + 1);
  }
  return undefined;
}

function read(context: SentenceContext): TypedFact[] {
  const { tokens } = context.parsed;
  const names = namesOf(context);
  const facts: TypedFact[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const found = tokens[k]!.pos === 'NUM' ? veteranAt(context, names, k) : servedAt(context, names, k);
    if (found !== undefined) facts.push(found);
  }
  return facts;
}

export const tenure: Measure = {
  id: 'tenure',
  read,
  compare(a, b) {
    if (a.type !== 'quantity' || b.type !== 'quantity') return 'agree';
    if (a.approx === true || b.approx === true) return quantityVerdict(a, b);
    const apart = Math.abs(a.min - b.min);
    return apart === 0 ? 'agree' : apart === 1 ? 'possible' : 'conflict';
  },
  words(value) {
    return value.type === 'quantity' ? `${value.approx === true ? `about ${Math.round((value.min + value.max) / 2)}` : value.min} years` : '';
  },
};
