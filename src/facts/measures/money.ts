/**
 * Sums of money by what they are: bail, a contract, a fine, a reward ("bail was set at $5,000", "a five-year, $82
 * million contract", "was fined $500"). The value is the sum in its currency, as the outlet wrote it; the attribute
 * is the kind of sum (lexicon/en/sums.ts); the subject is the person named for it in the clause, or, for a
 * person's sum, the one person the run names for it. Sums the extract stage already frames (money stolen, damage,
 * a thing's value) stay with it.
 */
import { SUM_KINDS, SUM_LINKS, type SumKind } from '../lexicon/en/sums.js';
import { EVENT, evidenceOf, PERSON, type FactValue, type Measure, type QuantityValue, type SentenceContext, type Subject, type TypedFact } from '../model.js';
import { figure, quantityCompare } from '../values.js';
import { mentionSubject, personSubject, tokenAt } from './unit-text.js';

const BY_NOUN = new Map<string, SumKind>();
const BY_VERB = new Map<string, SumKind>();
for (const kind of SUM_KINDS) {
  for (const noun of kind.nouns) BY_NOUN.set(noun, kind);
  for (const verb of kind.verbs ?? []) BY_VERB.set(verb, kind);
}

/** The currency words of the extract stage's money mentions, as the outlet's symbol. */
const SYMBOLS: Readonly<Record<string, string>> = { dollar: '$', euro: '€', pound: '£', yen: '¥', rupee: '₹', yuan: 'yuan ', ruble: 'RUB ', hryvnia: 'UAH ' };

/** How far, in tokens, a sum's kind may be named before or after it. */
const BEFORE = 8;
const AFTER = 4;

/** The kind of sum: a noun right after it ("$82 million contract"), else a noun or verb linked before it. */
function kindOf(context: SentenceContext, span: readonly [number, number]): SumKind | undefined {
  const { tokens } = context.parsed;
  const end = tokenAt(context, span[1] - 1);
  for (let k = end + 1, steps = 0; k < tokens.length && steps < AFTER; k++, steps++) {
    const t = tokens[k]!;
    const kind = t.pos === 'NOUN' ? BY_NOUN.get(t.lemma) : undefined;
    if (kind !== undefined) return kind;
    // Only modifiers between the sum and its noun: "$5,000 cash bond", "$82 million, five-year deal".
    if (!['ADJ', 'NOUN', 'NUM', 'PUNCT'].includes(t.pos) || t.text === ';' || t.text === '.') break;
  }
  const start = tokenAt(context, span[0]);
  // "fined the plant $5 million": a verb's object may stand between it and the sum, a noun's may not.
  let object = false;
  for (let k = start - 1, steps = 0; k >= 0 && steps < BEFORE; k--, steps++) {
    const t = tokens[k]!;
    // The tagger may take "fined" for an adjective: the verb is known by its form as well.
    const verbKind = BY_VERB.get(t.lemma) ?? BY_VERB.get(t.lower.replace(/d$/, ''));
    if (verbKind !== undefined) return verbKind;
    // "agreed to pay $2 billion", "will pay": a verb is no noun of a kind ("pay" the verb is no salary). The tagger
    // takes some nouns for verbs ("set bail for"), so only a verb after "to", an auxiliary or a pronoun is one.
    const before = tokens[k - 1];
    const verb = t.pos === 'VERB' && before !== undefined && (before.lower === 'to' || ['AUX', 'PART', 'PRON'].includes(before.pos));
    const kind = verb ? undefined : BY_NOUN.get(t.lemma);
    if (kind !== undefined) return object ? undefined : kind;
    // "set bail for Carl Mertz at $250,000": whose sum it is may stand between.
    if (SUM_LINKS.has(t.lower) || t.pos === 'PROPN') continue;
    if (['DET', 'NOUN', 'ADJ', 'PRON'].includes(t.pos)) object = true;
    else break;
  }
  return undefined;
}

/** "$2.1 billion acquisition of Zentro": the company bought, named after the noun that follows the sum. */
function acquired(context: SentenceContext, end: number): Subject | undefined {
  const { tokens } = context.parsed;
  let k = tokenAt(context, end - 1) + 1;
  while (tokens[k] !== undefined && tokens[k]!.pos !== 'NOUN' && k < tokenAt(context, end - 1) + 4) k++;
  if (tokens[k]?.pos !== 'NOUN' || tokens[k + 1]?.lower !== 'of') return undefined;
  const name = context.mentions.find((m) => m.kind === 'name' && m.span[0] >= tokens[k + 1]!.end && m.span[0] <= tokens[k + 1]!.end + 5);
  return name === undefined ? undefined : mentionSubject(name.value, name.text);
}

/** The kind that takes a sum over where the sentence names it (a deal in a story of buying a company: its price). */
function takenOver(context: SentenceContext, kind: SumKind | undefined): SumKind | undefined {
  if (kind === undefined) return undefined;
  const named = (k: SumKind) => context.parsed.tokens.some((t) => (t.pos === 'VERB' ? k.verbs ?? [] : k.nouns).includes(t.lemma));
  return SUM_KINDS.find((k) => k.takesOver?.includes(kind.id) === true && named(k)) ?? kind;
}

function read(context: SentenceContext): TypedFact[] {
  const facts: TypedFact[] = [];
  for (const mention of context.mentions) {
    const currency = mention.about;
    // A sum stolen or a damage the extract stage framed by its event stays there; a value "worth" a noun is read here.
    const framedByEvent = mention.frame !== undefined && !String(mention.frame.event ?? '').startsWith('value of ');
    if (mention.kind !== 'number' || framedByEvent || currency === undefined || SYMBOLS[currency] === undefined) continue;
    const quantity = (mention as { quantity?: { min: number | null; max: number | null; approx?: boolean; nearly?: boolean } }).quantity;
    if (quantity === undefined || (quantity.min === null && quantity.max === null)) continue;
    const kind = takenOver(context, kindOf(context, mention.span));
    if (kind === undefined) continue;
    const named = (kind.id === 'acquisition' ? acquired(context, mention.span[1]) : undefined) ?? personSubject(context, mention.span[0], mention.span[1]);
    const subject = named.id === EVENT.id && kind.personal ? PERSON : named;
    const stated = quantity.min ?? quantity.max!;
    const value: QuantityValue = {
      type: 'quantity',
      min: quantity.min ?? -Infinity,
      max: quantity.max ?? Infinity,
      unit: currency,
      stated: { amount: stated, unit: currency },
      ...(quantity.approx === true ? { approx: true } : {}),
      ...(quantity.nearly === true ? { nearly: true } : {}),
    };
    facts.push({ measure: 'money', subject, attribute: { id: `sum|${kind.id}`, label: kind.label }, value, scope: {}, evidence: evidenceOf(context, mention.span) });
  }
  return facts;
}

/** Sums as outlets write them: "$2.4 billion", "$82 million"; smaller ones in full ("$5,000"). */
function largeFigure(n: number): string {
  for (const [size, name] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    if (Math.abs(n) >= size) return `${Number((n / size).toPrecision(4))} ${name}`;
  }
  return figure(n);
}

function words(v: FactValue): string {
  if (v.type !== 'quantity') return '';
  const amount = v.stated?.amount ?? v.min;
  const shown = `${SYMBOLS[v.unit] ?? ''}${largeFigure(amount)}`;
  if (v.max === Infinity) return `more than ${shown}`;
  if (v.min === -Infinity) return `up to ${shown}`;
  return v.approx === true ? `${v.nearly === true ? 'nearly' : 'about'} ${shown}` : shown;
}

export const money: Measure = {
  id: 'money',
  read,
  // Sums in one currency: "$82 million" / "$80 million" differ, "$82 million" / "$82.4 million" is a rounding.
  compare: quantityCompare,
  words,
};
